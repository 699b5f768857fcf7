"""Conditions opened by a marker: strong markers ('only if', 'unless', 'provided', 'on condition that')
make one on their own; weak ones ('if', 'until', 'once', 'before') only when the main clause
refuses, is negated or obliges, or states readiness, agreement or holding out."""

from __future__ import annotations

from spacy.tokens import Span, Token

from briefing.analysis.doctext import (
    CaseBlind,
    lower_words_of,
    phrase_alternation,
    sentence_of,
    span_text,
    tokens_from,
    tokens_in,
)
from briefing.analysis.rules.conditions.clauses import (
    clause_end,
    clause_of,
    deontic,
    edges,
    has_no_determiner,
    in_a_question,
    main_clause_of,
    negated,
    obliged_by_adjective,
    promises_anonymity,
    refuses,
    setter_of_clause,
    subject_of,
    under_a_rule,
    verb_after_a_participle,
    with_governors,
)
from briefing.analysis.rules.conditions.direction import gainer_in_a_trade, holds_pressure
from briefing.analysis.rules.conditions.guards import (
    a_deadline_object,
    for_its_own_aim,
    lasts_until_a_ruling,
    words_held_back,
)
from briefing.analysis.rules.grammar import INVERTING_AUXILIARIES, inverted_if, reported_beside
from briefing.analysis.rules.lexicon import pronouns
from briefing.analysis.rules.types import Condition
from briefing.lang import LanguageProfile, WordSet, per_language, word_set


def _markers_of_strength(strength: str) -> WordSet:
    def make(profile: LanguageProfile) -> frozenset[str]:
        return frozenset(m for m, label in profile.table("condition_markers").items() if label == strength)

    return WordSet(make, f"{strength} condition markers")


STRONG_MARKERS = _markers_of_strength("strong")
WEAK_MARKERS = _markers_of_strength("weak")


CONDITION_PREDICATES = word_set("condition_predicates")


DEMAND_NOUNS = word_set("demand_nouns")


DEAL_WORDS = word_set("deal_words")


# "threatened to strike if the offer is not raised": a threat sets terms, even told in the past.
THREATS = word_set("threat_verbs")


_HOLDING_OUT_OR_DEALING = CONDITION_PREDICATES | DEAL_WORDS


_PRESSURE = word_set("pressure_verbs")


# "has to", "had to", "needs to": verbs that oblige the action they take.
_OBLIGING = word_set("obliging_verbs")


_MODALS = word_set("modals")


FIRST_PERSON = pronouns("first person", lambda p: p.person == "1" and bool(p.forms & {"subject", "object"}))


_OFFERS = word_set("offering_verbs")


_TEMPORAL_ONLY = word_set("temporal_only")


# "even if", "as if", "if any": the marker opens no condition.
_NOT_A_CONDITION_BEFORE = word_set("not_a_condition_before")


_NOT_A_CONDITION_AFTER = word_set("not_a_condition_after")


_NARRATIVE_TAGS = word_set("grammar/narrative_tags")


@per_language
def multiword_markers(profile: LanguageProfile) -> CaseBlind:
    """The markers of more than one word ("as long as", "on condition that") as one search, longest first."""
    return CaseBlind(
        phrase_alternation([m for m in sorted(STRONG_MARKERS | WEAK_MARKERS, key=len, reverse=True) if " " in m])
        + r"\b"
    )


def marked_clause(sent: Span) -> Condition | None:
    candidates = [*_multiword_markers(sent), *_one_word_markers(sent)]
    for start, label, first in sorted(candidates, key=lambda c: c[0]):
        if _sets_condition(label, first) and not _no_clause_of_its_own(label, first):
            return _condition_marked(sent, start, label, first)
    return None


_HELD_STATE_MARKERS = word_set("held_state_markers")
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_NON_FINITE_TAGS = frozenset({"VBG", "VBN"})
# What a verb takes besides its subject: an object, a complement, a phrase, a passive
_WHAT_IS_DONE = frozenset(
    {"dobj", "dative", "attr", "acomp", "oprd", "xcomp", "ccomp", "prep", "agent", "prt", "nsubjpass", "auxpass"}
)


def _no_clause_of_its_own(label: str, marker: Token) -> bool:
    """A marked clause with no subject or no finite verb of its own ('once agreed') reads as no
    condition alone; however short, a subject and a finite verb make one ('once Norland pays'). A
    strong marker always opens terms ('unless Norland pays'). A held state is the exception: 'would
    stay shut until Norland paid', cut at its marker, leaves 'would stay shut' telling nothing, so a
    clause whose named actor does nothing told ('paid' what?) stays whole in the stance; 'until the
    back pay arrives' is whole."""
    verb = clause_of(marker)
    if verb.i == marker.i or label in STRONG_MARKERS or label.startswith("only "):
        return False  # "without it", "in exchange for concessions": a phrase, read with its noun
    subject = _own_subject(verb)
    if subject is None or not _finite(verb):
        return True
    if label in _HELD_STATE_MARKERS and _an_actor(subject):
        return not any(c.dep_ in _WHAT_IS_DONE for c in verb.children)
    return False


def _own_subject(verb: Token) -> Token | None:
    """The verb's subject, or one the parser hung on its auxiliary ('the guild is prepared')."""
    holders = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return next((c for h in holders for c in h.children if c.dep_ in _SUBJECT_DEPS), None)


_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")


def _an_actor(subject: Token) -> bool:
    """A named party or a pronoun for one: someone who acts, not a thing that comes ('the pay')."""
    return subject.pos_ in ("PROPN", "PRON") or bool(subject.ent_type_)


def _finite(verb: Token) -> bool:
    """Not a participle standing alone ('once agreed') nor an infinitive ('for Norland to pay'); the
    parser may tag a present verb with its own subject as a base form ('until the crews withdraw')."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "TO" for c in auxes):
        return False
    return verb.tag_ not in _NON_FINITE_TAGS or any(c.tag_ in _FINITE_TAGS for c in auxes)


def _condition_marked(sent: Span, start: int, label: str, first: Token) -> Condition:
    """The condition a marker that sets one opens: an obligation in its main clause, else its clause."""
    main = main_clause_of(first)
    if main is not None and (deontic(main) or _has_to(main)):
        # "Ruritania must lift the ban before talks resume": the obligation is the condition, and
        # the one obliged is not the one who sets it.
        marked = {t.i for t in clause_of(first).subtree}
        # "it would be essential to wait for the ruling": what must be done, without the frame or its 'to'
        holder = main if obliged_by_adjective(main) else with_governors(main)[-1]
        obligation = [t for t in holder.subtree if t.i not in marked and not t.is_punct and not _its_to(t, holder)]
        return Condition("demand", *edges(obligation), label)
    polarity = _clause_polarity(label, first, main)
    # "would only end the sit-in if Norland recalled its envoy": the clause is laid on Norland,
    # so it is never Norland's own condition
    obliged = _who_must_act(first)
    setter = setter_of_clause(main)
    gainer = gainer_in_a_trade(main) if _of_exchange(label) else None
    if gainer is not None:
        setter, obliged = None, gainer  # "the guild would obtain two seats in return for a wage freeze"
    return Condition("clause", start, clause_end(first, sent), label, setter, obliged, polarity=polarity)


def _who_must_act(marker: Token) -> Token | None:
    """The named subject of the marked clause: 'if Norland recalls its envoy'. Not a thing someone
    owns ('if Valdoria's demands are met' is Valdoria's own condition)."""
    clause = clause_of(marker)
    subject = subject_of(clause) if clause.i != marker.i else None
    if subject is None or any(c.dep_ == "poss" for c in subject.children):
        return None
    return subject


def _its_to(tok: Token, verb: Token) -> bool:
    return tok.tag_ == "TO" and tok.head.i == verb.i and verb.dep_ == "xcomp"


def _clause_polarity(label: str, first: Token, main: Token | None) -> str:
    """'ended' when the terms are that the clause stops holding (or comes true where it is unmet)."""
    held = _binds(main) or holds_pressure(main)
    polarity = "ended" if label.removeprefix("only ") in _WHILE_MARKERS and held else ""
    if label == "if" and _unmet(first, main):
        polarity = "ended"  # "will strike if the offer is not raised": the terms are that it is raised
    return polarity


# "will not disarm while the raids continue", "no deal as long as the blockade holds": the refusal
# lasts while the clause holds, so the condition is that it stops holding.
_WHILE_MARKERS = word_set("while_markers")


def _multiword_markers(sent: Span) -> list[tuple[int, str, Token]]:
    """'only if', 'as long as', 'in exchange for'. The marker that joins the clause is the last word
    when it is a subordinating conjunction ('as long as'), else the first ('in exchange for')."""
    out = []
    for m in multiword_markers().finditer(span_text(sent)):
        start, end = sent.start_char + m.start(), sent.start_char + m.end()
        words = tokens_from(sent, start, end)
        if not words or promises_anonymity(words[0]) or _an_adverb_of_time(words[-1]):
            continue
        marker = words[-1] if words[-1].dep_ == "mark" else words[0]
        out.append((start, m.group(0).lower(), marker))
    return out


def _an_adverb_of_time(last: Token) -> bool:
    """'as soon as possible', 'as long as needed': the marker takes a bare adjective, not a clause."""
    after = last.doc[last.i + 1] if last.i + 1 < sentence_of(last).end else None
    return after is not None and after.lower_ in _NOT_A_CONDITION_AFTER and after.pos_ in ("ADJ", "VERB")


def _one_word_markers(sent: Span) -> list[tuple[int, str, Token]]:
    out: list[tuple[int, str, Token]] = []
    words = lower_words_of(sent.doc)
    openers = _ONE_WORD_OPENERS.now()
    for tok in tokens_in(sent):
        word = words[tok.i]
        if word not in openers:
            continue  # most words: nothing below can make them open a clause
        if inverted_if(tok):
            out.append((tok.idx, "if", tok))
            continue
        if word not in STRONG_MARKERS and word not in WEAK_MARKERS:
            continue
        if tok.dep_ not in ("mark", "prep", "advmod", "cc") and not _participle_marker(tok):
            continue
        if _idiom(tok):
            continue
        label = "only " + word if _only_before(tok) else word
        out.append((tok.idx, label, tok))
    return out


_ONE_WORD_OPENERS = STRONG_MARKERS | WEAK_MARKERS | INVERTING_AUXILIARIES


_THAT_COMPLEMENTISERS = word_set("that_complementisers")


def _participle_marker(tok: Token) -> bool:
    """'provided that X', which the parser reads as a participle with a clause of its own."""
    if tok.lower_ in STRONG_MARKERS and reported_beside(tok):
        return True  # "she said the crews would return provided that ...", read as a second thing said
    if tok.lower_ not in STRONG_MARKERS or tok.dep_ not in ("advcl", "xcomp", "acl", "prep"):
        return False
    following = tok.doc[tok.i + 1] if tok.i + 1 < sentence_of(tok).end else None
    if following is None:
        return False
    if following.lower_ in _THAT_COMPLEMENTISERS and following.dep_ == "mark" and tok.dep_ != "prep":
        return True  # "will sign provided that ...", however the parser hangs 'provided'
    if tok.dep_ == "advcl" and following.dep_ in ("nsubj", "det"):
        return True
    # "a lower fine provided Orvik deletes the data": read as 'provided by', it is 'provided that'
    # ('the data provided that day showed' is no clause: 'that' points at the day)
    if following.lower_ in _THAT_COMPLEMENTISERS:
        return False
    return tok.tag_ == "VBN" and verb_after_a_participle(tok) is not None


_TEMPORAL_OR_UNTIL = _TEMPORAL_ONLY | word_set("time_limit_marks")


_IF_MARKS = word_set("if_marks")
_TIME_ADVERBS = word_set("time_adverbs")


def _idiom(marker: Token) -> bool:
    doc = marker.doc
    before = doc[marker.i - 1].lower_ if marker.i > sentence_of(marker).start else ""
    after = doc[marker.i + 1].lower_ if marker.i + 1 < sentence_of(marker).end else ""
    if marker.lower_ in _IF_MARKS and after == "any":
        # "few, if any, will come" is an aside; "if any talks are to be held" opens a clause
        return marker.i + 2 >= sentence_of(marker).end or doc[marker.i + 2].is_punct
    if marker.lower_ in _TEMPORAL_OR_UNTIL and _a_time_follows(marker):
        return True  # "won't be made until Thursday night": a time, not a condition
    if marker.lower_ in _TEMPORAL_OR_UNTIL and a_deadline_object(marker):
        return True  # "will not approve it before a Monday deadline": a time to meet, not a condition
    if after in _TIME_ADVERBS and marker.lower_ not in _IF_MARKS:
        return True  # "until now", "once again", "before then": a time, not a condition
    return before in _NOT_A_CONDITION_BEFORE or (marker.lower_ in _IF_MARKS and after in _NOT_A_CONDITION_AFTER)


def _a_time_follows(marker: Token) -> bool:
    """'until Thursday night', 'before the end of May': the marker takes a date or an hour."""
    objects = [c for c in marker.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in ("DATE", "TIME") for o in objects)


_ONLY_WORDS = word_set("only_words")


def _only_before(marker: Token) -> bool:
    """'only if', or 'will only end the sit-in if': 'only' on the clause the marker joins."""
    doc = marker.doc
    if marker.i > sentence_of(marker).start and doc[marker.i - 1].lower_ in _ONLY_WORDS:
        return True
    main = main_clause_of(marker)
    # "only agreed to reopen the quays after X": 'only' on the verb the main clause completes
    return main is not None and any(c.lower_ in _ONLY_WORDS for v in with_governors(main) for c in v.children)


_EXCHANGE_NOUNS = word_set("exchange_nouns")


def _sets_condition(label: str, marker: Token) -> bool:
    main = main_clause_of(marker)
    if main is None or _waives_conditions(marker) or in_a_question(main) or words_held_back(main):
        return False
    if under_a_rule(main) and (deontic(main) or _has_to(main)):
        return False  # "under the charter, the bill must pass before ...": how the process works
    if label in _WHILE_MARKERS and (_after_a_comma(marker) or _reports(clause_of(marker))):
        # "Norland will not sign, while Valdoria says it is ready", "While Norland said the plan was
        # fair, it blocked it": a contrast, not terms
        return False
    if _of_exchange(label):
        # "freed five captives in exchange for fuel" tells what happened; "offered X in exchange for Y" sets terms
        return not _narrated(main) or main.lemma_.lower() in _OFFERS
    if label in STRONG_MARKERS or label.startswith("only "):
        return True
    return _weak_marker_sets_condition(label, marker, main)


def _weak_marker_sets_condition(label: str, marker: Token, main: Token) -> bool:
    """'if', 'when', 'after': terms only under a main clause that binds, holds out or threatens."""
    if _tells_no_condition(label, marker, main) or _describes_a_means(main) or _of_a_purpose(main):
        return False
    if lasts_until_a_ruling(marker, main):
        return False  # "will keep its buses running until the tribunal has ruled": a time, not terms
    if _urged(main):
        return False
    if label in _TEMPORAL_ONLY:
        # "after", "when", "before" mostly tell time; they condition a refusal or an obligation, or
        # wait on someone's readiness: "will sign when the guild is ready to".
        return _binds(main) or _ready(clause_of(marker)) or _threatens(main)
    clause = clause_of(marker)
    if label in _IF_MARKS and _unmet_clause(clause) and (_pressure_follows(main) or _presses(main)):
        # "if no deal is reached, tariffs will rise", "can shut the mills if the crews do not work":
        # a step that presses the other side, unless the terms are met. Terms told by two joined
        # verbs cannot be turned round one by one: left out rather than misread.
        return not any(c.dep_ == "conj" for c in clause.children)
    return _binds(main) or _holds_out_or_agrees(main) or _threatens(main) or _talks_wait_on(main)


def _talks_wait_on(main: Token) -> bool:
    """'talks can start once the levy goes', 'a deal could be signed if the fleet withdraws': what may
    come of the talks or the deal waits on the clause, so it sets their terms. The subject names the
    talks or the deal, and a modal says what may come; a past event ('talks started once ...') is
    left to the narration."""
    subject = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() not in DEAL_WORDS:
        return False
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in main.children)


_PRESSURE_NOUNS = word_set("pressure_nouns")


def _describes_a_means(main: Token) -> bool:
    """'an audit remains one option to clear the firm if its books hold up': the clause hangs on what a
    means is for, so it tells when the means serves, not a side's terms. Only a verb with no subject
    of its own that describes a noun of means."""
    if main.dep_ not in ("relcl", "acl") or main.head.lemma_.lower() not in _MEANS_NOUNS:
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass") for c in main.children)


_MEANS_NOUNS = word_set("means_nouns")


def _of_a_purpose(main: Token) -> bool:
    """'so that no cargo is stranded if the crews walk out': the main clause is itself the purpose
    of a step, and the condition tells what the step guards against."""
    marks = [c.lower_ for c in main.children if c.dep_ == "mark"]
    # "so that ..." is a purpose; a bare result "so" ("..., so the crews stay home") says what follows
    return any(m in _PURPOSE_MARKS and (m not in _RESULT_MARKS or len(marks) > 1) for m in marks)


_PURPOSE_MARKS = word_set("purpose_marks")


def _urged(main: Token) -> bool:
    """'advised the growers to call off the boycott if the buyers turn generous': the clause is part
    of what one party urges on another, advice rather than the terms either sets."""
    return any(v.lemma_.lower() in _URGING for v in with_governors(main)[1:])


_URGING = word_set("urging_verbs")
_RESULT_MARKS = word_set("result_marks")


def _pressure_follows(main: Token) -> bool:
    """A main clause whose subject is a step that presses the other side: 'tariffs will rise'."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _PRESSURE_NOUNS for c in main.children)


def _unmet_clause(clause: Token) -> bool:
    """'if the offer is not raised', 'if no deal is reached': a clause that names terms unmet."""
    return any(c.dep_ == "neg" for c in clause.children) or has_no_determiner(clause)


def _after_a_comma(marker: Token) -> bool:
    return marker.i > sentence_of(marker).start and marker.nbor(-1).is_punct


_REPORTING = word_set("reporting_verbs")


def _reports(clause: Token) -> bool:
    """A clause that tells what someone said: 'while Norland said the plan was fair' (not 'as long as
    they announced the cessation', which takes a thing, not a clause said)."""
    return clause.lemma_.lower() in _REPORTING and any(c.dep_ == "ccomp" for c in clause.children)


def _of_exchange(label: str) -> bool:
    """'in exchange for', 'in return for', 'in ...': a marker that trades one thing for another."""
    return label.split()[-1] in _EXCHANGE_NOUNS or label.startswith("in ")


_OWN_ACTION_MARKS = word_set("own_action_marks")


def _tells_no_condition(label: str, marker: Token, main: Token) -> bool:
    """A weak marker that tells a past event, a condition on oneself, or one's own next step."""
    if _narrated(main) and not refuses(main) and not _threatens(main):
        return True  # "the talks ended before a deal was reached": a past event, not a condition
    if label in _TEMPORAL_ONLY and _narrated(main) and _narrated(clause_of(marker)):
        return True  # "rejected the plan on March 3, before the deal collapsed": one past event after another
    if label in _IF_MARKS and for_its_own_aim(clause_of(marker)):
        return True  # "if the board wants to close the yards lawfully, a notice must be filed"
    if label == "if" and _on_oneself(marker) and not _ready(main):
        # "if we are to stay competitive": a condition on oneself; "if we see proof, we are ready to
        # start talks" offers talks on terms
        return True
    # "cannot pay more without cutting services": what the speaker would have to do
    return label in _OWN_ACTION_MARKS and _own_action(marker)


def _unmet(marker: Token, main: Token) -> bool:
    """'if the offer is not raised' under a step a side will take: the clause names terms unmet."""
    if not _unmet_clause(clause_of(marker)):
        return False
    # "would sign if Norland does not attack" keeps its terms as said: a concession, not a threat
    return negated(main) or _threatens(main) or _presses(main) or _pressure_follows(main)


def _presses(main: Token) -> bool:
    """'will strike', 'would issue a strike notice': a step that presses the other side."""
    things = [g for c in main.children if c.dep_ == "dobj" for g in (c, *c.children) if g.dep_ in ("dobj", "compound")]
    # "would take drastic measures if its demands are not met": the step pressed, as a noun
    return any(t.lemma_.lower() in _PRESSURE for t in (main, *things)) or any(
        t.lemma_.lower() in _PRESSURE_NOUNS for t in things
    )


def _threatens(main: Token) -> bool:
    """'threatened to strike if ...', 'warned it would walk out if ...': the step a threat announces.
    'warned of more strikes if talks fail' forecasts: the threat verb must govern the step."""
    if main.lemma_.lower() in THREATS:
        return any(c.dep_ in ("xcomp", "ccomp") for c in main.children)
    governors = with_governors(main)
    # "warned that if the levy stays, it will call the crews out": the threat verb takes the step's clause
    told_in = [governors[-1].head] if governors[-1].dep_ == "ccomp" else []
    return any(v.lemma_.lower() in THREATS for v in (*governors[1:], *told_in))


def _binds(main: Token) -> bool:
    """A main clause that refuses, forbids or obliges: 'will not sign', 'must withdraw', 'rejects'."""
    return negated(main) or deontic(main) or refuses(main) or _has_to(main)


def _has_to(verb: Token) -> bool:
    """'had to give more ground before it could win a deal': an obligation by a verb, not a modal."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _OBLIGING and any(c.tag_ == "TO" for c in verb.children)


def _waives_conditions(marker: Token) -> bool:
    """'ready to talk without preconditions': a marker whose object is a condition waives it."""
    return any(t.lemma_.lower() in DEMAND_NOUNS for t in marker.subtree if t.dep_ == "pobj")


_NARRATIVE_AUXILIARIES = word_set("narrative_auxiliaries")


def _narrated(verb: Token) -> bool:
    """A past event the article narrates: a simple past with no modal ('the talks ended'). A modal on
    a verb it completes counts: 'will go on being kept shut until' is still to come."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    # "will stay suspended until ...": the parser may hang the modal on the auxiliary it governs
    auxes |= {g.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass") for g in c.children if g.dep_ == "aux"}
    governing = {c.lower_ for v in _completed(verb) for c in v.children if c.dep_ == "aux"}
    if (auxes | governing) & _MODALS:
        return False
    return verb.tag_ in _NARRATIVE_TAGS or not _NARRATIVE_AUXILIARIES.isdisjoint(auxes)


def _completed(verb: Token) -> list[Token]:
    """The verbs a verb or predicate completes: 'sealed' in 'would continue to be kept sealed'."""
    chain = [verb]
    while chain[-1].dep_ in ("xcomp", "oprd", "acomp") and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain[1:]


def _holds_out_or_agrees(verb: Token) -> bool:
    """Readiness, agreement or holding out in the main clause, the verbs it completes or the words
    it takes: 'ready to sign', 'will stay home', 'would return to talks', 'agreed to drop the fines'."""
    # "would continue to be kept sealed until ...": the verbs the predicate completes hold out too
    words = {v.lemma_.lower() for v in (*with_governors(verb), *_completed(verb))}
    words |= {c.lemma_.lower() for c in verb.children if c.dep_ in ("acomp", "xcomp", "dobj", "prt")}
    # "would issue a strike notice": the kind of thing done ('strike') says it holds out
    words |= {g.lemma_.lower() for c in verb.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "compound"}
    words |= _words_of_complements(verb)
    return bool(words & _HOLDING_OUT_OR_DEALING)


def _words_of_complements(verb: Token) -> set[str]:
    """What 'ready' or 'willing' takes: 'ready to sign' (xcomp), 'open to talks' (prep), an object."""
    return {
        g.lemma_.lower()
        for c in verb.children
        if c.dep_ in ("acomp", "xcomp")
        for g in c.children
        if g.dep_ in ("xcomp", "prep", "dobj")
    }


def _own_action(marker: Token) -> bool:
    """A preposition taking a gerund with no subject of its own: the main clause's subject acts."""
    return any(
        c.dep_ == "pcomp" and c.tag_ == "VBG" and not any(g.dep_.startswith("nsubj") for g in c.children)
        for c in marker.children
    )


_READINESS = word_set("readiness_adjectives")


def _ready(clause: Token) -> bool:
    return any(c.dep_ == "acomp" and c.lemma_.lower() in _READINESS for c in clause.children)


_BE_LEMMAS = word_set("be_lemmas")
_INFINITIVE_MARKS = word_set("infinitive_marks")


def _on_oneself(marker: Token) -> bool:
    """'if we are to stay competitive', 'if it was to remain profitable': a purpose, not a demand."""
    clause = clause_of(marker)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in FIRST_PERSON:
        return True
    if subject is not None and subject.lemma_.lower() in DEAL_WORDS:
        return False  # "if any talks are to be held": a condition for talks, not a purpose
    return _is_to(clause)


def _is_to(clause: Token) -> bool:
    """'was to remain', 'are to stay': 'be' with a 'to' clause."""
    return clause.lemma_ in _BE_LEMMAS and any(
        c.dep_ == "xcomp" and any(g.lower_ in _INFINITIVE_MARKS for g in c.children) for c in clause.children
    )
