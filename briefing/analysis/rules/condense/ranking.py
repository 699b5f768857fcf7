"""Merging and ranking: items of a side that say the same thing become one with all their evidence;
positions are ranked (conditions, offers, rejections and demands before commentary) and the first
few are the key points."""

from __future__ import annotations

import difflib
import functools
import re

from briefing.lang import word_set

MAX_ITEM_WORDS = 16  # aim well below the 20-word limit a reader tolerates for one point


DUPLICATE_OVERLAP = 0.5  # share of words two items of a side have in common to be the same point


SHOWN_POSITIONS = 5  # positions a side shows in the brief; the JSON keeps the rest, marked lower rank


_WORD = re.compile(r"[\w’'-]+")


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
    return frozenset(w.lower().strip("’'-") for w in _WORD.findall(text) if w.strip("’'-"))


def overlap(a: str, b: str) -> float:
    """Jaccard overlap of the words of two points."""
    wa, wb = point_words(a), point_words(b)
    if not wa or not wb:
        return 0.0
    shared = len(wa & wb)
    return shared / (len(wa) + len(wb) - shared)  # the size of the union, without making it


_POLARITY = word_set("negation_words")


def same_point(a: str, b: str) -> bool:
    """Two wordings of one point: most words shared, one only adding words to the other, and the
    same polarity. 'rejects the quota' and 'accepts the quota' share words but not the point."""
    if overlap(a, b) < DUPLICATE_OVERLAP:
        return False
    wa, wb = [w.lower() for w in _WORD.findall(a)], [w.lower() for w in _WORD.findall(b)]
    if (set(wa) ^ set(wb)) & _POLARITY:
        return False
    ops = difflib.SequenceMatcher(a=wa, b=wb, autojunk=False).get_opcodes()
    replaced = sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in ops if tag == "replace")
    return replaced <= len(min(wa, wb, key=len)) // 3 and not (replaced and overlap(a, b) < 0.8 and len(wa) < 8)


def merge_duplicates(items: list) -> list:
    """Items of one side that say the same thing become one, with all their evidence."""
    merged: list = []
    for item in items:
        twin = next((m for m in merged if same_point(m.text, item.text)), None)
        if twin is None:
            merged.append(item)
            continue
        if len(point_words(item.text)) > len(point_words(twin.text)) and len(item.text.split()) <= MAX_ITEM_WORDS:
            twin.text = item.text  # the fuller wording of the same point
        twin.evidence.extend(e for e in item.evidence if e not in twin.evidence)
        twin.speaker = twin.speaker or item.speaker
    return merged


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


def rank(items: list, conditions: list) -> list:
    """Positions by weight, heaviest first (stable); the first few are key, the rest lower rank."""
    condition_spans = {(e.start, e.end) for c in conditions for e in c.evidence}
    scored = [
        (weight(it.text, any((e.start, e.end) in condition_spans for e in it.evidence)), n, it)
        for n, it in enumerate(items)
    ]
    ordered = [it for _, _, it in sorted(scored, key=lambda s: (-s[0], s[1]))]
    for n, it in enumerate(ordered):
        it.key = n < SHOWN_POSITIONS
    return ordered
