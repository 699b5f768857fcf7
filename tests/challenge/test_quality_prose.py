"""Challenge suite (issue #25, class 3): lines that read as prose, not as the debris of a cut.

A hyphenated word is one word: fitting a point never keeps '-wide' without 'coast'. An ellipsis in
a quotation is no word of the point. Two reported clauses, or a clause another speaker reported,
never run together in one line. An aside set off by commas goes with its commas. A core whose
parse gave its verb two subjects is no stance. Invented sentences; each case failed before its
mechanism.
"""

from __future__ import annotations

import pytest

from briefing.analysis.rules.condense.empty import points_elsewhere, said_instead
from briefing.analysis.rules.condense.fitting import fit
from briefing.analysis.rules.condense.gate import completed, cut_short
from briefing.nlp import parse

from . import points_of

HYPHENATED = [
    (
        "Since Easter, the guild's outspoken leader has been asking every crew in the fleet to plan coast-wide "
        "stoppages.",
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


def _without(sentence: str, dropped: str) -> tuple[list, list]:
    """The sentence's words, and the same without the words of `dropped` (a cut the condenser made)."""
    doc = parse(sentence)
    start = sentence.index(dropped)
    cut = [t for t in doc if not (start <= t.idx < start + len(dropped)) and not t.is_punct]
    return [t for t in doc if not t.is_punct], cut


def test_a_deadlock_cut_before_what_it_is_over_gets_it_back() -> None:
    sentence = "Norland blamed its walkout on a deadlock over the quota rules."
    whole, cut = _without(sentence, "over the quota rules")
    assert cut_short(cut)
    assert [t.i for t in completed(cut, 20)] == [t.i for t in whole]


PRUNED = [
    (
        "Kessa recalled its envoy over the sinking of a patrol boat off Ardu and Kesmir’s Tolgam that left four "
        "sailors missing at sea.",
        "Kesmir’s",
        "",
    ),
    (
        "The guild blamed Valdoria for the sudden closure of the fish market in Ardu and Kesmir’s Tolgam that had "
        "fed the whole coast.",
        "",
        "the sudden closure of the fish market",
    ),
]


@pytest.mark.parametrize(("sentence", "never_last", "kept"), PRUNED, ids=["possessive", "act of"])
def test_a_pruned_point_never_ends_on_a_possessive_nor_drops_what_an_act_acts_on(
    sentence: str, never_last: str, kept: str
) -> None:
    text = " ".join(t.text for t in fit(list(parse(sentence)))).replace(" ’s", "’s")
    if never_last:
        assert not text.rstrip().endswith(never_last)
    if kept:
        assert kept in text


EMPTY = (
    "Norland and Valdoria are at odds over the fishing accord. Norland said Valdoria had broken the quota rules. "
    "Valdoria's minister Ivo Marek rejected that argument. Valdoria said it wanted a deal on quotas."
)


def test_a_line_that_only_points_to_another_sentence_is_left_out() -> None:
    assert not any("that argument" in p for p in points_of(EMPTY, "Valdoria"))
    assert "Valdoria wanted a deal on quotas" in points_of(EMPTY, "Valdoria")


@pytest.mark.parametrize(
    ("sentence", "empty"),
    [
        ("The minister rejected that argument.", True),
        ("The chair turned down such a request.", True),
        ("The envoy restated his country's firm stance.", True),
        ("The minister rejected that argument as a bluff.", False),
        ("The minister rejected the argument that the quota was fair.", False),
        ("The guild rejected the offer.", False),
    ],
)
def test_an_object_that_points_elsewhere_is_told_apart(sentence: str, empty: bool) -> None:
    assert points_elsewhere(list(parse(sentence))) is empty


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "The envoy restated his country's firm stance, insisting that no foreign boat may enter the strait.",
            "no foreign boat may enter the strait",
        ),
        (
            "The chair turned down this proposal and said the patrols must stay under national command.",
            "the patrols must stay under national command",
        ),
    ],
)
def test_a_stance_named_and_then_said_is_the_clause_that_says_it(sentence: str, said: str) -> None:
    assert " ".join(t.text for t in said_instead(list(parse(sentence)))) == said


def test_a_clause_reported_after_a_refusal_never_loses_its_frame_into_the_refusal() -> None:
    text = (
        "Norland and Valdoria are at odds over the fishing accord. Norland proposed a joint patrol of the strait. "
        "Valdoria's minister Ivo Marek turned down this proposal and said the patrols must stay under Valdorian "
        "command. Norland said it wanted a deal."
    )
    shown = points_of(text, "Valdoria")
    assert shown
    assert not any("proposal and the patrols" in p for p in shown)
    assert not any(p.endswith("turned down this proposal") for p in shown)
