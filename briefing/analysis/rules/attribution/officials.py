"""Officials: the person a title names as the speaker, and the government a minister speaks for."""

from __future__ import annotations

from spacy.tokens import Token

from briefing.analysis.doctext import char_span
from briefing.analysis.rules.lexicon import (
    REPORTING_VERBS,
    TITLE_WORDS,
    called_the_government,
    is_news_source,
    regulating_body,
)
from briefing.analysis.rules.types import Party, Person, Registry
from briefing.lang import word_set


def person_named_after_the_title(who: Token, reg: Registry) -> Person | None:
    """'Norland's special envoy to Velika Tomas Reyes told reporters': the parse makes the title the
    speaker and hangs the name inside its phrase. The person is the speaker, and serves the party the
    words before the title name (Norland), not the one the title's phrase points to (Velika)."""
    if who.lemma_.lower() not in TITLE_WORDS or who.dep_ != "nsubj" or who.head.lemma_.lower() not in REPORTING_VERBS:
        return None  # only the subject of a verb of saying: 'a letter to the leader, urging talks' is not his
    person = next(
        (found for tok in who.subtree if tok.i > who.i and (found := reg.person_at(tok.idx, tok.idx + len(tok.text)))),
        None,
    )
    if person is None or person.party is not None:
        return person
    served = next(
        (
            party
            for left in who.lefts
            for tok in left.subtree
            if (party := reg.party_at(tok.idx, tok.idx + len(tok.text))) is not None and not is_news_source(party.name)
        ),
        None,
    )
    if served is not None:
        reg.affiliate(person, served)
    return person


def the_only_government(reg: Registry, minister: Person | None = None) -> Party | None:
    """The one government of a story that names no state (a state's ministers may be either side's):
    the one place the text calls 'the government', else its one government body, unless that body is
    the ministry of another portfolio ('Interior Minister Ana Berg' does not speak for the Defence
    Ministry, but for the government both serve)."""
    if any(p.kind in ("state", "bloc") for p in reg.parties.values()):
        return None
    governments = [p for p in reg.parties.values() if p.kind == "government" and not regulating_body(p.name, p.kind)]
    if len(governments) == 1 and (minister is None or not _another_portfolio(governments[0], minister)):
        return governments[0]
    governing_places = [p for p in reg.parties.values() if p.kind == "place" and _called_the_government(p)]
    return governing_places[0] if len(governing_places) == 1 and governments else None


_MINISTRY_NOUNS = word_set("ministry_nouns")
_MINISTRY_WORDS = _MINISTRY_NOUNS | word_set("of_prepositions") | word_set("definite_articles")


def _called_the_government(party: Party) -> bool:
    return called_the_government(party.aliases)


def _another_portfolio(ministry: Party, minister: Person) -> bool:
    """'Defence Ministry' for an 'Interior Minister': the ministry's own words are not in the title."""
    words = ministry.name.lower().split()
    if not any(w in _MINISTRY_NOUNS for w in words):
        return False  # 'the government' itself: every minister's
    own = {w for w in words if w not in _MINISTRY_WORDS}
    title = set(minister.title.lower().split())
    return bool(own) and not own <= title and bool(title & _PORTFOLIO_TITLES) and bool(title - _PORTFOLIO_TITLES)


_PORTFOLIO_TITLES = word_set("portfolio_titles")
# Parties no minister speaks for: a union, a company, a group of people, fighters.
NO_GOVERNMENT = frozenset({"union", "company", "people", "workforce", "armed"})


def no_ministers_body(party: Party) -> bool:
    """A party no minister speaks for: a union, a company, fighters, and a regulator, which a
    minister may lean on but never voices ('Communications Minister Lina Morr said' is not the
    commission's word)."""
    return party.kind in NO_GOVERNMENT or regulating_body(party.name, party.kind)


def a_minister(person: Person) -> bool:
    return any(word in _PORTFOLIO_TITLES for word in person.title.lower().split())


_COMMENTATOR_NOUNS = word_set("commentator_nouns")


def a_commentator(who: Token, person: Person | None) -> bool:
    """'said Ana Ruiz, a professor at Corvel University', 'Merrow Bank analyst Tomas Hale', 'analysts
    said': someone who comments on the dispute from outside it, at this mention or at any other of
    the same person. Their words are no side's, whatever body the title names."""
    heads = [who]
    if person is not None:
        doc = who.doc
        heads += [span.root for s, e in person.mentions if (span := char_span(doc, s, e, alignment_mode="expand"))]
    return any(_described_as_commentator(head) for head in heads)


def _described_as_commentator(head: Token) -> bool:
    """The noun itself, a title compounded before the name, or an apposition to it."""
    if head.lemma_.lower() in _COMMENTATOR_NOUNS:
        return True
    return any(c.dep_ in ("appos", "compound") and c.lemma_.lower() in _COMMENTATOR_NOUNS for c in head.children)
