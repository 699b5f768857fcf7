"""Challenge suite (issue #25, class 7): the bottom line names the thing in dispute, not the arena.

The issue is what the sides' own points (their conditions above all) and the lead speak of, not the
word their sentences repeat around them; a common noun the article also gives a proper name is said
by that name; of the mentions of a thing, one that says its kind ('the detainee swap') names it; the
contract under negotiation is the arena, not the issue; a gerund is never read as a modifier of the
issue; the mediator or host is told as running the talks, a named mediator before a described one.
Invented articles; each case failed before its mechanism landed."""

from __future__ import annotations

import datetime as dt
from functools import cache

from spacy.tokens import Doc

from briefing.analysis import analyse
from briefing.analysis.rules.issue import _issue_phrase
from briefing.analysis.rules.summary import _mediator
from briefing.lang import active_profile
from briefing.model import Article, Brief, Evidence, Source, ThirdParty
from briefing.nlp import load_model

PUB = dt.date(2026, 3, 10)

# The roster runs through both sides' sentences; the fatigue study is what the condition and the answer are about.
SURVEY = (
    "The Harbour Pilots Guild will not sign the roster unless the Port Board hands over its fatigue study, its "
    "secretary Mara Tull said on Monday; the roster cut rest days and the roster ignored the night tides. The "
    "Port Board said the study would be handed over once its doctors sign it off, and that the roster had to "
    "start this month. The roster takes effect on 20 March."
)

# 'the charter' is the Lindholm Water Charter.
CHARTER = (
    "Norland suspended the Lindholm Water Charter on Tuesday after a dam burst upstream. Valdoria said the "
    "charter must be restored before any talks. Norland said the charter would stay suspended until Valdoria "
    "paid for the damage. The charter shares the river between the two states."
)

# 'a complete swap' qualifies the swap; 'the detainee swap' says which.
SWAP = (
    "Korvia and the Dunmark Front traded blame on Sunday. Korvia said it wanted a complete swap of detainees and "
    "would free nobody until the Front released the captured pilots. The Front said the detainee swap must "
    "happen on one day and on one bridge. Korvia said the detainee swap could start next week."
)

# The contract is what the talks are for; the pension fund is what they are stuck on.
CONTRACT = (
    "The Pilots Guild said on Monday that it would not sign the new contract unless Skyvale restored the "
    "pension fund. Skyvale said the contract it offered was fair and that the contract could not carry the "
    "pension fund. Both sides meet again on 20 March."
)

HOSTED = (
    "Norland and Valdoria resumed talks on the fishing quota in Lisbon on Monday, hosted by Portugal. Norland "
    "said it would not raise the quota. Valdoria said it wanted the quota doubled."
)


@cache
def bottom_line(text: str) -> str:
    return analyse(Article(text=text, published=PUB)).summary


def at_odds(text: str) -> str:
    return bottom_line(text).split(". ")[0]


def test_the_issue_is_what_the_sides_points_speak_of() -> None:
    assert "study" in at_odds(SURVEY), bottom_line(SURVEY)
    assert "roster" not in at_odds(SURVEY), bottom_line(SURVEY)


def test_a_thing_the_article_names_is_said_by_its_name() -> None:
    assert "over the Lindholm Water Charter" in at_odds(CHARTER), bottom_line(CHARTER)


def test_the_mention_that_says_its_kind_names_the_issue() -> None:
    assert "over the detainee swap" in at_odds(SWAP), bottom_line(SWAP)


def test_the_contract_under_negotiation_is_not_the_issue() -> None:
    assert "contract" not in at_odds(CONTRACT), bottom_line(CONTRACT)
    assert "pension fund" in at_odds(CONTRACT), bottom_line(CONTRACT)


def test_a_host_is_told_as_hosting_the_talks_not_the_issue() -> None:
    """'at odds over the fishing quota, hosted by Portugal' reads as if the quota were hosted."""
    assert "over the fishing quota, in talks hosted by Portugal" in at_odds(HOSTED), bottom_line(HOSTED)


def test_a_named_mediator_comes_before_a_described_one() -> None:
    quote = Evidence("x", 0, 1)
    brief = Brief(
        title="t",
        source=Source(),
        summary="",
        third_parties=[
            ThirdParty("federal mediator", "mediator", [quote]),
            ThirdParty("Lena Osk", "mediator", [quote]),
        ],
    )
    assert "Lena Osk" in _mediator(brief, active_profile())


def test_a_gerund_after_a_preposition_does_not_modify_the_issue() -> None:
    """A headline's 'of hiding survey', where the tagger takes 'hiding' for a noun compound."""
    words = ["Guild", "accuses", "board", "of", "hiding", "survey"]
    doc = Doc(
        load_model().vocab,
        words=words,
        pos=["PROPN", "VERB", "NOUN", "ADP", "NOUN", "NOUN"],
        tags=["NNP", "VBZ", "NN", "IN", "NN", "NN"],
        deps=["nsubj", "ROOT", "dobj", "prep", "compound", "pobj"],
        heads=[1, 1, 1, 2, 5, 3],
        lemmas=["Guild", "accuse", "board", "of", "hiding", "survey"],
    )
    assert "hiding" not in _issue_phrase(doc[5])
