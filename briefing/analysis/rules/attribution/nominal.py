"""Stances told as nouns: 'talks stalled over the guild's refusal to accept arbitration',
'Norland's rejection of the map', 'an offer by the board to raise pay'. The owner of the noun holds
the stance, whoever the sentence is about. Read by `statements`."""

from __future__ import annotations

from spacy.tokens import Span, Token

from briefing.analysis.doctext import subtree_extent, tagged_in
from briefing.analysis.rules.attribution.stances import DEMAND_NOUNS, STANCE_NOUNS
from briefing.analysis.rules.lexicon import is_news_source
from briefing.analysis.rules.types import Party, Registry, Statement
from briefing.lang import word_set


def nominal_stances(
    sent: Span, reg: Registry, found: list[Statement | None], quotes: list[tuple[int, int]]
) -> list[Statement]:
    """Stances told as nouns: 'talks stalled over the guild's refusal to accept arbitration',
    'Norland's rejection of the map', 'an offer by the board to raise pay'. The owner of the noun
    holds the stance, whoever the sentence is about.

    Left to other mechanisms: a party that already speaks or acts in the sentence; a noun inside
    someone's reported words (their view of it); a demand, which is a condition
    (positions.conditions_set_in_narration); a bare noun with nothing it is about ('its position')."""
    said = [st for st in found if st is not None]
    seen = {st.party.name for st in said if st.party is not None}
    out: list[Statement] = []
    for noun in tagged_in(sent, "NOUN"):
        if not _stance_not_demand(noun) or _in_reported_words(noun, quotes, said) or _turned_down(noun):
            continue
        party = _stance_holder(noun, reg)
        if party is None or party.name in seen:
            continue
        seen.add(party.name)
        content = subtree_extent(noun)
        out.append(Statement(sent, party, None, noun, content, reported=False))
    return out


_TURNING_DOWN_VERBS = word_set("turning_down_verbs")


def _turned_down(noun: Token) -> bool:
    """'The guild spurned the board's offer to mediate': what another turns down is told as the
    taker's act, and the rejecter's; not as a stance of the noun's owner, which would put the
    rejecter's sentence under the other side."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "obj") or verb.lemma_.lower() not in _TURNING_DOWN_VERBS:
        return False
    return any(c.dep_ == "nsubj" for c in verb.children)


def _stance_not_demand(noun: Token) -> bool:
    """A noun of stance ('refusal', 'offer') that is not one of demand (a demand is a condition)."""
    return noun.lemma_.lower() in STANCE_NOUNS and noun.lemma_.lower() not in DEMAND_NOUNS


def _stance_holder(noun: Token, reg: Registry) -> Party | None:
    """The party that owns a stance noun with an object, unless it is a news source."""
    owner = _owner_of(noun)
    party = reg.party_at(owner.idx, owner.idx + len(owner.text)) if owner is not None else None
    if party is None or is_news_source(party.name) or not _says_what_about(noun):
        return None
    return party


def _in_reported_words(noun: Token, quotes: list[tuple[int, int]], said: list[Statement]) -> bool:
    """Inside a quote, or inside what a statement of the sentence reports: someone's view of it."""
    if any(s < noun.idx < e for s, e in quotes):
        return True
    return any(st.reported and st.content[0] <= noun.idx < st.content[1] for st in said)


_AGENT_PREPOSITIONS = word_set("agent_prepositions")


def _owner_of(noun: Token) -> Token | None:
    """Who a stance noun belongs to: its possessor ('Norland's offer') or its agent ('an offer by
    the guild'). Not 'from': 'sought assurances from Norland' are the seeker's. A pronoun is left
    alone: the statement around it has it."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return child
        if child.dep_ == "prep" and child.lower_ in _AGENT_PREPOSITIONS:
            owner = next((g for g in child.children if g.dep_ == "pobj"), None)
            if owner is not None and owner.pos_ != "PRON":
                return owner
    return None


_SETTING_PREPOSITIONS = word_set("setting_prepositions")


def _says_what_about(noun: Token) -> bool:
    """'rejection of the map', 'refusal to sign', 'offer that pay rises 4%': the stance has an object."""
    return any(
        (c.dep_ == "prep" and c.lower_ not in _SETTING_PREPOSITIONS) or c.dep_ in ("acl", "ccomp")
        for c in noun.children
    )
