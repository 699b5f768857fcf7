"""Onlookers of a dispute: parties that speak or act about it from outside, and rank behind the
parties that are in it.

Four kinds, each read from the text, none from a list of names:
- a body named for deciding a dispute ('the Labour Court', 'an Employment Tribunal', 'the Wage
  Board'): it hears, rules and orders, but the two that strike, sue or refuse each other are the
  sides;
- a campaigning body ('the environmental group Blue Fen', 'Harbour Rights Watch'): it says things
  about the dispute while others negotiate;
- a speaker whose own words set two other parties side by side ('she met A and B negotiators',
  'fresh talks between A and B should start'): it tells their affair;
- a rival of a side, called so beside its name ('Brisk Metals, a rival bidder', 'which made a
  competing offer'): it competes for what the sides contest, it is not one of them.

An onlooker stays a side when the text contests it: another party acts against it ('the bidder
will appeal the authority's decision', 'the union sued the tribunal'), names it in its own words,
or meets it as one of a named pair ('talks between the regulator and the bank'). A court or
tribunal is contested only by an act against it or a pair: a side's words name it as where it takes
its case ('we are confident the tribunal will see our case'), and an appeal to it ('appealed to
the tribunal', 'a challenge with the tribunal') is no act against it (`is_forum`): the one appealed
against is the opponent. So a regulator
that blocked a takeover stays the bidder's opponent, while a court that only hears a union's case
against an employer does not push either of them out.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from briefing.analysis.doctext import mention_heads, tokens_from
from briefing.analysis.rules.lexicon import ORG_KINDS
from briefing.analysis.rules.role_grammar import brought_before
from briefing.analysis.rules.side_names import name_words
from briefing.analysis.rules.types import Party, Registry, Statement
from briefing.lang import WordSet, word_set

_DECIDING_BODY_NOUNS = word_set("deciding_body_nouns")  # court, tribunal: deciding by themselves
_QUALIFIED_BODY_NOUNS = word_set("qualified_body_nouns")  # board, panel: deciding with a word below
_DECIDING_BODY_WORDS = word_set("deciding_body_words")
_CAMPAIGNING_WORDS = word_set("campaigning_words")
_CAMPAIGNING_NAME_WORDS = word_set("campaigning_name_words")
_CAMPAIGN_GROUP_NOUNS = word_set("campaign_group_nouns")
_OF = word_set("of_prepositions") | word_set("pair_prepositions")
_AFFAIR_NOUNS = (
    word_set("pair_nouns") | word_set("talks_round_nouns") | word_set("deal_nouns") | word_set("merger_nouns")
)

_FIGHTING_VERBS = word_set("fighting_verbs")
_URGING_VERBS = word_set("urging_verbs")
_APPEAL_MODALS = word_set("appeal_modals")
_RIVAL_WORDS = word_set("rival_words")
_DROPPING_VERBS = word_set("dropping_verbs")
_RIVAL_TRADE_NOUNS = (
    word_set("rival_trade_nouns")
    | word_set("business_nouns")
    | {w for w, kind in ORG_KINDS.items() if kind == "company"}
)

Act = tuple[Party | None, Party | None]


def onlookers(
    doc: Doc, reg: Registry, statements: list[Statement], acts: list[Act], pairs: list[tuple[Party, Party]]
) -> set[str]:
    """The names of the parties that look on at the dispute and that nothing in the text contests."""
    outside = {p.name for p in reg.parties.values() if decides_by_name(p) or _campaigns(doc, p) or _a_rival(doc, p)}
    tellers = {st.party.name for st in statements if st.party is not None and _tells_of_others(reg, st)}
    outside |= tellers - fighters_of_affairs(statements)
    return {name for name in outside if not _contested(reg, reg.parties[name], statements, acts, pairs)}


def decides_by_name(party: Party) -> bool:
    """'Labour Court', 'Employment Appeals Tribunal', 'Industrial Relations Board': a body whose name
    ends on a court or tribunal, or on a board, panel or commission qualified as one that decides
    disputes ('Teachers Service Commission' is an employer, not a judge)."""
    words = name_words(party.name)
    if not words:
        return False
    if words[-1] in _DECIDING_BODY_NOUNS:
        return True
    return words[-1] in _QUALIFIED_BODY_NOUNS and bool(_DECIDING_BODY_WORDS & set(words[:-1]))


def rules_on_disputes(party: Party) -> bool:
    """'the Industrial Relations Board', 'the Wage Tribunal': a body named for deciding labour or pay
    disputes orders the sides about as part of the process; what it does makes it no side. Wider than
    `decides_by_name`: a deciding word anywhere in the name will do ('Wage Arbitration Service'), enough to
    keep a body out of the sides, though not to read its officers' words as a court's (`speakers`)."""
    return bool(_DECIDING_BODY_WORDS & set(name_words(party.name))) or decides_by_name(party)


def _campaigns(doc: Doc, party: Party) -> bool:
    """A campaigning body by its own name ('Coast Rights Watch') or by the words the text calls it
    ('the environmental group Blue Fen', 'Blue Fen, an advocacy group')."""
    if _CAMPAIGNING_NAME_WORDS & set(name_words(party.name)):
        return True
    return any(_described_as_campaigners(tok) for tok in mention_heads(doc, party.mentions))


def _a_rival(doc: Doc, party: Party) -> bool:
    """A party called a rival for a deal or a market beside its name: a noun of bidding or trade
    qualified as rival or competing, in apposition to it ('Brisk Metals, a rival bidder') or in a
    clause on it ('which made a competing offer'). A rival faction in a war is no onlooker."""
    for name in mention_heads(doc, party.mentions):
        beside = [c for c in name.children if c.dep_ in ("appos", "relcl", "acl")]
        nouns = [beside_word for b in beside for beside_word in (b, *(c for c in b.children if c.dep_ == "dobj"))]
        if any(_rival_in_trade(n) for n in nouns):
            return True
    return False


def _rival_in_trade(noun: Token) -> bool:
    if noun.lemma_.lower() not in _RIVAL_TRADE_NOUNS and noun.lower_ not in _RIVAL_TRADE_NOUNS:
        return False
    return any(c.dep_ in ("amod", "compound") and c.lower_ in _RIVAL_WORDS for c in noun.children)


def _described_as_campaigners(name: Token) -> bool:
    """The name set beside a group noun that a campaigning word qualifies: in apposition to it ('the
    environmental group Blue Fen', 'Blue Fen, a lobby group') or compounded into it."""
    nouns = [c for c in name.children if c.dep_ == "appos"]
    if name.dep_ in ("appos", "compound"):
        nouns.append(name.head)
    return any(_campaign_group(noun) for noun in nouns)


def _campaign_group(noun: Token) -> bool:
    if noun.lemma_.lower() in _CAMPAIGNING_WORDS:
        return True  # 'the lobby Fair Fares', 'a watchdog'
    if noun.lemma_.lower() not in _CAMPAIGN_GROUP_NOUNS:
        return False
    return any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in _CAMPAIGNING_WORDS for c in noun.children)


def _tells_of_others(reg: Registry, st: Statement) -> bool:
    """A speaker whose own words set two other parties side by side in one affair ('A and B
    negotiators', 'the merger of A and B', 'talks between A and B')."""
    assert st.party is not None
    for tok in tokens_from(st.sent, *st.content):
        pair = joint_pair(reg, tok, _AFFAIR_NOUNS, _OF)
        if pair is not None and st.party not in pair:
            return True
    return False


def fighters_of_affairs(statements: list[Statement]) -> set[str]:
    """The names of the speakers that fight an affair they name (`_fights_an_affair`)."""
    return {st.party.name for st in statements if st.party is not None and _fights_an_affair(st)}


def fighters_of_a_pair(reg: Registry, statements: list[Statement]) -> set[str]:
    """The speakers that both set two other parties side by side in one affair ('the talks between A and
    B') and fight an affair they name ('until the pact is dropped'): the side against the pair."""
    tellers = {st.party.name for st in statements if st.party is not None and _tells_of_others(reg, st)}
    return tellers & fighters_of_affairs(statements)


def _fights_an_affair(st: Statement) -> bool:
    """A speaker that fights the affair it names ('has vowed to stop the merger of A and B', 'until the
    pact is dropped'): a noun of a two-party affair governed, up the tree within the statement's
    sentence, by a fighting verb, or the subject of a passive verb of doing away with it.
    Such a speaker is a side against the pair, whatever else it says of them."""
    affairs = _AFFAIR_NOUNS.now()
    for tok in tokens_from(st.sent, *st.content):
        if tok.lower_ not in affairs and tok.lemma_.lower() not in affairs:
            continue
        if any(up.pos_ == "VERB" and up.lemma_.lower() in _FIGHTING_VERBS for up in tok.ancestors):
            return True
        if tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in _DROPPING_VERBS:
            return True  # "until the pact is dropped"
    return False


def joint_pair(
    reg: Registry, noun: Token, nouns: WordSet, preps: WordSet | frozenset[str] = frozenset()
) -> tuple[Party, Party] | None:
    """The two parties named jointly with a noun of a two-party affair (`nouns`): 'A and B
    negotiators' (the model makes the noun the second conjunct, B compounded into it), 'A and B
    talks', 'the merger of A and B', 'a meeting between A and B'."""
    if noun.lower_ not in nouns and noun.lemma_.lower() not in nouns:
        return None
    if noun.dep_ == "conj":
        second = next((c for c in noun.children if c.dep_ == "compound"), None)
        pair = _two(reg, noun.head, second) if second is not None else None
        if pair is not None:
            return pair
    for child in noun.children:
        first = _first_of_pair(child, preps)
        second = next((c for c in first.children if c.dep_ == "conj"), None) if first is not None else None
        pair = _two(reg, first, second) if first is not None and second is not None else None
        if pair is not None:
            return pair
    return None


def _first_of_pair(child: Token, preps: WordSet | frozenset[str]) -> Token | None:
    """The first name of a pair hung on the noun: compounded into it, or after one of `preps` ('of')."""
    if child.dep_ in ("compound", "nmod"):
        return child
    if child.dep_ == "prep" and child.lower_ in preps:
        return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _two(reg: Registry, first: Token, second: Token) -> tuple[Party, Party] | None:
    a = reg.party_at(first.idx, first.idx + len(first.text))
    b = reg.party_at(second.idx, second.idx + len(second.text))
    return (a, b) if a is not None and b is not None and a is not b else None


def _contested(
    reg: Registry, party: Party, statements: list[Statement], acts: list[Act], pairs: list[tuple[Party, Party]]
) -> bool:
    """Whether the text sets the party in the contest: another acts against it or its decision, names
    it in its own words, or meets it as one of a named pair."""
    if any(done_to is party and doer is not party for doer, done_to in acts):
        return True
    if any(party in pair for pair in pairs):
        return True
    return any(
        st.party is not None and st.party is not party and _named_as_contested(reg, st, party) for st in statements
    )


def _named_as_contested(reg: Registry, st: Statement, party: Party) -> bool:
    """Whether a statement's words name the party: a court or tribunal by name is named in a side's
    words as where it takes its case, what it hopes the court will see, what it should do; only an
    act against it ('sued the tribunal') or a named pair contests it."""
    return party in reg.parties_in(*st.content) and not decides_by_name(party)


def is_forum(name: Token) -> bool:
    """A name told as where a party takes its case, not whom it fights: after 'to', 'with', 'before', 'at'
    or 'in' ('appealed to the tribunal', 'filed a challenge with the board'), the one asked to act
    ('asked the court to quash the order'), or the subject of what it should do ('the tribunal should
    overturn it')."""
    if brought_before(name) is not None:
        return True
    verb = name.head
    if name.dep_ == "dobj" and verb.lemma_.lower() in _URGING_VERBS and any(c.dep_ == "xcomp" for c in verb.children):
        return True
    return name.dep_ == "nsubj" and any(c.lower_ in _APPEAL_MODALS for c in verb.children)
