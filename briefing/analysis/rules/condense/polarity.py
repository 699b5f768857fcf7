"""Conditions the right way round: a thing a side refuses reads "No X" ('a buffer zone would be
unacceptable' -> 'No buffer zone'), and a refusal that lasts while a clause holds sets the condition
that it stops holding ('while the raids continue' -> 'the raids stop')."""

from __future__ import annotations

from spacy.tokens import Token

from briefing.analysis.rules.condense.wording import main_predicate, present_tense, render, third_person, without_edges
from briefing.lang import word_set

_ARTICLES = word_set("droppable_determiners")


def refused(tokens: list[Token], statement) -> str:
    """'a buffer zone would be unacceptable' -> 'No buffer zone': what a side refuses, as a condition."""
    while tokens and (tokens[0].lower_ in _ARTICLES or tokens[0].is_punct):
        tokens = tokens[1:]
    text = without_edges(render(tokens, statement))
    if not text:
        return ""
    first = tokens[0]
    if _owned_or_pronoun(tokens):
        return text + " ruled out"  # "Valdoria’s drilling ruled out": no "No" before a possessive
    return "No " + (text if first.pos_ == "PROPN" or first.text.isupper() else text[:1].lower() + text[1:])


def _owned_or_pronoun(tokens: list[Token]) -> bool:
    """A thing someone owns ('its plan', "Valdoria's drilling") or a pronoun: 'No' cannot go before it."""
    first = tokens[0]
    return first.dep_ == "poss" or any(t.dep_ == "case" for t in tokens[:3]) or first.pos_ == "PRON"


_CONTINUING = word_set("continuing_verbs")
_STOP_FORMS = {"VBZ": "stops", "VBD": "stopped", "VBN": "stopped", "VBG": "stopping"}


def ended(tokens: list[Token], statement) -> str:
    """'while the raids continue' -> 'the raids stop'; 'while troops remain' -> 'troops no longer
    remain'; 'as long as its position does not shift' -> 'its position shifts'."""
    main = main_predicate(tokens)
    if main is None or main.pos_ not in ("VERB", "AUX"):
        return render(tokens, statement)
    negation, auxes = _negation_and_auxiliaries(main, tokens)
    if negation:
        drop, replace = _without_negation(main, auxes, negation)
        return render([t for t in tokens if t.i not in drop], statement, replace)
    nothing = _no_determiners_under(main)
    if nothing:
        return _something(tokens, nothing, statement)
    return render(tokens, statement, _no_longer(main, auxes, present_tense(tokens)))


def _negation_and_auxiliaries(main: Token, tokens: list[Token]) -> tuple[set[int], list[Token]]:
    """The predicate's 'not' (indices) and its auxiliaries before it, among the clause's tokens."""
    inside = {t.i for t in tokens}
    negation = {c.i for c in main.children if c.dep_ == "neg" and c.i in inside}
    auxes = [c for c in main.children if c.dep_ in ("aux", "auxpass") and c.i in inside and c.i < main.i]
    return negation, auxes


def _no_determiners_under(main: Token) -> list[Token]:
    """'no' on the predicate's dependents: 'there is no ceasefire', 'gives no guarantees'."""
    return [g for c in main.children for g in c.children if g.dep_ == "det" and g.lower_ in NO_DETERMINERS]


def _something(tokens: list[Token], nothing: list[Token], statement) -> str:
    """'while there is no ceasefire' -> 'there is a ceasefire'; 'no guarantees' -> 'guarantees'."""
    article = {n.i: INDEFINITE_ARTICLE for n in nothing if n.head.tag_ == "NN"}
    dropped = {n.i for n in nothing} - set(article)
    return render([t for t in tokens if t.i not in dropped], statement, article)


_DO_SUPPORT = word_set("do_support")
NO_DETERMINERS = word_set("no_determiners")
INDEFINITE_ARTICLE = "a"  # put for 'no' before a singular noun: 'no change' -> 'a change'


_THIRD_PERSON_DO = word_set("third_person_do")


def _without_negation(main: Token, auxes: list[Token], negation: set[int]) -> tuple[set[int], dict[int, str]]:
    """'does not shift' -> 'shifts'; 'is not lifted' -> 'is lifted'."""
    support = [a for a in auxes if a.lower_ in _DO_SUPPORT]
    if not support or main.tag_ != "VB":
        return negation, {}
    verb = third_person(main.text) if support[0].lower_ in _THIRD_PERSON_DO else main.text
    return negation | {support[0].i}, {main.i: verb}


def _no_longer(main: Token, auxes: list[Token], present: dict[int, str]) -> dict[int, str]:
    """'the raids continue' -> 'stop'; 'is sitting' -> 'is no longer sitting'; 'remain' -> 'no longer
    remain'. A clause told in the past is turned in the present ('as long as the levy remained' ->
    'the levy no longer remains', 'while the case was pending' -> 'the case is no longer pending'):
    terms still to be met, never 'no longer' before a past tense."""
    if main.lemma_.lower() in _CONTINUING and not auxes and not any(c.dep_ == "xcomp" for c in main.children):
        if main.i in present:
            return {main.i: _STOP_FORMS["VBZ"] if present[main.i] != main.lemma_.lower() else "stop"}
        return {main.i: _STOP_FORMS.get(main.tag_, "stop")}
    if auxes:
        return {auxes[0].i: present.get(auxes[0].i, auxes[0].text) + " no longer"}
    if main.lemma_ in _BE_LEMMAS:
        return {main.i: present.get(main.i, main.text) + " no longer"}  # 'the ban is no longer in force'
    return {main.i: "no longer " + present.get(main.i, main.text)}


_BE_LEMMAS = word_set("be_lemmas")
