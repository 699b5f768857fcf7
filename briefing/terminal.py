"""What we print that came from a file name or an article is escaped for the terminal.

A file name may hold a newline (which would break the one-path-per-line output a script reads),
an ESC or OSC sequence (which a terminal would obey: retitle the window, clear the screen, hide
text), a bidi override (which reorders what follows), or bytes that are not UTF-8 (which Python
keeps as lone surrogates and could not print at all). Each such character is shown as a visible
escape, `\\n`, `\\x1b`, `\\u202e`, so the line stays one line and says what is really there.
"""

from __future__ import annotations

import re

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
