"""The weight of a point: how much it tells about a side's stance. The condense stage ranks a side's
points by it; the summary stage puts a stance before narration in the bottom line by it."""

from __future__ import annotations

import functools
import re

from briefing.lang import word_set

WORD = re.compile(r"[\w’'-]+")

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


def weight(text: str, sets_condition: bool) -> float:
    """How much a point tells about a side's stance: conditions 4, offers and rejections 3, demands 2,
    a stance told by a modal 1.5 ('will keep its fleet at sea'), narration or commentary 1."""
    lemmas = point_words(text)
    if sets_condition:
        return 4
    if lemmas & _OFFER_OR_REJECTION:
        return 3
    if lemmas & _DEMANDING:
        return 2
    return STANCE_WEIGHT if lemmas & _STANCE_MARKS else 1


STANCE_WEIGHT = 1.5  # above narration, below any demand
