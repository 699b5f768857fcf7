"""Clause structure the condition finders share: the clause a word belongs to and its main clause,
negation, obligation and refusal read up the governors, who sets a condition (the subject, a
possessive holder), a reporter's promise of anonymity."""

from __future__ import annotations

from spacy.tokens import Span, Token

from briefing.analysis.doctext import (
    children_of,
    sentence_of,
)
from briefing.analysis.rules.grammar import absorbing_verb, conjunct_left_out
from briefing.analysis.rules.lexicon import pronouns
from briefing.lang import word_set

_DEONTIC = word_set("deontic_modals")


REFUSALS = word_set("refusal_verbs")


_ANONYMITY_WORDS = word_set("anonymity_words")


def promises_anonymity(first: Token) -> bool:
    """'speaking on condition of anonymity' is how a reporter protects a source."""
    window = first.doc[first.i : min(first.i + 5, sentence_of(first).end)]
    return any(t.lower_ in _ANONYMITY_WORDS for t in window)


def clause_of(marker: Token) -> Token:
    """The head of the clause a marker opens: the verb of 'if X happens', or the preposition itself."""
    if marker.dep_ not in ("mark", "advmod", "aux", "auxpass"):
        return marker
    head = marker.head
    # "as long as the guild is prepared to bargain": the parser may hang the marker on the
    # auxiliary; the clause is the verb or predicate the auxiliary serves
    if marker.dep_ == "mark" and head.dep_ in ("aux", "auxpass") and head.head.i > head.i:
        return head.head
    return head


def main_clause_of(marker: Token) -> Token | None:
    """The verb (or predicate) the marker's clause is attached to: past a second conjunct the parser
    took for it ('only if A withdraws its troops and B's posts are reopened')."""
    clause = clause_of(marker)
    head = clause.head if clause.head.i != clause.i else clause
    for tok in (head, *head.ancestors):
        if tok.pos_ in ("VERB", "AUX", "ADJ") and not _inside(tok, clause):
            absorbed = absorbing_verb(clause) if clause.i != marker.i else None
            if absorbed is None or absorbed.i != tok.i:
                return tok  # none, or joined to the main clause, which stays the main clause
            return _main_beside(absorbed, marker)
    return None


def _main_beside(absorbed: Token, marker: Token) -> Token | None:
    """The real main clause: the verb next to the absorbed one that comes closest before the marker."""
    near = [absorbed.head, *(c for c in children_of(absorbed) if c.dep_ in ("ccomp", "xcomp", "advcl", "conj"))]
    before = [t for t in near if t.i < marker.i and t.pos_ in ("VERB", "AUX", "ADJ") and t.i != absorbed.i]
    return max(before, key=lambda t: t.i) if before else None


def _inside(tok: Token, root: Token) -> bool:
    return tok.i == root.i or root in tok.ancestors


def clause_end(marker: Token, sent: Span) -> int:
    clause = clause_of(marker)
    tokens = list(clause.subtree)
    if clause.i != marker.i:
        tokens += conjunct_left_out(clause)  # "... and the border posts are reopened": it stays whole
    else:
        tokens += _verb_left_out(marker, sent)
        verb = verb_after_a_participle(marker)
        if verb is not None:  # "provided Orvik deletes the data": the verb the parser hung elsewhere
            tokens += [t for t in verb.subtree if t.i > marker.i]
    last = max(tokens, key=lambda t: t.i) if tokens else marker
    return min(last.idx + len(last.text), sent.end_char)


_FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD", "MD"})
_NOUN_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "PART"})
MAX_SUBJECT_WORDS = 6  # "provided the two harbour boards ... agree": a subject, not a clause of its own


def verb_after_a_participle(marker: Token) -> Token | None:
    """'provided Orvik deletes the data', which the parser reads as 'a fine provided (by) Orvik': the
    participle is followed by a noun phrase and a finite verb, so it opens a clause with that verb.
    Not 'provided the crews with food' (no finite verb) nor 'provided documents that show' (a relative)."""
    sent_end = sentence_of(marker).end
    for tok in marker.doc[marker.i + 1 : min(marker.i + 2 + MAX_SUBJECT_WORDS, sent_end)]:
        if tok.tag_ in _FINITE_TAGS:
            return tok.head if tok.dep_ == "aux" else tok
        if tok.pos_ not in _NOUN_PHRASE_POS or tok.lower_ in _RELATIVES:
            return None
    return None


_RELATIVES = pronouns("relatives", lambda p: "relative" in p.forms)


# Markers the parser may read as prepositions though they open a clause: 'until', 'before', 'after'.
_CLAUSE_PREPOSITIONS = word_set("clause_prepositions")


def _verb_left_out(marker: Token, sent: Span) -> list[Token]:
    """'until the raiding by Norland is finally ended': the parser reads 'until' as a preposition and
    hangs 'is ... ended' on the main clause; the verb right after its object finishes the clause."""
    end = max((t.i for t in marker.subtree), default=marker.i) + 1
    if end >= sent.end or marker.lower_ not in _CLAUSE_PREPOSITIONS:
        return []  # "conditional on a new audit" takes a thing, never a clause
    verb = marker.doc[end]
    if verb.dep_ in ("aux", "auxpass") and verb.head.i > verb.i:
        verb = verb.head  # "until the raids ... are fully stopped": 'are' serves the verb
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "conj" or verb.head.i > marker.i:
        return []
    return [t for t in verb.subtree if t.i >= end and not (t.is_punct and t.i == verb.right_edge.i)]


def with_governors(verb: Token) -> list[Token]:
    """'refuses to negotiate': the infinitive and the verbs it completes."""
    chain = [verb]
    while chain[-1].dep_ == "xcomp" and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def negated(verb: Token) -> bool:
    return any(_negated_here(v) for v in with_governors(verb))


_FLAT_NEGATIONS = word_set("flat_negations")


_NO_DETERMINERS = word_set("no_determiners")


def _negated_here(verb: Token) -> bool:
    if any(c.dep_ == "neg" for c in children_of(verb)):
        return True
    # "there will be no pact", "no deal can be reached"
    return any(
        c.lower_ in _NO_DETERMINERS and c.dep_ == "det" for t in children_of(verb) for c in children_of(t)
    ) or any(t.lower_ in _FLAT_NEGATIONS and t.dep_ in ("neg", "advmod", "det") for t in children_of(verb))


_OBLIGATION_ADJECTIVES = word_set("obligation_adjectives")


def deontic(verb: Token) -> bool:
    """'must withdraw', 'should sign', or 'it would be essential to wait': an obligation on the clause."""
    modal = any(c.dep_ == "aux" and c.lower_ in _DEONTIC for v in with_governors(verb) for c in children_of(v))
    return modal or obliged_by_adjective(verb)


def obliged_by_adjective(verb: Token) -> bool:
    """'it would be essential to wait for the ruling': the verb completes an adjective of obligation."""
    governors = with_governors(verb)
    return any(
        c.dep_ == "acomp" and c.lemma_.lower() in _OBLIGATION_ADJECTIVES for v in governors for c in children_of(v)
    )


_RULE_PREPOSITIONS = word_set("rule_prepositions")
_RULE_NOUNS = word_set("rule_nouns")


def under_a_rule(verb: Token) -> bool:
    """'Under the fisheries statute, catches must be logged daily': an obligation a standing rule
    lays, on whoever it may fall; no side sets it."""
    preps = [
        c for v in with_governors(verb) for c in children_of(v) if c.dep_ == "prep" and c.lower_ in _RULE_PREPOSITIONS
    ]
    return any(o.dep_ == "pobj" and o.lemma_.lower() in _RULE_NOUNS for p in preps for o in children_of(p))


_QUESTION_VERBS = word_set("question_verbs")
_QUESTION_MARKS = word_set("question_marks")
_QUESTION_ONLY_MARKS = word_set("question_only_marks")


def in_a_question(tok: Token) -> bool:
    """'was asked whether Norland would sign if the boats withdrew', 'pressed on whether ...': the
    clause is what a questioner supposes or asks, not terms or a demand anyone has set. A 'whether'
    clause is a question whatever governs it; an 'if' clause only under a verb of asking."""
    for clause in (tok, *tok.ancestors):
        marks = {c.lower_ for c in children_of(clause) if c.dep_ == "mark"}
        if not _QUESTION_ONLY_MARKS.isdisjoint(marks):
            return True
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in _QUESTION_VERBS and marks & _QUESTION_MARKS:
            return True
    return False


def refuses(verb: Token) -> bool:
    return any(v.lemma_.lower() in REFUSALS for v in with_governors(verb))


_PRONOUNS = pronouns(
    "subjects that name no one",
    lambda p: bool(p.forms & {"subject", "relative"}) or ("demonstrative" in p.forms and p.number == "sg"),
)


def subject_of(verb: Token | None) -> Token | None:
    """The named subject of a clause, climbing 'is ready to sign' and 'and then resumed' to find it."""
    while verb is not None:
        subject = _nearest_subject(verb)
        if subject is not None:
            return None if subject.lower_ in _PRONOUNS else subject
        if verb.head.i == verb.i:
            return None
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            verb = verb.head.head  # "Norland linked the two files by holding up the budget": who links
            continue
        if verb.dep_ not in ("xcomp", "conj", "acomp") and not _participle_of(verb):
            return None
        verb = verb.head
    return None


_THING_SUBJECTS = word_set("stance_thing_nouns") | word_set("deal_words") | word_set("document_words")
_GOVERNED = ("ccomp", "xcomp", "advcl", "conj")


def setter_of_clause(verb: Token) -> Token | None:
    """Who sets a condition told on this clause: its named subject, unless that is a thing ('their
    return to the table hinges on X', 'the pact stays frozen until X'). A thing's owner named by a
    pronoun, or no owner, leaves it to the subject of the clause that tells this one ('Norland said
    the pact stays frozen until ...'), when that is no thing either."""
    subject = subject_of(verb)
    if subject is None or not _a_thing(subject) or _named_owner(subject):
        return subject
    while verb.dep_ in _GOVERNED and verb.head.i != verb.i:
        verb = verb.head
        teller = subject_of(verb)
        if teller is not None:
            return None if _a_thing(teller) else teller
    return None


def _a_thing(subject: Token) -> bool:
    return subject.pos_ == "NOUN" and not subject.ent_type_ and subject.lemma_.lower() in _THING_SUBJECTS


def _named_owner(thing: Token) -> bool:
    """'Norland's offer', 'the Norland offer': a name before the thing says whose it is; 'their' does not."""
    return any(
        (c.dep_ == "poss" and c.lower_ not in _POSSESSIVES) or (c.dep_ == "compound" and c.ent_type_)
        for c in children_of(thing)
    )


def _participle_of(verb: Token) -> bool:
    """'went on strike, refusing to work until ...': a participle clause shares its main clause's subject."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ == "mark" for c in children_of(verb))


_POSSESSIVES = pronouns("possessives", lambda p: "possessive" in p.forms)


_SUBJECT_HOLDERS = ("advmod",)  # an adverb only: a subject on 'stay' in 'will stay suspended' is a thing's


def _nearest_subject(verb: Token) -> Token | None:
    """The verb's subject. Of two the parser gave it ('HARBOURTON (AFP) - The guild signed ...'),
    not a dateline: a place name that opens the sentence and is set off by a dash or a bracket."""
    subjects = [c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        # "the party will likely back ...": the parser may hang the subject on an adverb of the verb
        subjects = [
            g for c in children_of(verb) if c.dep_ in _SUBJECT_HOLDERS for g in children_of(c) if g.dep_ == "nsubj"
        ]
    if len(subjects) > 1:
        subjects = [c for c in subjects if not _a_dateline(c)] or subjects
    return next(iter(subjects), None)


def _a_dateline(subject: Token) -> bool:
    sent = subject.sent
    after = subject.doc[subject.i + 1] if subject.i + 1 < sent.end else None
    return subject.left_edge.i == sent.start and subject.pos_ == "PROPN" and after is not None and after.is_punct


def holder_of(noun: Token) -> Token | None:
    """Whose demand: 'Norland's demand', or the subject that has, sets or gives it."""
    possessor = next((c for c in _pieces_of(noun) for c in children_of(c) if c.dep_ == "poss"), None)
    if possessor is not None:
        return None if possessor.lower_ in _POSSESSIVES else possessor
    if noun.dep_ in ("dobj", "attr"):
        return subject_of(noun.head)
    if noun.dep_ == "pobj":
        return subject_of(_verb_over(noun.head.head))
    return None


MAX_PHRASE_DEPTH = 3  # 'tabled a truce on condition that ...': the phrase hangs on a noun the verb takes


def _verb_over(word: Token) -> Token:
    """The verb a phrase belongs to: the word itself, or the verb over the noun it hangs on ('tabled'
    of 'tabled a truce on condition that ...'), so the demand's holder is that verb's subject."""
    for _ in range(MAX_PHRASE_DEPTH):
        if word.pos_ in ("VERB", "AUX") or word.head.i == word.i:
            break
        word = word.head
    return word


_HYPHENS = frozenset({"-", "‐", "‑"})


def _pieces_of(noun: Token) -> list[Token]:
    """The noun and the word a hyphen joins to its front ('pre-condition'): the parser may hang the
    possessive ('the guild's pre-condition') on the first piece."""
    doc = noun.doc
    hyphen = doc[noun.i - 1] if noun.i >= 2 else None
    if hyphen is not None and hyphen.text in _HYPHENS and not hyphen.whitespace_ and not doc[noun.i - 2].whitespace_:
        return [noun, doc[noun.i - 2]]
    return [noun]


def edges(tokens: list[Token]) -> tuple[int, int]:
    first, last = min(tokens, key=lambda t: t.i), max(tokens, key=lambda t: t.i)
    return first.idx, last.idx + len(last.text)


NO_DETERMINERS = word_set("no_determiners")


def has_no_determiner(clause: Token) -> bool:
    """'if there is no movement on pay': the clause is negated by its noun's determiner."""
    return any(g.dep_ == "det" and g.lower_ in NO_DETERMINERS for c in children_of(clause) for g in children_of(c))


# What a participle takes after it: 'pegged to the old border', 'signed by both boards', 'set out in May'.
_PARTICIPLE_TAKES = ("prep", "agent", "dobj", "dative", "prt", "advmod", "npadvmod")


def participle_read_as_its_verb(noun: Token, last: int) -> list[Token]:
    """'its demand for a treaty pegged to the old border has held up a deal': the parser
    may take the bare participle right after the noun's complement for the verb the noun is the
    subject of. With no auxiliary of its own and the sentence's own verb joined to it, it is a reduced
    clause on the complement's last noun: its words belong to the demand."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb.tag_ != "VBN" or verb.i != last + 1:
        return []
    kids = children_of(verb)
    if any(c.dep_ in ("aux", "auxpass") for c in kids) or not any(c.dep_ == "conj" and c.i > verb.i for c in kids):
        return []
    return [verb, *(t for c in kids if c.dep_ in _PARTICIPLE_TAKES and c.i > verb.i for t in c.subtree)]
