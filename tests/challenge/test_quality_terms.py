"""Challenge suite (issue #25, classes 2 and 3): terms a side sets without 'only if' or 'unless'.

What a stance depends on, what a side asks for, what it wants before its own next step, an
ultimatum given by a verb, a threat with an unmet 'if not' clause, 'as soon as'; and the words of
such points read alone. Invented articles; each case failed before its mechanism landed."""

from __future__ import annotations

import datetime as dt
from functools import cache

import pytest

from briefing.analysis import analyse
from briefing.model import Article, Brief

PUB = dt.date(2026, 3, 10)
LEAD = "Norland and Valdoria resumed talks on Monday. "
TAIL = " Norland said it wanted a deal."


@cache
def brief_of(text: str) -> Brief:
    return analyse(Article(text=LEAD + text + TAIL, published=PUB))


def items(sentence: str, kind: str, side: str = "Valdoria") -> list[str]:
    return [it.text for s in brief_of(sentence).sides if s.name == side for it in getattr(s, kind)]


TERMS = [
    ("Valdoria said it was ready to resume talks as soon as Norland withdrew its troops.", "withdraws its troops"),
    ("Valdoria said any deal is subject to approval by its parliament.", "approval by"),
    ("Valdoria said its return to the talks would depend on a full ceasefire.", "full ceasefire"),
    ("Valdoria is asking for an extra 5 percent cut in tariffs.", "5 percent cut"),
    ("Valdoria called for the summit to be put off until the harvest ends.", "put off"),
    ("Valdoria wants more concessions before signing a deal.", "more concessions"),
    ("Valdoria has given Norland a month to pull its ships out of the strait.", "pull its ships"),
    ("Valdoria's envoy said further changes to the text are needed before signing.", "changes to the text"),
    ("Valdoria said Norland had to offer far bigger quotas before it could expect approval.", "bigger quotas"),
    ("Valdoria is threatening to strike after contracts that lapse on Thursday expire.", "contracts"),
]


@pytest.mark.parametrize(("sentence", "words"), TERMS, ids=[c[1] for c in TERMS])
def test_terms_without_a_strong_marker_are_a_precondition(sentence: str, words: str) -> None:
    found = items(sentence, "preconditions")
    assert any(words in t.lower() for t in found), found


def test_an_unmet_if_not_under_a_threat_reads_as_the_terms() -> None:
    found = items("Valdoria threatened to walk out of the talks if the blockade is not lifted.", "preconditions")
    assert found and all("not lifted" not in t for t in found), found
    assert any("blockade is lifted" in t for t in found), found


def test_if_not_under_a_concession_keeps_its_terms_as_said() -> None:
    found = items("Valdoria said it would sign the accord if Norland does not shell its ports.", "preconditions")
    assert any("does not shell" in t for t in found), found


def test_an_open_appeal_sets_no_terms() -> None:
    assert items("Valdoria called for calm.", "preconditions") == []


def test_a_wish_without_a_next_step_stays_a_position_with_its_verb() -> None:
    sentence = "Valdoria wants the inquiry to be public."
    assert items(sentence, "preconditions") == []
    assert any(t.startswith("Valdoria wants") for t in items(sentence, "positions")), items(sentence, "positions")


def test_an_ultimatum_keeps_its_whole_stance() -> None:
    sentence = "Valdoria gave Norland until Friday to withdraw its troops or face sanctions."
    found = items(sentence, "preconditions")
    assert any(t.startswith("Withdraw its troops") for t in found), found
    positions = items(sentence, "positions")
    assert all("withdraw" in t for t in positions), positions  # never 'Valdoria gave Norland' alone


def test_an_obligation_by_a_verb_is_laid_on_its_subject_by_the_speaker() -> None:
    sentence = "Valdoria said Norland had to offer far bigger quotas before it could expect approval."
    assert items(sentence, "preconditions", side="Norland") == []


def test_no_thing_under_a_threat_reads_as_the_thing() -> None:
    sentence = "Valdoria said its dockers would issue a strike notice if there is no movement on pay."
    found = items(sentence, "preconditions")
    assert found and all("no movement" not in t for t in found), found
    assert any("a movement on pay" in t for t in found), found


def test_while_there_is_no_thing_the_condition_is_the_thing() -> None:
    found = items("Valdoria said it would not sign the deal while there is no ceasefire.", "preconditions")
    assert any("is a ceasefire" in t for t in found), found


REFUSED_FOR_GOOD = [
    ("Valdoria said it would not accept any scheme that hands over the northern islands.", "No scheme that"),
    ('"Any timetable drawn up under shelling cannot be agreed to," Valdoria\'s envoy said.', "No timetable"),
]


@pytest.mark.parametrize(("sentence", "start"), REFUSED_FOR_GOOD, ids=[c[1] for c in REFUSED_FOR_GOOD])
def test_a_negated_acceptance_of_any_thing_reads_as_no_such_thing(sentence: str, start: str) -> None:
    found = items(sentence, "preconditions")
    assert any(t.startswith(start) for t in found), found


def test_what_a_thing_counts_as_draws_no_line() -> None:
    sentence = 'Valdoria said that "a decree by Norland alone cannot be accepted as an agreement."'
    found = items(sentence, "preconditions")
    assert not any(t.startswith("No decree") for t in found), found


def test_a_refused_thing_never_ends_on_a_preposition() -> None:
    sentence = (
        '"A curfew ordered for the district after… the protest marches cannot be accepted," '
        "Valdoria's mayor told Norland."
    )
    found = items(sentence, "preconditions")
    assert found and not any(t.split()[-1] in ("after", "for", "of") for t in found), found
    # past the ellipsis the qualifier is still part of the thing refused, not cut off before it
    assert any(t.endswith("the protest marches") for t in found), found
