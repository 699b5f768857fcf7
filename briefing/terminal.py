"""What we print that came from a file name or an article is escaped for the terminal.

A file name may hold a newline (which would break the one-path-per-line output a script reads),
an ESC or OSC sequence (which a terminal would obey: retitle the window, clear the screen, hide
text), a bidi override (which reorders what follows), or bytes that are not UTF-8 (which Python
keeps as lone surrogates and could not print at all). Each such character is shown as a visible
escape, `\\n`, `\\x1b`, `\\u202e`, so the line stays one line and says what is really there.

And the standard streams themselves may be closed (`>&-`) or go away: `guard_closed_descriptors`
keeps a closed one from lending its number to the next file we open, and makes a write to a closed
stdout fail as one, which the CLI reports in one line.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import re
import sys
from typing import Any

# C0 and C1 controls, DEL, line and paragraph separators, bidi embeddings, overrides and isolates,
# and the lone surrogates that stand for undecodable bytes of a file name.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if char in _NAMED:
        return _NAMED[char]
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown(text: object) -> str:
    """`text` with every character a terminal would act on written as a visible escape."""
    return _UNSAFE.sub(_escape, str(text))


# --- standard streams that are closed or broken -------------------------------------------------


class ClosedStream(io.RawIOBase):
    """Standard output that was closed (`>&-`): every write fails as a write to fd 1 would."""

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        raise OSError(errno.EBADF, "Bad file descriptor (standard output is closed)")


def guard_closed_descriptors() -> None:
    """With fd 0, 1 or 2 closed, the next file we open would take its number, and what we print
    would land in it (a brief, a config file). Each closed one is held on /dev/null; writes to a
    closed stdout then fail plainly, a closed stdin reads as empty, a closed stderr takes nothing."""
    closed = []
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            closed.append(fd)
    for fd in closed:
        with contextlib.suppress(OSError):
            devnull = os.open(os.devnull, os.O_RDONLY if fd == 0 else os.O_WRONLY)
            if devnull != fd:
                os.dup2(devnull, fd)
                os.close(devnull)
    if 0 in closed:
        sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115 - lives until exit
    if 1 in closed:
        sys.stdout = io.TextIOWrapper(io.BufferedWriter(ClosedStream()), encoding="utf-8")
    if 2 in closed:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives until exit


def silence_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's final flush does not fail a second time."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
    with contextlib.suppress(OSError, ValueError):
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives until exit
