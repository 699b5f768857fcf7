"""Shared fixtures: real article files written by us, and the real spaCy model."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

ARTICLE = textwrap.dedent(
    """\
    Northland and Southland agree to resume border talks in Geneva

    GENEVA, March 3 (Wire) - Northland and Southland will resume talks on their disputed border
    next week, officials from both governments said on Monday.

    Northland's Foreign Minister Ana Berg told reporters that her government was ready to sign a
    framework agreement, but only if Southland withdraws its troops from the Kessel valley.
    "We will not negotiate under the barrel of a gun," Berg said.

    Southland's president, Tomas Vidal, rejected the demand. "Our forces will stay until the
    refugees can return home safely," he said in a televised address. Southland wants an
    international monitoring mission before any pullback, a government spokesman said.

    Switzerland, which hosts the talks, said the next round would open on March 12. The African
    Union has offered to guarantee any deal, and the United Nations envoy Leila Hassan will
    mediate. A referendum on the agreement is planned for September.
    """
)


@pytest.fixture(scope="session")
def article_text() -> str:
    return ARTICLE


@pytest.fixture()
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "border-talks.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path
