"""A point's subject: one that points back ('This is a costly delay') gives way to what it says; a
point whose subject was cut off ('Must be addressed', 'Included a pay rise') is found out, so that it
falls back to a fuller clause or is left out; a last resort opening on an empty "it" ('it is time to
act') says who says it, and one whose subject points back to what the line never names ('they will
not listen', 'this includes a pay rise') is left out: "Norland says they will not listen" leaves the
reader asking who. Never a line without the subject it needs."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from briefing.analysis.doctext import tokens_in
from briefing.analysis.rules.condense.gate import OPENING_REFERRERS, words_of
from briefing.analysis.rules.condense.referents import extraposed_it, said_once
from briefing.analysis.rules.condense.wording import (
    DEMONSTRATIVES,
    SUBJECT_DEPS,
    is_be,
    name_for_pronoun,
    others_in_a_quote,
    word_count,
)
from briefing.analysis.rules.lexicon import pronouns
from briefing.analysis.rules.types import Statement
from briefing.lang import word_set

MIN_SUBJECTLESS_WORDS = 2  # what is left once a vague subject goes must still say something

VAGUE_SUBJECTS = DEMONSTRATIVES | pronouns(
    "vague subjects", lambda p: "relative" in p.forms or (p.person == "3" and "subject" in p.forms)
)


def without_vague_subject(tokens: list[Token], statement: Statement) -> list[Token]:
    """A subject that points back ('This', 'That', 'which') names nothing on its own line.

    'This is a costly delay' -> 'A costly delay'; 'That included a pay rise' -> 'Included a pay rise'."""
    if not tokens or tokens[0].lower_ not in VAGUE_SUBJECTS or tokens[0].dep_ not in SUBJECT_DEPS:
        return tokens
    if others_in_a_quote(tokens[0]):
        return tokens  # '“They will not listen”': the other side, whom the line must not lose
    if name_for_pronoun(tokens[0], statement, first=True) != tokens[0].text:
        return tokens  # 'He' becomes the speaker's name instead
    rest = _after_vague_subject(tokens, tokens[0].head)
    return rest if word_count(rest) >= MIN_SUBJECTLESS_WORDS else tokens


def _claim_words(tokens: list[Token], claim: Token) -> list[Token]:
    """'It is plain that the gap remains' -> 'The gap remains': the claim, not its frame."""
    said = {x.i for x in claim.subtree}
    return [t for t in tokens if t.i in said and t.dep_ != "mark"]


def _from_complement(tokens: list[Token], complement: Token) -> list[Token]:
    """'This is a costly delay' -> 'a costly delay': the words from what follows 'be'."""
    start = min(t.i for t in complement.subtree)
    return [t for t in tokens if t.i >= start]


def _complement_and_claim(verb: Token) -> tuple[Token | None, Token | None]:
    """What follows 'be' ('a costly delay'), and a clause it frames ('plain that the gap remains')."""
    complement = next((c for c in verb.rights if c.dep_ in ("attr", "acomp", "prep")), None)
    frames = [*(complement.children if complement is not None else []), *verb.children]
    claim = next((c for c in frames if c.dep_ == "ccomp" and c.i > verb.i), None)
    return complement, claim


def _after_vague_subject(tokens: list[Token], verb: Token) -> list[Token]:
    complement, claim = _complement_and_claim(verb)
    if is_be(verb) and claim is not None:
        return _claim_words(tokens, claim)
    if is_be(verb) and complement is not None:
        return _from_complement(tokens, complement)
    return [t for t in tokens[1:] if not t.is_punct or t.i > verb.i]


def lost_subject(words: list[str], sent: Span) -> bool:
    """'Is for an additional cut', 'To meet on the crisis', 'Must be addressed': a predicate that
    lost its subject."""
    first = next((t for t in tokens_in(sent) if t.lower_ == words[0]), None) if words else None
    if first is None:
        return False
    following = first.doc[first.i + 1] if first.i + 1 < len(first.doc) else None
    if following is not None and following.dep_ in ("nsubj", "nsubjpass", "expl", "compound", "det"):
        return False  # "Should Harborline refuse", "Is there a deal": its subject follows
    return (first.pos_ in ("AUX", "VERB") and first.tag_ in ("VBZ", "VBP", "VBD", "MD")) or first.tag_ == "TO"


def subject_left_behind(words: list[str], sent: Span) -> bool:
    """'Included a pay rise' of 'That included a pay rise': a line opening on a verb whose subject
    stands before it in the sentence lost that subject."""
    first = next((t for t in tokens_in(sent) if t.lower_ == words[0]), None) if words else None
    if first is None or first.pos_ not in ("VERB", "AUX"):
        return False
    verb = first.head if first.dep_ in ("aux", "auxpass") else first  # 'will be withdrawn': the verb's subject
    subject = SUBJECT_DEPS | {"expl"}
    return any(c.dep_ in subject and c.i < first.i for c in verb.children)


# --- the last resort: who says it ------------------------------------------------------------------


def said_by(statement: Statement, text: str, line: Sequence[Token]) -> str:
    """'It is time to act' -> 'Norland says it is time to act': a clause that opens on a word pointing
    back keeps who says it, so that it reads alone. A subject that points back to something only the
    sentences before name ('This is a costly delay', 'They will not listen') leaves the line empty:
    it is left out ('') rather than shown as 'Norland says this is a costly delay'. `line` holds the
    words the text was made of: its first word is looked for among them, never elsewhere in the sentence."""
    words = words_of(text)
    who = statement.party.name if statement.party is not None else statement.speaker
    if not words or words[0] not in OPENING_REFERRERS or not who:
        return text
    if _points_outside(_first_word(line, words[0])):
        return ""
    said = statement.sent.doc.text[statement.content[0] : statement.content[1]]
    text = said_once(who, text, said, group=statement.party is not None)  # never "X says ... with X"
    return f"{who} says {text[:1].lower()}{text[1:]}"


def _first_word(line: Sequence[Token], word: str) -> Token | None:
    """The token of the line's first word among the line's own words: in 'It said it was ready', a line
    made of 'it was ready' opens on the second 'it', not on the speaker's."""
    return next((t for t in line if t.lower_ == word), None)


def _points_outside(first: Token | None) -> bool:
    """A subject pronoun or demonstrative ('this', 'these', 'they', 'it') standing for a thing or
    group named only before the line: not the empty "it" of 'it is time to act' or 'it seems that
    ...', whose clause comes after it in the line, nor a possessive ('his room to manoeuvre')."""
    if first is None or first.dep_ not in SUBJECT_DEPS:
        return False
    if first.lower_ in _NEUTER and (first.dep_ == "expl" or extraposed_it(first)):
        return False
    if _judged(first):
        return False  # 'this is a costly delay', 'it is time to act': the judgement is the stance
    return first.lower_ in _POINTING_SUBJECTS


def _judged(subject: Token) -> bool:
    """'This is a costly delay', 'it was unacceptable': 'be' judging what the subject points at."""
    verb = subject.head
    return is_be(verb) and any(c.dep_ in ("attr", "acomp") and c.i > verb.i for c in verb.children)


_NEUTER = word_set("neuter_pronouns")
_POINTING_SUBJECTS = pronouns(
    "subjects pointing back",
    lambda p: "demonstrative" in p.forms or ("subject" in p.forms and p.person == "3" and p.gender in ("n", "-")),
)
