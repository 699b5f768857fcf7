"""Clause grammar shared by the stages: an inverted conditional ('Should the talks fail, ...',
'Were the guild to strike, ...') is an if-clause without its 'if'."""

from __future__ import annotations

from spacy.tokens import Token

from briefing.lang import word_set

# "Should the board refuse, ...", "Were the guild to strike, ...". Not "had": "Had the board
# agreed, ..." looks back on what did not happen, and sets no condition now.
INVERTING_AUXILIARIES = word_set("inverting_auxiliaries")


def inverted_if(tok: Token) -> bool:
    """An auxiliary that opens a clause ahead of its subject says 'if': 'Should the talks fail, the
    union will not return' is 'if the talks fail'. The clause hangs from a main clause."""
    if tok.lower_ not in INVERTING_AUXILIARIES:
        return False
    clause = _adverbial_clause_of(tok)
    if clause is None:
        return False
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    first = clause.left_edge
    if first.dep_ == "mark" and first.i + 1 == tok.i:
        first = tok  # "warned that should the talks fail, ...": a 'that' may open the clause first
    return first.i == tok.i and subject is not None and tok.i < subject.i


def _adverbial_clause_of(tok: Token) -> Token | None:
    """The adverbial clause the auxiliary heads or serves."""
    if tok.dep_ == "advcl":
        return tok  # "Were the guild to strike": the verb itself heads the clause
    if tok.dep_ in ("aux", "auxpass") and tok.head.dep_ == "advcl":
        return tok.head
    return None
