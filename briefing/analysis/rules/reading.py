"""Whether a line of the bottom line reads whole, judged on the parse of the sentence it cites.

A stance or next step given in the bottom line is a clause with its subject, or for a condition a
noun phrase; it never opens on an infinitive mark, a subordinator or a relative word ("To take place
in X", "until the fee is settled", "Norland which starts"), never ends on a function word, and no word in
it has lost the object or complement that followed it in the article ("Tariffs will go").
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span, Token

from briefing.analysis.doctext import WORD, char_span, head_indices, span_text, stage_cache, tokens_in
from briefing.analysis.rules.condense.gate import CLOSING_FUNCTION_WORDS, cut_short, paired
from briefing.lang import word_set
from briefing.model import Evidence

MIN_LINE_WORDS = 3
SHORT_SENTENCE_WORDS = 24  # a whole sentence up to this long reads better than its cut clause
NAMED_SUBJECT_WORDS = 3  # a name put for a pronoun: "Jonas Lind's", "the Port Authority"
_OPENERS_THAT_LEAD_ON = word_set("infinitive_marks") | word_set("subordinators")
_RELATIVE_WORDS = word_set("relative_words")
# No line ends on a word that leads on: a function word, a modal, an auxiliary or copula
_HANGING_ENDS = CLOSING_FUNCTION_WORDS | word_set("modals") | word_set("hanging_verb_forms")
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
_CLOSING_MARKS = frozenset({")", "]", "”", ","})


def reads_whole(doc: Doc, text: str, evidence: list[Evidence], *, clause: bool, reworded: bool = True) -> bool:
    """Whether `text`, drawn from the sentence `evidence` cites, reads as a whole line; with `clause`,
    as a clause with its subject. Without `reworded`, a line whose words are not the sentence's own,
    in order, does not read whole either: nothing in the parse can vouch for it."""
    words = [w.lower() for w in WORD.findall(text)]
    if len(words) < MIN_LINE_WORDS or words[0] in _OPENERS_THAT_LEAD_ON or words[-1] in _HANGING_ENDS:
        return False
    if not paired(text) or text.lstrip()[:1] in _CLOSING_MARKS:
        return False  # "Kestrel Guild) late on Monday told": cut inside a bracket
    if words[1] in _RELATIVE_WORDS:
        return False  # "Orlik who vetoed": a name and its relative clause, no clause of its own
    tokens = _tokens_of(doc, words, evidence)
    if tokens is None and not reworded:
        # a name put for a pronoun or an allegation's teller put first ("Norland accuses Valdoria of"):
        # the rest, the article's own words, must not be cut; the new words give the subject
        rest = _after_a_named_subject(doc, words, evidence)
        return rest is not None and not cut_short(rest) and not _a_relative_clause(rest)
    if tokens is None:
        return True  # reworded (a pronoun named): the words above are all there is to judge
    if cut_short(tokens) or _opens_on_a_verb(tokens) or _a_relative_clause(tokens):
        return False
    return not clause or _has_subject(tokens)


def _opens_on_a_verb(tokens: list[Token]) -> bool:
    """'Announced the cessation': a finite verb first, its subject left out."""
    first = tokens[0]
    return first.pos_ in ("VERB", "AUX") and first.tag_ in ("VBD", "VBZ", "VBP", "MD")


def _a_relative_clause(tokens: list[Token]) -> bool:
    """'Harborline is prepared to build through the valley' of 'the only road Harborline is prepared
    to build through the valley': a relative clause whose noun (what it would build) was left out."""
    kept = {t.i for t in tokens}
    head_of = head_indices(tokens[0].doc) if tokens else []
    heads = [t for t in tokens if head_of[t.i] not in kept]
    return bool(heads) and all(h.dep_ in ("relcl", "acl") and h.pos_ in ("VERB", "AUX") for h in heads)


def _tokens_of(doc: Doc, words: list[str], evidence: list[Evidence]) -> list[Token] | None:
    """The tokens of the cited sentence the words are, found in order ('U.S.' is one token of two
    words); None if one is not there."""
    if not evidence:
        return None
    span = char_span(doc, evidence[0].start, evidence[0].end, alignment_mode="expand")
    if span is None:
        return None
    pool = _words_of(span)
    found: list[Token] = []
    at = 0
    for word in words:
        while at < len(pool) and pool[at][0] != word:
            at += 1
        if at == len(pool):
            return None
        if not found or found[-1] is not pool[at][1]:
            found.append(pool[at][1])
        at += 1
    # the signs and marks between the words are shown with them ('10%')
    end = found[-1].i + 1 if found else 0
    while found and end < span.end and not span.doc[end - 1].whitespace_ and not WORD.search(span.doc[end].text):
        end += 1  # a mark glued to the last word: '10%'
    inside = range(found[0].i, end) if found else range(0)
    marks = [t for t in tokens_in(span) if t.i in inside and not WORD.search(t.text)]
    return sorted(found + marks, key=lambda t: t.i)


def _after_a_named_subject(doc: Doc, words: list[str], evidence: list[Evidence]) -> list[Token] | None:
    """The tokens of the line's words after its first few, when those few are the line's own ("Jonas
    Lind's term ran out" of "his term ran out"); None when no such rest is the article's words in order."""
    for named in range(1, NAMED_SUBJECT_WORDS + 1):
        rest = words[named:]
        if len(rest) < MIN_LINE_WORDS - 1:
            return None
        tokens = _tokens_of(doc, rest, evidence)
        if tokens is not None:
            return tokens
    return None


def _words_of(span: Span) -> list[tuple[str, Token]]:
    """The span's words as a reader sees them ("regulator's" is one word of two tokens), each with the
    token it starts in; found once per sentence (every line drawn from it is read against them)."""
    known = stage_cache(span.doc, "reading")
    found = known.get((span.start, span.end))
    if found is None:
        found = known[span.start, span.end] = _words_found(span)
    return found


def _words_found(span: Span) -> list[tuple[str, Token]]:
    tokens = tokens_in(span)
    starts = [t.idx for t in tokens]
    return [
        (m.group().lower(), tokens[bisect.bisect_right(starts, span.start_char + m.start()) - 1])
        for m in WORD.finditer(span_text(span))
    ]


def _has_subject(tokens: list[Token]) -> bool:
    """The head of the words (the one whose own head is not among them) has its subject among them,
    or a pronoun the line put a name for ('it remains committed' shown 'Portline remains committed');
    'will not take part until this is resolved' has a subject only in its 'until' clause."""
    kept = {t.i for t in tokens}
    head_of = head_indices(tokens[0].doc) if tokens else []
    heads = [t for t in tokens if head_of[t.i] not in kept or head_of[t.i] == t.i]
    # "The group reported a profit and paid a dividend", shown "The group paid a dividend": the
    # second verb of a pair shares the first one's subject
    heads += [h.head for h in heads if h.dep_ == "conj" and h.head.pos_ in ("VERB", "AUX")]
    return any(c.dep_ in _SUBJECT_DEPS and (c.i in kept or c.pos_ == "PRON") for head in heads for c in head.children)


def short_sentence(sent: Span) -> str | None:
    """The sentence itself, when a line drawn from it does not read alone ("Will be", "will ask the
    court to"): a short sentence is its lightly trimmed clause, never a fragment. None when long."""
    text = span_text(sent).strip()
    words = [w.lower() for w in WORD.findall(text)]
    if not words or len(text.split()) > SHORT_SENTENCE_WORDS or not paired(text):
        return None
    if text.rstrip(' "”’').endswith("?") or words[0] in _OPENERS_THAT_LEAD_ON:
        return None  # a question or a clause leaning on another ("If no deal by Friday?") tells no event
    return text
