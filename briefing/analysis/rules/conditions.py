"""Conditions a party sets, read from clause structure.

A condition is one of:

- a clause opened by a marker ("only if", "unless", "until", "in exchange for" ...) and attached
  to a main clause. Strong markers make a condition on their own; weak ones ("if", "until",
  "once", "before") only when the main clause refuses, is negated or modal, or states readiness,
  agreement or holding out: "Valdoria will not sign until the checkpoints go" is a condition,
  "If the strike goes ahead, flights will be cut" is a forecast;
- what a demand noun holds: "its demand that the fleet withdraw", "a 48-hour ultimatum to
  resume talks", "grants are our red line";
- what a line-drawing predicate judges: "a cap that relies on pledges would not be acceptable";
- the complement of a demand verb: "the guild insists on a veto", "calls on the board to resign";
- a bare obligation laid on someone else: "All drone bases must go, Norland's envoy said".

Small plain functions over the parse; the words they look for are language data.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from spacy.tokens import Span, Token

from briefing.analysis.doctext import (
    CaseBlind,
    lower_lemmas_of,
    lower_words_of,
    phrase_alternation,
    sentence_of,
    span_text,
    stage_cache,
    tagged_in,
    tokens_from,
    tokens_in,
)
from briefing.lang import word_map, word_set

_MARKERS: dict[str, str] = word_map("condition_markers")
STRONG_MARKERS = frozenset(m for m, strength in _MARKERS.items() if strength == "strong")
WEAK_MARKERS = frozenset(m for m, strength in _MARKERS.items() if strength == "weak")
CONDITION_PREDICATES = word_set("condition_predicates")
DEMAND_NOUNS = word_set("demand_nouns")
DEMAND_VERBS = word_set("demand_verbs")
ACCEPTABILITY = word_set("acceptability_words")
OBLIGATION_MODALS = word_set("obligation_modals")
DEAL_WORDS = word_set("deal_words")
_MODALS_TAKING_TO = OBLIGATION_MODALS - {"must"}  # "has to go", "need to withdraw"
_HOLDING_OUT_OR_DEALING = CONDITION_PREDICATES | DEAL_WORDS

_MODALS = frozenset({"will", "would", "shall", "should", "must", "can", "could", "may", "might", "wo", "ca", "'ll"})
_DEONTIC = frozenset({"must", "should"})
_REFUSALS = frozenset({"refuse", "reject", "rule", "oppose", "dismiss", "deny", "ignore", "resist"})
_FIRST_PERSON = frozenset({"i", "we", "us"})
# Verbs whose subject meets someone else's demand: "faces demands", "rejected the demand".
_RECEIVING = frozenset({"criticise", "criticize", "slam", "call", "face", "receive", "get", "meet", "resist"})
_FACING = _REFUSALS | _RECEIVING  # a governor whose subject faces a demand instead of setting it
_OFFERS = frozenset({"offer", "propose", "suggest", "table", "present"})
_SEEKING = frozenset({"seek", "want", "demand", "request", "ask", "need", "require", "press"})
_TEMPORAL_ONLY = frozenset({"after", "when", "before", "while"})
# "even if", "as if", "if any": the marker opens no condition.
_NOT_A_CONDITION_BEFORE = frozenset({"even", "as", "what", "whether"})
_NOT_A_CONDITION_AFTER = frozenset({"any", "so", "not", "anything", "necessary", "possible", "needed"})
_NARRATIVE_TAGS = frozenset({"VBD", "VBN"})
_MULTIWORD = CaseBlind(
    phrase_alternation([m for m in sorted(STRONG_MARKERS | WEAK_MARKERS, key=len, reverse=True) if " " in m]) + r"\b"
)


@dataclass(frozen=True)
class Condition:
    """Where a condition is. A `clause` condition starts at its marker; a `demand` is the thing
    required, within `start`..`end`. `setter` is the word that names who sets it, when the
    sentence says so ("the guild insists", "Norland's demand"); otherwise the speaker does."""

    kind: str  # "clause" or "demand"
    start: int
    end: int
    label: str  # the marker or the word that made it a condition, for the reader of the code
    setter: Token | None = None
    obliged: Token | None = None  # "Valdoria must withdraw": who the obligation is laid on


def find_condition(sent: Span) -> Condition | None:
    """The first condition a sentence sets, or None. Kept on the Doc: every side's statements and
    the narration ask about the same sentences."""
    known: dict[int, Condition | None] = stage_cache(sent.doc, "conditions")
    if sent.start not in known:
        known[sent.start] = _first_condition(sent)
    return known[sent.start]


def _first_condition(sent: Span) -> Condition | None:
    doc = sent.doc
    words = {*lower_words_of(doc)[sent.start : sent.end], *lower_lemmas_of(doc)[sent.start : sent.end]}
    for finder, needs in _FINDERS:
        if needs is not None and words.isdisjoint(needs):
            continue  # none of the words it starts from: no need to walk the sentence and its parse
        found = finder(sent)
        if found is not None:
            return found
    return None


# --- clauses opened by a marker -------------------------------------------------------------------


def _marked_clause(sent: Span) -> Condition | None:
    candidates = [*_multiword_markers(sent), *_one_word_markers(sent)]
    for start, label, first in sorted(candidates, key=lambda c: c[0]):
        if not _sets_condition(label, first):
            continue
        main = _main_clause_of(first)
        if main is not None and _deontic(main):
            # "Ruritania must lift the ban before talks resume": the obligation is the condition, and
            # the one obliged is not the one who sets it.
            marked = {t.i for t in _clause_of(first).subtree}
            obligation = [t for t in _with_governors(main)[-1].subtree if t.i not in marked and not t.is_punct]
            return Condition("demand", *_edges(obligation), label)
        return Condition("clause", start, _clause_end(first, sent), label, _subject_of(main))
    return None


def _multiword_markers(sent: Span) -> list[tuple[int, str, Token]]:
    """'only if', 'as long as', 'in exchange for'. The marker that joins the clause is the last word
    when it is a subordinating conjunction ('as long as'), else the first ('in exchange for')."""
    out = []
    for m in _MULTIWORD.finditer(span_text(sent)):
        start, end = sent.start_char + m.start(), sent.start_char + m.end()
        words = tokens_from(sent, start, end)
        if not words or _anonymity(words[0]):
            continue
        marker = words[-1] if words[-1].dep_ == "mark" else words[0]
        out.append((start, m.group(0).lower(), marker))
    return out


def _one_word_markers(sent: Span) -> list[tuple[int, str, Token]]:
    out: list[tuple[int, str, Token]] = []
    words = lower_words_of(sent.doc)
    for tok in tokens_in(sent):
        word = words[tok.i]
        if word not in _ONE_WORD_OPENERS:
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


# "Should the board refuse, ...", "Were the guild to strike, ...". Not "had": "Had the board
# agreed, ..." looks back on what did not happen, and sets no condition now.
_INVERTING_AUXILIARIES = frozenset({"should", "were"})
_ONE_WORD_OPENERS = STRONG_MARKERS | WEAK_MARKERS | _INVERTING_AUXILIARIES


def inverted_if(tok: Token) -> bool:
    """An auxiliary that opens a clause ahead of its subject says 'if': 'Should the talks fail, the
    union will not return' is 'if the talks fail'. The clause hangs from a main clause."""
    if tok.lower_ not in _INVERTING_AUXILIARIES:
        return False
    if tok.dep_ == "advcl":
        clause = tok  # "Were the guild to strike": the verb itself heads the clause
    elif tok.dep_ in ("aux", "auxpass") and tok.head.dep_ == "advcl":
        clause = tok.head
    else:
        return False
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    first = clause.left_edge
    if first.dep_ == "mark" and first.i + 1 == tok.i:
        first = tok  # "warned that should the talks fail, ...": a 'that' may open the clause first
    return first.i == tok.i and subject is not None and tok.i < subject.i


def _participle_marker(tok: Token) -> bool:
    """'provided that X', which the parser reads as a participle with a clause of its own."""
    if tok.lower_ not in STRONG_MARKERS or tok.dep_ != "advcl":
        return False
    following = tok.doc[tok.i + 1] if tok.i + 1 < sentence_of(tok).end else None
    return following is not None and (following.lower_ == "that" or following.dep_ in ("nsubj", "det"))


def _idiom(marker: Token) -> bool:
    doc = marker.doc
    before = doc[marker.i - 1].lower_ if marker.i > sentence_of(marker).start else ""
    after = doc[marker.i + 1].lower_ if marker.i + 1 < sentence_of(marker).end else ""
    if marker.lower_ == "if" and after == "any":
        # "few, if any, will come" is an aside; "if any talks are to be held" opens a clause
        return marker.i + 2 >= sentence_of(marker).end or doc[marker.i + 2].is_punct
    return before in _NOT_A_CONDITION_BEFORE or (marker.lower_ == "if" and after in _NOT_A_CONDITION_AFTER)


def _only_before(marker: Token) -> bool:
    """'only if', or 'will only end the sit-in if': 'only' on the clause the marker joins."""
    doc = marker.doc
    if marker.i > sentence_of(marker).start and doc[marker.i - 1].lower_ == "only":
        return True
    main = _main_clause_of(marker)
    return main is not None and any(c.lower_ == "only" for c in main.children)


def _anonymity(first: Token) -> bool:
    """'speaking on condition of anonymity' is how a reporter protects a source."""
    window = first.doc[first.i : min(first.i + 5, sentence_of(first).end)]
    return any(t.lower_ == "anonymity" for t in window)


def _sets_condition(label: str, marker: Token) -> bool:
    main = _main_clause_of(marker)
    if main is None or _waives_conditions(marker):
        return False
    if label.split()[-1] in ("exchange", "return") or label.startswith("in "):
        # "freed five captives in exchange for fuel" tells what happened; "offered X in exchange for Y" sets terms
        return not _narrated(main) or main.lemma_.lower() in _OFFERS
    if label in STRONG_MARKERS or label.startswith("only "):
        return True
    if _tells_no_condition(label, marker, main):
        return False
    if label in _TEMPORAL_ONLY:
        # "after", "when", "before" mostly tell time; they condition a refusal or an obligation, or
        # wait on someone's readiness: "will sign when the guild is ready to".
        return _binds(main) or _ready(_clause_of(marker))
    return _binds(main) or _holds_out_or_agrees(main)


def _tells_no_condition(label: str, marker: Token, main: Token) -> bool:
    """A weak marker that tells a past event, a condition on oneself, or one's own next step."""
    if _narrated(main) and not _refuses(main):
        return True  # "the talks ended before a deal was reached": a past event, not a condition
    if label == "if" and _on_oneself(marker):
        return True  # "if we are to stay competitive": a condition on oneself
    # "cannot pay more without cutting services": what the speaker would have to do
    return label in ("without", "before", "after") and _own_action(marker)


def _binds(main: Token) -> bool:
    """A main clause that refuses, forbids or obliges: 'will not sign', 'must withdraw', 'rejects'."""
    return _negated(main) or _deontic(main) or _refuses(main)


def _waives_conditions(marker: Token) -> bool:
    """'ready to talk without preconditions': a marker whose object is a condition waives it."""
    return any(t.lemma_.lower() in DEMAND_NOUNS for t in marker.subtree if t.dep_ == "pobj")


def _clause_of(marker: Token) -> Token:
    """The head of the clause a marker opens: the verb of 'if X happens', or the preposition itself."""
    return marker.head if marker.dep_ in ("mark", "advmod", "aux", "auxpass") else marker


def _main_clause_of(marker: Token) -> Token | None:
    """The verb (or predicate) the marker's clause is attached to."""
    clause = _clause_of(marker)
    head = clause.head if clause.head.i != clause.i else clause
    for tok in (head, *head.ancestors):
        if tok.pos_ in ("VERB", "AUX", "ADJ") and not _inside(tok, clause):
            return tok
    return None


def _inside(tok: Token, root: Token) -> bool:
    return tok.i == root.i or root in tok.ancestors


def _clause_end(marker: Token, sent: Span) -> int:
    tokens = list(_clause_of(marker).subtree)
    last = max(tokens, key=lambda t: t.i) if tokens else marker
    return min(last.idx + len(last.text), sent.end_char)


def _narrated(verb: Token) -> bool:
    """A past event the article narrates: a simple past with no modal ('the talks ended')."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & _MODALS:
        return False
    return verb.tag_ in _NARRATIVE_TAGS or bool(auxes & {"did", "was", "were", "had"})


def _with_governors(verb: Token) -> list[Token]:
    """'refuses to negotiate': the infinitive and the verbs it completes."""
    chain = [verb]
    while chain[-1].dep_ == "xcomp" and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def _negated(verb: Token) -> bool:
    return any(_negated_here(v) for v in _with_governors(verb))


def _negated_here(verb: Token) -> bool:
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    # "there will be no pact", "no deal can be reached"
    return any(c.lower_ == "no" and c.dep_ == "det" for t in verb.children for c in t.children) or any(
        t.lower_ in ("never", "no") and t.dep_ in ("neg", "advmod", "det") for t in verb.children
    )


def _deontic(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _DEONTIC for v in _with_governors(verb) for c in v.children)


def _refuses(verb: Token) -> bool:
    return any(v.lemma_.lower() in _REFUSALS for v in _with_governors(verb))


def _holds_out_or_agrees(verb: Token) -> bool:
    """Readiness, agreement or holding out in the main clause or the words it takes:
    'ready to sign', 'will stay home', 'would return to talks'."""
    words = {verb.lemma_.lower()}
    words |= {c.lemma_.lower() for c in verb.children if c.dep_ in ("acomp", "xcomp", "dobj", "prt")}
    words |= {
        g.lemma_.lower()
        for c in verb.children
        if c.dep_ in ("acomp", "xcomp")
        for g in c.children
        if g.dep_ in ("xcomp", "prep", "dobj")
    }
    return bool(words & _HOLDING_OUT_OR_DEALING)


def _own_action(marker: Token) -> bool:
    """A preposition taking a gerund with no subject of its own: the main clause's subject acts."""
    return any(
        c.dep_ == "pcomp" and c.tag_ == "VBG" and not any(g.dep_.startswith("nsubj") for g in c.children)
        for c in marker.children
    )


def _ready(clause: Token) -> bool:
    return any(c.dep_ == "acomp" and c.lemma_.lower() in ("ready", "willing", "prepared") for c in clause.children)


def _on_oneself(marker: Token) -> bool:
    """'if we are to stay competitive', 'if it was to remain profitable': a purpose, not a demand."""
    clause = _clause_of(marker)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in _FIRST_PERSON:
        return True
    if subject is not None and subject.lemma_.lower() in DEAL_WORDS:
        return False  # "if any talks are to be held": a condition for talks, not a purpose
    return clause.lemma_ == "be" and any(
        c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children) for c in clause.children
    )


# --- demand nouns, line-drawing predicates, demand verbs, obligations ---------------------------


def _demand_noun(sent: Span) -> Condition | None:
    for tok in tagged_in(sent, "NOUN", "PROPN"):
        if not _is_demand_noun(tok) or _someone_elses(tok) or _anonymity(tok) or _denied(tok):
            continue
        span = _what_the_noun_holds(tok)
        if span is not None:
            return Condition("demand", *span, tok.lemma_.lower(), _holder_of(tok))
    return None


def _is_demand_noun(tok: Token) -> bool:
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = tok.lemma_.lower()
    if lemma == "line":
        return any(c.lower_ == "red" for c in tok.children)
    return lemma in DEMAND_NOUNS


def _denied(noun: Token) -> bool:
    """'has no right to make demands of the board': a demand the sentence says is not made
    (or should not be) is nobody's condition. Only the verbs the noun hangs from count."""
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return False  # "if its terms are not met": the demand stands, unmet
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and _negated(verb)


def _someone_elses(noun: Token) -> bool:
    """'Valdoria rejected Norland's demand': the demand is not the rejecting party's condition."""
    sought = noun.dep_ == "dobj" and noun.head.lemma_.lower() in _SEEKING
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in noun.children) and not sought:
        return True  # "demands from the union": whoever faces them does not set them, unless they
        # seek them from someone: "sought assurances from the guild" are the seeker's terms
    governor = noun.head
    if noun.dep_ == "pobj":
        governor = governor.head
    return governor.lemma_.lower() in _FACING and noun.dep_ in ("dobj", "pobj")


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


def _across_a_copula(noun: Token) -> Holding:
    """'the precondition is a full withdrawal', 'Our demands are: an end to the blockade, ...'; not
    'the demands were too high' (a judgement of them)."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return _Reading.DOES_NOT_APPLY
    head = noun.head
    if head.lemma_ == "be":
        other = [c for c in head.children if c.dep_ in ("attr", "ccomp", "xcomp") and c.i > noun.i]
        if other:
            return _edges([t for c in other for t in c.subtree])
        if any(c.dep_ == "acomp" for c in head.children):
            return None
    copula = _copula_after(noun)
    if copula is None:
        return _Reading.DOES_NOT_APPLY
    rest = [t for t in _until_quote_closes(copula) if not t.is_punct]  # within the quote
    return _edges(rest) if rest else None


def _subject_it_is_said_of(noun: Token) -> Holding:
    """'A full withdrawal is the precondition': the subject is the demand."""
    head = noun.head
    if noun.dep_ != "attr" or head.lemma_ != "be":
        return _Reading.DOES_NOT_APPLY
    subject = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return _edges([t for c in subject for t in c.subtree]) if subject else None


def _labelled_by_as(noun: Token) -> Holding:
    """'demanded a pay rise as a condition for talks': the demanded thing, without the 'as' phrase."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "as":
        return _Reading.DOES_NOT_APPLY
    verb = next((t for t in noun.head.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    as_phrase = {t.i for t in noun.head.subtree}
    objects = [c for c in verb.children if c.dep_ in ("dobj", "ccomp", "xcomp")]
    if not objects and noun.head.head.pos_ == "NOUN":
        objects = [noun.head.head]  # "firm on a full truce as the prerequisite of a settlement"
    thing = [t for c in objects for t in c.subtree if t.i not in as_phrase and t.i < noun.head.i]
    return _edges(thing) if thing else None


def _words_right_after(noun: Token) -> Holding:
    """The parser often hangs 'insistence on X' from the verb; the words still follow the noun."""
    following = noun.doc[noun.i + 1] if noun.i + 1 < sentence_of(noun).end else None
    if following is None or following.lower_ not in ("on", "that") or following.head.i == noun.i:
        return _Reading.DOES_NOT_APPLY
    if following.dep_ == "mark":
        return _edges(list(following.head.subtree))  # "the condition that the crews may go home"
    return _edges(list(following.subtree)) if following.dep_ == "prep" else None


def _complement(noun: Token) -> Holding:
    """'a demand for a buffer zone', 'its demand that the fleet leave', 'an ultimatum to restore ...'."""
    complement = [c for c in noun.children if _holds_content(c)]
    if not complement and noun.dep_ == "dobj":
        # "sought assurances from the guild regarding pensions": the parser hangs the content on the verb
        complement = [
            c for c in noun.head.rights if c.i > noun.i and c.dep_ == "prep" and c.lower_ in _ABOUT_PREPOSITIONS
        ]
    if not complement:
        return None
    return _edges([t for c in complement for t in c.subtree])


def _holds_content(child: Token) -> bool:
    if child.dep_ not in ("acl", "relcl", "ccomp", "prep", "appos") or _purpose(child):
        return False
    if child.dep_ == "relcl":
        return _that_clause(child)
    return child.dep_ != "prep" or child.lower_ in _CONTENT_PREPOSITIONS


# "a demand for X", "the condition of X", "insistence on X"; not "demands from the union" (its source).
_CONTENT_PREPOSITIONS = frozenset({"for", "of", "on", "upon", "to", "that", "regarding", "about", "over"})
_ABOUT_PREPOSITIONS = frozenset({"regarding", "about", "over", "concerning", "on"})
_CONDITION_LIKE = frozenset({"condition", "precondition", "pre-condition", "prerequisite", "requirement", "terms"})


def _copula_after(noun: Token) -> Token | None:
    """'demands are', 'conditions were': a form of 'be' right after the noun phrase."""
    for tok in noun.doc[noun.i + 1 : min(noun.i + 3, sentence_of(noun).end)]:
        if tok.lemma_ == "be":
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
    return (
        prep.dep_ == "prep"
        and prep.head.lemma_.lower() in _CONDITION_LIKE
        and any(o.lemma_.lower() in DEAL_WORDS for o in prep.children if o.dep_ == "pobj")
    )


def _that_clause(clause: Token) -> bool:
    """'the demand that troops withdraw' holds the demand; 'the demand that it rejected' does not."""
    return any(c.lower_ == "that" and c.dep_ == "mark" for c in clause.children) or not any(
        c.dep_ in ("dobj", "nsubj") and c.tag_ in ("WDT", "WP") for c in clause.children
    )


def _line_drawn(sent: Span) -> Condition | None:
    for tok in tokens_in(sent):
        if tok.lemma_.lower() not in ACCEPTABILITY or tok.dep_ not in ("acomp", "attr", "amod"):
            continue
        if tok.dep_ == "amod":
            continue  # "because of unacceptable price rises" complains; it draws no line
        if not (_negative_form(tok) or any(c.dep_ == "neg" for c in tok.head.children)):
            continue
        subject = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subject and subject[0].lower_ not in ("it", "this", "that"):
            return Condition("demand", *_edges([t for t in subject[0].subtree]), tok.lower_)
        before = _words_before_predicate(tok)
        if before:
            return Condition("demand", *_edges(before), tok.lower_)
    return None


def _words_before_predicate(adjective: Token) -> list[Token]:
    """When the parse loses the subject, it is still the words before 'would not be acceptable',
    from the start of the sentence or its opening quote."""
    predicate = adjective.head
    first_aux = min((c.i for c in predicate.children if c.dep_ in ("aux", "neg")), default=predicate.i)
    words = [t for t in tokens_in(sentence_of(adjective)) if t.i < first_aux and not t.is_punct and not t.is_quote]
    return words if len(words) >= 2 else []


def _negative_form(adjective: Token) -> bool:
    """'unacceptable', and 'non-negotiable' as the tokenizer splits it: 'non', '-', 'negotiable'."""
    doc = adjective.doc
    split_prefix = adjective.i >= 2 and doc[adjective.i - 1].text == "-" and doc[adjective.i - 2].lower_ == "non"
    return adjective.lower_.startswith(("un", "non", "in")) or split_prefix


def _demand_verb(sent: Span) -> Condition | None:
    for tok in tagged_in(sent, "VERB"):
        lemma = tok.lemma_.lower()
        if lemma == "call":
            found = _call_on_to(tok)
        elif lemma in DEMAND_VERBS or _first_person_need(tok):
            found = _complement_of(tok)
        else:
            continue
        if found is not None:
            return Condition("demand", *found, lemma, _subject_of(tok))
    return None


def _first_person_need(verb: Token) -> bool:
    """'We need a clean deal to end this': the deal a speaker needs is a demand on the other side.
    'We need new routes' (for itself), 'the union needs members' or 'we need to talk' is not."""
    if verb.lemma_.lower() != "need":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in _FIRST_PERSON:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in DEAL_WORDS for c in verb.children)


def _call_on_to(verb: Token) -> tuple[int, int] | None:
    """'called on the board to resign': the party called on and what it must do."""
    on = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"), None)
    to_clause = [c for c in verb.children if c.dep_ in ("xcomp", "advcl", "ccomp") and c.i > verb.i]
    to_clause += [c for p in ([on] if on else []) for o in p.children for c in o.children if c.dep_ in ("acl", "relcl")]
    if on is None or not to_clause:
        return None
    return _edges([*on.subtree, *(t for c in to_clause for t in c.subtree)])


def _complement_of(verb: Token) -> tuple[int, int] | None:
    parts = [c for c in verb.children if c.dep_ in ("dobj", "xcomp")]
    parts += [c for c in verb.children if c.dep_ == "ccomp" and _mandative(c)]
    parts += [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")]
    if not parts:
        return None
    return _edges([t for c in parts for t in c.subtree])


def _mandative(clause: Token) -> bool:
    """'insisted that the fleet withdraw / must withdraw' demands; 'insisted that a deal can be
    reached' only claims."""
    auxes = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
    if auxes & {"must", "should", "shall"}:
        return True
    if "to" in auxes and any(c.dep_ == "nsubj" for c in clause.children):
        return True  # "demanded the rebels to give up their weapons": someone else, told what to do
    # A bare verb: "that the monitors leave" (the subjunctive), not "that the monitors left / are".
    return clause.tag_ in ("VB", "VBP") and not auxes and clause.lemma_ not in ("be", "have")


def _obligation(sent: Span) -> Condition | None:
    """'All drone bases must go': an obligation laid on someone other than the speaker."""
    for tok in tagged_in(sent, "VERB", "AUX"):
        if not _obliged(tok):
            continue
        holder = tok.head if tok.dep_ == "xcomp" else tok  # "has to go": the subject is on "has"
        subject = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.lower_ in _FIRST_PERSON or subject.lower_ in ("it", "there", "this"):
            continue
        return Condition("demand", *_edges(list(holder.subtree)), "must", obliged=subject)
    return None


def _obliged(verb: Token) -> bool:
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    if any(a.lower_ == "must" for a in auxes):
        return not any(a.lower_ == "have" for a in auxes)  # "must have known" guesses, it does not oblige
    # "has to go", "need to withdraw": the modal verb heads the clause, the action is its complement.
    return (
        verb.dep_ == "xcomp" and verb.head.lower_ in _MODALS_TAKING_TO and any(c.lower_ == "to" for c in verb.children)
    )


# Each finder, in the order a sentence is tried, with the words (lower case) or lemmas it cannot
# find a condition without; a sentence holding none of them skips the walk over its words and their
# parse. A marked clause may open with a phrase ("as long as"): its own search finds those.
_FINDERS: tuple[tuple[Callable[[Span], Condition | None], frozenset[str] | None], ...] = (
    (_marked_clause, None),
    (_demand_noun, DEMAND_NOUNS | {"line"}),
    (_line_drawn, ACCEPTABILITY),
    (_demand_verb, DEMAND_VERBS | {"call", "need"}),
    (_obligation, OBLIGATION_MODALS | {"must"}),
)


# --- who sets it ----------------------------------------------------------------------------------

_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "it", "they", "this", "that", "who", "which"})


def _subject_of(verb: Token | None) -> Token | None:
    """The named subject of a clause, climbing 'is ready to sign' and 'and then resumed' to find it."""
    while verb is not None:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return None if subject.lower_ in _PRONOUNS else subject
        if verb.dep_ not in ("xcomp", "conj", "acomp") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _holder_of(noun: Token) -> Token | None:
    """Whose demand: 'Norland's demand', or the subject that has, sets or gives it."""
    possessor = next((c for c in noun.children if c.dep_ == "poss"), None)
    if possessor is not None:
        return None if possessor.lower_ in ("its", "their", "our", "his", "her", "my") else possessor
    if noun.dep_ in ("dobj", "attr"):
        return _subject_of(noun.head)
    if noun.dep_ == "pobj":
        return _subject_of(noun.head.head)
    return None


def _edges(tokens: list[Token]) -> tuple[int, int]:
    first, last = min(tokens, key=lambda t: t.i), max(tokens, key=lambda t: t.i)
    return first.idx, last.idx + len(last.text)
