"""The weight of a point: how much it tells about a side's stance. The condense stage ranks a side's
points by it; the summary stage puts a stance before narration in the bottom line by it."""

from __future__ import annotations

import functools

from briefing.analysis.doctext import WORD
from briefing.lang import word_set

# Weight of a point: conditions, offers, rejections and demands before commentary.
_OFFER_WORDS = word_set("offer_words")
_REJECT_WORDS = word_set("reject_words")
_DEMAND_WORDS = word_set("demand_words")
# The same, with the inflected forms a point's words keep.
_OFFER_OR_REJECTION = _OFFER_WORDS | _REJECT_WORDS | word_set("offer_or_rejection_forms")
_DEMANDING = _DEMAND_WORDS | word_set("demanding_forms")


POINT_WORDS_CACHE = 4096  # a long article's points; bounded so a batch worker does not grow


@functools.lru_cache(maxsize=POINT_WORDS_CACHE)
def point_words(text: str) -> frozenset[str]:
    """The words of a point, lower case; asked for every pair of a side's points."""
    return frozenset(w.lower().strip("’'-") for w in WORD.findall(text) if w.strip("’'-"))


_STANCE_MARKS = word_set("modals")  # "will keep its fleet at sea", "could accept": where a side stands


CONDITION_WEIGHT = 4  # the terms a side sets tell most about where it stands
OFFER_OR_REJECTION_WEIGHT = 3
DEMAND_WEIGHT = 2
STANCE_WEIGHT = 1.5  # a stance told by a modal: above narration, below any demand
NARRATION_WEIGHT = 1  # no mark of a stance, condition or demand: narration or commentary


_NEGATIONS = word_set("negation_words")
_OWN_STANCE = _OFFER_OR_REJECTION | _DEMANDING | _STANCE_MARKS | _NEGATIONS


def position_weight(text: str, rests_on_a_condition: bool) -> float:
    """The weight of a position: one resting on the quote a condition rests on weighs as that
    condition only when its own words take a stance (a modal, a negation, an offer, rejection or
    demand); 'the talks ran past midnight' or 'its secretary read out a statement' before the terms
    is the frame of the sentence, not the terms, and weighs as its own words do."""
    lemmas = point_words(text)
    # `isdisjoint` reads the active language's words as they are: `lemmas & view` would make a new view
    own_stance = not _OWN_STANCE.isdisjoint(lemmas)
    return weight(text, rests_on_a_condition and own_stance)


def weight(text: str, sets_condition: bool) -> float:
    """How much a point tells about a side's stance: a condition, then an offer or rejection, a demand,
    a stance told by a modal ('will keep its fleet at sea'), and last narration or commentary."""
    lemmas = point_words(text)
    if sets_condition:
        return CONDITION_WEIGHT
    if not _OFFER_OR_REJECTION.isdisjoint(lemmas):
        return OFFER_OR_REJECTION_WEIGHT
    if not _DEMANDING.isdisjoint(lemmas):
        return DEMAND_WEIGHT
    return NARRATION_WEIGHT if _STANCE_MARKS.isdisjoint(lemmas) else STANCE_WEIGHT
