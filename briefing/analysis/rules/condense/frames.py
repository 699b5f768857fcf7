"""The attribution frame taken off a statement: the content tokens of what was said ('X said that ...'
gives the clause), the reporting verbs chained in one clause, the clauses joined to it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from briefing.analysis.doctext import (
    children_of,
    dateline_spans,
    lower_lemmas_of,
    lower_words_of,
    sentence_of,
    text_of,
    tokens_from,
    tokens_in,
)
from briefing.analysis.rules.condense.addressed import without_address
from briefing.analysis.rules.condense.wording import SUBJECT_DEPS
from briefing.analysis.rules.grammar import conjunct_left_out, inverted_if
from briefing.analysis.rules.lexicon import REPORTING_VERBS
from briefing.lang import word_keys, word_set

MAX_FRAMES = 4  # attribution frames looked at in one clause; a runaway sentence may chain thousands


def content_tokens(statement, marker: int | None, span: tuple[int, int] | None) -> list[Token]:
    sent: Span = statement.sent
    if marker is not None:
        end = _attribution_start(statement, marker)
        tokens = [t for t in _condition_clause(sent, marker) if t.idx < end]
    else:
        tokens = _said_words(statement, span)
    return without_dateline(tokens)


def sentence_words(sent: Span) -> list[Token]:
    """The words of a whole sentence, without a dateline that opens it ('CITY, date (Agency) —')."""
    return without_dateline(list(sent))


def without_dateline(tokens: list[Token]) -> list[Token]:
    if not tokens:
        return tokens
    datelines = dateline_spans(text_of(tokens[0].doc))
    if not datelines:
        return tokens  # most articles open with none
    return [t for t in tokens if not any(s <= t.idx < e for s, e in datelines)]


def _said_words(statement, span: tuple[int, int] | None) -> list[Token]:
    """The words of the span (else of what the statement says) before its attribution, with a
    clause joined to the reporting verb when the whole statement is taken."""
    start, end = span or statement.content
    gainsaid = _gainsaid_from(statement) if span is None else None
    if gainsaid is not None:
        start = min(start, gainsaid)
    end = min(end, _attribution_start(statement, start))
    tokens = tokens_from(statement.sent, start, end)
    if span is None and statement.verb is not None and is_reporting(statement.verb):
        tokens = _with_joined_clauses(tokens, statement.verb)
    if span is None and statement.verb is not None and tokens:
        tokens = _with_turning_clause(tokens, statement.verb)
    return tokens


_BUT_WORDS = word_set("but_words")


def _with_turning_clause(tokens: list[Token], verb: Token) -> list[Token]:
    """'had planned to open the quay in May [but has put it off]', 'would take the audit [but will never
    sign the quota]': a clause that 'but' or 'yet' joins to the statement's verb, with no subject of
    its own, turns what the statement says; the point keeps it (fitting never prunes it), else the
    line reads as the opposite of what was said. A clause with its own subject ('but the union
    refused') is another's act, and stays out."""
    last = max(t.i for t in tokens)
    heads = [verb, *(t for t in tokens if t.pos_ in ("VERB", "AUX") and t.dep_ != "conj")]
    keep = {t.i for t in tokens}
    for head in heads:
        for clause in children_of(head):
            if clause.i > last and turns(head, clause):
                but = next(c for c in children_of(head) if _a_but(head, c, clause))
                keep |= {t.i for t in clause.subtree} | {but.i}
    if len(keep) == len(tokens):
        return tokens
    return [t for t in tokens_in(sentence_of(verb)) if t.i in keep]


def turns(head: Token, clause: Token) -> bool:
    """A verb 'but' joins to `head`, sharing its subject ('had planned to open the quay in May but has
    put it off'): it turns what the first clause says. Read by the frames and by the cuts (`fitting`)."""
    if clause.dep_ != "conj" or clause.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in SUBJECT_DEPS for c in children_of(clause)):
        return False
    return any(_a_but(head, c, clause) for c in children_of(head))


def _a_but(head: Token, c: Token, clause: Token) -> bool:
    """'but' right before the clause ('but has put it off'), not one that opened another clause."""
    return c.dep_ == "cc" and c.lower_ in _BUT_WORDS and head.i < c.i and clause.left_edge.i == c.i + 1


def _with_joined_clauses(tokens: list[Token], verb: Token) -> list[Token]:
    """'X said A, but we are open to B': the clause joined to the reporting verb is said too."""
    keep = {t.i for t in tokens} | _joined_clauses(verb)
    return [t for t in tokens_in(sentence_of(verb)) if t.i in keep]


_MARKER_DEPS = word_set("grammar/marker_deps")


def _condition_clause(sent: Span, marker: int) -> list[Token]:
    """The clause a condition marker opens: 'only if Valdoria withdraws' in 'talks resume only if ...'."""
    after = tokens_from(sent, marker)
    if not after:
        return []
    tok = after[0]
    if inverted_if(tok) and tok.dep_ == "advcl":
        return list(tok.subtree)  # "Were the guild to strike": the auxiliary heads its own clause
    joining = _joining_word(after)
    holder = _phrase_holder(after, joining)
    if holder is not None:
        # "As long as A and B, ...": the parser hangs the clause and its second conjunct on 'long'
        return [t for t in holder.subtree if t.i >= tok.i]
    head = _verb_a_marker_opens(joining)
    if head.i != tok.i and head.dep_ in ("advcl", "ccomp", "pcomp", "acl"):
        # "only if A withdraws and B's border is restored": a second conjunct hung elsewhere stays
        words = {t.i for t in head.subtree if t.i >= tok.i} | {t.i for t in conjunct_left_out(head)}
        words |= {t.i for t in after if t.i <= joining.i}  # the marker phrase, wherever the parser hung it
        return [t for t in sent if t.i in words]
    return after


_CONDITION_MARKERS = word_keys("condition_markers")
MAX_MARKER_WORDS = 3  # "so long as", "as long as": the longest phrase that opens a condition


def _joining_word(after: list[Token]) -> Token:
    """The word of a marker phrase that joins its clause: the last 'as' of a fronted 'As long as
    Norland keeps its boats there, ...', whose first words the parser hangs on the main verb."""
    for i, tok in enumerate(after[:MAX_MARKER_WORDS]):
        phrase = " ".join(t.lower_ for t in after[: i + 1])
        if i > 0 and tok.dep_ == "mark" and phrase in _CONDITION_MARKERS:
            return tok
    return after[0]


def _phrase_holder(after: list[Token], joining: Token) -> Token | None:
    """The word of a marker phrase that holds its clause ('long' of 'as long as X'), when the parser
    hangs the clause on it rather than on the joining word's verb."""
    if joining.i == after[0].i:
        return None
    phrase = {t.i for t in after if t.i <= joining.i}
    tops = [t for t in after if t.i in phrase and t.i != joining.i and t.head.i not in phrase]
    if len(tops) != 1 or joining.head.head.i != tops[0].i:
        return None
    return tops[0]


def _verb_a_marker_opens(tok: Token) -> Token:
    """'only' -> 'if' -> the verb of the clause it opens; 'Should' -> its verb."""
    head = tok
    while head.dep_ in _MARKER_DEPS and head.head.i != head.i and head.i < head.head.i:
        head = head.head
    return head


def _attribution_start(statement, content_start: int) -> int:
    """Where a trailing ', Trade Minister X said on Tuesday' begins, so the point leaves it out."""
    verb = statement.verb
    if verb is None or not statement.reported or verb.dep_ != "ROOT" or verb.idx <= content_start:
        return statement.sent.end_char  # a party's own act is what it said, not a frame around it
    subject = [t for c in verb.children if c.dep_ in SUBJECT_DEPS for t in c.subtree]
    first = min([verb.idx, *(t.idx for t in subject)])
    return first if first > content_start else statement.sent.end_char


_VERB_POS = ("VERB", "AUX")


_GAINSAYING_VERBS = word_set("gainsaying_verbs")


def is_reporting(tok: Token) -> bool:
    """A verb of saying whose frame can go: not one that says the opposite of its clause ('denied that ...')."""
    lemma = lower_lemmas_of(tok.doc)[tok.i]
    return lemma in REPORTING_VERBS and lemma not in _GAINSAYING_VERBS and tok.pos_ in _VERB_POS


def _gainsaid_from(statement) -> int | None:
    """'Ostrin has denied that the report shows fraud': the clause alone would say the report shows
    fraud, so what was said starts at the one who denies it; so too for a frame that is the point
    ('has not confirmed that ...', 'did not explain why ...')."""
    verb = statement.verb
    said = next((c for c in verb.children if c.dep_ == "ccomp"), None) if verb is not None else None
    if said is None:
        return None
    if lower_lemmas_of(verb.doc)[verb.i] not in _GAINSAYING_VERBS and not _frame_is_the_point(verb, said):
        return None
    return min(t.idx for t in verb.subtree if t.i <= verb.i)


_THAT_COMPLEMENTISERS = word_set("that_complementisers")


def without_frame(tokens: list[Token], statement) -> list[Token]:
    """Drop 'X said (that)', 'according to X', a trailing ', X added' and what is said to "you" from the words."""
    keep = {t.i for t in tokens}
    frames = 0
    words = lower_words_of(statement.sent.doc)
    for tok in tokens:
        if tok.i not in keep or frames >= MAX_FRAMES:
            continue
        if words[tok.i] != "according" and not is_reporting(tok):
            continue  # no frame opens here
        if _joined_to_a_kept_act(tok, keep):
            continue  # "met the envoy and they promised to ...": the second clause of the point, no frame
        frames += 1
        keep = _less_frame(tok, keep, tokens[0].i)
    # "we can assure you that ...": what a speaker tells the listener has no frame in the point either
    return without_address(_without_opening_that([t for t in tokens if t.i in keep]))


def _joined_to_a_kept_act(verb: Token, keep: set[int]) -> bool:
    """'We met the envoy and they promised to pay': a verb of saying joined to a kept verb that says
    nothing, with its own subject and an infinitive (a pledge, not a report), is a second clause of
    the point; cut as a frame, it leaves 'and to pay' hanging. One that reports a clause ('and the
    guards warned that ...') is another point, which `without_second_report` leaves out."""
    head = verb.head
    if verb.dep_ != "conj" or head.i not in keep or head.i == verb.i or is_reporting(head):
        return False
    own_subject = any(c.dep_ in SUBJECT_DEPS and c.i > head.i for c in verb.children)
    kinds = {c.dep_ for c in verb.children}
    if not kinds & SUBJECT_DEPS:
        # 'would obey but would ask the judges to narrow the ruling': the same subject's second act,
        # not a frame; cut as one, it leaves 'obey but to narrow the ruling'
        return "xcomp" in kinds and "ccomp" not in kinds
    return own_subject and "xcomp" in kinds and "ccomp" not in kinds


def _without_opening_that(words: list[Token]) -> list[Token]:
    """'(said) that the talks failed' -> 'the talks failed'."""
    while words and words[0].dep_ == "mark" and words[0].lower_ in _THAT_COMPLEMENTISERS:
        words = words[1:]
    return words


_ACCORDING_WORDS = word_set("according_words")


def _less_frame(tok: Token, keep: set[int], first: int) -> set[int]:
    """The words kept once the frame `tok` opens, if any, is taken out."""
    if tok.lower_ in _ACCORDING_WORDS and tok.dep_ == "prep":
        return keep - {t.i for t in tok.subtree}
    if _asks_for_a_thing(tok):
        return keep  # "is asking for a cut", "insists on a veto": the stance itself, no frame
    return _less_reporting_frame(tok, keep, first) if is_reporting(tok) else keep


_DEMAND_PREPOSITIONS = word_set("demand_prepositions")


_ON_PREPOSITIONS = word_set("on_prepositions")


def _asks_for_a_thing(verb: Token) -> bool:
    """A verb of speech that takes what is asked for by a preposition and says nothing else."""
    if any(c.dep_ in ("ccomp", "dobj") for c in verb.children):
        return False
    asked = [c for c in verb.children if _asks_by(c)]
    # "called on the council to meet": the one called on and the action stay together
    return bool(asked) and (not any(c.dep_ == "xcomp" for c in verb.children) or asked[0].lower_ in _ON_PREPOSITIONS)


def _asks_by(prep: Token) -> bool:
    """A preposition of demanding ('for', 'on') that takes no date: not 'agreed on Tuesday to ...'."""
    if prep.dep_ != "prep" or prep.lower_ not in _DEMAND_PREPOSITIONS:
        return False
    return not any(o.ent_type_ in ("DATE", "TIME") for o in prep.children)


def _less_reporting_frame(tok: Token, keep: set[int], first: int) -> set[int]:
    content = next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp") and c.i in keep), None)
    if content is not None and _frame_is_the_point(tok, content):
        return keep
    if content is not None:
        return _around_what_is_said(tok, content, keep)
    if tok.dep_ in ("parataxis", "ROOT") and tok.head.i != tok.i:
        return keep - {t.i for t in tok.subtree}  # '..., he added, ...'
    if _closes_what_it_does_not_govern(tok, keep, first):
        # '... out of the bay, Vidal said': the speaker and verb closing a clause they do not govern
        return keep - ({tok.i} | _subject_words(tok))
    return keep


_INDIRECT_QUESTION_MARKS = word_set("question_marks")  # whether, if


def _frame_is_the_point(verb: Token, content: Token) -> bool:
    """'did not explain why it withdrew', 'has not confirmed that it will attend', 'asked whether the
    port would reopen': a frame that is negated, or whose clause is a question, says the point; the
    clause alone would state what nobody said ('It will attend') or ask it ('Why it withdrew')."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    first = content.left_edge
    if first.i < verb.i or first.head.i != content.i or content.dep_ != "ccomp":
        return False  # 'which the league says is biased': a relative word; 'believes if A, B': A's 'if'
    wh_word = first.tag_ in ("WRB", "WP") or (first.tag_ == "WDT" and first.lower_ not in _THAT_COMPLEMENTISERS)
    return wh_word or (first.dep_ == "mark" and first.lower_ in _INDIRECT_QUESTION_MARKS)


def _subject_words(verb: Token) -> set[int]:
    """The indices of the verb's subject phrase: 'Vidal', 'the ministry's spokesman'."""
    return {t.i for c in verb.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}


def _around_what_is_said(tok: Token, content: Token, keep: set[int]) -> set[int]:
    """The words kept without the frame around the reporting verb's complement (and joined clauses)."""
    inside = {t.i for t in content.subtree} | _joined_clauses(tok)
    frame = span_of_tokens(tok)
    return {i for i in keep if i in inside or i not in frame}


def _closes_what_it_does_not_govern(tok: Token, keep: set[int], first: int) -> bool:
    """A reporting verb after the words kept, none of which is its complement or object."""
    return tok.dep_ in ("ROOT", "parataxis") and tok.i > first and not any(c.i in keep for c in _said(tok))


def told_to_act(clause: Token) -> bool:
    """An infinitive with a subject of its own: 'the board to resign', 'the cuts to be scrapped'."""
    if clause.dep_ not in ("ccomp", "xcomp") or clause.head.i == clause.i:
        return False
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in clause.children
    )


def _joined_clauses(verb: Token) -> set[int]:
    """'said X, but we are open to Y': the clause joined to the reporting verb is said too."""
    inside: set[int] = set()
    for clause in children_of(verb):
        if clause.dep_ == "conj" and clause.pos_ in ("VERB", "AUX") and not is_reporting(clause):
            inside |= {t.i for t in clause.subtree} | {c.i for c in children_of(verb) if c.dep_ == "cc"}
    return inside


def _said(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "dobj")]


def span_of_tokens(head: Token) -> range:
    """Token indices of a head's subtree (projective parses: from its left edge to its right edge)."""
    return range(head.left_edge.i, head.right_edge.i + 1)


def ends_a_marker(tok: Token) -> bool:
    """The last word of a marker phrase: 'as' of 'as long as', 'so long as'."""
    return _phrase_start(tok) is not None


def _phrase_start(tok: Token) -> int | None:
    """Where the marker phrase that ends on this word starts, longest first."""
    doc = tok.doc
    for width in range(MAX_MARKER_WORDS - 1, 0, -1):
        first = tok.i - width
        if first >= 0 and " ".join(t.lower_ for t in doc[first : tok.i + 1]) in _CONDITION_MARKERS:
            return first
    return None


def marked_clause_words(tok: Token) -> set[int]:
    """The words of the clause a marker opens (an inverted auxiliary heads its own), with the words
    of its marker phrase the parser hangs on the main verb ('As long' of a fronted 'As long as X, ...')."""
    head = tok if tok.dep_ == "advcl" else tok.head
    words = {t.i for t in head.subtree}
    first = _phrase_start(tok)
    if first is None:
        return words
    if first <= head.head.i < tok.i:
        return {t.i for t in head.head.subtree}  # "As long as A and B, ...": both hang on 'long'
    return words | set(range(first, tok.i))
