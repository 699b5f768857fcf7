"""Stopping the batch's process pool in bounded time, whatever its workers were doing.

`ProcessPoolExecutor.shutdown(wait=False)` drops the queue but leaves the workers running and the
pool's own thread to end when it can; Python's exit then waits for that thread and joins every
worker it still knows. Two states made that wait endless on a loaded machine:

- a worker stopped while it was sending its result back: a brief (PDF and DOCX bytes) is larger
  than a pipe holds, so it goes in pieces, and the pool's thread waits for the rest of a message
  nobody will send. This process holds the pipe's writing end too, so the wait never sees an end
  of file. Once every worker is gone this process is the only writer left: it completes the
  message with filler, the thread reads a broken result, marks the pool broken and ends.
- a worker that was never stopped, because the interrupt split its start (the caller defers
  interrupts while workers start: see `briefing.batch._run_pool`).

Whatever still does not end is left to the command line's bounded exit (`briefing.cli`).
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from multiprocessing.process import BaseProcess

# How long stopped workers get to end (SIGTERM) before they are killed (SIGKILL), and how long a
# killed one gets to be reaped.
STOP_GRACE_SECONDS = 5.0
KILL_GRACE_SECONDS = 2.0
# How long the pool's thread gets to end by itself once its workers are gone, before it is freed,
# and how long freeing it may take.
THREAD_GRACE_SECONDS = 1.0
FREE_GRACE_SECONDS = 5.0
FILLER_BYTES = 1 << 16  # one pipe's worth at a time
FILLER_PAUSE_SECONDS = 0.005  # between writes, for the thread to read


def stop_pool(executor: ProcessPoolExecutor) -> None:
    """Drop the queue, end every worker, and let the pool's thread end, each step bounded."""
    # No public API names the workers, the thread or its result pipe, and shutdown() forgets them:
    # they are taken first.
    workers = list((getattr(executor, "_processes", None) or {}).values())
    thread = getattr(executor, "_executor_manager_thread", None)
    results = getattr(executor, "_result_queue", None)
    executor.shutdown(wait=False, cancel_futures=True)
    end_workers(workers)
    if isinstance(thread, threading.Thread) and thread.is_alive():
        thread.join(THREAD_GRACE_SECONDS)
        fd = _writer_fd(results)
        if thread.is_alive() and fd is not None and not any(w.is_alive() for w in workers):
            free_reader(thread, fd)


def _writer_fd(results: object) -> int | None:
    """This process's own writing end of the result pipe, while it is open."""
    try:
        return int(results._writer.fileno())  # type: ignore[attr-defined]
    except (AttributeError, OSError, ValueError):
        return None


def end_workers(workers: Sequence[BaseProcess]) -> None:
    """SIGTERM, a bounded wait, then SIGKILL for any left (a stopped process ends by either)."""
    for process in workers:
        with contextlib.suppress(Exception):
            process.terminate()
    deadline = time.monotonic() + STOP_GRACE_SECONDS
    for process in workers:
        with contextlib.suppress(Exception):
            process.join(max(0.0, deadline - time.monotonic()))
    for process in workers:
        with contextlib.suppress(Exception):
            if process.is_alive():
                process.kill()
                process.join(KILL_GRACE_SECONDS)


def free_reader(thread: threading.Thread, fd: int, grace: float = FREE_GRACE_SECONDS) -> bool:
    """Write filler into the result pipe until the thread waiting on it ends; True if it did.

    Only called once no worker is left, so nothing else writes to that pipe. Writes never block:
    a full pipe means the thread has not read the last piece yet.
    """
    with contextlib.suppress(OSError):
        os.set_blocking(fd, False)
    filler = bytes(FILLER_BYTES)
    deadline = time.monotonic() + grace
    while thread.is_alive() and time.monotonic() < deadline:
        try:
            os.write(fd, filler)
        except BlockingIOError:
            pass  # the pipe is full: the thread has not read the last piece yet
        except OSError:
            break  # the pipe is closed: the thread is ending by itself
        thread.join(FILLER_PAUSE_SECONDS)
    return not thread.is_alive()
