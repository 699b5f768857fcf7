"""Imported only as the batch forkserver's preload module: the forkserver dies with the batch, and
it and every worker it forks ignore Ctrl-C from birth.

Ctrl-C reaches every process of the terminal's group, and the batch's parent alone handles it. The
forkserver hands each worker the SIGINT handling it had before its own loop began, which is this
one; without it a worker interrupted before its initializer ran would print a KeyboardInterrupt
traceback of its own.
"""

import signal

from briefing.parent_watch import die_with_parent

signal.signal(signal.SIGINT, signal.SIG_IGN)
die_with_parent()
