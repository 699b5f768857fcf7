"""Conditions stated as terms rather than opened by a marker: what a stance depends on ('its return
to talks would depend on a full ceasefire', 'the deal is subject to a vote'), what a side asks for
('is asking for a bigger cut', 'wants the levy scrapped'), what it wants before its own next step
('wants more concessions before signing') and an ultimatum given by a verb ('gave the board until
Friday to withdraw the plan or face a strike').

Each finder returns the thing required as a `demand` span; who sets it is the verb's subject when
the sentence names one, else the speaker."""

from __future__ import annotations

from spacy.tokens import Span, Token

from briefing.analysis.doctext import tagged_in, tokens_in
from briefing.analysis.rules.conditions.clauses import edges, in_a_question, negated, setter_of_clause, subject_of
from briefing.analysis.rules.conditions.markers import DEAL_WORDS, DEMAND_NOUNS, FIRST_PERSON
from briefing.analysis.rules.types import Condition
from briefing.lang import word_set

# "depends on", "hinges on": the stance holds only when its object does.
DEPENDING_VERBS = word_set("depending_verbs")
# "subject to", "conditional on" as a predicate adjective: 'the deal is subject to a vote'.
CONDITIONAL_ADJECTIVES = word_set("conditional_adjectives")
# Verbs that ask for a thing with 'for': 'calls for the release of the crews', 'asks for a cut'.
ASKING_FOR = word_set("asking_for_verbs")
# What a side may call for without setting terms: 'called for calm', 'asked for talks'.
_OPEN_APPEALS = word_set("open_appeal_nouns")
# Verbs of wanting a thing from someone: 'wants a cut', 'wants the board to resign'.
WANTING = word_set("wanting_verbs")
# 'gave the board until Friday / 48 hours to ...': the time a verb of giving grants.
GIVING = word_set("giving_verbs")
_SPANS_OF_TIME = word_set("spans_of_time")
# 'gave the council a ten-day ultimatum to ...': a noun that grants the time by itself.
_ULTIMATUM_NOUNS = word_set("ultimatum_nouns")
MIN_TASK_WORDS = 4  # "to withdraw its troops": the task of an ultimatum, with 'to', names what must be done
# Markers after which the wanting subject's own step follows: 'wants X before signing'.
_OWN_STEP_MARKERS = word_set("own_step_markers")
_DEPENDING_PREPOSITIONS = word_set("depending_prepositions")
_ASKED_PREPOSITIONS = word_set("asked_prepositions")
_DEADLINE_PREPOSITIONS = word_set("deadline_prepositions")
_BE_LEMMAS = word_set("be_lemmas")


def depends_on(sent: Span) -> Condition | None:
    """'would depend on a full ceasefire', 'is subject to approval by parliament': the thing depended on."""
    for tok in tokens_in(sent):
        found = _depended_on(tok)
        if found is not None:
            return found
    return None


def _depended_on(tok: Token) -> Condition | None:
    """What one word of depending ('depend on', 'subject to') makes the stance wait on."""
    if not _word_of_depending(tok) or _describes_a_noun(tok):
        return None  # "whose towns depend on the catch" describes; it sets no terms
    thing = _depended_thing(tok)
    if thing and not negated(tok):
        return Condition("demand", *edges(thing), tok.lemma_.lower(), _whose_stance(tok))
    return None


def _whose_stance(tok: Token) -> Token | None:
    """'Valdoria's return to talks would depend on X', 'rebel participation would depend on X': the
    noun whose words name the one who sets the terms (positions.py reads the party from its phrase)."""
    subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.dep_ in ("compound", "amod") or (c.dep_ == "poss" and c.pos_ != "PRON") for c in subject.children):
        return subject
    # "making clear their return would hinge on X": the owner is whoever tells it
    return setter_of_clause(tok) if any(c.dep_ == "poss" for c in subject.children) else None


def _word_of_depending(tok: Token) -> bool:
    """'depend', 'hinge' as a verb; 'subject', 'conditional' as an adjective."""
    lemma = tok.lemma_.lower()
    depending = lemma in DEPENDING_VERBS and tok.pos_ == "VERB"
    if lemma not in CONDITIONAL_ADJECTIVES:
        return depending
    # "committed to buying the mill subject to a review": the tagger may read the adjective as a
    # noun; one that takes 'to' and its object at once is still the adjective of depending
    return tok.pos_ == "ADJ" or (tok.pos_ == "NOUN" and _takes_it_at_once(tok))


def _takes_it_at_once(tok: Token) -> bool:
    """'subject to a review': the preposition of depending right after the word, with its object
    (not 'the subject to be discussed', where 'to' opens a verb)."""
    after = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return after is not None and after.dep_ == "prep" and after.head.i == tok.i and bool(_depended_thing(tok))


def _depended_thing(tok: Token) -> list[Token]:
    """The words after 'on' / 'to': the object of the word's preposition of depending."""
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in _DEPENDING_PREPOSITIONS), None)
    return [t for c in (prep.children if prep is not None else []) if c.dep_ in ("pobj", "pcomp") for t in c.subtree]


def _describes_a_noun(tok: Token) -> bool:
    """A word inside a relative clause or a noun's modifier: 'X, whose towns depend on the catch, said'."""
    return any(a.dep_ in ("relcl", "acl", "amod") for a in [tok, *tok.ancestors])


_ONLY_WORDS = word_set("only_words")
_MODALS = word_set("modals")
_MEANS_PREPOSITIONS = word_set("means_prepositions")


def only_by(sent: Span) -> Condition | None:
    """'the guild's fears can only be eased by Kestrel closing the depot': the one step a stance
    admits is a condition. Not 'can only be solved through dialogue' (a means, no one's step)."""
    for verb in tagged_in(sent, "VERB"):
        children = list(verb.children)
        if not any(c.dep_ == "advmod" and c.lower_ in _ONLY_WORDS for c in children):
            continue
        if not any(c.dep_ == "aux" and c.lower_ in _MODALS for c in children):
            continue  # "was only saved by a late offer" tells what happened
        means = next((c for c in children if c.dep_ in ("agent", "prep") and c.lower_ in _MEANS_PREPOSITIONS), None)
        if means is not None and _a_step_taken(means):
            doer = next((o for o in means.children if o.dep_ == "pobj"), None)  # laid on the one who acts
            return Condition("demand", *edges([t for t in means.subtree if t.i > means.i]), "only by", obliged=doer)
    return None


def _a_step_taken(means: Token) -> bool:
    """'by Kestrel closing the depot', 'by closing the depot': someone's step, told by a gerund."""
    return any(
        (o.dep_ == "pcomp" and o.tag_ == "VBG") or any(g.dep_ == "acl" and g.tag_ == "VBG" for g in o.children)
        for o in means.children
        if o.dep_ in ("pobj", "pcomp")
    )


_EXISTENCE_VERBS = word_set("existence_verbs")
_QUALIFYING_PREPOSITIONS = word_set("qualifying_prepositions")
_NEVER_WORDS = word_set("never_words")
_OPEN_DETERMINERS = word_set("open_determiners")
_NO_DETERMINERS = word_set("no_determiners")
_EXPLETIVES = word_set("expletive_subjects")


def ruled_out(sent: Span) -> Condition | None:
    """'a toll gate could never exist on that road', 'there can be no vote beyond the agreed
    calendar': a thing ruled out for good, read 'No X'. Said with a modal: 'there was no deal
    without them' tells what happened; 'a deal will never happen' forecasts the process."""
    for verb in tagged_in(sent, "VERB", "AUX"):
        if not any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
            continue
        thing = _never_existing(verb) or _none_there(verb)
        if thing:
            return Condition("demand", *edges(thing), "never", polarity="no")
    return None


def _never_existing(verb: Token) -> list[Token]:
    """'a toll gate could never exist': an indefinite thing that never will."""
    if verb.lemma_.lower() not in _EXISTENCE_VERBS or not any(c.lower_ in _NEVER_WORDS for c in verb.children):
        return []
    thing = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    if thing is None or thing.lemma_.lower() in DEAL_WORDS | _OPEN_APPEALS:
        return []
    open_determiner = any(c.dep_ == "det" and c.lower_ in _OPEN_DETERMINERS for c in thing.children)
    return list(thing.subtree) if open_determiner else []


def _none_there(verb: Token) -> list[Token]:
    """'there can be no vote beyond the agreed calendar': none of a thing, qualified by its terms."""
    if not any(c.dep_ == "expl" and c.lower_ in _EXPLETIVES for c in verb.children):
        return []
    thing = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    if thing is None:
        return []
    none = next((c for c in thing.children if c.dep_ == "det" and c.lower_ in _NO_DETERMINERS), None)
    qualified = any(c.dep_ == "prep" and c.lower_ in _QUALIFYING_PREPOSITIONS for c in thing.children)
    return [t for t in thing.subtree if t.i > none.i] if none is not None and qualified else []


_TOTALITY = word_set("totality_pronouns")
EXCEPT_WORDS = word_set("except_words")
_NEGOTIABLE = word_set("negotiable_words")


def all_but(sent: Span) -> Condition | None:
    """'Everything is up for negotiation except the pension fund': the one thing kept out of the
    bargaining is the line the speaker draws; the whole clause says it the right way round."""
    for subject in tokens_in(sent):
        if subject.lower_ not in _TOTALITY or subject.dep_ != "nsubj":
            continue
        predicate = subject.head
        left_out = [t for t in predicate.subtree if t.lower_ in EXCEPT_WORDS and t.dep_ == "prep"]
        if not left_out or any(c.dep_ == "neg" for c in predicate.children):
            continue
        opened = {t.lemma_.lower() for t in predicate.subtree if t.i < left_out[0].i}
        if opened & _NEGOTIABLE:
            return Condition("demand", *edges([subject, *left_out[0].subtree]), "except")
    return None


def asked_for(sent: Span) -> Condition | None:
    """'is asking for a further cut in the price', 'called for the cuts to be scrapped': the thing asked
    for, unless it is an open appeal ('called for calm', 'asked for talks')."""
    for verb in tagged_in(sent, "VERB"):
        if verb.lemma_.lower() not in ASKING_FOR or negated(verb) or _describes_a_noun(verb):
            continue
        found = _asked_with_for(verb)
        if found is not None:
            return found
    return None


def _asked_with_for(verb: Token) -> Condition | None:
    """What one verb of asking asks 'for', unless it is an open appeal."""
    prep = _for_of(verb)
    if prep is None or _a_question(prep):
        return None
    thing = _asked_thing(prep)
    if thing is not None and thing.lemma_.lower() in _MANDATE_NOUNS:
        return None  # "will ask its crews for a walkout mandate": asked of its own members, no terms
    clause = _clause_after_for(prep)
    if thing is None or (_an_open_appeal(thing) and (clause is None or clause.lemma_.lower() in DEAL_WORDS)):
        # "called for calm", "called for talks to resume"; "called for the talks to be delayed" asks for the delay
        return None
    whole = clause is None or _to_clause_on_noun(clause)  # the noun and the clause it takes
    words = [t for t in (prep.subtree if whole else clause.subtree) if t.i > prep.i]
    words = _without_joined_predicates(words, clause)
    if words:
        return Condition("demand", *edges(words), verb.lemma_.lower(), subject_of(verb))
    return None


_MANDATE_NOUNS = word_set("mandate_nouns")
_OF_PREPOSITIONS = word_set("of_prepositions")
_MEASURE_NOUNS = word_set("measure_nouns")


def _an_open_appeal(thing: Token) -> bool:
    """'calm', or a measure of one: 'a period of mediation', 'a new round of talks'."""
    if thing.lemma_.lower() in _OPEN_APPEALS:
        return True
    if thing.lemma_.lower() not in _MEASURE_NOUNS:
        return False  # "the implementation of the ceasefire" asks for a step, not for a ceasefire
    measured = [o for p in thing.children if p.dep_ == "prep" and p.lower_ in _OF_PREPOSITIONS for o in p.children]
    return any(o.dep_ == "pobj" and o.lemma_.lower() in _OPEN_APPEALS for o in measured)


def _for_of(verb: Token) -> Token | None:
    """'for' after a verb of asking: its preposition, or the mark of a clause it governs."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in _ASKED_PREPOSITIONS and not _a_date(child):
            return child
        if child.dep_ in ("advcl", "ccomp") and child.i > verb.i:
            mark = next((g for g in child.children if g.dep_ == "mark" and g.lower_ in _ASKED_PREPOSITIONS), None)
            if mark is not None:
                return mark
    return None


def _a_question(prep: Token) -> bool:
    """'pressed on whether the board would sign': what is asked is a question, not a demand."""
    asked = [prep.head] if prep.dep_ == "mark" else [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    return any(in_a_question(a) for a in asked)


def _a_date(prep: Token) -> bool:
    """'will ask the court on Monday to ...': 'on' dates the asking; it does not say what is asked."""
    return any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in prep.children)


def _asked_thing(prep: Token) -> Token | None:
    """The noun asked for: the object of 'for', or the subject of the clause 'for' opens."""
    clause = _clause_after_for(prep)
    if clause is not None and not _to_clause_on_noun(clause):
        return next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)


def _clause_after_for(prep: Token) -> Token | None:
    """'called for the cuts to be scrapped': the parser hangs the clause on 'for' (a mark) or, with
    'for' left bare, on the verb of asking."""
    if prep.dep_ == "mark":
        return prep.head
    asked = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    if asked:
        # "called for further talks to be delayed": the parser hangs the 'to' clause on the noun
        return next((c for a in asked for c in a.children if _to_clause_on_noun(c)), None)
    return next((c for c in prep.head.children if c.dep_ in ("ccomp", "xcomp", "advcl") and c.i > prep.i), None)


_FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP"})


def _without_joined_predicates(words: list[Token], clause: Token | None) -> list[Token]:
    """'asking for the fees to be dropped and was angry the board might raise rents': the parser joins
    the asker's next predicate to what is asked for; a finite verb joined to a 'to' verb is not part
    of it."""
    if clause is None:
        return words
    joined = [t for t in words if t.dep_ == "conj" and _finite(t) and not _finite(t.head)]
    if not joined:
        return words
    cut = min(c.left_edge.i for c in joined)
    cut = min([cut, *(c.i for j in joined for c in j.head.children if c.dep_ == "cc" and c.i < cut)])
    return [t for t in words if t.i < cut]


def _finite(verb: Token) -> bool:
    """'was angry', 'is annoyed': a verb with a tense of its own, on itself or its auxiliary."""
    return verb.tag_ in _FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS for c in verb.children
    )


def _to_clause_on_noun(c: Token) -> bool:
    return c.dep_ in ("acl", "relcl") and any(g.tag_ == "TO" for g in c.children)


def wanted(sent: Span) -> Condition | None:
    """'wants more concessions before signing', 'further changes are needed before signing': a thing
    wanted of the other side before the wanting side's own next step. Wanting alone ('wants a bigger
    say') is a stance, not terms."""
    for verb in tagged_in(sent, "VERB"):
        if verb.lemma_.lower() not in WANTING or negated(verb):
            continue
        found = _wanted_before_own_step(verb)
        if found is not None:
            return found
    return None


def _wanted_before_own_step(verb: Token) -> Condition | None:
    """The thing one verb of wanting wants before a step of the wanting side's own, of someone else
    ('wants the board to raise pensions'), or labels a demand ('wants a cut among other demands')."""
    done_by_another = _wanted_of_another(verb)
    if done_by_another is not None:
        return done_by_another
    thing = next((c for c in verb.children if _wanted_thing(c)), None)
    if thing is None or thing.lemma_.lower() in _OPEN_APPEALS:
        return None
    if _labelled_a_demand(verb):
        return Condition("demand", *edges(list(thing.subtree)), verb.lemma_.lower(), subject_of(verb))
    step = _own_step(verb)
    if step is None:
        return None
    # "further changes are needed before signing" reads whole; "wants more concessions" gives the thing
    words = [*thing.subtree, *step.subtree] if thing.dep_ == "nsubjpass" else list(thing.subtree)
    return Condition("demand", *edges(words), verb.lemma_.lower(), subject_of(verb))


def _wanted_of_another(verb: Token) -> Condition | None:
    """'wants the board to raise pensions': a step wanted of someone else is a demand on them. Not
    'wants the talks to succeed' (a wish for the process) nor 'wants us to stay' (of the speaker)."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i < verb.i or not any(c.tag_ == "TO" for c in clause.children):
            continue
        doer = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if doer is None or doer.lower_ in FIRST_PERSON or doer.lemma_.lower() in _OPEN_APPEALS | DEAL_WORDS:
            continue
        if clause.lemma_ in _BE_LEMMAS:
            continue  # "wants the inquiry to be public": a state wished for, a stance
        words = [t for t in clause.subtree if not (t.tag_ == "TO" and t.head.i == clause.i)]
        return Condition("demand", *edges(words), verb.lemma_.lower(), subject_of(verb), obliged=doer)
    return None


def _labelled_a_demand(verb: Token) -> bool:
    """'wants a cut in the levy among other demands': the verb's phrase names the thing a demand."""
    return any(
        c.dep_ == "prep" and any(o.dep_ == "pobj" and o.lemma_.lower() in DEMAND_NOUNS for o in c.children)
        for c in verb.children
    )


def _own_step(verb: Token) -> Token | None:
    """'before signing': the marker of the wanting side's own next step, with its gerund."""
    step = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in _OWN_STEP_MARKERS), None)
    if step is None or not any(c.dep_ == "pcomp" or c.tag_ == "VBG" for c in step.children):
        return None  # "wants a deal before the vote" times a wish; "before signing" waits on it
    return step


def _wanted_thing(child: Token) -> bool:
    """The object wanted, or the subject of 'is needed': a noun."""
    return child.dep_ in ("dobj", "nsubjpass") and child.pos_ in ("NOUN", "PROPN")


def ultimatum_given(sent: Span) -> Condition | None:
    """'gave the board until Friday to withdraw the plan', 'gave it 48 hours to leave or face a strike':
    what the one given the time must do; that one is obliged, the giver sets it."""
    for verb in tagged_in(sent, "VERB"):
        found = _ultimatum_of(verb) if verb.lemma_.lower() in GIVING else None
        if found is not None:
            return found
    return None


def _ultimatum_of(verb: Token) -> Condition | None:
    """The task one verb of giving sets with the time it grants, if it names the terms."""
    time = [c for c in verb.children if _grants_time(c)]
    if not time:
        return None
    task = _task_given(verb, time)
    if task is None or sum(1 for t in task.subtree if t.is_alpha) < MIN_TASK_WORDS:
        return None  # "two days to get serious": too few words to name the terms on their own
    obliged = _obliged_by(verb, time)
    return Condition("demand", *edges(_task_words(task)), "ultimatum", subject_of(verb), obliged=obliged)


def _task_words(task: Token) -> list[Token]:
    """The task without its own 'to' or a relative 'in which': 'withdraw the plan'."""
    relative = {
        t.i
        for c in task.children
        if c.dep_ == "prep" and any(o.tag_ in ("WDT", "WP") for o in c.children)
        for t in c.subtree
    }
    return [
        t
        for t in task.subtree
        if not (t.dep_ == "aux" and t.tag_ == "TO" and t.head.i == task.i) and t.i not in relative
    ]


def _obliged_by(verb: Token, time: list[Token]) -> Token | None:
    """The one given the time: 'gave the board until Friday', 'gave it 48 hours'."""
    obliged = next((c for c in verb.children if c.dep_ == "dative"), None)
    if obliged is not None and obliged.pos_ == "ADP":
        # "gave an ultimatum to the council": the one given it is what 'to' takes
        obliged = next((c for c in obliged.children if c.dep_ == "pobj"), None)
    if obliged is None:
        obliged = next((c for c in verb.children if c.dep_ == "dobj" and c not in time), None)
    return obliged


def _grants_time(child: Token) -> bool:
    if child.dep_ == "prep" and child.lower_ in _DEADLINE_PREPOSITIONS:
        return True
    lemma = child.lemma_.lower()
    return child.dep_ in ("dobj", "npadvmod") and (lemma in _SPANS_OF_TIME or lemma in _ULTIMATUM_NOUNS)


def _task_given(verb: Token, time: list[Token]) -> Token | None:
    """The 'to' clause: on the verb, on the span of time ('a month to negotiate') or on 'until'."""
    holders = [verb, *time, *(g for t in time for g in t.children)]
    for holder in holders:
        for c in holder.children:
            if _to_clause_after(c, verb):
                return c
    return None


def _to_clause_after(c: Token, verb: Token) -> bool:
    """A clause with 'to' ('to withdraw the plan') after the verb of giving."""
    clausal = c.dep_ in ("xcomp", "advcl", "acl", "relcl") and c.pos_ in ("VERB", "AUX") and c.i > verb.i
    return clausal and any(g.tag_ == "TO" and g.dep_ == "aux" for g in c.children)
