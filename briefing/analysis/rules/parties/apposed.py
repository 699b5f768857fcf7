"""Descriptions that stand beside a name: 'the environmental group Blue Fen said', 'Blue Fen, a
campaign group, said'. A common noun with a party's proper name in apposition is that party, not
the party of its kind named last; a description read back to an earlier party ('the group' taken
for the state named before it) is given to the name it stands beside."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from briefing.analysis.doctext import char_span
from briefing.analysis.rules.types import Party, Registry


def descriptions_beside_names(doc: Doc, reg: Registry) -> None:
    """Give each party mention headed by a common noun to the party named in apposition to it."""
    for (start, end), (kind, key) in reg.spans.items():
        if kind != "party" or key not in reg.parties:
            continue
        span = char_span(doc, start, end, alignment_mode="expand")
        if span is None or span.root.pos_ != "NOUN":
            continue
        named = _party_beside(reg, span.root, reg.parties[key])
        if named is not None:
            _move_mention(reg, (start, end), doc.text[start:end], reg.parties[key], named)


def _party_beside(reg: Registry, noun: Token, current: Party) -> Party | None:
    """The other party whose proper name stands in apposition to the noun, either way round."""
    beside = [c for c in noun.children if c.dep_ == "appos"]
    if noun.dep_ == "appos":
        beside.append(noun.head)
    for tok in beside:
        if tok.pos_ != "PROPN":
            continue
        party = reg.party_at(tok.idx, tok.idx + len(tok.text))
        if party is not None and party is not current:
            return party
    return None


def _move_mention(reg: Registry, span: tuple[int, int], words: str, old: Party, new: Party) -> None:
    reg.spans[span] = ("party", new.name)
    if span in old.mentions:
        old.mentions.remove(span)
    new.mentions.append(span)
    if words in old.aliases and words != old.name:
        old.aliases.discard(words)  # the description was taken for another name of the old party
