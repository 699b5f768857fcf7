"""Conditions without a marker: the content of a demand noun ('its demand that ...', 'an ultimatum to
...'), a demand verb ('insists on', 'calls on the board to') and an obligation laid on someone else
('all bases must go'). Lines drawn ('would not be acceptable', 'will never accept') are in lines.py."""

from __future__ import annotations

from enum import Enum

from spacy.tokens import Span, Token

from briefing.analysis.doctext import (
    children_of,
    sentence_of,
    tagged_in,
    tokens_in,
)
from briefing.analysis.rules.conditions.clauses import (
    REFUSALS,
    edges,
    holder_of,
    negated,
    participle_read_as_its_verb,
    promises_anonymity,
    refuses,
    subject_of,
    under_a_rule,
)
from briefing.analysis.rules.conditions.guards import only_supposed, serves_an_aim
from briefing.analysis.rules.conditions.markers import DEAL_WORDS, DEMAND_NOUNS, FIRST_PERSON
from briefing.analysis.rules.conditions.predicates import (
    counted_without_holder,
    predicate_copula,
    predicate_holder,
    subject_said_of,
    unnamed_holder,
)
from briefing.analysis.rules.lexicon import GENERIC_PARTY_NOUNS
from briefing.analysis.rules.types import Condition
from briefing.lang import word_set

DEMAND_VERBS = word_set("demand_verbs")


OBLIGATION_MODALS = word_set("obligation_modals")


_MODALS_TAKING_TO = OBLIGATION_MODALS - word_set("modals_without_to")  # "has to go", "need to withdraw"


# Verbs whose subject meets someone else's demand: "faces demands", "rejected the demand".
_RECEIVING = word_set("receiving_verbs")


_FACING = REFUSALS | _RECEIVING  # a governor whose subject faces a demand instead of setting it


_SEEKING = word_set("seeking_verbs")


_RED_LINE_WORDS = word_set("red_line_words")
_AS_WORDS = word_set("as_prepositions")


def demand_noun(sent: Span) -> Condition | None:
    for tok in tagged_in(sent, "NOUN", "PROPN"):
        if not _is_demand_noun(tok) or _someone_elses(tok) or promises_anonymity(tok) or _denied(tok):
            continue
        span = _what_the_noun_holds(tok)
        if span is None or _only_a_pronoun(sent, span):
            continue  # "That's our red line": the thing is named elsewhere, not in these words
        # "A foreign base is our red line": the thing that crosses it is refused, read "no X"
        polarity = "no" if _drawn_as_a_red_line(tok) else ""
        # "a levy cut is the guild's demand": the subject is the thing demanded, never whose it is
        holder = predicate_holder(tok) if predicate_copula(tok) is not None else holder_of(tok)
        if predicate_copula(tok) is not None and counted_without_holder(tok):
            continue  # "is among the demands": whose is not known
        # "the chief demand of the growers": theirs only if the registry knows them (positions.py)
        placed = predicate_copula(tok) is not None and unnamed_holder(holder)
        return Condition("demand", *span, tok.lemma_.lower(), holder, polarity=polarity, placed_holder=placed)
    return None


def _drawn_as_a_red_line(noun: Token) -> bool:
    """'X is our red line', 'rejecting X as a red line': the thing named crosses the line, read 'no X'."""
    if not _is_red_line(noun):
        return False
    return noun.dep_ == "attr" or (noun.dep_ == "pobj" and noun.head.lower_ in _AS_WORDS)


def _is_red_line(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in _RED_LINE_WORDS or (lemma == "line" and any(c.lower_ in _RED_LINE_MODIFIERS for c in noun.children))


def _only_a_pronoun(sent: Span, span: tuple[int, int]) -> bool:
    words = [t for t in tokens_in(sent) if span[0] <= t.idx < span[1] and not t.is_punct]
    return all(t.pos_ == "PRON" or t.tag_ in ("DT", "WDT") for t in words)


_RED_LINE_MODIFIERS = word_set("red_line_modifiers")


def _is_demand_noun(tok: Token) -> bool:
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = tok.lemma_.lower()
    if lemma == "line":
        return any(c.lower_ in _RED_LINE_MODIFIERS for c in tok.children)
    return lemma in DEMAND_NOUNS


def _denied(noun: Token) -> bool:
    """'has no right to make demands of the board': a demand the sentence says is not made
    (or should not be) is nobody's condition. Only the verbs the noun hangs from count. Nor one only
    supposed: 'any demands the crews bring will be heard', 'rejects any conditions'."""
    if any(c.dep_ == "det" and c.lower_ in _SUPPOSING for c in noun.children):
        return True
    if any(c.dep_ == "amod" and c.lower_ in _SUPERSEDED for c in noun.children) and _given_up(noun):
        return True  # "dropped its original demand": no longer made
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return False  # "if its terms are not met": the demand stands, unmet
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and negated(verb)


_DEMAND_SOURCE_PREPOSITIONS = word_set("demand_source_prepositions")
_SUPPOSING = word_set("supposing_determiners")
_SUPERSEDED = word_set("superseded_modifiers")
_GIVING_UP = word_set("giving_up_words")


def _given_up(noun: Token) -> bool:
    """A verb or a preposition over the noun says the demand was dropped or lowered, and no negation
    or refusal holds the verb back ('refused to drop its first demand' keeps it)."""
    path = [noun.head] if noun.dep_ != "pobj" else [noun.head, noun.head.head]
    if any(t.pos_ in ("VERB", "AUX") and (negated(t) or refuses(t)) for t in path):
        return False
    return any(_gives_up(t) for t in path)


def _gives_up(tok: Token) -> bool:
    """'dropped', 'below'; a verb that lowers only with its particle: 'backed down', not 'backed'
    (support). A particle the demand hangs on stands for its verb ('came down from')."""
    if tok.lemma_.lower() in _GIVING_UP or tok.lower_ in _GIVING_UP:
        return True
    if tok.dep_ in ("prt", "advmod") and tok.head.pos_ in ("VERB", "AUX"):
        return not (negated(tok.head) or refuses(tok.head)) and _with_particle(tok.head, tok)
    return any(_with_particle(tok, c) for c in tok.children if c.dep_ in ("prt", "advmod"))


def _with_particle(verb: Token, particle: Token) -> bool:
    return f"{verb.lemma_.lower()} {particle.lower_}" in _GIVING_UP


def _someone_elses(noun: Token) -> bool:
    """'Valdoria rejected Norland's demand': the demand is not the rejecting party's condition. Not
    'rejected talks as a red line': the rejecting party draws that line."""
    if _drawn_as_a_red_line(noun):
        return False
    sought = _sought(noun)
    if any(c.dep_ == "prep" and c.lower_ in _DEMAND_SOURCE_PREPOSITIONS for c in noun.children) and not sought:
        return True  # "demands from the union": whoever faces them does not set them, unless they
        # seek them from someone: "sought assurances from the guild" are the seeker's terms
    governor = noun.head
    if noun.dep_ == "pobj":
        governor = governor.head
    return governor.lemma_.lower() in _FACING and noun.dep_ in ("dobj", "pobj")


def _sought(noun: Token) -> bool:
    """The object of a verb of seeking, or one joined to it: 'wants pledges, guarantees from the lenders'."""
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    # the parser may join the second object to the verb itself: 'want pledges, guarantees ...'
    object_like = noun.dep_ == "dobj" or (noun.dep_ == "conj" and noun.head.pos_ == "VERB")
    return object_like and noun.head.lemma_.lower() in _SEEKING


class _Reading(Enum):
    """A way of reading a demand noun that does not fit this sentence: try the next one."""

    DOES_NOT_APPLY = 0


Holding = tuple[int, int] | None | _Reading


def _what_the_noun_holds(noun: Token) -> tuple[int, int] | None:
    """The words of the demand: the other side of a copula, the thing an 'as' phrase labels, the
    words after it, or its complement. The first reading that fits the sentence decides."""
    for reading in (_across_a_copula, _subject_it_is_said_of, _labelled_by_as, _words_right_after, _complement):
        found = reading(noun)
        if found is not _Reading.DOES_NOT_APPLY:
            return found
    return None


_BE_LEMMAS = word_set("be_lemmas")


def _across_a_copula(noun: Token) -> Holding:
    """'the precondition is a full withdrawal', 'Our demands are: an end to the blockade, ...'; not
    'the demands were too high' (a judgement of them)."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return _Reading.DOES_NOT_APPLY
    head = noun.head
    if head.lemma_ in _BE_LEMMAS and any(c.dep_ == "prep" and _holds_content(c) for c in noun.children):
        # "its precondition of only joining a cabinet that ... is the main hurdle": the noun's own
        # complement holds the demand; what it 'is' judges it
        return _Reading.DOES_NOT_APPLY
    if head.lemma_ in _BE_LEMMAS:
        other = _other_side_of_be(noun)
        if other:
            return edges(other)
        if any(c.dep_ == "acomp" for c in head.children):
            return None
    return _after_a_copula(noun)


def _other_side_of_be(noun: Token) -> list[Token]:
    """What the subject 'is': the attribute or clause after it."""
    return [t for c in noun.head.children if c.dep_ in ("attr", "ccomp", "xcomp") and c.i > noun.i for t in c.subtree]


def _after_a_copula(noun: Token) -> Holding:
    """'Our demands are: an end to ...' as the parser hangs it elsewhere: the words after 'are'."""
    copula = _copula_after(noun)
    if copula is None:
        return _Reading.DOES_NOT_APPLY
    if copula.dep_ == "auxpass":
        return None  # "if the guild's claims are not met": a passive says what befalls them, not what they are
    rest = [t for t in _until_quote_closes(copula) if not t.is_punct]  # within the quote
    return edges(rest) if rest else None


def _subject_it_is_said_of(noun: Token) -> Holding:
    """'A full withdrawal is the precondition', 'scrapping the levy is the chief demand', 'a pay rise is
    among the demands', 'fresh polls remain one of the demands': the subject is the demand."""
    copula = predicate_copula(noun)
    if copula is None:
        return _Reading.DOES_NOT_APPLY
    subject = subject_said_of(copula)
    return edges(subject) if subject else None


def _labelled_by_as(noun: Token) -> Holding:
    """'demanded a pay rise as a condition for talks': the demanded thing, without the 'as' phrase."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in _AS_WORDS:
        return _Reading.DOES_NOT_APPLY
    verb = next((t for t in noun.head.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    thing = _labelled_words(noun, verb)
    return edges(thing) if thing else None


def _labelled_words(noun: Token, verb: Token) -> list[Token]:
    """What the 'as' phrase labels, before it and without it."""
    as_phrase = {t.i for t in noun.head.subtree}
    return [t for c in _labelled_objects(noun, verb) for t in c.subtree if t.i not in as_phrase and t.i < noun.head.i]


def _labelled_objects(noun: Token, verb: Token) -> list[Token]:
    """The verb's objects, else the noun the 'as' phrase hangs from."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "ccomp", "xcomp")]
    if not objects and noun.head.head.pos_ == "NOUN":
        objects = [noun.head.head]  # "firm on a full truce as the prerequisite of a settlement"
    return objects


_HOLDING_ON_WORDS = word_set("insistence_openers")


def _words_right_after(noun: Token) -> Holding:
    """The parser often hangs 'insistence on X' from the verb; the words still follow the noun."""
    following = noun.doc[noun.i + 1] if noun.i + 1 < sentence_of(noun).end else None
    if following is None or following.lower_ not in _HOLDING_ON_WORDS or following.head.i == noun.i:
        return _Reading.DOES_NOT_APPLY
    if following.dep_ == "mark":
        if noun.lemma_.lower() in _CLAIM_OR_DEMAND and not _mandative(following.head):
            return None  # "its insistence that it commands a majority" claims
        return edges(list(following.head.subtree))  # "the condition that the crews may go home"
    return edges(list(following.subtree)) if following.dep_ == "prep" else None


def _complement(noun: Token) -> Holding:
    """'a demand for a buffer zone', 'its demand that the fleet leave', 'an ultimatum to restore ...'."""
    complement = [c for c in noun.children if _holds_content(c)]
    if not complement and noun.dep_ == "dobj":
        complement = _about_on_the_verb(noun)
    if not complement:
        complement = _that_clause_past_the_source(noun)
    if not complement:
        return None
    words = [t for c in complement for t in c.subtree]
    return edges(words + participle_read_as_its_verb(noun, max(t.i for t in words)))


def _that_clause_past_the_source(noun: Token) -> list[Token]:
    """'sought assurances from the board that no jobs would go': the parser hangs the 'that' clause on
    the source ('the board') as if it described it; a clause opened by 'that' as a conjunction, with a
    subject of its own, is what the demand holds."""
    sources = [c for c in (*children_of(noun), *noun.head.rights) if c.dep_ == "prep" and c.i > noun.i]
    for source in sources:
        if source.lower_ not in _DEMAND_SOURCE_PREPOSITIONS:
            continue
        # "from the lenders and the fund that ...": the clause may hang on the last of the sources
        for party in (p for o in children_of(source) if o.dep_ == "pobj" for p in (o, *o.conjuncts)):
            clauses = [c for c in children_of(party) if c.dep_ in ("relcl", "acl") and _that_clause_of_its_own(c)]
            if clauses:
                return clauses[:1]
    return []


def _that_clause_of_its_own(clause: Token) -> bool:
    """'that no jobs would go': opened by 'that' as a conjunction, with its own subject."""
    opens = any(c.dep_ == "mark" and c.lower_ in _THAT_COMPLEMENTISERS for c in children_of(clause))
    return opens and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children_of(clause))


def _about_on_the_verb(noun: Token) -> list[Token]:
    """'sought assurances from the guild regarding pensions': the parser hangs the content on the verb."""
    return [c for c in noun.head.rights if c.i > noun.i and c.dep_ == "prep" and c.lower_ in _ABOUT_PREPOSITIONS]


def _holds_content(child: Token) -> bool:
    if child.dep_ not in ("acl", "relcl", "ccomp", "prep", "appos") or _purpose(child) or _a_claim(child):
        return False
    if child.dep_ == "relcl":
        return _that_clause(child)
    if _who_set_it(child):
        return False
    return child.dep_ != "prep" or child.lower_ in _CONTENT_PREPOSITIONS


def _who_set_it(clause: Token) -> bool:
    """'conditions spelled out by the mediator', 'terms drawn up by the board': a participle with its
    agent tells who set the demand, not what it holds."""
    return clause.dep_ == "acl" and clause.tag_ == "VBN" and any(c.dep_ == "agent" for c in children_of(clause))


# "a demand for X", "the condition of X", "insistence on X"; not "demands from the union" (its source).
_CONTENT_PREPOSITIONS = word_set("content_prepositions")


_ABOUT_PREPOSITIONS = word_set("about_prepositions")


_CONDITION_LIKE = word_set("condition_like")


def _copula_after(noun: Token) -> Token | None:
    """'demands are', 'conditions were': a form of 'be' right after the noun phrase."""
    for tok in noun.doc[noun.i + 1 : min(noun.i + 3, sentence_of(noun).end)]:
        if tok.lemma_ in _BE_LEMMAS:
            return tok
    return None


def _until_quote_closes(start: Token) -> list[Token]:
    out = []
    for tok in start.doc[start.i + 1 : sentence_of(start).end]:
        if tok.text in ("”", '"', "’") and tok.i > start.i + 1:
            break
        out.append(tok)
    return out


def _purpose(prep: Token) -> bool:
    """'preconditions for talks' says what the conditions are for, not what they are ('a demand
    for a truce' says what is demanded)."""
    # "conditions for releasing the loan": a step, told by a gerund, is what they are for
    return (
        prep.dep_ == "prep"
        and prep.head.lemma_.lower() in _CONDITION_LIKE
        and any(
            (o.lemma_.lower() in DEAL_WORDS or o.tag_ == "VBG") and not _only_this_step(prep, o)
            for o in prep.children
            if o.dep_ in ("pobj", "pcomp")
        )
    )


_OF_PREPOSITIONS = word_set("of_prepositions")
_ONLY_WORDS = word_set("only_words")


def _only_this_step(prep: Token, step: Token) -> bool:
    """'its precondition of only joining a cabinet that backs X': a step restricted by 'only' after
    'of' is the condition itself, not what the condition is for ('the precondition of joining talks
    is a truce')."""
    return (
        prep.lower_ in _OF_PREPOSITIONS
        and step.tag_ == "VBG"
        and any(c.dep_ == "advmod" and c.lower_ in _ONLY_WORDS for c in step.children)
    )


_THAT_COMPLEMENTISERS = word_set("that_complementisers")
_CLAIM_OR_DEMAND = word_set("claim_or_demand_nouns")


def _a_claim(clause: Token) -> bool:
    """'its insistence that it commands a majority' claims; 'its insistence that the fleet leave'
    demands: a noun that does both demands only with a clause that mandates, as the verb does."""
    if clause.dep_ not in ("acl", "ccomp") or clause.head.lemma_.lower() not in _CLAIM_OR_DEMAND:
        return False
    return not _mandative(clause)


def _that_clause(clause: Token) -> bool:
    """'the demand that troops withdraw' holds the demand; 'the demand that it rejected' does not, nor
    'a demand the board rejected on 3 March' (no 'that', and the verb's object is the demand itself)."""
    if any(c.lower_ in _THAT_COMPLEMENTISERS and c.dep_ == "mark" for c in clause.children):
        return True
    relatives = [c for c in clause.children if c.tag_ in ("WDT", "WP")]
    if relatives:
        return not any(c.dep_ in ("dobj", "nsubj") for c in relatives)
    # no 'that' at all: a bare verb demands ('its demand the board restore the shift'); a verb whose
    # object is missing tells what was done to the demand ('a demand the board rejected')
    return clause.tag_ == "VB" or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in clause.children)


def demand_verb(sent: Span) -> Condition | None:
    for tok in tagged_in(sent, "VERB"):
        lemma = tok.lemma_.lower()
        called = None
        if lemma == "call":
            found = _call_on_to(tok)
            called = _called_on(tok)
        elif lemma in DEMAND_VERBS or _first_person_need(tok):
            unset = _a_rule(subject_of(tok)) or _a_process_requirement(tok) or _a_cost(tok)
            found = None if unset else _complement_of(tok)
        else:
            continue
        if found is not None:
            return Condition("demand", *found, lemma, subject_of(tok), obliged=called, appeal=called is not None)
    return None


_RULE_NOUNS = word_set("rule_nouns")


def _a_rule(subject: Token | None) -> bool:
    """'under the charter, budget laws require a two-thirds vote': a standing rule states how the process works; no side
    sets it as terms."""
    return subject is not None and subject.lemma_.lower() in _RULE_NOUNS


_PROCESS_NOUNS = word_set("process_nouns")


def _a_process_requirement(verb: Token) -> bool:
    """'new tariffs need a majority in both chambers': what a common noun (no party, no person) requires by way of
    a vote, a consent or a quorum is how the process decides, not terms a side sets."""
    subject = subject_of(verb)
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _PROCESS_NOUNS for c in verb.children)


def _a_cost(verb: Token) -> bool:
    """'the cap would require 3,000 more teachers': a count of people or things that a thing (no party,
    no person) needs is its cost, not terms anyone sets; 'the union demands 500 more nurses' still sets them."""
    subject = subject_of(verb)
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_ or subject.lemma_.lower() in GENERIC_PARTY_NOUNS:
        return False
    if any(c.dep_ == "poss" for c in subject.children):
        return False  # "its members require": a party owned by the one who speaks
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(any(g.dep_ in ("nummod", "quantmod") for g in o.children) for o in objects)


_ON_PREPOSITIONS = word_set("on_prepositions")


def _called_on(verb: Token) -> Token | None:
    """'called on the Security Council to meet': the one appealed to."""
    on = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in _ON_PREPOSITIONS), None)
    return next((c for c in on.children if c.dep_ == "pobj"), None) if on is not None else None


_NEEDING_VERBS = word_set("needing_verbs")


def _first_person_need(verb: Token) -> bool:
    """'We need a clean deal to end this': the deal a speaker needs is a demand on the other side.
    'We need new routes' (for itself), 'the union needs members' or 'we need to talk' is not."""
    if verb.lemma_.lower() not in _NEEDING_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in FIRST_PERSON:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in DEAL_WORDS for c in verb.children)


def _call_on_to(verb: Token) -> tuple[int, int] | None:
    """'called on the board to resign': the party called on and what it must do."""
    on = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in _ON_PREPOSITIONS), None)
    to_clause = _what_called_on_to_do(verb, on)
    if on is None or not to_clause:
        return None
    return edges([*on.subtree, *(t for c in to_clause for t in c.subtree)])


def _what_called_on_to_do(verb: Token, on: Token | None) -> list[Token]:
    """The 'to' clause, on the verb or on the one called on ('on the board to resign')."""
    to_clause = [c for c in verb.children if c.dep_ in ("xcomp", "advcl", "ccomp") and c.i > verb.i]
    to_clause += [c for p in ([on] if on else []) for o in p.children for c in o.children if c.dep_ in ("acl", "relcl")]
    return to_clause


_INSIST_ON = word_set("insist_on_prepositions")


_WH_TAGS = frozenset({"WP", "WDT"})


def _complement_of(verb: Token) -> tuple[int, int] | None:
    parts = _objects_and_mandates(verb)
    if any(p.tag_ in _WH_TAGS for p in parts):
        return None  # "half of what the crews demand": the demand is named elsewhere, not in these words
    parts += [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _INSIST_ON]
    if not parts:
        return None
    return edges([t for c in parts for t in c.subtree])


def _objects_and_mandates(verb: Token) -> list[Token]:
    """What is demanded as an object or a 'to' clause, then as a 'that' clause that mandates."""
    parts = [c for c in verb.children if c.dep_ in ("dobj", "xcomp")]
    parts += [c for c in verb.children if c.dep_ == "ccomp" and _mandative(c)]
    return parts


_MANDATIVE_MODALS = word_set("mandative_modals")
_NOT_SUBJUNCTIVE = word_set("not_subjunctive_lemmas")


def _mandative(clause: Token) -> bool:
    """'insisted that the fleet withdraw / must withdraw' demands; 'insisted that a deal can be
    reached' only claims."""
    auxes = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
    if not _MANDATIVE_MODALS.isdisjoint(auxes):
        return True
    if "to" in auxes and any(c.dep_ == "nsubj" for c in clause.children):
        return True  # "demanded the rebels to give up their weapons": someone else, told what to do
    # A bare verb: "that the monitors leave" (the subjunctive), not "that the monitors left / are".
    return clause.tag_ in ("VB", "VBP") and not auxes and clause.lemma_ not in _NOT_SUBJUNCTIVE


_EXPLETIVE_SUBJECTS = word_set("expletive_subjects")


def obligation(sent: Span) -> Condition | None:
    """'All drone bases must go': an obligation laid on someone other than the speaker."""
    for tok in tagged_in(sent, "VERB", "AUX"):
        if not _obliged(tok):
            continue
        holder = tok.head if tok.dep_ == "xcomp" else tok  # "has to go": the subject is on "has"
        subject = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.lower_ in FIRST_PERSON or subject.lower_ in _EXPLETIVE_SUBJECTS:
            continue
        if under_a_rule(holder) or only_supposed(holder) or serves_an_aim(tok):
            continue  # "under the statute, catches must be logged", "if the mayor has to" lay no side's terms
        return Condition("demand", *edges(list(holder.subtree)), "must", obliged=subject)
    return None


_INFINITIVE_MARKS = word_set("infinitive_marks")
_MODALS_WITHOUT_TO = word_set("modals_without_to")
_PERFECT_AUXILIARIES = word_set("perfect_auxiliaries")


def _obliged(verb: Token) -> bool:
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    if any(a.lower_ in _MODALS_WITHOUT_TO for a in auxes):
        return not any(a.lower_ in _PERFECT_AUXILIARIES for a in auxes)  # "must have known" guesses, it does not oblige
    # "has to go", "need to withdraw": the modal verb heads the clause, the action is its complement.
    return (
        verb.dep_ == "xcomp"
        and verb.head.lower_ in _MODALS_TAKING_TO
        and any(c.lower_ in _INFINITIVE_MARKS for c in verb.children)
        and not _has_an_object(verb.head)
    )


def _has_an_object(modal: Token) -> bool:
    """'still has time to change course', 'needs a week to decide': the verb takes a thing, and the
    'to' clause says what it is for; it obliges no one."""
    return any(c.dep_ == "dobj" for c in modal.children)
