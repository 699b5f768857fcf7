"""Challenge suite (issue #25, class 3 and 7): lines that read well, a bottom line about the substance.

A word cut before its object or complement gets it back; a contraction after a pronoun that became
a name never reads as a possessive; the bottom line names what the talks are over, never the talks,
the strike or a step of the dispute itself. Invented sentences; each case failed before its mechanism.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Token

from briefing.analysis.rules.condense.gate import completed, cut_short
from briefing.analysis.rules.reading import reads_whole
from briefing.model import Evidence
from briefing.nlp import parse

from . import brief_of


def points(text: str, side: str) -> list[str]:
    return [it.text for s in brief_of(text).sides if s.name == side for it in s.positions + s.preconditions]


def _without(sentence: str, dropped: str) -> tuple[list[Token], list[Token]]:
    """The sentence's tokens, and the same without the words of `dropped` (a cut the condenser made)."""
    doc = parse(sentence)
    start = sentence.index(dropped)
    cut = [t for t in doc if not (start <= t.idx < start + len(dropped)) and not t.is_punct]
    return [t for t in doc if not t.is_punct], cut


CUTS = [
    ("Both delegations had a chance to set out their proposals.", "to set out their proposals"),
    ("The ministry was assembling a team to draft the new quota rules.", "a team"),
    ("The fishermen demanded the repeal of the harbour levy.", "of the harbour levy"),
    ("The council has given the mayor the task of drafting a budget.", "of drafting a budget"),
]


@pytest.mark.parametrize(("sentence", "dropped"), CUTS, ids=[c[1] for c in CUTS])
def test_a_word_cut_before_its_complement_gets_it_back(sentence: str, dropped: str) -> None:
    whole, cut = _without(sentence, dropped)
    assert cut_short(cut)
    assert [t.i for t in completed(cut, 20)] == [t.i for t in whole]


def test_an_aside_after_a_comma_is_no_missing_complement() -> None:
    _, cut = _without("The ministry rejected the plan, which the unions had drafted.", "which the unions had drafted")
    assert not cut_short(cut)


def test_a_completion_that_would_not_fit_leaves_the_words_as_they_are() -> None:
    _, cut = _without("Both delegations had a chance to set out their proposals.", "to set out their proposals")
    assert completed(cut, 4) == cut


CONTRACTIONS = [
    ("Norland and Valdoria resumed talks on Monday. “We’re ready to sign a deal,” Valdoria's foreign minister said."),
    ("Norland and Valdoria resumed talks on Monday. Valdoria's envoy Ana Berg said she’s confident a deal is near."),
]


@pytest.mark.parametrize("text", CONTRACTIONS, ids=["we-are", "she-is"])
def test_a_contraction_after_a_named_pronoun_is_never_a_possessive(text: str) -> None:
    found = points(text + " Norland said it wanted a deal.", "Valdoria")
    assert found and all("’s ready" not in t and "’s confident" not in t for t in found), found
    assert any(" is ready" in t or " is confident" in t for t in found), found


def first_sentence(text: str) -> str:
    return brief_of(text).summary.split(". ")[0]


def test_the_bottom_line_names_what_the_talks_are_over() -> None:
    text = (
        "Norland has offered Valdoria fresh talks over the disputed fishing grounds. "
        "Valdoria said its navy would stay in the bay. Norland said it wanted a deal by the summer."
    )
    assert "fishing grounds" in first_sentence(text), brief_of(text).summary


def test_the_bottom_line_is_never_over_a_step_of_the_dispute() -> None:
    text = (
        "The Harbour Workers Union and Portline held talks on Monday ahead of a possible strike. The union said "
        "the strike would go ahead on Friday. Portline said the strike would hurt the port and the talks would go on."
    )
    over = first_sentence(text).partition(" over ")[2]
    assert "strike" not in over, brief_of(text).summary


def test_a_verb_both_sides_use_is_no_issue_named_by_another_noun() -> None:
    text = (
        "The Harbour Workers Union and Portline met on Monday. The union said its members remain ready to strike "
        "over pensions. Portline said it would remain open to talks. The remainder of the meeting was private."
    )
    assert "remainder" not in first_sentence(text), brief_of(text).summary


# A condition told in the past reads as one still to be met, never as a thing that happened.
PAST_CONDITIONS = [
    (
        "Norland and Valdoria resumed talks on Monday. Valdoria said it would sign the accord only if Norland "
        "withdrew its tanks from the border. Norland said it wanted a deal.",
        "Valdoria",
        "Norland withdraws its tanks from the border",
    ),
    (
        "Norland and Valdoria resumed talks on Monday. Norland's defence minister said the army would stay in its "
        "positions until the handover of heavy weapons was complete. Valdoria said it wanted a deal.",
        "Norland",
        "The handover of heavy weapons is complete",
    ),
]


@pytest.mark.parametrize(("text", "side", "condition"), PAST_CONDITIONS, ids=["only-if", "until"])
def test_a_condition_told_in_the_past_reads_as_still_to_be_met(text: str, side: str, condition: str) -> None:
    conditions = [it.text for s in brief_of(text).sides if s.name == side for it in s.preconditions]
    assert condition in conditions, conditions


def _reads(sentence: str, line: str, *, clause: bool = True) -> bool:
    doc = parse(sentence)
    return reads_whole(doc, line, [Evidence(quote=sentence, start=0, end=len(sentence))], clause=clause)


LINES = [
    ("The talks are to take place in the capital on Friday.", "To take place in the capital", False),
    ("The harbour board which meets on Friday will decide.", "The harbour board which meets", False),
    ("A ruling on the appeal may be given on Friday.", "A ruling on the appeal may be", False),
    ("The union will not return until this is resolved.", "will not return until this is resolved", False),
    ("The union will strike on Friday, its leader said.", "The union will strike on Friday", True),
]


@pytest.mark.parametrize(("sentence", "line", "whole"), LINES, ids=[c[1][:30] for c in LINES])
def test_a_bottom_line_part_reads_whole(sentence: str, line: str, whole: bool) -> None:
    assert _reads(sentence, line) is whole


def test_a_noun_phrase_will_do_for_a_next_step() -> None:
    assert _reads("A meeting in the capital is planned for Friday.", "A meeting in the capital", clause=False)


def test_the_bottom_line_never_gives_a_bare_until_clause_as_a_condition() -> None:
    text = (
        "The Harbour Workers Union and Portline failed to agree on pensions on Monday. The union will not return "
        "to the table until this is resolved, its leader said. Portline said the pension cuts would keep the port "
        "open."
    )
    assert "condition: until" not in brief_of(text).summary, brief_of(text).summary


def test_the_bottom_line_never_gives_a_silence_as_a_stance() -> None:
    text = (
        "The Harbour Workers Union and Portline failed to agree on pensions on Monday. The union said it would "
        "strike on March 20 unless the pension cuts were withdrawn. Portline did not respond to a request for "
        "comment on the strike. Portline has said it remains committed to a fair deal for the port."
    )
    summary = brief_of(text).summary
    assert "respond" not in summary and "committed to a fair deal" in summary, summary


DEMANDED = (
    "Norland and Valdoria resumed talks on Monday. Valdoria's envoy Ana Berg demanded that Norland withdraw its "
    "ships from the strait before any talks on trade. Norland said it wanted a deal."
)


def test_a_demanded_clause_as_a_condition_reads_in_the_present() -> None:
    conditions = [it.text for s in brief_of(DEMANDED).sides if s.name == "Valdoria" for it in s.preconditions]
    assert any(t.startswith("Norland withdraws its ships") for t in conditions), conditions


def test_a_demanded_clause_as_a_position_keeps_who_demanded_it() -> None:
    positions = [it.text for s in brief_of(DEMANDED).sides if s.name == "Valdoria" for it in s.positions]
    assert positions and all(not t.startswith("Norland withdraw ") for t in positions), positions
    assert any("demanded that Norland withdraw" in t for t in positions), positions


def test_a_relative_clause_without_its_noun_does_not_read_whole() -> None:
    sentence = "The only road Harborline is prepared to build through the valley is a toll road."
    assert not _reads(sentence, "Harborline is prepared to build through the valley")


def test_a_verb_without_its_subject_does_not_read_whole() -> None:
    sentence = "The rebels announced the cessation of attacks on shipping."
    assert not _reads(sentence, "Announced the cessation of attacks", clause=False)


def test_a_dotted_name_is_matched_to_its_words() -> None:
    sentence = "U.S. President Ana Berg prepares to visit the islands later this week."
    assert not _reads(sentence, "U.S. President Ana Berg prepares", clause=False)
