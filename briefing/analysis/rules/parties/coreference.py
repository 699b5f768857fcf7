"""Coreference: a generic description ('the union', 'the league', 'Guild members') refers back to the
party whose kind or name it shares; a party's other names are mentions of it wherever they stand."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from briefing.analysis.doctext import (
    lower_words_of,
    sentence_at,
    sentence_of,
    text_of,
    tokens_tagged,
)
from briefing.analysis.rules.lexicon import (
    GENERIC_PARTY_NOUNS,
    GOVERNMENT_NOUNS,
    ORG_KINDS,
    STATEMENT_VERBS,
    TITLE_WORDS,
    regulating_body,
)
from briefing.analysis.rules.parties.names import (
    merge_party,
    whole_word_occurrences,
)
from briefing.analysis.rules.parties.places import (
    governed_state,
    has_modifier_place,
)
from briefing.analysis.rules.types import Party, Registry
from briefing.lang import word_set


def alias_mentions(doc: Doc, reg: Registry) -> None:
    """Every later use of an organisation's name or acronym ("the TLF said"), which the model
    does not always tag as an entity."""
    text = text_of(doc)
    _fold_plural_names(reg)
    _fold_short_company_names(reg)
    for party in list(reg.parties.values()):
        if party.kind in ("state", "bloc", "body"):
            continue
        for alias in sorted(_with_plurals(party), key=lambda a: (-len(a), a)):
            if len(alias) < 2 or not alias[:1].isupper():
                continue
            for start, end in whole_word_occurrences(text, alias):
                if reg.spans.overlapping(start, end):
                    continue
                party.mentions.append((start, end))
                party.proper_mentions += 1
                reg.note(start, end, "party", party.name)


def _with_plurals(party: Party) -> set[str]:
    """A movement or an armed group named by one word is also named by its members in the plural
    ('the Tamaris' of the 'Tamari' movement), and a political party by the plural of the word before
    its head ('the Greens' of the Harbour Green Party); a company or a union is not ('Kestrels')."""
    words = party.name.split()
    if party.kind == "movement" and len(words) > 1 and words[-1].lower() in _PARTY_HEADS and words[-2].isalpha():
        return set(party.aliases) | {words[-2] + "s"}
    if party.kind not in ("org", "armed", "movement") or " " in party.name or party.name.isupper():
        return set(party.aliases)
    return set(party.aliases) | {party.name + "s"}


_PARTY_HEADS = word_set("party_heads")


def _fold_short_company_names(reg: Registry) -> None:
    """'Tarrow' beside 'Tarrow Motors': one word of unknown kind that opens exactly one company's
    name, the rest of which only says what kind of company it is ('Energy', 'Airlines', 'Holdings'),
    is that company's short name; a story names a firm in full once, then by its first word."""
    for short in [p for p in reg.parties.values() if p.kind == "org" and " " not in p.name]:
        longer = [p for p in reg.parties.values() if p.kind == "company" and _short_name_of(short.name, p.name)]
        if len(longer) == 1:
            merge_party(reg, short, longer[0])


def _short_name_of(word: str, name: str) -> bool:
    first, _, rest = name.partition(" ")
    return first == word and bool(rest) and all(ORG_KINDS.get(w.lower()) == "company" for w in rest.split())


def _fold_plural_names(reg: Registry) -> None:
    """'Tamaris' registered beside 'Tamari': the members named in the plural are the movement."""
    for party in list(reg.parties.values()):
        single = reg.parties.get(party.name[:-1]) if party.name.endswith("s") else None
        if single is not None and single is not party and _with_plurals(single) != single.aliases:
            merge_party(reg, party, single)


def generic_mentions(doc: Doc, reg: Registry) -> None:
    """'the union', 'the company', 'the group': refer back to the latest party of that kind."""
    by_name_word = _parties_by_name_word(reg)
    words = lower_words_of(doc)
    for tok in tokens_tagged(doc, "NOUN", "PROPN"):
        kind = GENERIC_PARTY_NOUNS.get(words[tok.i])
        if kind in _KINDS_A_NOUN_TELLS:
            _kind_told_by_its_noun(tok, kind, reg)
        if kind is None:
            kind = "named" if _names_a_party_word(tok, by_name_word) else None
        if kind is None:
            continue
        acting = tok.tag_ == "NNS" and tok.dep_ in ("nsubj", "nsubjpass") and kind != "named"
        if not _refers(tok, acting, reg):
            continue
        target = _latest_party_of_kind(reg, kind, tok.idx, doc, tok, loose_ok=not acting)
        if target is not None and not _described_apart(tok, kind, target):
            _refer_back(doc, reg, tok, kind, target)
    fold_groups_into_organisations(reg)


# The kinds a generic noun gives the party that names it: 'the TKV trade union', 'the Kestrel company'.
_KINDS_A_NOUN_TELLS = ("union", "company")


def _kind_told_by_its_noun(tok: Token, kind: str, reg: Registry) -> None:
    """'Lindor's TKV trade union denounced the offer': a party of unknown kind named in a compound
    with a generic noun is of that noun's kind, so a later 'the union' takes it up and not the
    company named nearer."""
    for child in tok.children:
        if child.dep_ != "compound":
            continue
        party = reg.party_at(child.idx, child.idx + len(child.text))
        if party is not None and party.kind == "org":
            party.kind = kind


def _refer_back(doc: Doc, reg: Registry, tok: Token, kind: str, target: Party) -> None:
    """Note the description as a mention of the party it refers to, its words as another name."""
    if target.kind == "org" and kind in ("union", "company"):
        target.kind = kind  # "the company" once said of Kestrel: Kestrel is no longer a union in waiting
    phrase = text_of(doc)[min(c.idx for c in tok.subtree if c.i <= tok.i) : tok.idx + len(tok.text)]
    target.aliases.add(phrase)
    target.mentions.append((tok.idx, tok.idx + len(tok.text)))
    reg.note(tok.idx, tok.idx + len(tok.text), "party", target.name)


_REFERRING_DETERMINERS = word_set("referring_determiners")
_OF_PREPOSITIONS = word_set("of_prepositions")
# Kinds of party a level of government describes ('the federal government' of Norland).
_PLACE_KINDS = frozenset({"state", "place", "bloc"})
_LEVEL_WORDS = word_set("government_level_words")


def _described_apart(tok: Token, kind: str, target: Party) -> bool:
    """'the county board' after the Provincial Aviation Board, 'the government of Arlenia' after
    Norland: a description with a naming word of its own, a level of government before it or a
    name in its 'of' phrase, that no name of the party holds, is another body (its acts are not the
    party's). A word of trade ('the aerospace company') only describes the party."""
    words = _name_words(target.name).union(*(_name_words(a) for a in target.aliases))
    for child in tok.children:
        level = child.dep_ in ("amod", "compound") and child.lower_ in _LEVEL_WORDS  # "the county board"
        if level and target.kind not in _PLACE_KINDS and child.lower_ not in words:
            return True
        named = (g for g in child.children if g.dep_ == "pobj" and g.pos_ == "PROPN")
        governed = kind == "government" and child.dep_ == "prep" and child.lower_ in _OF_PREPOSITIONS
        if governed and any(g.lower_ not in words for g in named):  # not "the workers of Kestrel Air", its staff
            return True
    return False


def _refers(tok: Token, acting: bool, reg: Registry) -> bool:
    """Whether a generic noun refers to a party: 'the union', 'union president Karen Lewis', 'Workers
    rejected the offer'; not a noun inside a name already known ('the Tamari Front group')."""
    titled = tok.dep_ == "compound" and tok.head.lemma_.lower().rstrip(".") in _TITLE_OR_MEMBER
    if not (titled or acting) and not any(c.lower_ in _REFERRING_DETERMINERS for c in tok.children):
        return False
    if reg.spans.covers(tok.idx):
        return False
    if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in _DECIDING_BODY_WORDS for c in tok.children):
        return False  # "the wage board", "the labour board": a body that decides the dispute, no party's own
    if tok.lemma_.lower() in GOVERNMENT_NOUNS and any(
        _names_its_party(c, reg) for c in tok.children if c.dep_ == "prep" and c.lower_ in _OF_WORDS
    ):
        return False  # "the government of Ruritania": the party named after it, not the one named last
    return not any(c.dep_ == "compound" and reg.party_at(c.idx, c.idx + len(c.text)) for c in tok.children)


_OF_WORDS = word_set("of_prepositions")


def _names_its_party(prep: Token, reg: Registry) -> bool:
    return any(g.dep_ == "pobj" and reg.party_at(g.idx, g.idx + len(g.text)) for g in prep.children)


_DECIDING_BODY_WORDS = word_set("deciding_body_words")


# "union members", "league officials": the people of a party, named by its generic noun.
_MEMBER_NOUNS = word_set("member_nouns")


_TITLE_OR_MEMBER = TITLE_WORDS | _MEMBER_NOUNS  # "union president", "union members": the head of a compound


MIN_NAME_WORD_CHARS = 4  # "the board", "the league"; shorter words ("the US") are names already


def _parties_by_name_word(reg: Registry) -> dict[str, list[Party]]:
    """Each word of a party's name (lower case) with the parties whose names hold it: asked at every
    noun of the article, a scan of every party made long articles quadratic."""
    index: dict[str, list[Party]] = {}
    for party in reg.parties.values():
        for word in _name_words(_named_body(party.name)):
            index.setdefault(word, []).append(party)
    return index


_COMPLEMENT_PREPOSITIONS = word_set("name_complement_prepositions")


def _named_body(name: str) -> str:
    """'Lindqvist Centre' of 'Lindqvist Centre for Drought Studies': the words that name the body,
    not what it is for ('the drought' is no mention of the centre)."""
    words = name.split()
    cut = next((i for i, w in enumerate(words) if i and w.lower() in _COMPLEMENT_PREPOSITIONS), len(words))
    return " ".join(words[:cut])


def _names_a_party_word(tok: Token, by_name_word: dict[str, list[Party]]) -> bool:
    """'the district' after 'Harbor Unified School District': a common noun that is a word of exactly
    one party's name, said with a definite article, refers back to that party."""
    holding = by_name_word.get(tok.lemma_.lower())
    if not holding:
        return False  # most nouns are no word of any party's name: the cheapest test first
    titled = tok.dep_ == "compound" and tok.head.lemma_.lower() in _TITLE_OR_MEMBER
    if not (tok.pos_ == "NOUN" or titled) or len(tok.text) < MIN_NAME_WORD_CHARS:
        return False  # a capitalised word names a party only as "Guild members", "Guild president"
    named = [p for p in holding if p.named_before(tok.idx)]
    return len(named) == 1


def _latest_party_of_kind(
    reg: Registry, kind: str, before: int, doc: Doc, tok: Token, *, loose_ok: bool = True
) -> Party | None:
    """The party a generic description refers to.

    "the Norlandic army" names its state. Otherwise the most recently mentioned party
    of that kind; for a union or a company a named one later in the article also
    counts (reports often describe "the pilots union" before naming it); then an
    earlier organisation of unknown kind; else the description founds a party itself.
    """
    known = _known_by_place_or_name(reg, kind, before, tok)
    if known is not None:
        return known
    if kind == "named":
        return None  # a word of one party's name refers to that party or to none
    if kind == "regulator":
        # "the safety watchdog", "a consumer watchdog": a description with words of its own names a
        # body of its own, not the authority the story names (which may be a port's own operator)
        described = any(c.dep_ in ("amod", "compound") for c in tok.children)
        return None if described else _the_only_regulator(reg)
    recent, loose = _walk_back(reg, kind, before, doc, tok)
    if recent is not None:
        return recent
    if kind in GROUP_KINDS or kind == "armed":
        return _group_founded(reg, kind, before, doc, tok, loose_ok=loose_ok)
    if kind == "government":
        return _the_only_state(reg) or _government_founded(reg, doc, tok)
    if kind in ("union", "company"):
        # Bare "Workers rejected the offer" (not `loose_ok`) names a kind of actor, never an organisation
        # of unknown kind: the company they work for is one.
        return _organisation_described(reg, kind, before, doc, tok, loose if loose_ok else None)
    return None


def _the_only_regulator(reg: Registry) -> Party | None:
    """'the regulator', 'the watchdog': the one party named as a regulating body ('Coastal Water
    Authority'), wherever it is named; with none or several, no party (a wrong side is worse than none)."""
    found = [p for p in reg.parties.values() if regulating_body(p.name, p.kind)]
    return found[0] if len(found) == 1 else None


def _government_founded(reg: Registry, doc: Doc, tok: Token) -> Party | None:
    """'The pupils turned down an invitation from the government' in a story that names no state: the
    government is a party of its own, and its ministers speak for it."""
    if tok.lemma_.lower() not in GOVERNMENT_NOUNS:
        return None
    if any(p.kind in ("state", "government", "bloc") for p in reg.parties.values()):
        return None  # a government of a state the story names is that state's, or ambiguous
    return reg.ensure_party(_description(doc, tok), "government")


def _the_only_state(reg: Registry) -> Party | None:
    """'the national government' in a story about one country: that country's, wherever it is named."""
    states = [p for p in reg.parties.values() if p.kind == "state"]
    return states[0] if len(states) == 1 else None


def _organisation_described(reg: Registry, kind: str, before: int, doc: Doc, tok: Token, loose: Party | None) -> Party:
    """'the union', 'the company' with no party of that kind named before: an organisation of unknown
    kind already in play ("HCG-TWU said ... the union's demands"), then one of the right kind named
    just after ("the pilots union ... Harbor Pilots Local 12"), else the description itself founds a party."""
    return loose or _named_soon_after(reg, kind, before) or reg.ensure_party(_description(doc, tok), kind)


def _group_founded(reg: Registry, kind: str, before: int, doc: Doc, tok: Token, *, loose_ok: bool) -> Party | None:
    """'The players said', 'The rebels rejected': a group of people, or fighters no named group stands
    for, found a party of their own when they speak or act, never taken up by an organisation of
    another kind (the players are not the federation); `fold_groups_into_organisations` later
    gives a group to the organisation it belongs to, if any."""
    speaks = tok.head.lemma_.lower() in _SPEAKING_OR_ACTING
    if kind == "armed" and _organisation_near(reg, before):
        return None  # "the communist rebels" beside the movement just named: its fighters, not a new party
    return reg.ensure_party(_description(doc, tok), kind) if speaks and not loose_ok else None


def _organisation_near(reg: Registry, offset: int) -> bool:
    """Whether a movement or an organisation of unknown kind is named within a sentence or two."""
    for (s, _e), (k, key) in reg.spans.backwards_from(offset):
        if offset - s >= NAMED_SOON_AFTER_CHARS:
            break
        if k == "party" and reg.parties[key].kind in ("org", "movement", "armed"):
            return True
    return _named_soon_after(reg, "org", offset) is not None or _named_soon_after(reg, "movement", offset) is not None


def _known_by_place_or_name(reg: Registry, kind: str, before: int, tok: Token) -> Party | None:
    known = _state_arm_known(reg, kind, before, tok) if kind in ("government", "armed", "state") else None
    if known is not None:
        return known
    words = {tok.lower_, tok.lemma_.lower()}
    named = [p for p in reg.parties.values() if words & _name_words(p.name) and p.named_before(before)]
    return named[0] if len(named) == 1 else None  # "the alliance" -> the Harbour Freight Alliance


def _state_arm_known(reg: Registry, kind: str, before: int, tok: Token) -> Party | None:
    """'the Norlandic army' (its state), 'the cabinet' of the one state whose government the story
    names, or 'the army' after 'the Norlandic army' (the party already known by that noun)."""
    modifier_party = has_modifier_place(tok, reg)
    if modifier_party is not None:
        return modifier_party
    governed = governed_state(tok.doc, reg, before) if kind == "government" else None
    if governed is not None:
        return governed  # "the cabinet" after "Valdoria's cabinet", whichever state was named last
    known = [p for p in reg.parties.values() if any(a.lower().endswith(" " + tok.lower_) for a in p.aliases)]
    return known[0] if len(known) == 1 else None


_LABOUR_ORG_WORDS = word_set("labour_org_words")
# Groups of people a story names by a plural noun: a workforce ("the players", "the nurses") belongs to
# the labour organisation the article names; other groups ("the students", "the holdouts") to none.
GROUP_KINDS = frozenset({"workforce", "people"})
_SPEAKING_OR_ACTING = STATEMENT_VERBS | word_set("acting_verbs")
_NOT_MEMBERS_OF = frozenset({"state", "bloc", "body", "government"})  # a state's doctors are no state


def fold_groups_into_organisations(reg: Registry) -> None:
    """A group founded by its plural noun is the organisation whose name or other name holds that word
    ('KHPA', also 'the players guild'); a workforce is also the one labour organisation the article
    names ('the teachers' and 'Harbor Schools Alliance', also 'the union'). A sports federation or an employers'
    chamber is no labour organisation unless the article calls it a union: its players stay a party."""
    for group in [p for p in reg.parties.values() if p.kind in GROUP_KINDS]:
        owner = _organisation_of_group(reg, group)
        if owner is not None:
            merge_party(reg, group, owner)


def _organisation_of_group(reg: Registry, group: Party) -> Party | None:
    """The one organisation whose names hold the group's word, else, for a workforce, the one union."""
    word = group.name.split()[-1].lower()
    others = [p for p in reg.parties.values() if p.kind not in GROUP_KINDS | _NOT_MEMBERS_OF]
    holding = [p for p in others if any(word in _name_words(a) for a in p.aliases | {p.name})]
    owner = holding[0] if len(holding) == 1 else None
    if owner is None and group.kind == "workforce":
        labour = _labour_organisations(others)
        owner = labour[0] if len(labour) == 1 else None
    return owner


def _labour_organisations(parties: list[Party]) -> list[Party]:
    """The unions among the parties that a name calls a labour organisation ('union', 'guild')."""
    return [
        p
        for p in parties
        if p.kind == "union" and any(_LABOUR_ORG_WORDS & _name_words(a) for a in p.aliases | {p.name})
    ]


def _walk_back(reg: Registry, kind: str, before: int, doc: Doc, tok: Token) -> tuple[Party | None, Party | None]:
    """The latest mention of a fitting party, walking back from the description, and an organisation
    of unknown kind met on the way. The walk stops at the first fit, so each description costs in
    proportion to the mentions it passes, not all of them; the checks that cost most come last."""
    loose: Party | None = None
    loose_sentence_start = -1  # the character where the sentence that last named one begins
    takes_loose = kind in ("union", "company")
    # With no party that fits, a long article need not be walked back to its start.
    can_fit = _any_fits(reg, kind)
    if not can_fit and not takes_loose:
        return None, None
    conjuncts = list(tok.conjuncts)
    buried: Party | None = None  # a fit named only inside another noun's phrase ('a takeover by X')
    for (s, e), party in _parties_back_from(reg, before):
        if _fits(party, kind):
            if buried is None and s < tok.sent.start_char and _buried_in_a_noun_phrase(doc, s, e):
                buried, buried_sentence = party, sentence_at(doc, doc.char_span(s, e, alignment_mode="expand").start)
                continue
            if buried is None or _within_reach(doc, buried_sentence, s, e):
                return party, loose
            return buried, loose
        if not takes_loose or party.kind != "org":
            continue
        if _before_the_loose_ones_sentence(loose, s, loose_sentence_start):
            if not can_fit:
                break
            continue  # an earlier sentence: only a party that fits can still be found
        span = _uncoordinated_span(doc, conjuncts, s, e)
        if span is None or _acts_on_the_description(span.root, tok):
            continue
        loose, loose_sentence_start = _taken_up(doc, party, span, loose, loose_sentence_start)
    return buried, loose


# How many sentences back from a fit named only inside a noun's phrase a description still looks for
# a fit the story spoke of in its own right (a clause's subject or object).
MAX_SENTENCES_PAST_A_BURIED_FIT = 2


def _buried_in_a_noun_phrase(doc: Doc, start: int, end: int) -> bool:
    """'beat back a rival bid from Kestrel Corp.', 'its row with the Harbour Guild': a mention that
    is only the object of a preposition on another noun tells what that noun is, not who the story is
    about; a 'the company' in a later sentence takes up the party the story speaks of, when one is near."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ == "pobj" and root.head.dep_ in ("prep", "agent") and root.head.head.pos_ == "NOUN"


def _within_reach(doc: Doc, buried_sentence: Span, start: int, end: int) -> bool:
    """A mention in the buried fit's sentence or the `MAX_SENTENCES_PAST_A_BURIED_FIT` before it that
    is a clause's subject or object: one the story speaks of in its own right (not a dateline's place)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not (_a_subject(span.root) or span.root.dep_ == "dobj"):
        return False
    first = buried_sentence
    for _ in range(MAX_SENTENCES_PAST_A_BURIED_FIT):
        if first.start == 0:
            break
        first = doc[first.start - 1].sent
    return start >= first.start_char


def _before_the_loose_ones_sentence(loose: Party | None, start: int, loose_sentence_start: int) -> bool:
    """A mention before the sentence that named the organisation of unknown kind already met."""
    return loose is not None and start < loose_sentence_start


def _any_fits(reg: Registry, kind: str) -> bool:
    return any(_fits(party, kind) for party in reg.parties.values())


def _taken_up(doc: Doc, party: Party, span: Span, loose: Party | None, loose_sentence_start: int) -> tuple[Party, int]:
    """The organisation of unknown kind a description would take up, and where its sentence starts:
    the first met walking back, or another in that sentence that is its subject."""
    if loose is None:
        return party, sentence_at(doc, span.start).start_char
    if _a_subject(span.root):
        # in the sentence last naming one, its subject is who a description takes up
        return party, loose_sentence_start
    return loose, loose_sentence_start


def _parties_back_from(reg: Registry, offset: int) -> Iterator[tuple[tuple[int, int], Party]]:
    """The party mentions before an offset, latest first."""
    for span, (k, key) in reg.spans.backwards_from(offset):
        if k == "party":
            yield span, reg.parties[key]


def _uncoordinated_span(doc: Doc, conjuncts: list[Token], start: int, end: int) -> Span | None:
    """The mention's span, unless it is coordinated with the description ('Kestrel Air and the union')."""
    if conjuncts and _coordinated(conjuncts, start):
        return None
    return doc.char_span(start, end, alignment_mode="expand")


def _acts_on_the_description(mention: Token, description: Token) -> bool:
    """'Karsfeld sought a mediator in its row with the union', 'Karsfeld would meet the union once
    it lifts its picket': the subject of a clause that holds the description does something to or
    with it, so is not what it describes. Inside the subject's reported words ('Kestrel said the
    company would ...') a company may speak of itself, and the description is left to the walk."""
    if mention.dep_ not in ("nsubj", "nsubjpass") or mention.sent != description.sent:
        return False
    verb = mention.head
    if description in mention.subtree or description not in verb.subtree:
        return False
    for step in (description, *description.ancestors):
        if step.i == verb.i:
            break
        if step.dep_ == "ccomp" and step.head.lemma_.lower() in STATEMENT_VERBS:
            return False
    return True


def _named_soon_after(reg: Registry, kind: str, before: int) -> Party | None:
    """The party of that kind named most often within the next sentence or two."""
    later: Counter[str] = Counter()
    for (s, _e), (k, key) in reg.spans.forwards_from(before):
        if s - before >= NAMED_SOON_AFTER_CHARS:
            break
        if k == "party" and _fits(reg.parties[key], kind):
            later[key] += 1
    return reg.parties[later.most_common(1)[0][0]] if later else None


NAMED_SOON_AFTER_CHARS = 400  # "the pilots union ... Harbor Pilots Local 12": named in the next sentence or two


def _a_subject(tok: Token) -> bool:
    """A mention that is its clause's subject, or the head of a subject ('the KDGU's committee')."""
    return tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ in ("compound", "poss") and tok.head.dep_ == "nsubj")


def _fits(party: Party, kind: str) -> bool:
    if kind == "government":
        return party.kind in ("state", "government", "bloc")  # the bloc's Commission governs too
    return party.kind == kind or (kind == "any" and party.kind not in ("state", "bloc", "body"))


def _coordinated(conjuncts: list[Token], offset: int) -> bool:
    """'between Kestrel Air and the pilots union': two conjuncts are two parties, never one."""
    return any(c.idx <= offset < c.idx + len(c.text) or any(t.idx == offset for t in c.subtree) for c in conjuncts)


@functools.lru_cache(maxsize=4096)
def _name_words(name: str) -> frozenset[str]:
    """The words of a party's name, lower case; asked for every party at every description."""
    return frozenset(w.lower() for w in re.findall(r"[A-Za-z]+", name))


def _description(doc: Doc, tok: Token) -> str:
    """'the pilots union' -> 'pilots union': the noun with the modifiers right before it."""
    start = tok.i
    while (
        start > sentence_of(tok).start
        and doc[start - 1].pos_ in ("NOUN", "ADJ", "PROPN")
        and doc[start - 1].dep_
        in (
            "compound",
            "amod",
            "nmod",
        )
    ):
        start -= 1
    return doc[start : tok.i + 1].text
