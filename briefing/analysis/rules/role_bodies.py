"""Unnamed bodies that decide a dispute: 'the high court', 'the wage board', 'the labour board'.

A court or a labour board that rules, sets, orders or hears the case is a third party a brief must
name, though the text gives it no proper name the registry holds. It is listed when it acts in the
story: it does something ('the wage board set the minimum wage at ...'), gives a ruling ('in line
as the court's ruling requires') or has the case before it ('the appeal still lies before the
high court'). A bare 'board' is most often a company's own, so a board or panel counts only with a word
that makes it one that decides ('wage', 'labour', 'arbitration').
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from briefing.analysis.doctext import evidence_for, sentence_of, tokens_tagged
from briefing.analysis.rules.types import Registry
from briefing.lang import word_set
from briefing.model import ThirdParty

_DECIDING_BODY_NOUNS = word_set("deciding_body_nouns")
_QUALIFIED_BODY_NOUNS = word_set("qualified_body_nouns")
_DECIDING_BODY_WORDS = word_set("deciding_body_words")
_RULING_NOUNS = word_set("ruling_nouns")
_RECOURSE_WORDS = word_set("recourse_words")
_RECOURSE_PREPOSITIONS = word_set("recourse_prepositions")
_HEARING_PREPOSITIONS = word_set("hearing_prepositions")
MAX_PHRASE_STEPS = 4  # the case a few words from the court, not anywhere in the sentence


def unnamed_bodies(doc: Doc, reg: Registry, named: set[str], act: Callable[[Token], str | None]) -> list[ThirdParty]:
    """Each unnamed deciding body that acts in the story, once, with what it does; `act` reads what a
    noun does as the subject or the agent of a verb ('set the minimum wage')."""
    out: list[ThirdParty] = []
    seen: set[str] = set()
    for tok in tokens_tagged(doc, "NOUN"):
        name = _body_name(reg, tok)
        if name is None or tok.lemma_.lower() in seen or name in named or _named_already(tok, named):
            continue
        role = act(tok) or _ruling_given(tok) or _case_before(tok)
        if role is None:
            continue
        seen.add(tok.lemma_.lower())
        out.append(ThirdParty(name, role, [evidence_for(sentence_of(tok))]))
    return out


def _named_already(tok: Token, named: set[str]) -> bool:
    """'the court' after the 'Constitutional Court' is listed: the same body, named once."""
    return any(name.lower().split()[-1:] == [tok.lower_] for name in named)


def _body_name(reg: Registry, tok: Token) -> str | None:
    """'high court', 'wage board', 'court': the body's noun with the words that qualify it, or none
    when the noun is no deciding body, or belongs to a party ('its board', 'the Norland court')."""
    lemma = tok.lemma_.lower()
    if lemma not in _DECIDING_BODY_NOUNS and lemma not in _QUALIFIED_BODY_NOUNS:
        return None
    if reg.party_at(tok.idx, tok.idx + len(tok.text)) is not None:
        return None
    if any(c.dep_ == "poss" for c in tok.children):
        return None  # "the company's board", "its tribunal": a party's own
    mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound")]
    if any(reg.party_at(c.idx, c.idx + len(c.text)) is not None or c.pos_ == "PROPN" for c in mods):
        return None  # "the Kestrian court" is a party's organ; a proper name is the registry's
    if lemma in _QUALIFIED_BODY_NOUNS and not any(c.lemma_.lower() in _DECIDING_BODY_WORDS for c in mods):
        return None
    return " ".join([*(c.text for c in mods), tok.text])


def _ruling_given(tok: Token) -> str | None:
    """'as the court's ruling requires' -> 'gives the ruling'."""
    if tok.dep_ != "poss" or tok.head.lemma_.lower() not in _RULING_NOUNS:
        return None
    return f"gives the {tok.head.lemma_.lower()}"


def _case_before(tok: Token) -> str | None:
    """'an appeal lodged in court' -> 'forum of the appeal'; 'the case is pending before the high
    court' -> 'hears the case': the body a dispute is taken to or heard by."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in _RECOURSE_PREPOSITIONS:
        return None
    for word in _up_to_the_verb(tok.head.head):
        if word.lemma_.lower() in _RECOURSE_WORDS:
            return f"forum of the {word.lemma_.lower()}"
    return "hears the case" if tok.head.lower_ in _HEARING_PREPOSITIONS else None


def _up_to_the_verb(governor: Token) -> list[Token]:
    """The words the phrase hangs on, up to its verb, and the verb's subject and object."""
    words = [governor]
    while words[-1].pos_ != "VERB" and words[-1].head.i != words[-1].i and len(words) < MAX_PHRASE_STEPS:
        words.append(words[-1].head)
    return words + [c for c in words[-1].children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
