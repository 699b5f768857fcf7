"""Stopping a batch in bounded time, part by part: the pool's reading thread freed from a result cut
short, workers that ignore Ctrl-C from birth, and the command line's bounded exit. Real pipes,
threads and processes."""

from __future__ import annotations

import os
import signal
import struct
import subprocess
import sys
import textwrap
import threading
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pipe

from briefing.batch import pool_context
from briefing.pool_stop import free_reader


def test_a_thread_waiting_for_the_rest_of_a_result_is_freed() -> None:
    """A message announced at 300,000 bytes of which 1,000 came: the reader waits for the rest, as the
    pool's thread does for a worker stopped mid-send; filler from the last writer left ends the wait."""
    reader, writer = Pipe(duplex=False)
    ended: list[BaseException | object] = []

    def read() -> None:
        try:
            ended.append(reader.recv())
        except BaseException as exc:  # as the pool's thread takes a broken result
            ended.append(exc)

    thread = threading.Thread(target=read, daemon=True)  # daemon: a failing test must not hang pytest
    thread.start()
    os.write(writer.fileno(), struct.pack("!i", 300_000) + b"\x80\x04" + bytes(998))
    thread.join(0.3)
    assert thread.is_alive(), "the reader should still be waiting for the rest of the message"
    assert free_reader(thread, writer.fileno(), grace=10.0)
    assert len(ended) == 1 and isinstance(ended[0], Exception)  # a broken result, never a brief


def test_a_thread_already_gone_is_left_alone() -> None:
    reader, writer = Pipe(duplex=False)
    thread = threading.Thread(target=lambda: None)
    thread.start()
    thread.join()
    assert free_reader(thread, writer.fileno(), grace=1.0)
    assert not reader.poll(0.1)  # nothing was written for nobody


def test_batch_workers_ignore_ctrl_c_from_birth() -> None:
    """Ctrl-C reaches the whole terminal group; a worker still starting (its initializer not yet run)
    must not die of it with a traceback of its own: the parent alone handles it."""
    with ProcessPoolExecutor(max_workers=1, mp_context=pool_context()) as executor:
        handler = executor.submit(signal.getsignal, signal.SIGINT).result(timeout=120)
    assert handler == signal.SIG_IGN


def test_the_exit_after_an_interrupt_is_bounded_when_a_thread_never_ends() -> None:
    """A thread blocked for good on a pipe would hold Python's exit forever; the bounded exit leaves
    within its grace, with the status asked for and what was printed flushed."""
    script = textwrap.dedent(
        """
        import os, sys, threading
        from briefing.cli_common import exit_after_interrupt
        read_end, _write_end = os.pipe()
        threading.Thread(target=os.read, args=(read_end, 1)).start()  # never ends
        sys.stdout.write("printed before the exit")
        exit_after_interrupt(143, grace=0.5)
        """
    )
    process = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert process.returncode == 143, process.stderr
    assert process.stdout == "printed before the exit"


def test_the_exit_after_an_interrupt_is_an_ordinary_exit_when_nothing_is_stuck() -> None:
    script = textwrap.dedent(
        """
        import atexit, sys
        from briefing.cli_common import exit_after_interrupt
        atexit.register(lambda: print("exit handlers ran"))
        exit_after_interrupt(130, grace=5.0)
        """
    )
    process = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert process.returncode == 130 and process.stdout == "exit handlers ran\n", process.stderr
