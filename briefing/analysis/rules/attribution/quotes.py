"""Quotes: quoted speech paired by mark type and direction, and the stretch of a sentence that holds
what was said (the quote, the that-clause, or the sentence without its frame)."""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Span, Token

from briefing.analysis.doctext import (
    children_of,
    span_text,
    subtree_extent,
)
from briefing.analysis.rules.attribution.stances import (
    PLAIN,
)
from briefing.analysis.rules.lexicon import (
    REPORTING_VERBS,
)
from briefing.lang import word_set

# Quote marks pair by type and by direction. A straight mark opens after a space, a bracket or a dash
# and before a letter, and closes after a letter or punctuation: so a quote the writer never closed
# cannot swallow the narration up to the next one ('...technology. "I fully support').
# A curly opening mark that a straight one closes, within the paragraph and with no other mark
# between, is one quote too: editors and content systems often mix the two.
_QUOTE_RE = re.compile(
    r"(?=[“\"‘'])"  # every form opens with a mark: the engine passes other characters with one test
    r"(?:“[^”]{2,}?”"
    r"|“[^”“\"\n]{2,}?(?<=\S)\"(?!\w)"
    r"|(?<![^\s(\[—–-])\"(?=\S)[^\"]{2,}?(?<=\S)\"(?!\w)"
    r"|‘[^’]{12,}?’(?!\w)"
    r"|(?<!\w)'[^']{12,}?'(?!\w))",
    re.DOTALL,
)


MIN_QUOTE_WORDS = 4  # scare quotes ("reciprocal" tariffs) are not someone talking


def speech_quotes(text: str) -> list[tuple[int, int]]:
    """Quoted speech: at least four words, paired marks first, then the paragraphs of a quote that
    runs over several of them (each opens with a mark, only the last one closes)."""
    paired = [(m.start(), m.end()) for m in _QUOTE_RE.finditer(text) if len(m.group(0).split()) >= MIN_QUOTE_WORDS]
    running = [q for q in _paragraphs_quoted_on(text) if not any(s <= q[0] < e for s, e in paired)]
    return sorted(paired + running) if running else paired


_PARAGRAPH_OPENING = re.compile(r"(?:^|(?<=\n))[“\"]")


def _paragraphs_quoted_on(text: str) -> list[tuple[int, int]]:
    """'Read her letter: [new paragraph] “We will keep talking. [new paragraph] “Our offer stands.”': a
    paragraph that opens with a mark and holds no other is a quote going on into the next paragraph,
    the convention for a long quote, when what comes before leads into it (a line ending on a colon,
    or a paragraph whose quote is still open). It is the speaker's words up to its end, not narration."""
    out: list[tuple[int, int]] = []
    for m in _PARAGRAPH_OPENING.finditer(text):
        end = text.find("\n", m.start())
        end = len(text) if end < 0 else end
        body = text[m.start() + 1 : end]
        if any(mark in body for mark in _QUOTE_MARKS) or len(body.split()) < MIN_QUOTE_WORDS:
            continue
        before = text[: m.start()].rstrip()
        last_paragraph = before[before.rfind("\n") + 1 :]
        if before.endswith(":") or sum(last_paragraph.count(mark) for mark in _QUOTE_MARKS) % 2 == 1:
            out.append((m.start(), end))
    return out


_QUOTE_MARKS = ("“", "”", '"')


_RELAYING_FORMS = word_set("relaying_verb_forms")
RELAY_LEAD_WORDS = 4  # "They said", "The rebels told us": the few words before the inner quote opens
_INNER_OPENING = re.compile(r"[‘']")


def relays_another_voice(text: str, quote: tuple[int, int]) -> bool:
    """'“They said ‘stop the shelling’,” Vale said': a quote that opens by telling what someone else
    said, in a quote of its own, carries that voice's words, not the speaker's."""
    inner = _INNER_OPENING.search(text, quote[0] + 1, quote[1])
    if inner is None:
        return False
    lead = text[quote[0] + 1 : inner.start()].split()
    if not lead or len(lead) > RELAY_LEAD_WORDS:
        return False
    return any(word.strip(",:").lower() in _RELAYING_FORMS for word in lead)


def quotes_overlapping(sent: Span, quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quotes (sorted, never nested) that reach into a sentence, found by bisection."""
    first = max(0, bisect.bisect_right(quotes, (sent.start_char, sent.start_char)) - 1)
    last = bisect.bisect_left(quotes, (sent.end_char, sent.end_char))
    return [(s, e) for s, e in quotes[first:last] if s < sent.end_char and sent.start_char < e]


_QUOTE_OBJECT_VERBS = word_set("quote_object_verbs")


_MAKING_VERBS = word_set("making_verbs")


def content_span(verb: Token, sent: Span) -> tuple[int, int]:
    """What was said or done: the verb's clause, else its quote, else its object, else the sentence.

    "Raman told reporters in Velika that ..." says the clause, not the reporters.
    """

    made_plain = _made_plain(verb)
    if made_plain is not None:
        return made_plain
    clause = _long_clause(verb)
    if clause is not None:
        return clause
    quoted = _QUOTE_RE.search(span_text(sent)) if verb.lemma_.lower() in REPORTING_VERBS else None
    if quoted is not None:
        return sent.start_char + quoted.start(), sent.start_char + quoted.end()
    if verb.lemma_.lower() not in _QUOTE_OBJECT_VERBS:
        obj_end = _long_object_end(verb)
        if obj_end is not None:
            return verb.idx, obj_end
    return sent.start_char, sent.end_char


def _made_plain(verb: Token) -> tuple[int, int] | None:
    """'made it clear that it will not sign': the clause is what was said."""
    plain = next(
        (c for c in children_of(verb) if verb.lemma_.lower() in _MAKING_VERBS and c.lemma_.lower() in PLAIN), None
    )
    if plain is None:
        return None
    said = next((c for c in children_of(plain) if c.dep_ in ("ccomp", "advcl") and _that_clause_of(c)), None)
    return subtree_extent(said) if said is not None else None


def _long_clause(verb: Token) -> tuple[int, int] | None:
    """The verb's clausal complement (a 'that' clause first, then a 'to' clause) of more than 15 characters."""
    for deps in (("ccomp",), ("xcomp",)):
        for child in children_of(verb):
            if child.dep_ in deps and not _another_voice_before(child, verb):
                start, end = subtree_extent(child)
                if end - start > 15:
                    return start, end
    return None


_CLAUSE_BREAKS = frozenset({";"})


def _another_voice_before(clause: Token, verb: Token) -> bool:
    """'Lind said the board would send lawyers; the guild said its crews would stay out unless ...',
    'Velmar accepted the invitation; Rask said she would not go': the parse hangs the clause before
    the semicolon under the verb of saying after it, but it is narration or a voice of its own, never
    what that speaker said. Not inside a quote ('"We will not sign; that is final," Lind said')."""
    if clause.i > verb.i or not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(clause)):
        return False
    doc = verb.doc
    between = doc[clause.right_edge.i + 1 : verb.i]
    if not any(t.text in _CLAUSE_BREAKS for t in between):
        return False
    return not any(t.is_quote for t in doc[clause.left_edge.i : verb.i])


def _long_object_end(verb: Token) -> int | None:
    """Where the verb's first long object or complement after it (over 15 characters) ends."""
    for child in children_of(verb):
        if child.dep_ in ("dobj", "obj", "attr", "acomp", "prep") and child.i > verb.i:
            start, end = subtree_extent(child)
            if end - start > 15:
                return end
    return None


_THAT_COMPLEMENTISERS = word_set("that_complementisers")


def _that_clause_of(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in _THAT_COMPLEMENTISERS for c in children_of(clause))
