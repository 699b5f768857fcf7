"""A stance that holds only on a condition never reads as certain.

A statement that is both stance and condition reads as two points (sides.py): the condition, and the
stance apart from it. 'The fleet stays in port' alone says the opposite of 'the fleet stays in
port till the survey is out'. So the stance keeps the clause it holds on, in the article's words,
when that still reads as another point than the condition; otherwise it holds on its condition
written out as the side's condition line says it ('would reopen the port only if the fines are
paid'), and when even that says the condition again, the stance is left out: a line that points to
a condition it does not say ('only if its condition is met') tells a reader nothing. A condition
listed turned round ('will strike if the wage is not raised' is listed 'the wage is raised') is
written in with the word that reads it that way round ('will strike unless the wage is raised').

The clause is the one the condition stage found (its marker), so every marker it knows ('provided',
'as soon as', 'in return for') keeps its stance whole, wherever the clause stands in the sentence.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from briefing.analysis.doctext import tokens_in
from briefing.analysis.rules.condense.gate import condition_of, lacking, paired, words_of
from briefing.analysis.rules.condense.propositions import lightly_trimmed, stance_core
from briefing.analysis.rules.condense.ranking import MAX_ITEM_WORDS
from briefing.analysis.rules.condense.wording import render
from briefing.analysis.rules.lexicon import pronouns
from briefing.lang import word_keys, word_map, word_set

_NEGATIONS = word_set("negation_words")
_ONLY_WORDS = word_set("only_words")
_THAT_WORDS = word_set("that_complementisers")
# Every marker that opens a condition, one list for the finder and for this module
_MARKERS = word_keys("condition_markers")
# The word that reads a condition listed turned round: 'if ... not' -> 'unless', 'while' -> 'until'
_TURNED_LINKS = word_map("turned_condition_links")

# A stance with its condition may run a little past one point's length; the reader takes it as one
MAX_HELD_OVERRUN = 4  # 20 words at most: the limit a reader tolerates for one point
# Two points of a side sharing this share of their words read as one said twice (brevity's measure)
SAME_POINT_SHARE = 0.6
MAX_SENTENCE_WORDS = MAX_ITEM_WORDS + MAX_HELD_OVERRUN  # a stance's whole sentence, trimmed, as one point
MAX_MARKER_WORDS = 4  # 'but only as long as', 'on the condition that': the longest lead of a clause


def held_on(stance: str, condition: str, statement, marker: int | None = None, polarity: str = "") -> tuple[str, str]:
    """The stance and the condition line, the stance with what it holds on: its condition clause in
    the article's words, else the condition as its line says it ('until the fines are paid'), for
    the stance or, when that runs too long, its bare core. When the stance and its condition say the
    condition line again, the condition line takes the stance in ('would close the harbours unless
    the offer is raised') and the stance is left out (""); when nothing fits, the stance is left out,
    unless it still holds read alone (a refusal, a state kept until its clause ends). The clause is
    the one that starts at `marker` (a character offset) when the condition stage found one, else
    the first clause the stance's verb holds on. A stance that holds on nothing, or that keeps its
    clause already, is as it was."""
    words = _clause_at(statement.sent, marker, statement.verb) if marker is not None else _held_clause(statement)
    if not words or not stance or not _hangs_on(words, stance, statement):
        return stance, condition  # no clause, or one the stance left out: nothing it says holds on it
    lead = _lead(words)
    if _says(stance, lead or words[0].lower_):
        return stance, condition  # 'Valdoria will not sign while X': the stance says it already
    said = (render(words, statement), condition, polarity)
    lines = [line for bare in _stances(stance, statement) for line in _lines(bare, said, words, statement)]
    fitting = next((line for line in lines if _apart(line, condition)), None)
    if fitting is not None:
        return fitting, condition
    return _too_close(stance, lines, words, said, statement)


def _too_close(
    stance: str, lines: list[str], words: list[Token], said: tuple[str, str, str], statement
) -> tuple[str, str]:
    """No line tells the stance apart from its condition: the sentence when it says more, else the
    condition line with the stance in it (`lines`' first), and the stance only when it still holds
    read alone."""
    clause, condition, _ = said
    folded = next(iter(lines), "")  # the stance and its condition say the condition line again
    trimmed = lightly_trimmed(statement) or ""
    if (
        folded
        and _says(trimmed, clause)
        and len(words_of(trimmed)) <= MAX_SENTENCE_WORDS
        and _apart(trimmed, condition)
    ):
        return trimmed, condition  # the sentence, its clause whole, says more than the condition: the stance's line
    # A refusal or a state kept until something ends it ('turned down the levy cap' [until X], 'the
    # strike goes on' [as long as X]) still holds today and reads beside its condition; a step offered
    # or threatened on terms ('would call off the strike' [only if X]) read alone says the opposite, so
    # it is left out.
    held = _refuses(words) or _lead(words).split()[-1:] in ([m.split()[-1]] for m in _HELD_MARKERS)
    return (stance if held else ""), folded or condition


def _lines(bare: str, said: tuple[str, str, str], words: list[Token], statement) -> list[str]:
    """The lines that say a stance with its clause, short enough for one point: the clause in the
    article's words, then the condition written in. None when the clause hangs elsewhere or the parse
    cut it short (its condition line may be cut too). `said` is the clause in words, the condition
    line and the condition's polarity."""
    if not _hangs_on(words, bare, statement) or not _whole_clause(words):
        return []
    clause, condition, polarity = said
    whole = _joined(bare, clause, words)
    written = _written_in(bare, condition, _lead(words), polarity)
    return [line for line in (whole, written) if line and _short(line) and paired(line)]


_REFUSALS = word_set("refusal_verbs")
# Markers of a state kept until its clause ends: 'until', 'while', 'as long as'
_HELD_MARKERS = word_set("held_state_markers") | word_set("while_markers")
_NO_WORDS = word_set("no_determiners")


def _refuses(words: list[Token]) -> bool:
    """The clause hangs on a verb that refuses, is negated or says 'no' of its thing ('will not
    sign', 'ruled out talks', 'there can be no deal')."""
    inside = {t.i for t in words}
    head = next((t.head for t in words if t.head.i not in inside), None)
    chain = [head] if head is not None else []
    while chain and chain[-1].dep_ in ("xcomp", "acomp") and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return any(
        v.lemma_.lower() in _REFUSALS
        or any(c.dep_ == "neg" or c.lower_ in _NEGATIONS for c in v.children)
        or any(g.dep_ == "det" and g.lower_ in _NO_WORDS for c in v.children for g in c.children)
        for v in chain
    )


def _stances(stance: str, statement) -> list[str]:
    """The stance, then its bare core with and without the complement it needs, each once."""
    out: list[str] = []
    for text in (stance, stance_core(statement), stance_core(statement, complete=False)):
        bare = text.rstrip(" ,.;:")
        if bare and bare not in out and len(words_of(bare)) <= len(words_of(stance)):
            out.append(bare)
    return out


def _hangs_on(words: list[Token], stance: str, statement=None) -> bool:
    """The clause hangs on a word the stance keeps ('ready' of 'is ready to talk if X') or on the
    verb that reports it ('said ..., but only if X', as the parse may join it), not on another
    clause of its sentence that the stance left out."""
    inside = {t.i for t in words}
    head = next((t.head for t in words if t.head.i not in inside), None)
    if head is None:
        return False
    reporting = statement is not None and statement.verb is not None and head.i == statement.verb.i
    return reporting or head.lower_ in words_of(stance)


def _joined(bare: str, said: str, words: list[Token]) -> str:
    if words_of(said)[:1] == words_of(bare)[-1:]:
        said = said.split(" ", 1)[-1]  # 'but only (only) as long as ...': the word once
    opens_on_mark = words[0].dep_ in ("mark", "advmod", "prep") or words[0].lower_ in _MARKERS
    return f"{bare} {said[:1].lower() + said[1:] if said[:1].isupper() and opens_on_mark else said}"


def _short(text: str) -> bool:
    return len(words_of(text)) <= MAX_ITEM_WORDS + MAX_HELD_OVERRUN


def _apart(text: str, condition: str) -> bool:
    """The stance line reads as another point than the condition line."""
    return _share(text, condition) < SAME_POINT_SHARE


def _written_in(bare: str, condition: str, lead: str, polarity: str) -> str:
    """The stance and its condition as the condition's own line says it, joined by the clause's
    marker; a condition listed turned round by the word that reads it so ('unless', 'until'). None
    when no marker leads the clause (a phrase, not a clause) or the condition line still says no."""
    if not lead or not condition:
        return ""  # no marker to join them: a phrase, not a clause
    said = condition.rstrip(" .;:")
    if words_of(said)[: len(lead.split())] == lead.split():
        said = said.split(" ", len(lead.split()))[-1]  # a condition line that kept its marker ('Whenever they ...')
    if _says(said, lead):
        return ""  # a condition line that holds its stance already ('X if X if ...')
    negated = bool(set(words_of(said)) & _NEGATIONS)
    if polarity == "ended":
        if negated:
            return ""  # a condition listed turned round that still says no reads the wrong way
        last = lead.split()[-1]
        lead = _TURNED_LINKS.get(last) or _TURNED_LINKS.get("*") or lead
    elif polarity:
        return ""  # a thing refused ('no X') is no clause to hold a stance on
    if lead.split()[0] in words_of(bare)[-1:]:
        lead = lead.split(" ", 1)[-1]  # 'will only sign (only) if ...'
    return f"{bare} {lead} {_lowered(said)}"


def _lowered(text: str) -> str:
    """A line's first word lowered when it is a plain word ('The fines' -> 'the fines'), not a name."""
    first = text.split(" ", 1)[0].lower()
    plain = first in _COMMON_OPENERS or first in _POSSESSIVES
    return text[:1].lower() + text[1:] if plain else text


_COMMON_OPENERS = word_set("articles") | word_set("pointing_determiners") | word_set("their_words")
_POSSESSIVES = pronouns("possessives", lambda p: "possessive" in p.forms)


def _says(stance: str, lead: str) -> bool:
    """Whether the stance holds the lead's words in a row ('only if', 'until')."""
    said, wanted = words_of(stance), words_of(lead)
    return any(said[i : i + len(wanted)] == wanted for i in range(len(said) - len(wanted) + 1))


def _lead(words: list[Token]) -> str:
    """The marker that opens the clause, as the article words it: 'only if', 'as soon as',
    'provided that'. "" when the clause opens on no marker the profile lists."""
    lowered = [t.lower_ for t in words[:MAX_MARKER_WORDS]]
    start = 1 if lowered[:1] and lowered[0] in _ONLY_WORDS else 0
    found = ""
    for end in range(start + 1, len(lowered) + 1):
        if " ".join(lowered[start:end]) in _MARKERS:
            found = " ".join(lowered[:end])
    if found and len(found.split()) < len(words) and words[len(found.split())].lower_ in _THAT_WORDS:
        found += " " + words[len(found.split())].lower_  # 'provided that', 'on condition that'
    return found


def _clause_at(sent: Span, marker: int, verb: Token | None = None) -> list[Token]:
    """The marked clause the condition stage found at `marker`: from its first word ('only' of
    'only if' included) to the end of the clause or phrase the marker opens, wherever it stands
    ('In return for X, the guild will ...'), short of the frame `verb` reports it with."""
    first = next((t for t in tokens_in(sent) if t.idx >= marker), None)
    if first is None:
        return []
    if first.i > sent.start and first.nbor(-1).lower_ in _ONLY_WORDS:
        first = first.nbor(-1)  # 'would sign only if': the clause keeps its 'only'
    node = _clause_head(first, sent)
    if node.head.i == node.i or node.left_edge.i < first.i - 1:
        return []  # the clause would take in the stance itself: not one clause the parse can cut
    end = _before_a_frame(_clause_end(node, sent), first, verb)
    words = [t for t in tokens_in(sent) if first.i <= t.i <= end]
    while words and words[-1].is_punct:
        words.pop()
    return words


def _clause_head(first: Token, sent: Span) -> Token:
    """The word that heads the marked clause and hangs on the stance: the clause's verb ('if X
    happens'), or the phrase the marker opens ('soon' of 'as soon as X', 'in' of 'in return for X')."""
    node = first.nbor(1) if first.lower_ in _ONLY_WORDS and first.i + 1 < sent.end else first
    opens = node.dep_ == "advmod" and node.head.i > node.i and node.head.pos_ in ("VERB", "AUX")
    if node.dep_ == "mark" or opens:  # 'if', or 'whenever' and 'once' as the parse hangs them
        node = node.head
        if node.dep_ in ("aux", "auxpass") and node.head.i > node.i:
            node = node.head
    while node.head.i != node.i and node.head.pos_ not in ("VERB", "AUX", "ADJ"):
        node = node.head
    return node


def _before_a_frame(end: int, first: Token, verb: Token | None) -> int:
    """'if Norland withdraws, Valdoria's envoy said': the parse may hang the frame on the clause;
    the clause ends before the frame's subject."""
    if verb is None or not first.i < verb.i <= end:
        return end
    subjects = [c.left_edge.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > first.i]
    return min(subjects, default=verb.i) - 1


_FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD", "MD"})
MAX_SUBJECT_WORDS = 6  # 'provided the two harbour boards agree': a subject before the clause's verb


def _clause_end(node: Token, sent: Span) -> int:
    """The last word of the clause `node` heads, with the verb the parse hung elsewhere after a
    participle marker's subject ('provided Norland pays', read as 'provided (by) Norland')."""
    end = node.right_edge.i
    doc = node.doc
    participle = node.tag_ in ("VBN", "VBG")  # 'provided', 'providing': a marker the parse may read as a verb
    if participle and not any(t.pos_ in ("VERB", "AUX") and t.i != node.i for t in node.subtree):
        window = doc[end + 1 : min(end + 2 + MAX_SUBJECT_WORDS, sent.end)]
        verb = next((t for t in window if t.tag_ in _FINITE_TAGS), None)
        if verb is not None:
            end = max(end, (verb.head if verb.dep_ == "aux" else verb).right_edge.i)
    return end


def _held_clause(statement) -> list[Token]:
    """The first clause the statement's words hold on ('until ...', 'as long as ...'), as words."""
    start, end = statement.content
    inside = [t for t in tokens_in(statement.sent) if start <= t.idx < end]
    clause = next((c for t in inside for c in t.children if condition_of(t, c) and start <= c.idx < end), None)
    if clause is None:
        return []
    return [t for t in clause.subtree if not t.is_punct or t.i != clause.right_edge.i]


def _whole_clause(words: list[Token]) -> bool:
    """The clause as the parse gives it reads whole: it ends where the article's clause ends (at a
    comma, a full stop, the end), and no word it keeps lacks what it needs ('unless the words phase
    out' of a clause the parse cut short)."""
    doc = words[-1].doc
    after = words[-1].i + 1
    while after < len(doc) and doc[after].is_quote:
        after += 1
    ends = after >= len(doc) or (doc[after].is_punct and not doc[after].is_quote) or doc[after].is_space
    inside = {t.i for t in words}
    hung_on = {t.head.i for t in words if t.head.i not in inside}  # the stance's verb, which the line keeps
    return ends and not [t for t in lacking(words) if t.i not in hung_on]


def _share(a: str, b: str) -> float:
    wa, wb = set(words_of(a)), set(words_of(b))
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


# Markers a missed condition may hide behind: every marker the finder knows that is more than a time
# word ('when', 'after'), and 'first' as an adverb ('withdraw the notice first, then we talk')
_TIME_WORDS = word_set("temporal_only") | word_set("own_action_marks")
_FIRST_WORDS = word_set("first_step_words")


def conditions_unread(sentences: list[Span]) -> bool:
    """Whether a side's sentences hold a word that may open a condition the analysis did not read:
    then a brief with no precondition for the side does not claim that none is stated."""
    marks = [m.split() for m in _MARKERS if m not in _TIME_WORDS]
    if sentences and not all(marks):
        return True  # an empty marker is found anywhere
    by_first: dict[str, list[list[str]]] = {}  # each marker tried only where its first word stands
    for m in marks:
        by_first.setdefault(m[0], []).append(m)
    for sent in sentences:
        words = [t.lower_ for t in tokens_in(sent)]
        if any(words[i : i + len(m)] == m for i, w in enumerate(words) for m in by_first.get(w, ())):
            return True
        if any(t.lower_ in _FIRST_WORDS and t.dep_ == "advmod" for t in tokens_in(sent)):
            return True
    return False
