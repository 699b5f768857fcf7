"""Lines that say nothing alone: a stance whose object points to words the line does not hold.

"The board brushed aside that claim", "the council turned down such a request", "both ministers
restated their known views": each is true, and none tells the reader what was claimed, asked or held.
The sentence before may say it, but a line cannot cite it; a line that would only point elsewhere
is left out (its sentence stays in the evidence of the points that say something).
"""

from __future__ import annotations

from spacy.tokens import Token

from briefing.analysis.rules.condense.frames import is_reporting
from briefing.analysis.rules.condense.referents import names_a_referent
from briefing.analysis.rules.condense.wording import main_predicate
from briefing.lang import word_set

_POINTING = word_set("pointing_determiners")
_SAID_THINGS = word_set("said_thing_nouns")
_BARE_STANCES = word_set("bare_stance_nouns")
_OWN_STANCES = word_set("own_stance_nouns")
_ABOUT = word_set("about_prepositions") | word_set("of_prepositions")
# What a noun may carry that says what it is: 'the claim that ...', 'the idea of a levy', 'the offer
# to meet', 'a stance on the tariffs'.
_OWN_CONTENT_DEPS = frozenset({"prep", "acl", "relcl", "ccomp", "appos"})
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})


def points_elsewhere(tokens: list[Token]) -> bool:
    """Whether the words are a stance taken on something they do not name: the main predicate's
    object is 'that claim' or 'such a request', or a bare 'known views', and closes the line; or a
    verb that acts on a thing has none ('the cooperative has so far refused')."""
    main = main_predicate(tokens)
    if main is None or main.pos_ not in ("VERB", "AUX"):
        return False
    kept = {t.i for t in tokens}
    if _acts_on_nothing(main, kept):
        return True
    last = max((t.i for t in tokens if not t.is_punct and not t.is_space), default=-1)
    # the object closes the line, or only a phrase of where, when or to whom follows it ('would leave
    # that decision to a board'); 'dismissed that claim as a bluff' says what it holds of it
    # 'called the claim reckless': whatever it is held to be, the line never says which claim; 'lodged
    # the claim with a court' is an act, and says what it did
    judged = main.lemma_.lower() in _JUDGING_VERBS
    return any(
        (judged and _the_claim(o, kept))
        or ((o.right_edge.i >= last or _only_adds_after(o, main, kept)) and _empty_object(o, kept))
        for o in _objects(main, kept)
    )


_AS_PREPOSITIONS = word_set("as_prepositions")
_ADDING_DEPS = frozenset({"prep", "advmod", "npadvmod", "punct"})


def _only_adds_after(thing: Token, main: Token, kept: set[int]) -> bool:
    """What follows the object is only phrases on the predicate that add where, when or to whom
    ('to a board', 'within hours', 'on Friday'), none that says what the object is held to be ('as a
    bluff')."""
    after = [t for t in main.children if t.i > thing.right_edge.i and t.i in kept]
    if not after:
        return False
    return all(t.dep_ in _ADDING_DEPS and t.lower_ not in _AS_PREPOSITIONS for t in after)


_THING_TAKING_VERBS = word_set("thing_taking_verbs")
# what says the thing a verb acts on: its object, a clause, a phrase, or a passive subject
_THING_DEPS = frozenset({"dobj", "ccomp", "xcomp", "prep", "pcomp", "attr", "oprd", "nsubjpass", "dative"})


def _acts_on_nothing(main: Token, kept: set[int]) -> bool:
    """'The cooperative has so far refused', 'the minister accepted': a verb of taking a stance on a
    thing, with nothing kept that says the thing; the sentence before says it, and a line cannot."""
    if main.lemma_.lower() not in _THING_TAKING_VERBS:
        return False
    said = [c for c in main.children if c.dep_ in _THING_DEPS and c.i in kept]
    joined = [c for c in main.children if c.dep_ == "conj" and c.i in kept]
    return not said and not joined


def _objects(main: Token, kept: set[int]) -> list[Token]:
    """The predicate's object, and the object of the preposition the verb takes ('responded to this
    demand'), never of a phrase that only adds ('would go to court over that ruling')."""
    direct = [c for c in main.children if c.dep_ in _OBJECT_DEPS and c.i in kept]
    taken = [c for c in main.children if c.dep_ == "prep" and _right_after(main, c)]
    return direct + [g for c in taken for g in c.children if g.dep_ == "pobj" and g.i in kept]


def _right_after(verb: Token, prep: Token) -> bool:
    """The preposition follows the verb or its particle at once: the verb's own ('objected to')."""
    particle = next((c for c in verb.children if c.dep_ == "prt" and c.i == verb.i + 1), None)
    return prep.i == (particle.i if particle is not None else verb.i) + 1


def _empty_object(noun: Token, kept: set[int]) -> bool:
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or any(c.dep_ in _OWN_CONTENT_DEPS and c.i in kept for c in noun.children):
        return False
    pointed = any(c.lower_ in _POINTING for c in noun.children if c.i < noun.i) and not names_a_referent(noun, kept)
    bare_stance = lemma in _BARE_STANCES and noun.dep_ == "dobj"
    return (pointed and (lemma in _SAID_THINGS or noun.lower_ in _SAID_THINGS)) or bare_stance


_CLAIM_NOUNS = word_set("claim_nouns")
_JUDGING_VERBS = word_set("thing_taking_verbs") | word_set("labelling_verbs")
_DEFINITE = word_set("definite_articles")


def _the_claim(noun: Token, kept: set[int]) -> bool:
    """'called the claim reckless', 'denied the allegations': a thing another said, with only its
    article, names no claim; the line cannot say whose or which."""
    own = [c for c in noun.children if c.i in kept]
    return noun.lower_ in _CLAIM_NOUNS and len(own) == 1 and own[0].lower_ in _DEFINITE and own[0].i < noun.i


def calls_that_its_stance(tokens: list[Token], frame: Token | None) -> bool:
    """'This has been our view': a pointing subject ('that', 'this') said to be the speaker's own
    stance names neither what is held nor whose words it was; the sentence before says it. A frame
    that says what it is said of ('..., the envoy said of the buffer zone') names it."""
    if frame is not None and any(_said_of(c) for c in frame.children):
        return False
    main = main_predicate(tokens)
    if main is None or main.lemma_.lower() != "be":
        return False
    subject = next((c for c in main.children if c.dep_ == "nsubj"), None)
    named = next((c for c in main.children if c.dep_ == "attr"), None)
    if subject is None or named is None or subject.lower_ not in _POINTING or list(subject.children):
        return False
    owned = any(c.dep_ == "poss" for c in named.children)
    return owned and named.lemma_.lower() in _OWN_STANCES


def _said_of(phrase: Token) -> bool:
    """'(said) of the buffer zone', 'about the quota': what was said is about; not 'on Tuesday'."""
    if phrase.dep_ != "prep" or phrase.lower_ not in _ABOUT:
        return False
    return not any(g.ent_type_ in ("DATE", "TIME") for g in phrase.children)


def said_instead(tokens: list[Token]) -> list[Token]:
    """'held to her view, adding that no exemption would be granted', 'turned down this proposal and
    said the patrols must stay': the stance is the clause the second verb of saying reports; the
    words of that clause, or none."""
    main = main_predicate(tokens)
    if main is None:
        return []
    for clause in main.children:
        participle = clause.dep_ in ("advcl", "xcomp") and clause.tag_ == "VBG"
        if (participle or clause.dep_ == "conj") and is_reporting(clause):  # '... and said that X
            said = next((c for c in clause.children if c.dep_ == "ccomp"), None)
            if said is not None:
                return [t for t in said.subtree if not (t.dep_ == "mark" and t.head.i == said.i)]
    return []
