"""Text cleaning shared by the article reader and the theme: characters no writer can show or XML may
not contain are dropped, line ends unified; a single line (a title, a theme's organisation) also
loses bidirectional controls and terminal escapes, its whitespace collapsed."""

from __future__ import annotations

import re
import unicodedata


def normalise_text(text: str) -> str:
    """Unify line ends and drop characters that no writer can show or XML may not contain.

    Offsets in the brief index this normalised text, which is what the brief's
    JSON quotes, so the grounding stays exact.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(ch for ch in text if ch in "\n\t" or not _unshowable(ch))
    return text.strip()


# Bidirectional overrides and isolates reorder what follows them: in a title they can make a brief
# read differently from what it says ("Trojan Source"). Joiners and marks of a script stay.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


# A terminal escape sequence ("ESC [ 31 m") as a whole, not only its ESC.
_ANSI_SEQUENCE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b[@-Z\\-_]")


def clean_line(text: str) -> str:
    """One line of text from the command line or the document (a title): cleaned exactly like
    article text, without bidirectional controls, its whitespace collapsed."""
    kept = "".join(ch for ch in normalise_text(_ANSI_SEQUENCE.sub("", text)) if ch not in _BIDI_CONTROLS)
    return " ".join(kept.split())


def _unshowable(ch: str) -> bool:
    """Controls, surrogates, private use and the noncharacters (U+FFFE, U+FDD0...) XML 1.0 forbids."""
    if unicodedata.category(ch) in {"Cc", "Cs", "Co"}:
        return True
    cp = ord(ch)
    return 0xFDD0 <= cp <= 0xFDEF or (cp & 0xFFFE) == 0xFFFE
