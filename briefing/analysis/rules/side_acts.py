"""Who acts on whom in the dispute: the doer and the one done to of a verb of dispute ("the guild
sued the airline", "the regulator ordered the bank to sell", "Norland was sanctioned by
Valdoria", "a deal with the creditors"). Two parties joined so are the two sides of a quarrel even
when neither is quoted; a party no verb of dispute touches is more likely a host or a commentator."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from briefing.analysis.doctext import tokens_tagged
from briefing.analysis.rules.side_onlookers import decides_by_name, is_forum
from briefing.analysis.rules.types import Party, Registry
from briefing.lang import word_set

_DISPUTE_VERBS = word_set("dispute_verbs")
_TARGET_PREPOSITIONS = word_set("dispute_target_prepositions")
_OBJECT_SOURCE_PREPOSITIONS = word_set("object_source_prepositions")
_AGENT_PREPOSITIONS = word_set("agent_prepositions")

_DOER_DEPS = ("nsubj",)
_DONE_TO_DEPS = ("dobj", "dative", "nsubjpass")
_OWNER_DEPS = ("poss", "nmod")


def dispute_acts(doc: Doc, reg: Registry) -> list[tuple[Party | None, Party | None]]:
    """(doer, done to) of every verb of dispute with at least one party in those places; a pair is
    never one party twice."""
    acts = []
    for verb in tokens_tagged(doc, "VERB"):
        if verb.lemma_.lower() not in _DISPUTE_VERBS and verb.lower_ not in _DISPUTE_VERBS:
            continue
        doer = _first_party(reg, _doers(verb))
        done_to = _first_party(
            reg, (t for t in _done_to(verb) if not _is_forum(reg, t) and (doer is None or not _is_party(reg, t, doer)))
        )
        if _needs_a_counterpart(verb) and _first_party(reg, _counterparts(verb)) is None:
            continue  # "reached Geneva": no deal with another party
        if _offers_a_role(verb):
            continue  # "offered to host the talks": a third party's part, not a move in the quarrel
        if doer is not None or done_to is not None:
            acts.append((doer, done_to))
    return acts


def _doers(verb: Token) -> Iterator[Token]:
    """The subject of an active verb, the 'by' phrase of a passive one, each with the names that
    modify it ('the Norland dockers union': the union, not the state that owns it)."""
    for child in verb.children:
        if child.dep_ in _DOER_DEPS:
            yield from _with_its_names(child)
        elif child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in _AGENT_PREPOSITIONS):
            yield from (n for c in child.children if c.dep_ == "pobj" for n in _with_its_names(c))


def _with_its_names(tok: Token) -> Iterator[Token]:
    """A noun, then the proper names compounded into it ('the Kestrel pilots guild')."""
    yield tok
    yield from (c for c in tok.children if c.dep_ == "compound")


def _done_to(verb: Token) -> Iterator[Token]:
    """The object, the one a passive verb's subject names, the owner of the object ('the union's
    offer'), a party after 'against', 'at', 'on' or 'with' on the verb or on its object, and the
    one the object comes from ('rejected the offer from Kestrel')."""
    objects = [c for c in verb.children if c.dep_ in _DONE_TO_DEPS]
    yield from objects
    for holder in (verb, *objects):
        for child in holder.children:
            # "the union's offer"; "fined Kestrel 40 million crowns", where the model hangs the one
            # fined on the sum
            if child.dep_ in _OWNER_DEPS and holder is not verb:
                yield child
                # "Bluewater's (BWL.O) plan": the model hangs the owner on its bracketed ticker
                yield from (c for c in child.children if c.dep_ in _OWNER_DEPS)
            elif child.dep_ == "prep" and _aims_at(child, on_object=holder is not verb):
                yield from (c for c in child.children if c.dep_ == "pobj")


def _aims_at(prep: Token, *, on_object: bool) -> bool:
    """'against', 'at', 'on', 'with' the one acted on; on the object also 'from' ('the offer from Kestrel')."""
    return prep.lower_ in _TARGET_PREPOSITIONS or (on_object and prep.lower_ in _OBJECT_SOURCE_PREPOSITIONS)


_COUNTERPART_VERBS = word_set("counterpart_dispute_verbs")
_COUNTERPART_PREPOSITIONS = word_set("counterpart_prepositions")


def _needs_a_counterpart(verb: Token) -> bool:
    return verb.lemma_.lower() in _COUNTERPART_VERBS or verb.lower_ in _COUNTERPART_VERBS


_ROLE_VERBS = word_set("role_verbs")


def _offers_a_role(verb: Token) -> bool:
    """'offered to host', 'offered to mediate': the verb's infinitive is a third party's part."""
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in _ROLE_VERBS for c in verb.children)


def _counterparts(verb: Token) -> Iterator[Token]:
    """The other party of a deal: after 'with' or 'to' on the verb or on its object ('reached an
    agreement with the creditors', 'signed a pact with'), or the verb's second object. A place
    reached or a venue signed in is none."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for holder in (verb, *objects):
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in _COUNTERPART_PREPOSITIONS:
                yield from (c for c in child.children if c.dep_ == "pobj")
            elif child.dep_ == "dative" and holder.i == verb.i:
                yield child


def _first_party(reg: Registry, tokens: Iterator[Token]) -> Party | None:
    for tok in tokens:
        party = reg.party_at(tok.idx, tok.idx + len(tok.text))
        if party is not None:
            return party
    return None


def _is_forum(reg: Registry, tok: Token) -> bool:
    """'challenged the ruling at the Markets Tribunal': a court or tribunal where the case is taken is
    not the one it is taken against (`side_onlookers.is_forum`)."""
    party = reg.party_at(tok.idx, tok.idx + len(tok.text))
    return party is not None and decides_by_name(party) and is_forum(tok)


def _is_party(reg: Registry, tok: Token, party: Party) -> bool:
    return reg.party_at(tok.idx, tok.idx + len(tok.text)) is party
