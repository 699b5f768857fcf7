"""Challenge suite: which sentences are a side's positions (briefing/analysis/rules/attribution.py).

A party, or its speaker, as the subject of a verb that acts on a proposition takes a stance,
whatever the verb; a plain action or the reporter's expectation does not. Every article is
invented and opens with two sides so that both are in play."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.analysis import analyse
from briefing.model import Article

PUB = dt.date(2026, 3, 10)
OPENING = "Harborline and the Dockers Union resumed contract talks on Monday in Port Arlen. "


def positions(text: str) -> dict[str, list[str]]:
    brief = analyse(Article(text=OPENING + text, published=PUB))
    return {side.name: [p.evidence[0].quote for p in side.positions] for side in brief.sides}


def has_position(found: dict[str, list[str]], side: str, words: str) -> bool:
    return any(words in quote for quote in found.get(side, []))


# --- verbs outside any list, with a clause or an infinitive ------------------------------------------
ANY_VERB = [
    ("Harborline faulted the union for rejecting the offer.", "Harborline", "faulted"),
    ("The Dockers Union decided to stop overtime at the container berths.", "Dockers Union", "decided to stop"),
    ("Harborline argued that the pay rise would cost 40 million a year.", "Harborline", "argued that"),
    ("The Dockers Union voted to authorise a strike.", "Dockers Union", "voted to authorise"),
    ("Harborline plans to replace the night shift with automated cranes.", "Harborline", "plans to replace"),
    ("The Dockers Union lodged an appeal against the ruling.", "Dockers Union", "lodged an appeal"),
    ("Harborline tabled a new offer of 5 percent.", "Harborline", "tabled a new offer"),
    ("The Dockers Union pushed for a shorter working week.", "Dockers Union", "pushed for"),
    ("Harborline downplayed fears that jobs would go, saying no one would be laid off.", "Harborline", "downplayed"),
    ("The Dockers Union scoffed that the offer was an insult.", "Dockers Union", "scoffed"),
    ("The Dockers Union has made it clear that it will not work weekends.", "Dockers Union", "made it clear"),
    ("Harborline blamed the union for the delays.", "Harborline", "blamed"),
    ("The Dockers Union warned that ships would be stranded.", "Dockers Union", "warned"),
    # even a plain verb takes a stance with a noun of demand as its object
    ("Harborline has repeatedly set a precondition for any new round.", "Harborline", "set a precondition"),
]


@pytest.mark.parametrize(("sentence", "side", "words"), ANY_VERB, ids=[c[0][:44] for c in ANY_VERB])
def test_any_verb_on_a_proposition_is_a_stance(sentence: str, side: str, words: str) -> None:
    assert has_position(positions(sentence), side, words)


# --- copular stances ---------------------------------------------------------------------------------
COPULAR = [
    ("Harborline is ready to resume talks at any hour.", "Harborline", "ready to resume"),
    ("The Dockers Union remains firm on the pay claim.", "Dockers Union", "remains firm"),
    ("Harborline is opposed to any cap on automation.", "Harborline", "opposed to"),
    ("The Dockers Union is open to arbitration.", "Dockers Union", "open to arbitration"),
    ("Harborline is willing to phase in the new rosters.", "Harborline", "willing to phase"),
]


@pytest.mark.parametrize(("sentence", "side", "words"), COPULAR, ids=[c[0][:44] for c in COPULAR])
def test_copular_stance(sentence: str, side: str, words: str) -> None:
    assert has_position(positions(sentence), side, words)


# --- reported speech -------------------------------------------------------------------------------
SPEECH = [
    ('"We will not accept a pay freeze," the Dockers Union said.', "Dockers Union", "pay freeze"),
    ("Harborline said in a statement that the offer was final.", "Harborline", "the offer was final"),
    ("According to Harborline, the berths will reopen on Friday.", "Harborline", "berths will reopen"),
    ("The Dockers Union told reporters it would fight any closure.", "Dockers Union", "fight any closure"),
]


@pytest.mark.parametrize(("sentence", "side", "words"), SPEECH, ids=[c[0][:44] for c in SPEECH])
def test_reported_speech(sentence: str, side: str, words: str) -> None:
    assert has_position(positions(sentence), side, words)


# --- actions that take no stance, and the reporter's own words ---------------------------------------
NOT_STANCES = [
    ("Harborline met union leaders at the port on Tuesday.", "Harborline", "met union leaders"),
    ("The Dockers Union signed the attendance sheet.", "Dockers Union", "signed the attendance"),
    ("Harborline is expected to publish its results next week.", "Harborline", "expected to publish"),
    ("The Dockers Union travelled to the capital by train.", "Dockers Union", "travelled"),
    ("Harborline began to load the ships at dawn.", "Harborline", "began to load"),
    ("The Dockers Union held a meeting in the canteen.", "Dockers Union", "held a meeting"),
    # what one side asks the other to do is not the other's stance
    ("The Dockers Union kept demanding Harborline to withdraw the roster plan.", "Harborline", "withdraw the roster"),
]


@pytest.mark.parametrize(("sentence", "side", "words"), NOT_STANCES, ids=[c[0][:44] for c in NOT_STANCES])
def test_an_action_without_a_stance_is_no_position(sentence: str, side: str, words: str) -> None:
    assert not has_position(positions(sentence), side, words)


# --- stances told as nouns: the owner of the noun holds the stance --------------------------------------
NOMINAL = [
    ("The talks stalled over Harborline's refusal to reopen the pension scheme.", "Harborline", "refusal to reopen"),
    ("Talks broke up after the Dockers Union's rejection of the night-shift roster.", "Dockers Union", "rejection of"),
    ("Observers welcomed an offer by Harborline to freeze rents in staff housing.", "Harborline", "an offer by"),
    ("Much now rests on the Dockers Union's readiness to drop the overtime ban.", "Dockers Union", "readiness to drop"),
    ("Harborline's response to the union's pay claim was cool.", "Harborline", "response to"),
]


@pytest.mark.parametrize(("sentence", "side", "words"), NOMINAL, ids=[c[0][:44] for c in NOMINAL])
def test_a_stance_noun_is_its_owners_position(sentence: str, side: str, words: str) -> None:
    assert has_position(positions(sentence), side, words)


NOT_NOMINAL = [
    # a bare noun says no stance; a noun someone else reports is their account of it
    ("Harborline's position was not known on Friday.", "Harborline", "position was not known"),
    (
        "The Dockers Union said Harborline's rejection of the roster was a provocation.",
        "Harborline",
        "rejection of the roster",
    ),
]


@pytest.mark.parametrize(("sentence", "side", "words"), NOT_NOMINAL, ids=[c[0][:44] for c in NOT_NOMINAL])
def test_a_stance_noun_without_object_or_in_anothers_words_is_not_its_owners(
    sentence: str, side: str, words: str
) -> None:
    assert not has_position(positions(sentence), side, words)


def test_a_party_writing_in_the_first_person_states_its_position() -> None:
    # a press release: outside any quote, "we" is the writer, and what it does is its position
    found = positions(
        "Harborline met the Dockers Union again on Friday. We have reopened the pension talks and remain "
        "committed to a fair settlement for every docker."
    )
    assert has_position(found, "Harborline", "reopened the pension talks"), found
