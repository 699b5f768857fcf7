"""The words of a third party's role, cut from the parse: at most a few words in the article's
order and spacing, never ending on a function word or inside a word ('semi-' of 'semi-autonomous')."""

from __future__ import annotations

from spacy.tokens import Token

from briefing.lang import word_set

MAX_ACTION_ROLE_WORDS = 7  # a role is a label, not a sentence
# ... but a role the label's length would cut before its point ('hosted talks between Norland' of
# 'between Norland and Valdoria') reads whole up to this length: a fuller clause beats a garbled one.
MAX_WHOLE_ROLE_WORDS = 16
# ... and a role with its condition ('only where risks are shown', 'if talks fail') up to this: cut off
# the condition, the role turns around; longer than this, no role is given.
MAX_CONDITIONED_ROLE_WORDS = 20


def short_role(tokens: list[Token]) -> str | None:
    return short_in_order(sorted(tokens, key=lambda t: t.i))


def _across_lines(tokens: list[Token]) -> bool:
    """A role whose words run over a line break (the verb of a headline and its first paragraph)
    joins two texts that the model read as one sentence: no role."""
    return any(t.is_space and "\n" in t.text for t in tokens[:-1])


# A role cut short ends on a word that carries meaning, not on "at the" or "and".
_DANGLING_POS = word_set("grammar/dangling_pos")


_EDITORIAL_BRACKETS = frozenset("[]")


def short_in_order(tokens: list[Token]) -> str | None:
    if any(ch in _EDITORIAL_BRACKETS for t in tokens for ch in t.text) or _across_lines(tokens):
        return None  # "will [re]open": a word an editor mended inside a quote reads as no role
    kept = _within_role_length(tokens, MAX_ACTION_ROLE_WORDS)
    conditioned = _condition_cut(kept, tokens)
    if _half_said(kept, tokens) or conditioned:
        whole = _without_appositions(tokens)  # "Lusamar, formerly known as Lusa Lines,": a description, not the point
        longest = MAX_CONDITIONED_ROLE_WORDS if conditioned else MAX_WHOLE_ROLE_WORDS
        if sum(not t.is_punct for t in whole) <= longest:
            kept = _within_role_length(whole, longest)
    while kept and (kept[-1].pos_ in _DANGLING_POS or kept[-1].is_punct):
        kept.pop()
    if sum(not t.is_punct for t in kept) < 2 or _condition_cut(kept, tokens):
        return None
    return role_text(kept)


_CONDITION_MARKS = word_set("unreal_clause_marks")
_ONLY_WORDS = word_set("only_words")
_CLAUSE_DEPS = frozenset({"advcl", "relcl", "acl"})


def _condition_cut(kept: list[Token], tokens: list[Token]) -> bool:
    """Whether the cut leaves out a condition on a kept word: 'urged towns to demand pump data'
    without 'only where health risks are shown' turns the advice around; better no role than that one."""
    at = {t.i for t in kept}
    wanted = {t.i for t in tokens}
    for tok in kept:
        for clause in (c for c in tok.children if c.dep_ in _CLAUSE_DEPS and c.i in wanted and c.i not in at):
            opener = clause.doc[clause.left_edge.i]
            if opener.lower_ in _ONLY_WORDS or any(
                m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in clause.children
            ):
                return True
    return False


# What a cut may leave out whole without leaving the role half-said: an adjunct phrase or clause, not a
# word's object, complement or the other half of a list.
_DROPPABLE_DEPS = frozenset({"prep", "advmod", "npadvmod", "relcl", "acl", "appos", "advcl", "cc", "punct", "mark"})


def _half_said(kept: list[Token], tokens: list[Token]) -> bool:
    """Whether the cut left a kept word without a part it needs: 'talks between Norland' without 'and
    Valdoria', 'declared Ana Pires' without 'winner'."""
    wanted = {t.i for t in tokens}
    at = {t.i for t in kept}
    return any(
        c.i in wanted and c.i not in at and not c.is_punct and c.dep_ not in _DROPPABLE_DEPS
        for t in kept
        for c in t.children
    )


def _without_appositions(tokens: list[Token]) -> list[Token]:
    """The words without what is set off by commas on their nouns ('Lusamar, formerly known as Lusa
    Lines,', 'the bloc, which it chairs,'), and without those commas."""
    at = {t.i for t in tokens}
    inside = {t.i for tok in tokens if tok.head.i in at and tok.head is not tok and _set_off(tok) for t in tok.subtree}
    inside |= {tok.i for tok in tokens if tok.is_punct and {tok.i - 1, tok.i + 1} & inside}
    inside |= _bracketed(tokens)
    return [t for t in tokens if t.i not in inside]


def _bracketed(tokens: list[Token]) -> set[int]:
    """A short name in brackets after a body's name ('the Guild (DG) treasurer'), which a role reads
    without."""
    out: set[int] = set()
    for tok in tokens:
        close = tok.i + 2
        if tok.text == "(" and close < len(tok.doc) and tok.doc[close].text == ")":
            out |= {tok.i, tok.i + 1, close}
    return out


_SET_OFF_DEPS = frozenset({"appos", "acl", "relcl"})


def _set_off(tok: Token) -> bool:
    """A description on a noun that a comma opens: not the point of the role."""
    before = tok.left_edge.i - 1
    return tok.dep_ in _SET_OFF_DEPS and before >= 0 and tok.doc[before].text == ","


def _within_role_length(tokens: list[Token], length: int) -> list[Token]:
    """The words up to the role's length, without punctuation outside a word but with the commas of
    a list ('all parties, all regions'), cut cleanly."""
    kept: list[Token] = []
    for tok in tokens:
        if tok.is_punct and not _inside_a_word(tok) and tok.text not in _LIST_COMMAS:
            continue
        if not tok.is_punct and sum(not t.is_punct for t in kept) == length:
            _drop_cut_clauses(kept, tokens)
            _drop_cut_words(kept)
            break
        kept.append(tok)
    at = {t.i for t in kept}
    return [t for t in kept if t.text not in _LIST_COMMAS or _inside_a_word(t) or {t.i - 1, t.i + 1} <= at]


_LIST_COMMAS = frozenset({","})
# Clauses and appositions on a noun a cut may leave half-said: "Lusamar, formerly known", "proposals
# that would let". A verb's own complement is what the party does, and stays.
_CUT_CLAUSES = frozenset({"relcl", "acl", "appos"})


def _drop_cut_clauses(kept: list[Token], tokens: list[Token]) -> None:
    """A clause the cut leaves half-said goes whole: 'ordered Lusamar, formerly known' -> 'ordered Lusamar'."""
    wanted = {t.i for t in tokens}
    at = {t.i for t in kept}
    for tok in list(kept):
        if tok.dep_ not in _CUT_CLAUSES or tok.i not in at or tok.head.i not in at or tok.head is tok:
            continue  # a clause on a word of the role, not the role's own verb
        inside = {t.i for t in tok.subtree if t.i in wanted}
        if not inside <= at:
            at -= inside
    kept[:] = [t for t in kept if t.i in at]


def role_text(kept: list[Token]) -> str:
    """The words as written, spaced as in the article, articles in lower case."""
    text = ""
    for prev, tok in zip([None, *kept], kept, strict=False):
        joined = prev is not None and (prev.i + 1 != tok.i or prev.whitespace_)
        text += (" " if joined else "") + (tok.lower_ if tok.pos_ == "DET" else tok.text)
    return text


def _drop_cut_words(kept: list[Token]) -> None:
    """A role cut short inside "a semi-autonomous zone" or "a new buffer zone" keeps neither half a word nor
    an article or adjective whose noun was cut off ("Zambia's debt", a noun, may end it)."""
    while kept and (
        _joined_to_next(kept[-1])
        or _modifier_cut_off(kept[-1], kept)
        or _name_cut(kept[-1], kept)
        or _object_cut_off(kept[-1], kept)
    ):
        kept.pop()


def _modifier_cut_off(tok: Token, kept: list[Token]) -> bool:
    if tok.dep_ == "case" and tok.head.dep_ == "poss":
        tok = tok.head  # "Valdoria's" of "Valdoria's Ministry": the owner's mark goes with the owner
    return tok.dep_ in _CUT_MODIFIERS and tok.head.i > tok.i and tok.head not in kept


_CUT_MODIFIERS = frozenset({"det", "amod", "nummod", "poss", "case", "advmod", "compound", "aux"})


def _name_cut(tok: Token, kept: list[Token]) -> bool:
    """A cut that stops inside a name ('a waiver from Valdoria' when the name runs on to 'Valdoria’s
    Office of Civil Aviation'): the next word is still part of the entity."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return tok.ent_iob_ != "O" and nxt is not None and nxt.ent_iob_ == "I" and nxt not in kept


# What a verb takes after it: cut off, the verb reads unfinished ("gave the region to give").
_OBJECT_DEPS = frozenset({"dobj", "xcomp", "ccomp"})


def _object_cut_off(tok: Token, kept: list[Token]) -> bool:
    return tok.pos_ == "VERB" and any(c.dep_ in _OBJECT_DEPS and c.i > tok.i and c not in kept for c in tok.children)


def _joined_to_next(tok: Token) -> bool:
    """'semi' of 'semi-autonomous': the word goes on past this token ('talks,' ends at its comma)."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return not tok.whitespace_ and nxt is not None and (nxt.text == "-" or not nxt.is_punct)


def _inside_a_word(tok: Token) -> bool:
    """The hyphen of 'co-chaired' is part of the word."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return not tok.whitespace_ and tok.i > 0 and not tok.nbor(-1).whitespace_ and nxt is not None
