"""Start a child as a terminal would, for the tests that send it Ctrl-C.

A shell that runs a job in the background without job control (`cmd &` in a script, `nohup`) starts
it with SIGINT ignored, and Python then never turns Ctrl-C into KeyboardInterrupt: the command
would rightly ignore the test's SIGINT and run to the end. A user's terminal gives SIGINT its
default action, so the child starts with that, wherever the test suite itself was started.
"""

from __future__ import annotations

import signal


def sigint_as_in_a_terminal() -> None:
    """A `preexec_fn` for subprocess: SIGINT back to its default action before the child starts."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
