"""Items as propositions: what a side does or wants, in at most twenty words.

The text of a position or precondition is rebuilt from the parse of its sentence:
the attribution frame ("X said", "according to X"), discourse connectives
("But", "Meanwhile") and parentheticals go; negation, modality and the object
stay; a leading pronoun becomes the name it stands for. A clause that is still
too long loses its optional parts (relative clauses, appositions, adverbials)
until the main predicate with its object remains. Nothing is ever cut with an
ellipsis, and the evidence is never touched: only the words shown change.
"""

from __future__ import annotations

import difflib
import functools
import re

from spacy.tokens import Span, Token

from briefing.analysis.doctext import (
    dateline_spans,
    lower_lemmas_of,
    lower_words_of,
    sentence_of,
    text_of,
    tokens_from,
    tokens_in,
)
from briefing.analysis.rules.conditions import inverted_if
from briefing.analysis.rules.lexicon import REPORTING_VERBS
from briefing.lang import word_map, word_set

CONDITION_MARKERS = frozenset(word_map("condition_markers"))

MAX_ITEM_WORDS = 16  # aim well below the 20-word limit a reader tolerates for one point
MAX_PRUNABLE_WORDS = 150  # longer clauses go straight to their core proposition
MAX_FRAMES = 4  # attribution frames looked at in one clause; a runaway sentence may chain thousands
MIN_POINT_WORDS = 4  # fewer words than this is no point: fall back to the whole sentence
MIN_CONDITION_WORDS = 2  # "if talks resume": a condition may be short

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Sentence openers that tie a sentence to the one before it; alone they leave an item dangling.
CONNECTIVES = word_set("connectives")
# Hedges and reporter's framing that carry no stance.
HEDGES = word_set("hedges")
# Words that open a condition clause and add nothing once the item is labelled a condition.
_CONDITION_OPENERS = re.compile(
    r"^(?:"
    + "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in sorted(CONDITION_MARKERS, key=len, reverse=True))
    + r")(?:\s+that)?\s+",
    re.IGNORECASE,
)
# Markers of a conditional clause inside a stance: the position leaves them to the precondition.
_CONDITION_MARKS = frozenset({"if", "unless", "provided", "providing", "once", "until"})
# Optional parts of a clause, pruned in this order when it is too long.
_PRUNE_ORDER = (
    ("relcl", "appos", "acl"),
    ("parataxis", "npadvmod", "dep", "intj"),
    ("advcl",),
    ("advmod",),
    ("prep",),
    ("conj", "cc"),
    ("ccomp",),
)
# What a clause must keep: its predicate, subject, object, negation and modality.
_CORE_DEPS = frozenset(
    {"nsubj", "nsubjpass", "neg", "aux", "auxpass", "dobj", "attr", "acomp", "xcomp", "prt", "oprd", "dative"}
)
_NP_CORE_DEPS = frozenset({"det", "compound", "amod", "poss", "nummod", "case", "pobj", "prep", "neg"})
# A predicate's core follows a clausal complement down; a kept argument keeps its short modifiers.
_PREDICATE_CORE_DEPS = _CORE_DEPS | {"ccomp", "mark"}
_ARGUMENT_CORE_DEPS = _NP_CORE_DEPS | {"advmod"}
# Agreement after a plural pronoun is replaced by a (singular) name: "we are" -> "Norland is".
_SINGULAR = {
    "are": "is",
    "were": "was",
    "have": "has",
    "do": "does",
    "am": "is",
    "'re": "is",
    "’re": "’s",
    "'ve": "has",
    "’ve": "’s",
    "'m": "is",
    "’m": "’s",
}
_KEEP_ADVERBS = frozenset({"not", "never", "only", "how", "why", "where", "when", "no", "longer"})
_AFTER_NAMED = {"we": "it", "us": "it", "our": "its", "ours": "its"}
_PERSON_PRONOUNS = frozenset({"he", "she", "i"})
_GROUP_PRONOUNS = frozenset({"we", "they", "it", "us"})
_POSSESSIVES = frozenset({"his", "her", "their", "its", "our", "my"})
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
# The words `_named` may put a name (or "The") for; any other word stays as it is written.
_NAMEABLE = _PERSON_PRONOUNS | _GROUP_PRONOUNS | _POSSESSIVES | _DEMONSTRATIVES
_VAGUE_SUBJECTS = _DEMONSTRATIVES | {"which", "who", "it", "they", "he", "she"}
# A party "is" these: "it is ready to talk" speaks of the party; "it is a long road" and "it is
# plain that ..." use an empty "it", which no party's name may replace.
_PARTY_STATES = word_set("stance_adjectives")


def _dummy_it(tok: Token) -> bool:
    if tok.lower_ != "it":
        return False
    if tok.dep_ == "expl":
        return True
    head = tok.head
    return _is_be(head) and not any(c.dep_ == "acomp" and c.lemma_.lower() in _PARTY_STATES for c in head.children)


def _is_be(verb: Token) -> bool:
    return verb.lemma_ == "be" or verb.lower_ in ("’s", "'s")  # the model leaves a curly "’s" unlemmatised


def condensed(statement, marker: int | None = None, span: tuple[int, int] | None = None) -> str:
    """The point of a statement in at most twenty words.

    With `marker`, the condition that starts there (the precondition); with `span`, the clause
    given; otherwise what was said, without any conditional clause it holds (the position)."""
    sent: Span = statement.sent
    is_condition = marker is not None or span is not None
    tokens = _content_tokens(statement, marker, span)
    if marker is None:
        tokens = _with_subject_and_modality(tokens)
    tokens = _without_frame(tokens, statement)
    if marker is None and span is None:
        tokens = _without_condition_clauses(_before_condition_marker(tokens))
    if span is not None:
        tokens = _demanded_thing(tokens)
    tokens = _without_asides(tokens)
    tokens = _strip_openers(tokens)
    if _word_count(tokens) < (MIN_CONDITION_WORDS if is_condition else MIN_POINT_WORDS):
        tokens = _strip_openers(_without_asides(_without_frame(list(sent), statement)))
    if is_condition:
        tokens = _without_condition_opener(tokens)
    tokens = _fit(_without_vague_subject(tokens, statement))
    text = _render(tokens, statement)
    return _capitalise(_balanced_quotes(without_edges(text)))


# --- which words ----------------------------------------------------------------------------------


def _content_tokens(statement, marker: int | None, span: tuple[int, int] | None) -> list[Token]:
    sent: Span = statement.sent
    if marker is not None:
        end = _attribution_start(statement, marker)
        tokens = [t for t in _condition_clause(sent, marker) if t.idx < end]
    else:
        start, end = span or statement.content
        end = min(end, _attribution_start(statement, start))
        tokens = tokens_from(sent, start, end)
        if span is None and statement.verb is not None and _is_reporting(statement.verb):
            tokens = _with_joined_clauses(tokens, statement.verb)
    datelines = dateline_spans(text_of(sent.doc))
    if not datelines:
        return tokens  # most articles open with none
    return [t for t in tokens if not any(s <= t.idx < e for s, e in datelines)]


_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "neg"})
_DEMAND_VERBS = frozenset({"demand", "require", "want", "seek", "need", "insist", "call", "ask", "set"})


def _with_subject_and_modality(tokens: list[Token]) -> list[Token]:
    """What was done, with who does it and how surely: 'accept a deal' -> 'Norland may accept a deal';
    'to halve tariffs' (after 'offered') -> 'Valdoria offered to halve tariffs'."""
    main = _main_predicate(tokens)
    if main is None or main.pos_ not in ("VERB", "AUX"):
        return tokens
    keep = {t.i for t in tokens}
    heads = [main]
    if main.dep_ == "xcomp" and not _is_reporting(main.head):
        heads.append(main.head)
        keep.add(main.head.i)
    for head in heads:
        for child in head.children:
            if child.dep_ in _ARGUMENT_DEPS and child.i < head.i:
                keep |= {t.i for t in child.subtree}
    low, high = min(keep), max(keep)
    sent = sentence_of(main)
    first = tokens[0].i
    return [t for t in tokens_in(sent) if t.i in keep or (low <= t.i <= high and t.i > first)]


def _demanded_thing(tokens: list[Token]) -> list[Token]:
    """'Valdoria demanded the release of the crews as a condition' -> 'the release of the crews'."""
    main = _main_predicate(tokens)
    if main is None or main.lemma_.lower() not in _DEMAND_VERBS:
        return tokens
    thing = next((c for c in main.children if c.dep_ in ("dobj", "ccomp", "xcomp")), None)
    if thing is None:
        return tokens
    label = {t.i for p in thing.subtree if p.lower_ == "as" and _names_condition(p) for t in p.subtree}
    given = {x.i for x in tokens}
    kept = [t for t in thing.subtree if t.i in given and t.i not in label]
    return kept if _word_count(kept) >= MIN_CONDITION_WORDS else tokens


def _names_condition(prep: Token) -> bool:
    """'as a condition', 'as a precondition for talks': a label, not part of the demand."""
    return any(c.lemma_.lower() in ("condition", "precondition", "prerequisite") for c in prep.children)


def _with_joined_clauses(tokens: list[Token], verb: Token) -> list[Token]:
    """'X said A, but we are open to B': the clause joined to the reporting verb is said too."""
    keep = {t.i for t in tokens} | _joined_clauses(verb)
    return [t for t in tokens_in(sentence_of(verb)) if t.i in keep]


_MARKER_DEPS = frozenset({"advmod", "mark", "prep", "amod", "aux", "auxpass"})


def _condition_clause(sent: Span, marker: int) -> list[Token]:
    """The clause a condition marker opens: 'only if Valdoria withdraws' in 'talks resume only if ...'."""
    after = tokens_from(sent, marker)
    if not after:
        return []
    tok = after[0]
    if inverted_if(tok) and tok.dep_ == "advcl":
        return list(tok.subtree)  # "Were the guild to strike": the auxiliary heads its own clause
    head = tok
    while head.dep_ in _MARKER_DEPS and head.head.i != head.i and head.i < head.head.i:
        head = head.head  # "only" -> "if" -> the verb of the clause it opens; "Should" -> its verb
    if head.i != tok.i and head.dep_ in ("advcl", "ccomp", "pcomp", "acl"):
        return [t for t in head.subtree if t.i >= tok.i]
    return after


def _attribution_start(statement, content_start: int) -> int:
    """Where a trailing ', Trade Minister X said on Tuesday' begins, so the point leaves it out."""
    verb = statement.verb
    if verb is None or not statement.reported or verb.dep_ != "ROOT" or verb.idx <= content_start:
        return statement.sent.end_char  # a party's own act is what it said, not a frame around it
    subject = [t for c in verb.children if c.dep_ in _SUBJECT_DEPS for t in c.subtree]
    first = min([verb.idx, *(t.idx for t in subject)])
    return first if first > content_start else statement.sent.end_char


_VERB_POS = ("VERB", "AUX")


def _is_reporting(tok: Token) -> bool:
    return lower_lemmas_of(tok.doc)[tok.i] in REPORTING_VERBS and tok.pos_ in _VERB_POS


def _without_frame(tokens: list[Token], statement) -> list[Token]:
    """Drop 'X said (that)', 'according to X' and a trailing ', X added' from the words."""
    keep = {t.i for t in tokens}
    frames = 0
    words = lower_words_of(statement.sent.doc)
    for tok in tokens:
        if tok.i not in keep or frames >= MAX_FRAMES:
            continue
        if words[tok.i] != "according" and not _is_reporting(tok):
            continue  # no frame opens here
        frames += 1
        keep = _less_frame(tok, keep, tokens[0].i)
    words = [t for t in tokens if t.i in keep]
    while words and words[0].dep_ == "mark" and words[0].lower_ == "that":
        words = words[1:]
    return words


def _less_frame(tok: Token, keep: set[int], first: int) -> set[int]:
    """The words kept once the frame `tok` opens, if any, is taken out."""
    if tok.lower_ == "according" and tok.dep_ == "prep":
        return keep - {t.i for t in tok.subtree}
    return _less_reporting_frame(tok, keep, first) if _is_reporting(tok) else keep


def _less_reporting_frame(tok: Token, keep: set[int], first: int) -> set[int]:
    content = next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp") and c.i in keep), None)
    if content is not None:
        inside = {t.i for t in content.subtree} | _joined_clauses(tok)
        frame = _span_of(tok)
        return {i for i in keep if i in inside or i not in frame}
    if tok.dep_ in ("parataxis", "ROOT") and tok.head.i != tok.i:
        return keep - {t.i for t in tok.subtree}  # '..., he added, ...'
    if tok.dep_ in ("ROOT", "parataxis") and tok.i > first and not any(c.i in keep for c in _said(tok)):
        # '... out of the bay, Vidal said': the speaker and verb closing a clause they do not govern
        return keep - ({tok.i} | {t.i for c in tok.children if c.dep_ in _SUBJECT_DEPS for t in c.subtree})
    return keep


def _joined_clauses(verb: Token) -> set[int]:
    """'said X, but we are open to Y': the clause joined to the reporting verb is said too."""
    inside: set[int] = set()
    for clause in verb.children:
        if clause.dep_ == "conj" and clause.pos_ in ("VERB", "AUX") and not _is_reporting(clause):
            inside |= {t.i for t in clause.subtree} | {c.i for c in verb.children if c.dep_ == "cc"}
    return inside


def _said(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "dobj")]


def _without_condition_clauses(tokens: list[Token]) -> list[Token]:
    """A stance without its 'if ...' clause: that clause is the precondition's text."""
    keep = {t.i for t in tokens}
    for tok in tokens:
        marked = tok.dep_ == "mark" and tok.lower_ in _CONDITION_MARKS and tok.head.dep_ == "advcl"
        if marked or inverted_if(tok):
            clause = {t.i for t in (tok if tok.dep_ == "advcl" else tok.head).subtree}
            rest = keep - clause
            if sum(1 for t in tokens if t.i in rest and t.is_alpha) >= MIN_POINT_WORDS:
                keep = rest
    return [t for t in tokens if t.i in keep]


def _without_asides(tokens: list[Token]) -> list[Token]:
    """Drop bracketed asides and hedges: '(a port city of 40,000)', 'reportedly'."""
    out: list[Token] = []
    depth = 0
    for t in tokens:
        if t.text in ("(", "["):
            depth += 1
            continue
        if t.text in (")", "]"):
            depth = max(0, depth - 1)
            continue
        if depth or (t.lower_ in HEDGES and t.dep_ == "advmod"):
            continue
        out.append(t)
    return out


def _strip_openers(tokens: list[Token]) -> list[Token]:
    """No item opens on a connective, a conjunction, punctuation or 'that'."""
    while tokens:
        first = tokens[0]
        low = first.lower_
        if first.is_punct or first.is_space or first.dep_ == "cc" or low in CONNECTIVES or low in HEDGES:
            if low in CONNECTIVES and first.dep_ in ("advcl", "prep") and len(list(first.subtree)) > 1:
                drop = {t.i for t in first.subtree}  # "Meanwhile, ..." vs "Earlier this week, ..."
                tokens = [t for t in tokens if t.i not in drop]
            else:
                tokens = tokens[1:]
            continue
        if first.dep_ == "mark" and low in ("that", "whether"):
            tokens = tokens[1:]
            continue
        break
    return tokens


def _without_condition_opener(tokens: list[Token]) -> list[Token]:
    """'only if Valdoria withdraws' -> 'Valdoria withdraws': the label already says it is a condition."""
    head = " ".join(t.lower_ for t in tokens[:5]) + " "
    found = _CONDITION_OPENERS.match(head)
    if not found:
        return tokens
    rest = tokens[len(found.group(0).split()) :]
    return rest if _word_count(rest) >= MIN_CONDITION_WORDS else tokens


def _without_vague_subject(tokens: list[Token], statement) -> list[Token]:
    """A subject that points back ('This', 'That', 'which') names nothing on its own line.

    'This is a costly delay' -> 'A costly delay'; 'That included a pay rise' -> 'Included a pay rise'."""
    if not tokens or tokens[0].lower_ not in _VAGUE_SUBJECTS or tokens[0].dep_ not in _SUBJECT_DEPS:
        return tokens
    if _named(tokens[0], statement, first=True) != tokens[0].text:
        return tokens  # 'He' becomes the speaker's name instead
    rest = _after_vague_subject(tokens, tokens[0].head)
    return rest if _word_count(rest) >= MIN_CONDITION_WORDS else tokens


def _complement_and_claim(verb: Token) -> tuple[Token | None, Token | None]:
    """What follows 'be' ('a costly delay'), and a clause it frames ('plain that the gap remains')."""
    complement = next((c for c in verb.rights if c.dep_ in ("attr", "acomp", "prep")), None)
    frames = [*(complement.children if complement is not None else []), *verb.children]
    claim = next((c for c in frames if c.dep_ == "ccomp" and c.i > verb.i), None)
    return complement, claim


def _after_vague_subject(tokens: list[Token], verb: Token) -> list[Token]:
    complement, claim = _complement_and_claim(verb)
    if _is_be(verb) and claim is not None:
        # "It is plain that the gap remains" -> "The gap remains": the claim, not its frame
        said = {x.i for x in claim.subtree}
        return [t for t in tokens if t.i in said and t.dep_ != "mark"]
    if _is_be(verb) and complement is not None:
        start = min(t.i for t in complement.subtree)
        return [t for t in tokens if t.i >= start]
    return [t for t in tokens[1:] if not t.is_punct or t.i > verb.i]


# --- fitting in twenty words ----------------------------------------------------------------------


def _word_count(tokens: list[Token]) -> int:
    return sum(1 for t in tokens if not t.is_punct and not t.is_space)


def _main_predicate(tokens: list[Token]) -> Token | None:
    inside = {t.i for t in tokens}
    tops = [t for t in tokens if (head := t.head.i) == t.i or head not in inside]
    return next((t for t in tops if t.pos_ in ("VERB", "AUX")), tops[0] if tops else None)


def _fit(tokens: list[Token]) -> list[Token]:
    """Prune optional parts, largest first, until the clause fits; at worst keep the core proposition."""
    if _word_count(tokens) <= MAX_ITEM_WORDS:
        return tokens
    main = _main_predicate(tokens)
    if main is None:
        return tokens[:MAX_ITEM_WORDS]
    # A too-long sentence of several clauses: keep the one around the main predicate.
    clause = _span_of(main)
    tokens = [t for t in tokens if t.i in clause] or tokens
    if _word_count(tokens) > MAX_PRUNABLE_WORDS:
        return _tidy_edges(_core(main, tokens))  # a runaway sentence: pruning it piece by piece is too slow
    for deps in _PRUNE_ORDER:
        tokens = _pruned(tokens, deps, main)
        if _word_count(tokens) <= MAX_ITEM_WORDS:
            return _tidy_edges(tokens)
    return _tidy_edges(_core(main, tokens))


def _pruned(tokens: list[Token], deps: tuple[str, ...], main: Token) -> list[Token]:
    """Drop the largest parts hanging by `deps`, one at a time, until the words fit or none is left."""
    while _word_count(tokens) > MAX_ITEM_WORDS:
        inside = {t.i for t in tokens}
        candidates = [t for t in tokens if t.dep_ in deps and t.i != main.i and t.head.i in inside]
        if deps == ("advmod",):
            candidates = [t for t in candidates if t.dep_ != "neg" and t.lower_ not in _KEEP_ADVERBS]
        if not candidates:
            break
        largest = max(candidates, key=lambda t: t.right_edge.i - t.left_edge.i)
        drop = {t.i for t in largest.subtree}
        tokens = [t for t in tokens if t.i not in drop]
    return tokens


def _span_of(head: Token) -> range:
    """Token indices of a head's subtree (projective parses: from its left edge to its right edge)."""
    return range(head.left_edge.i, head.right_edge.i + 1)


def _core(main: Token, tokens: list[Token]) -> list[Token]:
    """The predicate with its subject, modality, negation and object, each as a bare noun phrase."""
    inside = {t.i for t in tokens}
    keep = _core_of(main, inside)
    out = [t for t in tokens if t.i in keep]
    return out[: MAX_ITEM_WORDS + 2] if _word_count(out) > MAX_ITEM_WORDS else out


def _core_of(head: Token, inside: set[int]) -> set[int]:
    """A predicate's core, following a verbal complement down: 'has to understand how ready X is'."""
    keep = {head.i}
    for child in head.children:
        if child.i not in inside or child.dep_ not in _PREDICATE_CORE_DEPS:
            continue
        if child.dep_ in ("xcomp", "ccomp") and child.pos_ in ("VERB", "AUX"):
            keep |= _core_of(child, inside)
            continue
        keep.add(child.i)
        for g in child.children:
            if g.dep_ in _ARGUMENT_CORE_DEPS and g.i in inside and len(list(g.subtree)) <= 4:
                keep |= {s.i for s in g.subtree}
    return keep


def _tidy_edges(tokens: list[Token]) -> list[Token]:
    """No trailing comma, conjunction or preposition left hanging after pruning."""
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ in ("cc", "prep", "mark", "det", "aux")):
        if tokens[-1].text in (")", "”", '"'):
            break
        tokens = tokens[:-1]
    return _strip_openers(tokens)


# --- words to text --------------------------------------------------------------------------------


def _render(tokens: list[Token], statement) -> str:
    """The tokens as text, spaced as in the article, with the first pronoun of each kind named."""
    names = _PronounNamer(statement)
    out: list[str] = []
    for n, t in enumerate(tokens):
        adjacent = n + 1 < len(tokens) and tokens[n + 1].i == t.i + 1
        out.append(names.word(t, first=(n == 0), adjacent=adjacent))
    return _tidy_spacing("".join(out))


class _PronounNamer:
    """Names the first pronoun of each kind ('he' -> the speaker, 'we' -> the side); a later 'we',
    'us' or 'our' refers back to the name; a verb after a name put for 'we' agrees with it."""

    def __init__(self, statement) -> None:
        self.statement = statement
        self.named: set[str] = set()
        self.agree = False  # a plural or first-person subject became a name: its verb follows in the singular

    def word(self, t: Token, first: bool, adjacent: bool) -> str:
        low = t.lower_
        kind = "person" if low in _PERSON_PRONOUNS or low in ("his", "her", "my") else "group"
        if kind not in self.named:
            name = _named(t, self.statement, first=first) if low in _NAMEABLE else t.text
            if name != t.text:
                if t.pos_ == "PRON" or t.dep_ == "poss":
                    self.named.add(kind)
                self.agree = t.lower_ in ("we", "they", "i")
                return name + (t.whitespace_ or " ")
        elif kind == "group" and t.lower_ in _AFTER_NAMED and (t.pos_ == "PRON" or t.dep_ == "poss"):
            self.agree = t.lower_ == "we"
            return _AFTER_NAMED[t.lower_] + (t.whitespace_ or " ")
        return self._agreeing(t) + (t.whitespace_ if adjacent else " ")

    def _agreeing(self, t: Token) -> str:
        if self.agree and t.pos_ in ("VERB", "AUX"):
            self.agree = False
            return _singular(t)
        if self.agree and not t.is_space and t.dep_ not in ("advmod", "neg"):
            self.agree = False
        return t.text


# `\s\s*` is `\s+`, written so that the pattern opens with a set of characters: the engine then
# skips along the text to the next space instead of trying a match at every character.
_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s\s*([,.;:!?%)’])(?=\s|$)")
_SPACE_BEFORE_CLITIC = re.compile(r"\s\s*(’s|'s|’re|'re|n’t|n't)\b")
_REPEATED_SEPARATORS = re.compile(r"([,;:])(?:\s*[,;:])+")
_QUOTE_MARKS = re.compile(r"[\"“”]")


def _tidy_spacing(text: str) -> str:
    text = _SPACE_BEFORE_PUNCTUATION.sub(r"\1", text)
    text = _SPACE_BEFORE_CLITIC.sub(r"\1", text)
    text = _REPEATED_SEPARATORS.sub(r"\1", text)
    if text.count("“") != text.count("”") or text.count('"') % 2:
        text = _QUOTE_MARKS.sub("", text)
    return " ".join(text.split())


def _singular(verb: Token) -> str:
    """'want' -> 'wants', 'are' -> 'is': the verb after a name put for 'we' or 'they'."""
    low = verb.lower_
    if low in _SINGULAR:
        return _SINGULAR[low]
    if verb.tag_ != "VBP":
        return verb.text
    if re.search(r"(?:s|sh|ch|x|z|o)$", low):
        return verb.text + "es"
    if re.search(r"[^aeiou]y$", low):
        return verb.text[:-1] + "ies"
    return verb.text + "s"


def _named(tok: Token, statement, first: bool) -> str:
    """A pronoun replaced by the name it stands for: the speaker for 'he'/'I', the side for 'we'."""
    party = getattr(getattr(statement, "party", None), "name", None)
    person = statement.speaker or party
    group = party or statement.speaker
    if tok.pos_ == "PRON":
        name = _named_pronoun(tok, person, group, first)
        if name is not None:
            return name
    return _named_determiner(tok, person, group, first)


def _named_pronoun(tok: Token, person: str | None, group: str | None, first: bool) -> str | None:
    low = tok.lower_
    if low in _PERSON_PRONOUNS and person:
        return person
    if low in ("we", "us") and group:
        return group
    if low in ("they", "it") and first and tok.dep_ in _SUBJECT_DEPS and group:
        return tok.text if _dummy_it(tok) else group
    return None


def _named_determiner(tok: Token, person: str | None, group: str | None, first: bool) -> str:
    """'our demands' -> 'Norland’s demands'; 'This offer', opening a point -> 'The offer'."""
    low = tok.lower_
    if low in _POSSESSIVES and tok.dep_ == "poss":
        owner = person if low in ("his", "her", "my") else group
        if owner and (first or low in ("our", "my")):
            return owner + "’s"
    if first and low in _DEMONSTRATIVES and tok.dep_ == "det":
        return "The"
    return tok.text


# Stray punctuation trimmed from a point's start; at its end, a full stop goes as well.
_LEADING_EDGE = frozenset(",;:—–-\"“”'‘’")
_TRAILING_EDGE = _LEADING_EDGE | {"."}


def without_edges(text: str) -> str:
    r"""The text without spaces and stray punctuation at either end. The regex it replaces,
    `^[\s<leading>]+|[\s<trailing>]+$`, tried its second branch at every character."""
    start, end = 0, len(text)
    while start < end and (text[start].isspace() or text[start] in _LEADING_EDGE):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _TRAILING_EDGE):
        end -= 1
    return text[start:end]


def _balanced_quotes(text: str) -> str:
    """'The rules will be “temporary' -> '... “temporary”': trimming the end of a point
    may take the closing mark of a quoted word with it; a quote opened in the point is closed."""
    if text.count("“") > text.count("”"):
        text += "”"
    if text.count('"') % 2:
        text += '"'
    return text


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


# --- one point once -------------------------------------------------------------------------------

DUPLICATE_OVERLAP = 0.5  # share of words two items of a side have in common to be the same point
SHOWN_POSITIONS = 5  # positions a side shows in the brief; the JSON keeps the rest, marked lower rank
_WORD = re.compile(r"[\w’'-]+")
# Weight of a point: conditions, offers, rejections and demands before commentary.
_OFFER_WORDS = frozenset(
    {"offer", "propose", "proposal", "ready", "willing", "open", "agree", "accept", "invite", "commit", "return"}
)
_REJECT_WORDS = frozenset({"reject", "refuse", "not", "never", "no", "deny", "oppose", "dismiss", "rule", "withdraw"})
_DEMAND_WORDS = frozenset(
    {"demand", "must", "insist", "require", "call", "urge", "want", "need", "seek", "should", "condition", "only"}
)
# The same, with the inflected forms a point's words keep.
_OFFER_OR_REJECTION = _OFFER_WORDS | _REJECT_WORDS | {"willingness", "refused", "rejected", "offered", "agreed"}
_DEMANDING = _DEMAND_WORDS | {"demanded", "demands", "insisted", "wants", "called", "needs"}


POINT_WORDS_CACHE = 4096  # a long article's points; bounded so a batch worker does not grow


@functools.lru_cache(maxsize=POINT_WORDS_CACHE)
def point_words(text: str) -> frozenset[str]:
    """The words of a point, lower case; asked for every pair of a side's points."""
    return frozenset(w.lower().strip("’'-") for w in _WORD.findall(text) if w.strip("’'-"))


def overlap(a: str, b: str) -> float:
    """Jaccard overlap of the words of two points."""
    wa, wb = point_words(a), point_words(b)
    if not wa or not wb:
        return 0.0
    shared = len(wa & wb)
    return shared / (len(wa) + len(wb) - shared)  # the size of the union, without making it


_POLARITY = frozenset({"not", "never", "no", "n't", "cannot", "won't", "nor"})


def same_point(a: str, b: str) -> bool:
    """Two wordings of one point: most words shared, one only adding words to the other, and the
    same polarity. 'rejects the quota' and 'accepts the quota' share words but not the point."""
    if overlap(a, b) < DUPLICATE_OVERLAP:
        return False
    wa, wb = [w.lower() for w in _WORD.findall(a)], [w.lower() for w in _WORD.findall(b)]
    if (set(wa) ^ set(wb)) & _POLARITY:
        return False
    ops = difflib.SequenceMatcher(a=wa, b=wb, autojunk=False).get_opcodes()
    replaced = sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in ops if tag == "replace")
    return replaced <= len(min(wa, wb, key=len)) // 3 and not (replaced and overlap(a, b) < 0.8 and len(wa) < 8)


def stance_core(statement) -> str:
    """The bare stance of a statement, for when its full clause is already the condition:
    'Norland will resume talks only if Valdoria withdraws' -> 'Norland will resume talks'."""
    tokens = _without_frame(_content_tokens(statement, None, None), statement)
    tokens = _strip_openers(_without_asides(_without_condition_clauses(_with_subject_and_modality(tokens))))
    tokens = _before_condition_marker(_without_vague_subject(tokens, statement))
    main = _main_predicate(tokens)
    if main is None:
        return ""
    clause = _span_of(main)
    core = _tidy_edges(_core(main, [t for t in tokens if t.i in clause]))
    text = _render(core, statement)
    return _capitalise(_balanced_quotes(without_edges(text)))


_MARKER_WORDS = frozenset(
    {"if", "unless", "provided", "providing", "until", "once", "as", "in", "on", "only", "without"}
)


def _before_condition_marker(tokens: list[Token]) -> list[Token]:
    """The words before a condition starts: 'resume talks provided X withdraws' -> 'resume talks'."""
    words = lower_words_of(tokens[0].doc) if tokens else []
    text = [words[t.i] for t in tokens]
    for n, tok in enumerate(tokens):
        if text[n] not in _MARKER_WORDS or n < MIN_CONDITION_WORDS or _a_deadline(tok):
            continue
        if text[n] in ("unless", "until", "without") or _CONDITION_OPENERS.match(" ".join(text[n : n + 4]) + " "):
            return _tidy_edges(tokens[:n])
    return tokens


def _a_deadline(marker: Token) -> bool:
    """'giving it until 11 p.m. on Friday' sets a time, not a condition: a date or hour follows."""
    following = marker.doc[marker.i + 1] if marker.i + 1 < len(marker.doc) else None
    return following is not None and following.ent_type_ in ("DATE", "TIME")


def merge_duplicates(items: list) -> list:
    """Items of one side that say the same thing become one, with all their evidence."""
    merged: list = []
    for item in items:
        twin = next((m for m in merged if same_point(m.text, item.text)), None)
        if twin is None:
            merged.append(item)
            continue
        if len(point_words(item.text)) > len(point_words(twin.text)) and len(item.text.split()) <= MAX_ITEM_WORDS:
            twin.text = item.text  # the fuller wording of the same point
        twin.evidence.extend(e for e in item.evidence if e not in twin.evidence)
        twin.speaker = twin.speaker or item.speaker
    return merged


def weight(text: str, sets_condition: bool) -> int:
    """How much a point tells about a side's stance: conditions 4, offers and rejections 3, demands 2."""
    lemmas = point_words(text)
    if sets_condition:
        return 4
    if lemmas & _OFFER_OR_REJECTION:
        return 3
    if lemmas & _DEMANDING:
        return 2
    return 1


def rank(items: list, conditions: list) -> list:
    """Positions by weight, heaviest first (stable); the first few are key, the rest lower rank."""
    condition_spans = {(e.start, e.end) for c in conditions for e in c.evidence}
    scored = [
        (weight(it.text, any((e.start, e.end) in condition_spans for e in it.evidence)), n, it)
        for n, it in enumerate(items)
    ]
    ordered = [it for _, _, it in sorted(scored, key=lambda s: (-s[0], s[1]))]
    for n, it in enumerate(ordered):
        it.key = n < SHOWN_POSITIONS
    return ordered
