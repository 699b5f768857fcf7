"""The well-formedness gate every point passes before it is kept.

A point a reader can take alone has at least three words, a predicate, a subject before its verb,
no function word at its end and quotation marks that pair. A point that fails is rebuilt from the
lightly trimmed clause (propositions.py), never shown as a fragment.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from briefing.analysis.rules.lexicon import pronouns
from briefing.lang import word_set

MIN_POINT_WORDS_SHOWN = 3  # "Time", "Russia withdraws": a word or two is no point
CLOSING_FUNCTION_WORDS = word_set("closing_function_words")
# A point that opens on a word pointing back ("It is a position", "This should be") cannot be read
# alone; the names they stand for are put in while the point is worded (wording.py).
# From the language profile's pronouns: third-person subjects and possessives ("His room for manoeuvre
# is shrinking") and demonstratives.
OPENING_REFERRERS = pronouns(
    "words pointing back",
    lambda p: "demonstrative" in p.forms or (bool(p.forms & {"subject", "possessive"}) and p.person == "3"),
)
_WORD = re.compile(r"[\w’'-]+")


def words_of(text: str) -> list[str]:
    return [w.lower().strip("’'-") for w in _WORD.findall(text) if w.strip("’'-")]


def readable(text: str, tokens: list[Token], *, needs_predicate: bool = True, referrers: bool = False) -> bool:
    """Whether a point built from `tokens` reads alone. A condition may be a noun phrase ("the
    release of the crews"); a position needs its predicate. With `referrers`, a point may open on a
    word pointing back ("It is time to act"), as a last resort."""
    words = words_of(text)
    if len(words) < MIN_POINT_WORDS_SHOWN or words[-1] in CLOSING_FUNCTION_WORDS:
        return False
    if text.count('"') % 2 or text.count("“") != text.count("”"):
        return False
    if words[0] in OPENING_REFERRERS and not referrers:
        return False
    return not needs_predicate or (_has_a_predicate(tokens) and not _opens_on_its_verb(tokens))


def _has_a_predicate(tokens: list[Token]) -> bool:
    return any(t.pos_ in ("VERB", "AUX") for t in tokens)


_INFINITIVE_MARKS = word_set("infinitive_marks")


def _opens_on_its_verb(tokens: list[Token]) -> bool:
    """'Is for an additional cut', 'To meet', 'Demanded changes': the verb with its subject cut off."""
    first = next((t for t in tokens if not t.is_punct and not t.is_space), None)
    if first is None:
        return True
    if first.tag_ == "TO" or first.lower_ in _INFINITIVE_MARKS:
        return True
    return first.pos_ in ("VERB", "AUX") and first.tag_ != "VB" and first.dep_ not in ("nsubj", "nsubjpass")
