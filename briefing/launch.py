"""The command's entry point (`briefing`, `python -m briefing`): Ctrl-C while the CLI is still being
imported ends as one during a run does, with one line and status 130.

The interpreter turns Ctrl-C into KeyboardInterrupt from its first line of Python on, but the CLI
handles it only once `briefing.cli.main` runs, and importing the CLI (click, the command tree)
takes a good part of a second, several on a loaded machine. An interrupt in that window printed an
import traceback and ended the process by the signal itself. So this module imports nothing heavy,
imports the CLI inside its guard, and an interrupt that escapes everything else ends here.
"""

from __future__ import annotations

import contextlib
import os
import sys
from typing import NoReturn


def main() -> None:
    try:
        from briefing.cli import main as cli_main

        cli_main()
    except KeyboardInterrupt as stop:
        stopped(stop)


def stopped(stop: BaseException) -> NoReturn:
    """One line and the status, at once: nothing has started yet that could leave a file or a process."""
    from briefing.errors import how_stopped, stopped_line  # click-free, as the statuses the CLI ends with

    how, status = how_stopped(stop)
    with contextlib.suppress(BaseException):  # a second Ctrl-C must not turn this into a traceback
        sys.stdout.flush()
    with contextlib.suppress(BaseException):
        sys.stderr.write(stopped_line(how) + "\n")
        sys.stderr.flush()
    os._exit(status)
