"""Words a speaker says to the one listening: "you" never reaches a line of the brief.

A side that writes to its staff or speaks to a crowd says "we write to assure you that our team keeps
talking", "on the issues that matter most to you", "and that is thanks to you". Read in a brief,
"you" is the minister reading it. The address is the frame of what was said, or a part of it that says
whom it is for: what was said is the point.

- `without_address`: a clause told to "you" ('let you know that ...', 'can assure you that ...')
  gives way to what it tells; a part of the point that holds "you" (a relative clause, a joined
  clause, a phrase) goes, the smallest whole clause first, when the point still says something without it.
The person comes from the parse's morphology (Person=2), not from a list of words.
"""

from __future__ import annotations

from spacy.tokens import Token

MIN_LEFT_WORDS = 4  # what is left once the address goes must still be a point
# A part holding "you" that may go whole: a clause on a word of the point ...
_CLAUSE_PARTS = frozenset({"relcl", "acl", "advcl", "parataxis", "conj"})
# ... or, failing one, a phrase that only says to or for whom.
_PHRASE_PARTS = frozenset({"prep", "dative"})
# How "you" stands in a clause told to it: 'let you know', 'assure you that'.
_ADDRESSED_DEPS = frozenset({"nsubj", "dobj", "dative"})


def second_person(t: Token) -> bool:
    """'you', 'your', 'yourselves': the listener, by the parse's morphology."""
    return "2" in t.morph.get("Person")


def without_address(tokens: list[Token]) -> list[Token]:
    """The words without what is said to whom: the clause told, without any part that holds "you"."""
    if not any(second_person(t) for t in tokens):
        return tokens
    return _without_addressed_parts(_what_was_told(tokens))


def _what_was_told(tokens: list[Token]) -> list[Token]:
    """'we can assure you that our crews keep talking' -> 'our crews keep talking': a clause after a
    "you" that the verb it hangs on tells."""
    inside = {t.i for t in tokens}
    for you in tokens:
        if not second_person(you) or you.dep_ not in _ADDRESSED_DEPS:
            continue
        told = next((c for c in you.head.children if c.dep_ == "ccomp" and c.i > you.i and c.i in inside), None)
        if told is None:
            continue
        words = [t for t in told.subtree if t.i in inside and not (t.dep_ == "mark" and t.head.i == told.i)]
        if _alpha(words) >= MIN_LEFT_WORDS:
            return words
    return tokens


def _without_addressed_parts(tokens: list[Token]) -> list[Token]:
    """Each part holding "you" left out, when enough is left: '... the issues that we believe matter
    most to you' -> '... the issues'; 'our fleet is our strength, and that is thanks to you' -> 'our
    fleet is our strength'."""
    original = tokens
    for you in [t for t in tokens if second_person(t)]:
        inside = {t.i for t in tokens}
        if you.i not in inside:
            continue  # it went with an earlier part
        part = _part_holding(you, inside)
        if part is None:
            continue
        drop = {t.i for t in part.subtree} | _joining(part)
        kept = [t for t in tokens if t.i not in drop]
        if _alpha(kept) >= MIN_LEFT_WORDS:
            tokens = _tidy(kept)
    # "you" the point is about ('you should be grateful'): cutting the rest of it would only cut more
    return original if any(second_person(t) for t in tokens) else tokens


def _part_holding(you: Token, inside: set[int]) -> Token | None:
    """The smallest clause among the words that holds "you" and hangs on a kept word, else the
    phrase that holds it; never the point's top."""
    chain = []
    t = you
    while t.head.i != t.i and t.head.i in inside:
        chain.append(t)
        t = t.head
    clause = next((a for a in chain if a.dep_ in _CLAUSE_PARTS and a.pos_ in ("VERB", "AUX")), None)
    if clause is not None and not _says_which(clause):
        return clause
    return next((a for a in chain if a.dep_ in _PHRASE_PARTS), None)


def _says_which(clause: Token) -> bool:
    """'the issues (that we believe matter most to you)': a clause on a noun with nothing but an
    article says which one; without it 'the issues' names none, so only the phrase with "you" goes."""
    noun = clause.head
    own = [c for c in noun.children if c.i != clause.i]
    return clause.dep_ in ("relcl", "acl") and noun.pos_ == "NOUN" and all(c.dep_ == "det" for c in own)


def _joining(part: Token) -> set[int]:
    """The 'and' and commas that joined a dropped clause to the one before it."""
    out: set[int] = set()
    i = part.left_edge.i - 1
    while i >= 0 and ((part.doc[i].is_punct and part.doc[i].text in (",", ";")) or part.doc[i].dep_ == "cc"):
        out.add(i)
        i -= 1
    return out if part.dep_ == "conj" else {j for j in out if part.doc[j].text == ","}


def _tidy(tokens: list[Token]) -> list[Token]:
    """No comma or conjunction left hanging at the end."""
    while tokens and (tokens[-1].text in (",", ";") or tokens[-1].dep_ == "cc"):
        tokens = tokens[:-1]
    return tokens


def _alpha(tokens: list[Token]) -> int:
    return sum(1 for t in tokens if t.is_alpha)
