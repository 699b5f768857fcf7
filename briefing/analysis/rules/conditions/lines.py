"""Lines a side draws: what a predicate of acceptability judges ('a cap that relies on pledges
would not be acceptable', 'X is non-negotiable') and what a side will never accept ('will never
accept a foreign base')."""

from __future__ import annotations

from spacy.tokens import Span, Token

from briefing.analysis.doctext import sentence_of, tokens_in
from briefing.analysis.rules.conditions.clauses import edges, subject_of
from briefing.analysis.rules.types import Condition
from briefing.lang import word_rows, word_set

ACCEPTABILITY = word_set("acceptability_words")

_EMPTY_SUBJECTS = word_set("empty_subjects")


def line_drawn(sent: Span) -> Condition | None:
    for tok in tokens_in(sent):
        found = _line_drawn_by(tok) if _draws_a_line(tok) else None
        if found is not None:
            return found
    return None


def _draws_a_line(tok: Token) -> bool:
    """'is unacceptable', 'is not acceptable', 'non-negotiable' said of something (a predicate)."""
    if tok.lemma_.lower() not in ACCEPTABILITY or tok.dep_ not in ("acomp", "attr", "amod"):
        return False
    if tok.dep_ == "amod":
        return False  # "stuck behind unacceptable queues of lorries" complains; it draws no line
    return _negative_form(tok) or any(c.dep_ == "neg" for c in tok.head.children)


def _line_drawn_by(tok: Token) -> Condition | None:
    """The thing the predicate of acceptability is said of: its subject, or the words before it."""
    # "X is unacceptable" refuses X ("No X"); "X is non-negotiable" keeps X: it is the demand
    polarity = "" if "negotiable" in tok.lower_ else "no"
    subject = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subject and subject[0].lower_ not in _EMPTY_SUBJECTS:
        return Condition("demand", *edges([t for t in subject[0].subtree]), tok.lower_, polarity=polarity)
    before = _words_before_predicate(tok)
    if before:
        return Condition("demand", *edges(before), tok.lower_, polarity=polarity)
    return None


def _words_before_predicate(adjective: Token) -> list[Token]:
    """When the parse loses the subject, it is still the words before 'would not be acceptable',
    from the start of the sentence or its opening quote."""
    predicate = adjective.head
    first_aux = min((c.i for c in predicate.children if c.dep_ in ("aux", "neg")), default=predicate.i)
    words = [t for t in tokens_in(sentence_of(adjective)) if t.i < first_aux and not t.is_punct and not t.is_quote]
    return words if len(words) >= 2 else []


_SPLIT_NEGATIVE_PREFIXES = word_set("split_negative_prefixes")


def _negative_form(adjective: Token) -> bool:
    """'unacceptable', and 'non-negotiable' as the tokenizer splits it: 'non', '-', 'negotiable'."""
    doc = adjective.doc
    split_prefix = (
        adjective.i >= 2
        and doc[adjective.i - 1].text == "-"
        and doc[adjective.i - 2].lower_ in _SPLIT_NEGATIVE_PREFIXES
    )
    return adjective.lower_.startswith(word_rows("negative_prefixes")) or split_prefix


_NEVER_ACCEPTED = word_set("never_accepted_verbs")
_NEVER_WORDS = word_set("never_words")
_AS_WORDS = word_set("as_prepositions")
_FUTURE_MODALS = word_set("future_modals")
_OPEN_DETERMINERS = word_set("open_determiners")


def never_accepted(sent: Span) -> Condition | None:
    """'will never accept a foreign base', 'would never allow any partition', 'won't accept any levy
    that doubles the fee', 'any cap on the catch will not be agreed to': the thing refused for good, read
    "No foreign base". Only an indefinite thing: 'will never accept Norland's offer' answers an offer,
    it draws no line."""
    for tok in tokens_in(sent):
        refusing = tok.lower_ in _NEVER_WORDS or tok.dep_ == "neg"
        if not refusing or tok.head.lemma_.lower() not in _NEVER_ACCEPTED:
            continue
        verb = tok.head
        if not _refuses_for_good(verb):
            continue
        thing = _thing_accepted(verb)
        if thing is not None:
            return Condition("demand", *edges(_whole_thing(thing, verb)), "never", subject_of(verb), polarity="no")
    return None


def _whole_thing(thing: Token, verb: Token) -> list[Token]:
    """The thing refused with its qualifier: 'a fare rise imposed during... the stoppage'.
    Past an ellipsis the parser may take the qualifier for a second subject; it stays with the thing,
    or a refusal under terms would read as a refusal outright."""
    words = list(thing.subtree)
    for other in verb.children:
        if other.dep_ in ("nsubj", "nsubjpass") and thing.i < other.i < verb.i:
            words += list(other.subtree)
    return words


def _refuses_for_good(verb: Token) -> bool:
    """'will never accept', 'would not allow': a refusal to come, not a fact or a label."""
    if not any(c.dep_ == "aux" and c.lower_ in _FUTURE_MODALS for c in verb.children):
        return False  # "never signed": what happened, not a line
    # "a letter of intent won't be accepted as a treaty" says what it counts as, no line
    return not any(c.dep_ == "prep" and c.lower_ in _AS_WORDS for c in verb.children)


_TO_PREPOSITIONS = word_set("to_prepositions")


def _thing_accepted(verb: Token) -> Token | None:
    """'accept a base', 'agree to a partition': the object, when it is an indefinite common noun."""
    thing = _object_of_accepting(verb)
    if thing is None or thing.pos_ != "NOUN":
        return None
    return thing if any(c.dep_ == "det" and c.lower_ in _OPEN_DETERMINERS for c in thing.children) else None


def _object_of_accepting(verb: Token) -> Token | None:
    """The object, the object of 'to', or the passive subject."""
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if thing is None:
        thing = _object_of_to(verb)
    if thing is None:  # "any cap on the catch will not be agreed to": the thing is the passive subject
        thing = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return thing


def _object_of_to(verb: Token) -> Token | None:
    """'agree to a partition': the object of the verb's 'to'."""
    to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in _TO_PREPOSITIONS), None)
    return next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
