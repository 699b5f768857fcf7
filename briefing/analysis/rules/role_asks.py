"""A third party's part when a side turns to it: 'Valdoria called on the river commission to inspect
the dams', 'the company will ask the court to suspend the order'. The party is the one asked, so
the role is written in the passive, with who asks ('asked by the tenants to delay the evictions'), and
in the future when the asking is still to come ('to be asked by the company to suspend the order'):
written as the bare verb it would read as the party's own request."""

from __future__ import annotations

from spacy.tokens import Token

from briefing.analysis.rules.role_readings import URGING_VERBS
from briefing.analysis.rules.role_text import role_text, short_in_order
from briefing.lang import word_set

_APPEAL_VERBS = word_set("appeal_verbs")
_APPEALED_TO = word_set("appealed_to_prepositions")
_FUTURE_AUXILIARIES = word_set("future_auxiliaries")
_IRREGULAR_PARTICIPLES = {"tell": "told"}  # the one appeal verb that is not regular


def appealed_to(tok: Token) -> str | None:
    """'Valdoria called on the river commission to inspect the dams' -> 'called on to inspect the
    dams'. Only an infinitive says what the party is asked to do: 'appeal to the tribunal, calling
    the ruling unfair' tells what the side does, not the tribunal."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in _APPEALED_TO:
        return None
    verb = tok.head.head
    if verb.lemma_.lower() not in _APPEAL_VERBS:
        return None
    asked = next((c for c in verb.children if _an_infinitive(c) and c.i > tok.i), None)
    if asked is None:
        return None
    rest = short_in_order([tok.head, *asked.subtree])
    return f"{_passive(verb)} {rest}" if rest else None


def asked_to(head: Token) -> str | None:
    """'the tenants asked the housing court to delay the evictions' -> 'asked to delay the evictions': what a
    party is asked to do is its part. `head` is the phrase the party's name stands in."""
    verb = head.head
    if head.dep_ != "dobj" or verb.lemma_.lower() not in URGING_VERBS:
        return None
    asked = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > head.i), None)
    rest = short_in_order(list(asked.subtree)) if asked is not None else None
    return f"{_passive(verb)}{_by_whom(verb)} {rest}" if rest else None


_TIME_ENTITIES = frozenset({"DATE", "TIME"})
MAX_ASKER_WORDS = 5  # "by the mayor of the port town": a longer subject is left out


def _by_whom(verb: Token) -> str:
    """' by the council': who asks, so the passive keeps its agent; none for a pronoun."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return ""
    aside = {t.i for c in subject.children if c.dep_ in ("appos", "relcl", "acl") for t in c.subtree}
    words = [t for t in subject.subtree if not t.is_punct and t.i not in aside]  # "X, the supplier," -> "X"
    words = [t for t in words if t.ent_type_ not in _TIME_ENTITIES]  # "On Sunday X asked": the day is no asker
    if len(words) > MAX_ASKER_WORDS:
        return ""
    return " by " + role_text(words)


def _an_infinitive(clause: Token) -> bool:
    return clause.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children)


def _passive(verb: Token) -> str:
    """'asked', or 'to be asked' when the asking is still to come ('will ask', 'plans to ask')."""
    lemma = verb.lemma_.lower()
    participle = _IRREGULAR_PARTICIPLES.get(lemma) or (lemma + "d" if lemma.endswith("e") else lemma + "ed")
    ahead = verb.tag_ == "VB" or any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUXILIARIES for c in verb.children)
    return f"to be {participle}" if ahead else participle
