"""Clause grammar shared by the stages: an inverted conditional ('Should the talks fail, ...',
'Were the guild to strike, ...') is an if-clause without its 'if'; a clause's second conjunct the
parser hung elsewhere ('only if A withdraws its troops and B's border is restored')."""

from __future__ import annotations

from spacy.tokens import Token

from briefing.analysis.doctext import children_of
from briefing.analysis.rules.lexicon import REPORTING_VERBS
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
    subject = next((c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
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


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def absorbing_verb(clause: Token) -> Token | None:
    """'if Norland pulls back its troops and the border posts are reopened': the parser often takes
    'the border posts' for a conjunct inside the clause and 'are reopened' for the verb the clause
    hangs from (or one joined to it). That verb, with no subject of its own and right after the
    conjunct, belongs to the clause."""
    doc = clause.doc
    for noun in (t for t in clause.subtree if t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN")):
        after = noun.right_edge.i + 1
        if after >= len(doc) or doc[after].is_sent_start:
            continue
        verb = doc[after].head if doc[after].dep_ in ("aux", "auxpass", "neg") else doc[after]
        if verb.pos_ not in ("VERB", "AUX") or verb.i < after or verb.i == clause.i or clause in verb.ancestors:
            continue  # not a verb after the conjunct, or one the clause already holds
        if any(c.dep_ in _SUBJECTS for c in children_of(verb)):
            continue
        if verb.i == clause.head.i or (verb.dep_ == "conj" and verb.head.i == clause.head.i):
            return verb
    return None


def conjunct_left_out(clause: Token) -> list[Token]:
    """The words of a clause's second conjunct the parser hung outside it: the absorbing verb and
    its auxiliaries, or the words from the clause's end to the sentence's end (or a comma) that are
    one joined verb's whole phrase, with its own subject or one whose subject closes the clause."""
    verb = absorbing_verb(clause)
    if verb is not None:
        return [verb, *(c for c in children_of(verb) if c.dep_ in ("aux", "auxpass", "neg"))]
    return _trailing_conjunct(clause, max(t.i for t in clause.subtree))


def _trailing_conjunct(clause: Token, last: int) -> list[Token]:
    """'only if Norland withdraws its troops and Valdoria's border is restored', parsed with 'its
    troops and Valdoria's border' as the subject of 'restored', joined to the main clause."""
    doc = clause.doc
    end = last + 1
    while end < len(doc) and not doc[end].is_punct and not doc[end].is_sent_start:
        end += 1
    stretch = doc[last + 1 : end]
    heads = [t for t in stretch if not (last < t.head.i < end) or t.head.i == t.i]
    if len(heads) != 1 or heads[0].pos_ not in ("VERB", "AUX") or heads[0].dep_ not in ("conj", "ccomp"):
        return []
    verb = heads[0]
    if verb.left_edge.i != last + 1 or verb.right_edge.i != end - 1:
        return []
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb))
    closes_on_a_conjunct = doc[last].dep_ == "conj" and doc[last].pos_ in ("NOUN", "PROPN")
    return list(stretch) if own_subject or closes_on_a_conjunct else []


_PARTICIPLE_TAGS = ("VBN", "VBD")


def reported_beside(marker: Token) -> bool:
    """'she said the crews would return provided (that) the board paid': the parser may read the
    participle as a second thing said, beside the clause it conditions. It has no subject of its
    own, opens a clause of its own ('that ...', or a subject and a verb), and follows the clause said."""
    if marker.dep_ not in ("ccomp", "conj") or marker.tag_ not in _PARTICIPLE_TAGS:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in children_of(marker)):
        return False  # "the ministry provided figures", "it provided that the fee be waived"
    opens = [c for c in children_of(marker) if c.dep_ in ("ccomp", "advcl") and c.i > marker.i]
    if not any(any(g.dep_ in ("nsubj", "nsubjpass") for g in children_of(c)) for c in opens):
        return False
    return clause_said_before(marker) is not None


def clause_said_before(marker: Token) -> Token | None:
    """The clause said just before a participle marker the parser hung on the verb of saying: the
    clause it conditions ('would be ready to talk' in 'said they would be ready to talk provided ...')."""
    if marker.dep_ not in ("ccomp", "conj") or marker.tag_ not in _PARTICIPLE_TAGS:
        return None
    speech = marker.head
    if speech.lemma_.lower() not in REPORTING_VERBS:
        return None
    before = [c for c in children_of(speech) if c.dep_ in ("ccomp", "xcomp") and c.i < marker.i and c.i != marker.i]
    return max(before, key=lambda t: t.i) if before else None
