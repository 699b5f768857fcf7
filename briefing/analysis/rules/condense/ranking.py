"""Merging and ranking: items of a side that say the same thing become one with all their evidence;
positions are ranked (conditions, offers, rejections and demands before commentary) and the first
few are the key points."""

from __future__ import annotations

import difflib

from briefing.analysis.doctext import WORD
from briefing.analysis.rules.point_weight import point_words, position_weight, weight
from briefing.lang import word_set

__all__ = ["merge_duplicates", "overlap", "point_words", "rank", "same_point", "weight"]

MAX_ITEM_WORDS = 16  # aim well below the 20-word limit a reader tolerates for one point


DUPLICATE_OVERLAP = 0.5  # share of words two items of a side have in common to be the same point


SHOWN_POSITIONS = 5  # positions a side shows in the brief; the JSON keeps the rest, marked lower rank


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
    wa, wb = _tenseless(a), _tenseless(b)
    if (set(wa) ^ set(wb)) & _POLARITY:
        return False
    ops = difflib.SequenceMatcher(a=wa, b=wb, autojunk=False).get_opcodes()
    replaced = sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in ops if tag == "replace")
    return replaced <= len(min(wa, wb, key=len)) // 3 and not (replaced and overlap(a, b) < 0.8 and len(wa) < 8)


_BE_FORMS = word_set("be_forms")


def _tenseless(text: str) -> list[str]:
    """The words, lower case, with every form of 'be' read as one: a change of tense is no new point."""
    return ["be" if w.lower() in _BE_FORMS else w.lower() for w in WORD.findall(text)]


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


def rank(items: list, conditions: list) -> list:
    """Positions by weight, heaviest first (stable); the first few are key, the rest lower rank."""
    condition_spans = {(e.start, e.end) for c in conditions for e in c.evidence}
    scored = [
        (position_weight(it.text, any((e.start, e.end) in condition_spans for e in it.evidence)), n, it)
        for n, it in enumerate(items)
    ]
    ordered = [it for _, _, it in sorted(scored, key=lambda s: (-s[0], s[1]))]
    for n, it in enumerate(ordered):
        it.key = n < SHOWN_POSITIONS
    return ordered
