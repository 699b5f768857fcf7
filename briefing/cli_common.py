"""What every command shares at the CLI edge: exit codes, the one-line error a library error becomes,
and a bounded exit after an interrupt."""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
from typing import NoReturn

import click

from briefing.errors import BriefingError
from briefing.terminal import shown

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2  # a stopped run's statuses are briefing.errors', free of click
# After an interrupt, how long threads and worker processes still running get to end before this
# process leaves without them. The batch stops its pool in less (briefing.pool_stop); this bound is
# for whatever a library left stuck, which Python's exit would otherwise wait for without end.
EXIT_GRACE_SECONDS = 10.0


class BriefingClickError(click.ClickException):
    exit_code = EXIT_FAILURE

    def format_message(self) -> str:
        return shown(self.message.replace("\n", " ").strip())


def fail(exc: BriefingError) -> BriefingClickError:
    err = BriefingClickError(str(exc))
    err.exit_code = exc.exit_code
    return err


def exit_after_interrupt(status: int, grace: float | None = None) -> NoReturn:
    """Exit with `status`, within `grace` seconds (EXIT_GRACE_SECONDS by default) even if a thread or
    a child process never ends.

    Past the bound the process leaves at once (os._exit), skipping the interpreter's joins. That
    loses nothing: every brief is written whole by the main thread, which holds interrupts off
    while it writes one (briefing.batch), and the one-line message is out; stdout and stderr are
    flushed first. A second Ctrl-C while waiting leaves at once too.
    """
    deadline = time.monotonic() + (EXIT_GRACE_SECONDS if grace is None else grace)
    try:
        stuck = _threads_left(deadline) or _children_left(deadline)
    except KeyboardInterrupt:
        stuck = True
    if stuck:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        os._exit(status)
    sys.exit(status)


def _threads_left(deadline: float) -> bool:
    """Whether a thread Python's exit would wait for is still running at `deadline`."""
    others = [t for t in threading.enumerate() if t is not threading.main_thread() and not t.daemon]
    for thread in others:
        thread.join(max(0.0, deadline - time.monotonic()))
    return any(t.is_alive() for t in others)


def _children_left(deadline: float) -> bool:
    """Whether a worker process Python's exit would join (multiprocessing's) is still running."""
    multiprocessing = sys.modules.get("multiprocessing")
    if multiprocessing is None:  # nothing started one
        return False
    children = multiprocessing.active_children()
    for child in children:
        child.join(max(0.0, deadline - time.monotonic()))
    return any(child.is_alive() for child in children)
