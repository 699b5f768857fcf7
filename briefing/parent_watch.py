"""Helper processes die with the process that started them.

Called in the forkserver (through `briefing.forkserver_preload`) and in each worker, this asks the
Linux kernel to send SIGKILL when the parent ends, however it ends: the batch's forkserver dies with
the batch, its workers with the forkserver, and the resource tracker, left without a writer, exits.
Nothing happens on other systems, where the pool's own pipes stop the workers.
"""

from __future__ import annotations

import contextlib
import os
import signal

PR_SET_PDEATHSIG = 1  # linux/prctl.h


def die_with_parent() -> None:
    with contextlib.suppress(Exception):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() == 1:  # the parent was gone before the request took effect
        os._exit(1)
