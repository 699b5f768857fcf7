"""Challenge suite (issue #25, class 3): lines that read as prose, not as the debris of a cut.

A hyphenated word is one word: fitting a point never keeps '-wide' without 'coast'. An ellipsis in
a quotation is no word of the point. Two reported clauses, or a clause another speaker reported,
never run together in one line. An aside set off by commas goes with its commas. A core whose
parse gave its verb two subjects is no stance. Invented sentences; each case failed before its
mechanism.
"""

from __future__ import annotations

import pytest

from briefing.analysis.rules.condense.fitting import fit
from briefing.nlp import parse

from . import points_of

HYPHENATED = [
    (
        "For weeks, the dock guild leader has been telling guild members to prepare for coast-wide stoppages.",
        "coast-wide stoppages",
    ),
    (
        "Since March, the Valdorian fleet has been asking its allies to help patrol the rebel-held northern ports.",
        "rebel-held northern ports",
    ),
]


@pytest.mark.parametrize(("sentence", "kept"), HYPHENATED, ids=[k for _, k in HYPHENATED])
def test_a_fitted_point_never_splits_a_hyphenated_word(sentence: str, kept: str) -> None:
    text = "".join(t.text_with_ws for t in fit(list(parse(sentence))))
    assert kept in text
    assert " -" not in text


ELLIPSIS = (
    "Norland and Valdoria are at odds over the fishing accord. “Any quota drawn up for the fleet under ... "
    "foreign pressure cannot be accepted,” Valdoria's minister Ivo Marek said. Norland said it wanted a deal."
)


def test_an_ellipsis_is_no_word_of_a_point() -> None:
    shown = points_of(ELLIPSIS, "Valdoria")
    assert shown
    assert not any("..." in p or "…" in p for p in shown)


def test_a_core_with_two_subjects_is_no_stance() -> None:
    # the ellipsis parses 'pressure' as a second subject of 'accepted': 'Any quota foreign pressure ...'
    assert not any(p.startswith("Any quota foreign pressure") for p in points_of(ELLIPSIS, "Valdoria"))


FUSED = [
    (
        "Norland and Valdoria are at odds over the fishing accord. Valdoria's minister Ivo Marek said Valdoria "
        "would study the ruling and that the accord allowed a delay. Norland said it wanted a deal.",
        "Valdoria",
        "Valdoria would study the ruling",
    ),
    (
        "Norland and Valdoria are at odds over the fishing accord. Valdoria's minister Ivo Marek said the cabinet "
        "would study the ruling closely, and that the accord gave each member sixty days. "
        "Norland said it wanted a deal.",
        "Valdoria",
        "The cabinet would study the ruling closely",
    ),
    (
        "Norland and Valdoria are at odds over the fishing accord. Norland lodged its complaint in January, and the "
        "arbitration panel, which had been due to rule in March, said on Monday that it would give its ruling next "
        "week. Valdoria said it wanted a deal.",
        "Norland",
        "Norland lodged its complaint in January",
    ),
]


@pytest.mark.parametrize(("text", "side", "line"), FUSED, ids=[f[2] for f in FUSED])
def test_two_reported_clauses_never_run_together(text: str, side: str, line: str) -> None:
    shown = points_of(text, side)
    assert line in shown
    assert not any("and that" in p or "that it would" in p for p in shown)


ASIDES = [
    (
        "Norland Fisheries, long the biggest buyer of Valdorian diesel in the north, has frozen every order it "
        "placed this spring with the state refinery.",
        ["Norland", "Fisheries", "has", "frozen"],
    ),
    (
        "The Valdorian trawler guild, which speaks for some nine hundred crews, will not sign any accord that caps "
        "the winter catch.",
        ["The", "Valdorian", "trawler", "guild", "will", "not"],
    ),
]


@pytest.mark.parametrize(("sentence", "opening"), ASIDES, ids=[" ".join(o) for _, o in ASIDES])
def test_an_aside_between_commas_goes_with_them(sentence: str, opening: list[str]) -> None:
    kept = [t.text for t in fit(list(parse(sentence)))]
    assert kept[: len(opening)] == opening
