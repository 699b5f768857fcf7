"""Whether a date ahead dates a real event to come, or only a vision, a term, a rule or a possibility.

"The harbour of 2040" and "a promise of no closures until 2031" name a year to picture or a term
to keep, not a moment anything happens. "Within thirty days of its signature" counts from an event
that has no date. "As soon as possible" sets no time, so its event has no date. "If the mediation fails, a ballot could
follow in May" is a possibility that holds only with its condition, so its line keeps the condition
or is left out.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from briefing.analysis.dates import DEADLINE_WORDS, EVENT_NOUNS, Temporal
from briefing.analysis.doctext import WORD, text_of
from briefing.analysis.rules.event_doubts import condition_of_a_frame
from briefing.analysis.rules.event_frames import clause_verb, marked_condition
from briefing.analysis.rules.event_wording import describe
from briefing.analysis.rules.reading import reads_whole, short_sentence
from briefing.lang import word_set
from briefing.model import YEAR, Event, date_precision

_COUNTED_FROM = word_set("counted_from_words")
_SPAN_COUNTS = word_set("span_count_words")
_OPEN_ENDED = word_set("open_ended_phrases")
_POSSIBILITY = word_set("possibility_modals")
_GENERIC_DETERMINERS = word_set("generic_determiners")
_RULE_MODALS = word_set("rule_modals")
_UNTIL = word_set("until_words")
_EXPIRING = word_set("expiring_verbs")


def not_a_real_event(t: Temporal, doc: Doc) -> bool:
    """The date ahead names no event to expect: a vision or a term's year, a span counted from an
    undated event, a rule for any case of a kind, or only someone's guess."""
    return (
        _vision_year(t, doc)
        or _counted_from_an_undated_event(t, doc)
        or _a_rule_for_any_case(t, doc)
        or only_guessed(t, doc)
    )


_GUESSING = word_set("guessing_words")
_LIKELIHOOD = word_set("likelihood_words")
_PROSPECTS = word_set("prospect_nouns")  # "the chances of an accord by June 30": hoped for, not set


def only_guessed(t: Temporal, doc: Doc) -> bool:
    """'lawyers think it unlikely the pact is signed in May', 'a spring opening is only a guess',
    'two banks predict a deal in June': a clause under a doubt, a forecast or a guess tells what
    someone thinks may happen, not an event anyone has set."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or _dates_a_named_event(span.root):
        return False  # "unlikely that the vote on 20 March is delayed": the vote stands, the delay is guessed
    return under_a_guess(span.root)


def _dates_a_named_event(tok: Token) -> bool:
    """The date hangs from an event noun before any verb ('the vote on 20 March')."""
    first = next((a for a in tok.ancestors if a.pos_ in ("NOUN", "VERB", "AUX")), None)
    return first is not None and first.pos_ == "NOUN" and first.lemma_.lower() in EVENT_NOUNS


def under_a_guess(tok: Token) -> bool:
    """The word stands in a clause under a doubt, a forecast or a guess (see `only_guessed`); a clause
    joined to the guess ('doubted the talks would help, but the envoys meet on Friday') or hung on it as
    an adverbial is not under it."""
    for above in _guess_governors(tok):
        if above.lemma_.lower() in _GUESSING or _a_prospect(above) or _told_to_expect(above):
            return True
        if above.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("nsubj", "acomp", "attr") and c.lemma_.lower() in _GUESSING for c in above.children
        ):
            return True
    return False


def _guess_governors(tok: Token) -> list[Token]:
    """The words above `tok` (see `_governors`), on through a condition clause to the clause it
    conditions: 'forecast the pact would unravel unless monitors were posted by June 25' foresees
    the monitors' coming with the unravelling."""
    out = _governors(tok)
    for _ in range(MAX_CONDITIONS_UP):
        last = out[-1] if out else tok
        conditioned = condition_of_a_frame(last)
        if conditioned is None:
            break
        out += [conditioned, *_governors(conditioned)]
    return out


MAX_CONDITIONS_UP = 2  # "... unless X, provided Y": a condition of a condition at most


def _told_to_expect(verb: Token) -> bool:
    """'If Valdoria wins, expect two more states to follow': a verb of likelihood with no subject tells
    the reader what to foresee; a forecast, not a plan ('Norland expects to sign on Friday' is one)."""
    return (
        verb.pos_ in ("VERB", "AUX")
        and verb.lemma_.lower() in _LIKELIHOOD
        and verb.dep_ == "ROOT"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
    )


def _a_prospect(tok: Token) -> bool:
    """A noun of prospect ('the chances of an accord by June 30'); the verb 'hope' is no guess ('we hope
    to meet on Friday'). A date on the verb that takes the prospect ('dimming hopes of progress next
    week') still dates what is hoped for: the guide counts it as an event to come."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in _PROSPECTS


def _governors(tok: Token) -> list[Token]:
    """The words above `tok`, up to the first clause joined or hung as an adverbial (itself included)."""
    out = []
    node = tok
    while node.head.i != node.i:
        if node.pos_ in ("VERB", "AUX") and node.dep_ in ("conj", "advcl") and not _complement(node):
            break
        node = node.head
        out.append(node)
    return out


_THAT = word_set("that_complementisers")


def _complement(clause: Token) -> bool:
    """An adverbial the parse makes of a 'that' clause ('unlikely that they sign'): a complement."""
    return any(c.dep_ == "mark" and c.lower_ in _THAT for c in clause.children)


def _a_rule_for_any_case(t: Temporal, doc: Doc) -> bool:
    """'any trawler found without a licence shall be impounded within two days': a subject that
    stands for any of its kind, picked out by a clause, under a modal of rule, states a rule, not an
    event set."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    verb = clause_verb(span.root) if span is not None else None
    if verb is None:
        return False
    frames = [verb, *(a for a in verb.ancestors if a.pos_ in ("VERB", "AUX"))][:2]  # "must either call"
    if not any(c.dep_ == "aux" and c.lower_ in _RULE_MODALS for v in frames for c in v.children):
        return False
    subjects = [c for v in frames for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(_any_of_a_kind(s) for s in subjects)


def _any_of_a_kind(noun: Token) -> bool:
    has_generic = any(c.dep_ == "det" and c.lower_ in _GENERIC_DETERMINERS for c in noun.children)
    return has_generic and any(c.dep_ == "relcl" for c in noun.children)


def _vision_year(t: Temporal, doc: Doc) -> bool:
    """'the harbour of 2040', 'a promise of no closures until 2031': a bare year that hangs from a
    noun (before any verb) that is no event or deadline describes that noun, a picture or a term;
    so does a year a state lasts 'until', unless what lasts runs out then ('the accord runs until
    2031'). 'Close the last plant by 2031' and 'the 2031 election' still date an event."""
    if date_precision(t.date) != YEAR or not re.search(r"\d{4}", t.text):
        return False  # a vision names its year; "later this year" dates what is due then
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    if any(a.lemma_.lower() in _EXPIRING for a in span.root.ancestors):
        return False  # "runs until 2031", however the tagger reads "runs"
    if t.text.split()[0].lower() in _UNTIL:
        return True
    holder = next((a for a in span.root.ancestors if a.pos_ in ("NOUN", "PROPN", "VERB", "AUX")), None)
    if holder is None or holder.pos_ in ("VERB", "AUX"):
        return False
    # "repayments due in 2027": a deadline word on the way up dates what falls due
    return not any(_dates_an_event(n) for n in span.root.ancestors if n.pos_ not in ("VERB", "AUX"))


def _dates_an_event(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in EVENT_NOUNS or lemma in DEADLINE_WORDS or noun.lower_ in DEADLINE_WORDS


def _counted_from_an_undated_event(t: Temporal, doc: Doc) -> bool:
    """'within thirty days of its signature', 'within a month of a signed truce': the span counts
    from an event the text does not date, so its end is no date either."""
    words = t.text.lower().split()
    if not words or words[0] not in _SPAN_COUNTS:
        return False
    after = text_of(doc)[t.end : t.sent.end_char].split()
    return bool(after) and after[0].lower() in _COUNTED_FROM


# How far around a date to look for an open-ended phrase: a word or two before ('as soon'), a few
# after ('as possible').
OPEN_ENDED_BEFORE_CHARS = 8
OPEN_ENDED_AFTER_CHARS = 16


def open_ended(t: Temporal, doc: Doc) -> bool:
    """'complete the review as soon as possible': urgency, not a time anyone has set; the event
    stands, without a date."""
    start = max(t.sent.start_char, t.start - OPEN_ENDED_BEFORE_CHARS)
    around = " ".join(text_of(doc)[start : t.end + OPEN_ENDED_AFTER_CHARS].lower().split())
    return any(phrase in around for phrase in _OPEN_ENDED)


def possible_if(t: Temporal, doc: Doc) -> Token | None:
    """The condition's verb when the date's clause is only possible under it: 'if the mediation
    fails, a ballot could follow in May', 'we can meet today if they want'; None otherwise."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    verb = clause_verb(span.root) if span is not None else None
    if verb is None or not any(c.dep_ == "aux" and c.lower_ in _POSSIBILITY for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "advcl" and marked_condition(c)), None)


def with_its_condition(sent: Span) -> str | None:
    """The line for a possibility: the whole sentence, which holds its condition, when it is short
    enough to read as a line and does not open on the condition, which would leave a line leaning
    on what follows; None (leave it out) otherwise."""
    return short_sentence(sent)


_PROPOSING = word_set("proposing_words")
_ACCEPTING = word_set("accepting_words")


def only_proposed(t: Temporal, doc: Doc) -> Token | None:
    """The word that only puts the dated event forward ('urged that the crews meet on a Monday', 'an offer
    to host a round in June', 'the mooted summit in May'), when nothing above it takes it up ('accepted
    the invitation to a round in June'); None otherwise. What one side proposes is not yet set."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return None
    above = _governors(span.root)
    for k, word in enumerate(above):
        framing = next((c for c in word.children if c.dep_ == "amod" and c.lower_ in _PROPOSING), None)
        if word.lemma_.lower() in _PROPOSING and word.dep_ != "amod" and _puts_forward(word, [span.root, *above][k]):
            framing = word
        if framing is not None:
            pairs = zip(above[k:], above[k + 1 :], strict=False)  # each word above the frame, with the one below it
            return None if any(_takes_up(a, below) for below, a in pairs) else framing
    return None


_TAKEN_UP_AS = ("dobj", "prep", "pobj", "xcomp", "nsubjpass")  # "accepted the offer", "agreed to the plan"
_NO_ONE = word_set("no_one_determiners")


_PROPOSAL_CONTENT = word_set("proposal_content_prepositions")


def _puts_forward(word: Token, below: Token) -> bool:
    """The dated words are what is proposed, not something said about the proposal: 'a proposal for
    talks', 'an offer to host', 'suggested that they meet'; not 'blocked the proposal over worries about
    a plan due in 2030' nor the proposer's own clause."""
    if word.pos_ in ("VERB", "AUX"):
        return below.dep_ not in ("nsubj", "advcl")
    return below.dep_ == "acl" or (below.dep_ == "prep" and below.lower_ in _PROPOSAL_CONTENT)


def _takes_up(word: Token, below: Token) -> bool:
    """'accepted the invitation', 'the offer was accepted'; not 'has not accepted the invitation', nor
    'neither side has confirmed' after a proposal, which the parse may hang below it as a clause."""
    return (
        word.lemma_.lower() in _ACCEPTING
        and below.dep_ in _TAKEN_UP_AS
        and not any(c.dep_ == "neg" for c in word.children)
        and not any(
            c.dep_ in ("nsubj", "nsubjpass") and any(d.lower_ in _NO_ONE for d in c.children) for c in word.children
        )
    )


def framed_if_proposed(t: Temporal, doc: Doc, event: Event) -> Event | None:
    """An event only proposed (see `only_proposed`) stays, as not firm, when its line names the
    proposing ('Norland offered to host talks'); a line that drops the frame would tell the proposal
    as set, so it is left out."""
    framing = only_proposed(t, doc)
    if framing is None:
        return event
    if _names(event.event, framing):
        return replace(event, firm=False)
    # the line dropped the proposing ('A meeting of the ministers in Arlen' of 'Norland has proposed a
    # meeting of the ministers in Arlen on June 20'): the clause that proposes it, when it reads whole
    whole = describe(t.sent, t.start, t.end, whole_clause=True, ahead=True)
    if _names(whole, framing) and reads_whole(doc, whole, event.evidence, clause=True):
        return replace(event, event=whole, firm=False)
    return None


def _names(line: str, word: Token) -> bool:
    return word.lower_ in {w.lower() for w in WORD.findall(line)}
