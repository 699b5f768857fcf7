"""Challenge suite (issue #25, class 3): propositions that read alone.

A light main clause keeps the clause that carries the content; coordinated demands stay whole;
"these demands" names what it refers to; a pronoun inside a quotation is not rewritten to the
speaker's own side; every item has a predicate, does not end on a function word and balances
its quotation marks; a dotted name does not split a sentence. Invented articles; each case fails
until its mechanism lands (xfail, strict)."""

from __future__ import annotations

import re

import pytest

from . import brief_of

LEAD = "Norland and Valdoria resumed talks on Monday. "
TAIL = " Norland said it wanted a deal."
FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "and",
        "or",
        "but",
        "that",
        "which",
        "who",
        "whose",
        "his",
        "her",
        "their",
        "its",
        "our",
        "your",
        "my",
        "than",
        "as",
        "if",
        "while",
        "until",
        "unless",
        "before",
        "after",
        "because",
        "when",
        "whether",
        "into",
        "over",
        "about",
        "between",
        "against",
    ]
)


def texts(sentence: str, side: str = "Valdoria") -> list[str]:
    brief = brief_of(LEAD + sentence + TAIL)
    return [it.text for s in brief.sides if s.name == side for it in s.positions + s.preconditions]


def well_formed(text: str) -> bool:
    words = re.findall(r"[\w’'-]+", text.lower())
    straight = text.count('"') % 2 == 0
    curly = text.count("\u201c") == text.count("\u201d")
    return len(words) > 2 and words[-1] not in FUNCTION_WORDS and straight and curly


def test_a_light_main_clause_keeps_its_complement() -> None:
    found = texts("Valdoria is insisting on an agreement that keeps its fleet in the strait.")
    assert found and all("fleet" in t for t in found), found


def test_coordinated_demands_stay_whole() -> None:
    found = texts("Valdoria demands that Norland withdraw its ships and release the crews before any talks.")
    assert found and all("release the crews" in t for t in found), found


def test_these_demands_names_what_it_refers_to() -> None:
    brief = brief_of(
        LEAD + "Valdoria wants a buffer zone and the return of the islands. "
        "Norland said these demands were impossible to meet."
    )
    norland = [it.text for s in brief.sides if s.name == "Norland" for it in s.positions]
    assert norland and not any(t.lower().startswith(("these demands", "the demands")) for t in norland), norland


def test_a_pronoun_inside_a_quotation_is_not_turned_into_the_speakers_side() -> None:
    found = texts('"We told them that their offer was an insult to our people," Valdoria\'s envoy said.')
    assert found and not any("Valdoria’s offer" in t or "Valdoria's offer" in t for t in found), found


GATE_CASES = [
    "Valdoria is further pressing for the scheduled reductions of its grain quota to be withdrawn and is "
    "unhappy that Norland may raise port fees.",
    "Valdoria's envoy Ana Berg is asking for an additional cut in the grain tariff following Norland's offer "
    "on Sunday.",
    "But Valdoria had asked for a payment of almost double that offered by Norland, and had requested a quota "
    "increase of 5 per cent, which left the two far apart.",
    "In its letter, Valdoria insists on the need to start talks.",
    "\"That's our red line,\" Valdoria's envoy said of the buffer zone.",
]


@pytest.mark.parametrize("sentence", GATE_CASES, ids=[c[:40] for c in GATE_CASES])
def test_every_item_passes_the_well_formedness_gate(sentence: str) -> None:
    found = texts(sentence)
    assert found and all(well_formed(t) and not t.startswith("Is ") for t in found), found


def test_a_dotted_name_does_not_split_the_evidence_sentence() -> None:
    brief = brief_of(
        "Norland and Valdoria resumed talks on Monday, News.Az reports, and Valdoria said it wanted a buffer "
        "zone along the river. Norland said it wanted a deal."
    )
    quotes = [e.quote for s in brief.sides for it in s.positions for e in it.evidence]
    assert all(not q.startswith("Az") for q in quotes), quotes


# Invented cases of this branch's mechanisms (qcond).


def test_a_dotted_web_name_inside_a_sentence_keeps_it_whole() -> None:
    brief = brief_of(
        "Norland and Valdoria met again on Monday, Harbour.Info said, and Valdoria said it wanted the fees cut. "
        "Norland said it wanted a deal."
    )
    quotes = [e.quote for s in brief.sides for it in s.positions for e in it.evidence]
    assert quotes and all(not q.startswith("Info") for q in quotes), quotes


def test_asking_for_keeps_what_is_asked() -> None:
    found = texts("Valdoria's trade office is asking for a two-year freeze on harbour fees for its trawlers.")
    assert found and all("freeze" in t and well_formed(t) for t in found), found


def test_coordinated_calls_stay_whole_when_the_clause_is_cut() -> None:
    found = texts(
        "Valdoria insisted that Norland must reopen the northern crossings to grain lorries during the harvest "
        "season and must repay the transit fees it collected since the spring."
    )
    assert found and all("repay" in t for t in found), found


def test_their_in_a_quote_is_the_other_side() -> None:
    found = texts('"Their plan would ruin our farmers," Valdoria\'s farm minister said.')
    assert found and not any("Valdoria’s plan" in t or "Valdoria's plan" in t for t in found), found


def test_this_offer_names_whose_offer_it_is() -> None:
    brief = brief_of(LEAD + "Norland offered a ten-year lease of the port. Valdoria said this offer was far too low.")
    valdoria = [it.text for s in brief.sides if s.name == "Valdoria" for it in s.positions]
    assert valdoria and any(t.startswith("Norland") for t in valdoria), valdoria
