"""Challenge suite: conditions found whole, and nothing read as a condition that only describes.

Invented sentences, each for one mechanism of the conditions stage (briefing/analysis/rules/conditions/):
an ultimatum given as a thing, 'subject to' read as a noun by the tagger, a clause the parser hangs on
an auxiliary; and, the other way, a means that serves 'if', a purpose clause, advice urged on another
party, a standing rule, 'has time to', a demand only supposed, 'as soon as possible'. A wrong line is
worse than a missing one: when the parse says the clause describes, no condition is read."""

from __future__ import annotations

import pytest

from briefing.analysis.rules.conditions.finder import find_condition
from briefing.nlp import load_model
from tests.challenge.test_conditions import check

# --- found, and found whole ------------------------------------------------------------------------
FOUND = [
    # an ultimatum given as the object of 'give', the one given it after 'to'
    (
        "Guild chairman Tomas Reyel gave 10-day ultimatum to the ministry to set up an inquiry "
        "into the June riots.",
        "set up an inquiry into the June riots",
    ),
    # the tagger reads 'subject' as a noun after 'the mill'; it still takes 'to' and its object at once
    (
        'Harborline says it stays "committed to buying the mill subject to a full safety review."',
        "a full safety review",
    ),
    # 'as' hung on the auxiliary 'is': the clause runs to the end of what the guild is prepared to do
    (
        'The airline said that it would keep that offer open "for as long as the guild is prepared to bargain '
        'in good faith."',
        "the guild is prepared to bargain in good faith",
    ),
    # a thing refused under terms keeps them: past the ellipsis the parser takes them for a second subject
    (
        '"Any schedule drawn up for the handover under... Norlandic shelling cannot be agreed to," the leader said.',
        "under... Norlandic shelling",
    ),
    # a state held 'until' under a modal on the verb it completes; 'is ... halted', which the parser
    # hangs on the main clause, still finishes the condition
    (
        "The water-sharing pact stays frozen, and it will continue to be kept frozen until the shelling along "
        "the border by Norland is fully and verifiably halted, the minister said.",
        "the shelling along the border by Norland is fully and verifiably halted",
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), FOUND, ids=[c[0][:48] for c in FOUND])
def test_condition_found_whole(sentence: str, expected: str) -> None:
    check(sentence, expected)


# --- no condition: the clause describes, advises or states a rule ------------------------------------
NOT_A_CONDITION = [
    # what a means is for: the vote serves if bargaining fails; nobody sets that as terms
    "The members' ballot is one more path to end the lockout if the talks do not succeed, said the chair.",
    # a purpose: the step guards against the walkout, it does not demand it
    "Harbourline said it had begun an orderly wind-down of chemical cargo on Monday so that no dangerous loads "
    "would be stranded if crews walked out.",
    # advice urged on another party, not the terms of either
    "Norland urged the guild to ask its bargaining team to quit the talks if their meetings are fruitful with "
    "the army.",
    # a standing rule of the process
    "Under the charter, budget laws require a two-thirds vote.",
    # 'has time to': a span of time and what it is for, no obligation
    "“Norland still has time – before and after the summit – to take the first real step back from this "
    "crisis,” the envoy said.",
    # a demand only supposed ('any demands'), and a relative clause that is not its content
    '"The juniors stayed home as the tour came in a rush, and if they hold any demands the squad will voice '
    'them," the captain said.',
    # 'as soon as possible' takes an adjective, not a clause
    "The chair urged the minister to free the three detained delegates as soon as possible.",
    # a marker that takes an adverb of time tells a time
    "The envoy said he had not believed the crews would be freed until now.",
    "The two ministers will not meet before then, her office said.",
]


@pytest.mark.parametrize("sentence", NOT_A_CONDITION, ids=[c[:48] for c in NOT_A_CONDITION])
def test_describing_clause_sets_no_condition(sentence: str) -> None:
    check(sentence, None)


# --- kept: the guards above leave real terms alone ---------------------------------------------------
KEPT = [
    ("The guild made an offer to return to work if the fines are dropped.", "the fines are dropped"),
    ("The pact was signed behind our backs so we will stay out until the pay rise is paid.", "the pay rise is paid"),
    ("The guild will return as soon as any deal is signed.", "any deal is signed"),
    ("The guild gave the ministry a ten-day ultimatum to set up an inquiry into the riots.", "set up an inquiry"),
]


@pytest.mark.parametrize(("sentence", "expected"), KEPT, ids=[c[0][:48] for c in KEPT])
def test_real_terms_are_kept(sentence: str, expected: str) -> None:
    check(sentence, expected)


# --- who sets it: a dateline is no one's subject ------------------------------------------------------
def test_a_dateline_is_not_the_setter() -> None:
    doc = load_model()(
        "Lisbon (AFP) - Valdoria's northern fishing alliance initialled a quota pact with the state Friday "
        "but insisted on changes before putting its name to a final accord."
    )
    found = find_condition(next(iter(doc.sents)))
    assert found is not None and found.setter is not None
    assert found.setter.text == "alliance"
