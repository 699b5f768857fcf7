"""Places and the gazetteer: states, their capitals, seats and demonyms, blocs and groups of countries;
a state the gazetteer does not list but the text makes act."""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span, Token

from briefing.analysis.doctext import (
    dateline_spans,
    entities_of,
    lower_lemmas_of,
    lower_words_of,
    sentence_of,
    stage_cache,
    text_of,
    tokens_of,
)
from briefing.analysis.rules.lexicon import (
    GOVERNMENT_NOUNS,
    ORG_KINDS,
    TITLE_WORDS,
    Place,
    lookup_place,
    place_pattern,
)
from briefing.analysis.rules.parties.names import (
    INSTITUTION_WORDS,
    STATE_BODY_WORDS,
    clean_org_name,
    token_at,
)
from briefing.analysis.rules.parties.organisations import (
    note_org,
)
from briefing.analysis.rules.types import Party, Registry
from briefing.lang import word_map, word_set

_AMBIGUOUS_PLACE_NAMES = word_set("ambiguous_place_names")


def place_mentions(doc: Doc, reg: Registry) -> None:
    text = text_of(doc)
    datelines = dateline_spans(text)
    person_spans = [(e.start_char, e.end_char) for e in entities_of(doc) if e.label_ == "PERSON"]
    for m in place_pattern().finditer(text):
        surface = m.group(0)
        place = _place_named(surface, m.start(), person_spans, datelines)
        if place is None or text.startswith(_CURRENCY_SIGN, m.end()):
            continue  # "US$ 40 million", "NZ$12": a currency, no mention of the state
        token = token_at(doc, m.start())
        last = token_at(doc, m.end() - 1)
        if _no_mention_of_the_party(doc, reg, place, surface, token, last):
            continue
        party = reg.ensure_party(place.name, place.kind)
        _add_mention(reg, party, surface, m.start(), m.end(), proper=surface not in place.demonyms)


_CURRENCY_SIGN = "$"


def _place_named(
    surface: str, start: int, person_spans: list[tuple[int, int]], datelines: list[tuple[int, int]]
) -> Place | None:
    """The gazetteer's place for a match, unless it is part of a person's name or in a dateline."""
    if surface in _AMBIGUOUS_PLACE_NAMES and any(s <= start < e for s, e in person_spans):
        return None
    place = lookup_place(surface)
    if place is None or any(s <= start < e for s, e in datelines):
        return None  # "CHICAGO (AP) —" tells where the report was filed, not who is involved
    return place


def _no_mention_of_the_party(
    doc: Doc, reg: Registry, place: Place, surface: str, token: Token | None, last: Token | None
) -> bool:
    """A place name that does not mention the state as a party: a region's people, part of a longer
    name (noted as its own party), or a business's home (the state noted as known, no mention)."""
    if surface in place.demonyms and token is not None and _region_before(token):
        return True  # "South American", "West African": a region's people, not the state's
    if place.kind == "state" and surface in place.names and _part_of_a_longer_name(doc, reg, token, last):
        return True
    if place.kind == "state" and last is not None and _home_of_a_business(last):
        # "Danish-based Kestrel", "the Norlandic chipmaker": where a company is from, no mention of the
        # state as a party; the state is still known, for "the federal government" to refer to.
        reg.ensure_party(place.name, place.kind).aliases.add(surface)
        return True
    return False


def _add_mention(reg: Registry, party: Party, alias: str, start: int, end: int, proper: bool = True) -> None:
    """Note a mention of the party by a name ('proper') or by a demonym or description."""
    party.aliases.add(alias)
    party.mentions.append((start, end))
    if proper:
        party.proper_mentions += 1
    reg.note(start, end, "party", party.name)


_BUSINESS_NOUNS = word_set("business_nouns") | {w for w, kind in ORG_KINDS.items() if kind in ("company", "union")}
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "npadvmod"})


_BASED_VERBS = word_set("based_verbs")


def _home_of_a_business(token: Token) -> bool:
    """A state named only as the home of a company or a union: 'Danish-based' (a modifier of
    'based'), 'the Norlandic chipmaker', "Norland's dockers union". A title or a state body it modifies
    ('Norland's foreign minister', 'the Norlandic army') keeps it a party."""
    if token.dep_ not in _MODIFIER_DEPS:
        return False
    head = token.head
    if head.lemma_.lower() in _BASED_VERBS and token.dep_ in ("npadvmod", "compound", "amod"):
        return True
    return head.pos_ == "NOUN" and head.lower_ in _BUSINESS_NOUNS


def _region_before(token: Token) -> bool:
    """A capitalised word, neither a title nor a place, right before a demonym inside a sentence."""
    if token.i == sentence_of(token).start:
        return False
    prev = token.doc[token.i - 1]
    if not prev.is_alpha or not prev.text[:1].isupper() or prev.i == sentence_of(prev).start:
        return False
    return prev.lower_ not in TITLE_WORDS and lookup_place(prev.text) is None and prev.ent_type_ != "PERSON"


def _part_of_a_longer_name(doc: Doc, reg: Registry, token: Token | None, last: Token | None) -> bool:
    """A state's name inside a longer proper name, which is noted as its own party instead."""
    if token is None or last is None:
        return False
    if _inside_a_longer_name(last):
        _longer_name_party(doc, reg, token, last)  # "Norland Forward Alliance" is its own party, not Norland
        return True
    if _closes_a_longer_name(token):
        _closing_name_party(doc, reg, token, last)  # "Kestrel Norland": a company's arm in Norland
        return True
    return False


_REGION_WORDS = word_set("region_words")


def _closes_a_longer_name(token: Token) -> bool:
    """'Kestrel Norland', 'Maple Air Norland': a proper name (no title, place or region) runs into the
    state's name as its modifier; the whole is a company or body named after where it works."""
    if token.i == 0 or token.i == sentence_of(token).start:
        return False
    prev = token.doc[token.i - 1]
    if prev.pos_ != "PROPN" or prev.dep_ != "compound" or prev.head.i != token.i or not prev.text[:1].isupper():
        return False
    word = prev.lower_.rstrip(".")
    return word not in TITLE_WORDS | INSTITUTION_WORDS | STATE_BODY_WORDS | _REGION_WORDS and not lookup_place(
        prev.text
    )


def _closing_name_party(doc: Doc, reg: Registry, token: Token, last: Token) -> None:
    first = token.doc[token.i - 1]
    while first.i > 0 and first.nbor(-1).pos_ == "PROPN" and first.nbor(-1).dep_ == "compound":
        first = first.nbor(-1)
    start, end = first.idx, last.idx + len(last.text)
    if not reg.spans.covers(start):
        note_org(doc, reg, start, end)


def _longer_name_party(doc: Doc, reg: Registry, token: Token, last: Token) -> None:
    head = last
    while head.dep_ == "compound" and head.head.i > head.i and head.head.pos_ == "PROPN":
        if head.head.lower_.rstrip(".") in TITLE_WORDS or head.head.ent_type_ == "PERSON":
            break  # "Norland Rugby Board CEO Ana Berg": the name ends before its officer's title and name
        head = head.head
    start, end = token.idx, head.idx + len(head.text)
    if not reg.spans.covers(start):
        note_org(doc, reg, start, end)


def _inside_a_longer_name(token: Token) -> bool:
    """'Norland Forward Alliance': the state's name opens a longer proper name that is no title."""
    head = token.head
    if not _opens_a_proper_name(token):
        return False
    if any(t.is_punct for t in token.doc[token.i + 1 : head.i + 1]):
        return False  # "Norland - Kestrel": two names set side by side, not one
    if all(t.ent_type_ == "LOC" for t in token.doc[token.i + 1 : head.i + 1]):
        return False  # "the Norland Middle East envoy": the region a state's office covers, not a body's name
    rest = {t.lower_.rstrip(".") for t in token.doc[token.i + 1 : head.i + 1]}
    # "Norland State Council", "Norland Foreign Minister": a body or a title of the state itself.
    return not rest & (TITLE_WORDS | INSTITUTION_WORDS | STATE_BODY_WORDS)


def _opens_a_proper_name(token: Token) -> bool:
    """The token modifies a proper name after it that is no place."""
    head = token.head
    named = head.pos_ == "PROPN" or (head.text[:1].isupper() and head.ent_type_ == "ORG" == token.ent_type_)
    return token.dep_ == "compound" and named and head.i >= token.i and not lookup_place(head.text)


_COUNTRY_GROUP_NOUNS = word_map("country_group_nouns")


_GROUP_WRAPPERS = word_set("group_wrappers")


# Modifiers that pick no group out: "other countries", "all nations", "the two countries" (the sides).
_UNSPECIFIC = word_set("unspecific_determiners")


_GROUP_MODIFIER_DEPS = word_set("grammar/group_modifier_deps")


def country_groups(doc: Doc, reg: Registry) -> None:
    """'more than 80 nations want a catch limit', 'a handful of fishing nations resist it': a
    group of countries that acts in a forum story is a party, a bloc named by its description.
    The same description under another head word ('nations', 'countries') is the same group."""
    for tok, word in zip(tokens_of(doc), lower_words_of(doc), strict=True):
        label = _COUNTRY_GROUP_NOUNS.get(word)
        if label is None or tok.tag_ != "NNS" or reg.spans.covers(tok.idx):
            continue
        _note_country_group(doc, reg, tok, label)


def _note_country_group(doc: Doc, reg: Registry, tok: Token, label: str) -> None:
    """One plural head word of a group ('nations'): a mention of its bloc when the group is
    described and acts."""
    mods = [c for c in tok.children if c.dep_ in _GROUP_MODIFIER_DEPS and c.i < tok.i]
    wrapper = _group_wrapper(tok)
    acting = wrapper if wrapper is not None else tok
    if not mods or not _acts(acting):
        return
    name, start = _group_name_and_start(doc, tok, mods, wrapper)
    party = _bloc_described_as(reg, name, label)
    if party is None and _is_unspecific(tok, mods, wrapper):
        return  # "the two countries", "other nations"; "the fishing nations" refers to a group already met
    party = party or reg.ensure_party(name, "bloc")
    _add_mention(reg, party, name, start, tok.idx + len(tok.text))


def _group_name_and_start(doc: Doc, tok: Token, mods: list[Token], wrapper: Token | None) -> tuple[str, int]:
    """The group's name (its modifiers and head word) and where its mention starts (with its wrapper)."""
    first = min(t.i for m in mods for t in m.subtree)
    start = (wrapper.left_edge if wrapper is not None else doc[first]).idx
    return doc[first : tok.i + 1].text, start


def _bloc_described_as(reg: Registry, name: str, label: str) -> Party | None:
    """The bloc already met under the same description, whatever its head word."""
    key = _group_key(name, label)
    return next((p for p in reg.parties.values() if p.kind == "bloc" and _group_key(p.name, label) == key), None)


_OF_PREPOSITIONS = word_set("of_prepositions")


def _group_wrapper(tok: Token) -> Token | None:
    """'a coalition of 30 island states' -> 'coalition'."""
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ in _OF_PREPOSITIONS and prep.head.lemma_.lower() in _GROUP_WRAPPERS:
        return prep.head
    return None


_AGENT_PREPOSITIONS = word_set("agent_prepositions")


def _acts(tok: Token) -> bool:
    """A subject, or the subject of an absolute clause ('with 80 nations seeking a limit')."""
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ in _AGENT_PREPOSITIONS and tok.head.dep_ == "agent":
        return True  # "a draft backed by 80 countries"
    return any(c.dep_ in ("acl", "relcl") and c.tag_ == "VBG" for c in tok.children)


def _is_unspecific(tok: Token, mods: list[Token], wrapper: Token | None) -> bool:
    holder = tok if wrapper is None else wrapper  # "a coalition of 30 states": the coalition's determiner
    determiners = [c.lower_ for c in holder.children if c.dep_ in ("det", "poss", "predet")]
    if any(d in _UNSPECIFIC for d in determiners) or any(m.lower_ in _UNSPECIFIC for m in mods):
        return True
    return any(_fewer_than_three(m) for m in mods)


def _fewer_than_three(mod: Token) -> bool:
    """'the two countries': a number too small for a group (the sides themselves)."""
    return mod.dep_ == "nummod" and mod.like_num and mod.text.isdigit() and int(mod.text) < 3


_COUNT_WORDS = word_set("group_count_words")


def _group_key(name: str, label: str) -> tuple[str, ...]:
    words = [w for w in re.findall(r"[\w-]+", name.lower()) if w not in _COUNT_WORDS]
    return (*sorted(w for w in words[:-1]), label)


def groups_named_by_members(doc: Doc, reg: Registry) -> None:
    """'Greens will block the bill', 'the Tamaris said': a plural group name used as a noun is a
    party (a movement); the same word as an adjective ('a Republican bill') is its mention."""
    plural = _plural_group_names(doc)
    for ent in entities_of(doc):
        if ent.label_ != "NORP" or lookup_place(ent.text) or reg.spans.covers(ent.start_char):
            continue
        name = ent.text if ent.text in plural else next((p for p in plural if p.rstrip("s") == ent.text), None)
        if name is not None:
            _add_mention(reg, reg.ensure_party(name, "movement"), ent.text, ent.start_char, ent.end_char)


def _plural_group_names(doc: Doc) -> set[str]:
    """'Greens', 'the Tamaris': group names the model tags NORP used as plural nouns, not places."""
    return {
        e.text
        for e in entities_of(doc)
        if e.label_ == "NORP" and e.root.tag_ in ("NNPS", "NNS") and not lookup_place(e.text)
    }


def unlisted_states(doc: Doc, reg: Registry) -> None:
    """A country the gazetteer lacks: a place the model tags GPE at least twice, or as a possessor
    or subject, with its demonym ('Ruritania', 'Ruritanian') folded in. Towns named once stay scenery."""
    counts = _unlisted_place_counts(doc)
    for ent in entities_of(doc):
        if ent.label_ != "GPE" or ent.text not in counts or reg.spans.covers(ent.start_char):
            continue
        name = clean_org_name(ent.text)
        if not name or not (counts[ent.text] >= 2 or _acting_place(ent) or name in reg.parties):
            continue
        party = reg.ensure_party(name, "place")  # a state or a town: only its conduct will tell
        _add_mention(reg, party, name, ent.start_char, ent.end_char)
    _fold_in_demonyms(doc, reg)


def _unlisted_place_counts(doc: Doc) -> Counter[str]:
    """Mentions of each place the gazetteer lacks, outside datelines; "Ruritanian" counts for Ruritania."""
    counts = _unlisted_gpe_counts(doc)
    for norp in (e.text.lower() for e in entities_of(doc) if e.label_ == "NORP"):
        for place in counts:
            if len(place) > 4 and norp.startswith(place[:-1].lower()):
                counts[place] += 1
    return counts


def _unlisted_gpe_counts(doc: Doc) -> Counter[str]:
    """Mentions the model tags GPE of each place the gazetteer lacks, outside datelines."""
    datelines = dateline_spans(text_of(doc))
    return Counter(
        e.text
        for e in entities_of(doc)
        if e.label_ == "GPE" and lookup_place(e.text) is None and not any(s <= e.start_char < t for s, t in datelines)
    )


_POSSESSIVE_CLITICS = word_set("possessive_clitics")


def _acting_place(ent: Span) -> bool:
    """A place that is a subject or a possessor acts: 'Ruritania said', 'Ruritania's envoy', and so
    does one whose government is named: 'the government of Ruritania said'."""
    root = ent.root.head if ent.root.dep_ == "conj" else ent.root
    if root.dep_ == "pobj" and root.head.lower_ in _OF_WORDS and root.head.head.lemma_.lower() in GOVERNMENT_NOUNS:
        return True
    return root.dep_ in ("nsubj", "nsubjpass", "poss") or ent.doc[ent.end - 1].text in _POSSESSIVE_CLITICS


_OF_WORDS = word_set("of_prepositions")


def _fold_in_demonyms(doc: Doc, reg: Registry) -> None:
    """'Ruritanian' is a mention of Ruritania."""
    stems = {p.name[:-1].lower(): p for p in reg.parties.values() if p.kind == "place" and len(p.name) > 4}
    for ent in entities_of(doc):
        owner = _demonym_owner(reg, ent, stems) if ent.label_ == "NORP" else None
        if owner is not None:
            _add_mention(reg, owner, ent.text, ent.start_char, ent.end_char, proper=False)


def _demonym_owner(reg: Registry, ent: Span, stems: dict[str, Party]) -> Party | None:
    """The unlisted place whose name the demonym starts with, if it is not already noted."""
    if lookup_place(ent.text) or reg.spans.covers(ent.start_char):
        return None
    return next((p for stem, p in stems.items() if ent.text.lower().startswith(stem)), None)


def has_modifier_place(tok: Token, reg: Registry) -> Party | None:
    for child in tok.children:
        if child.dep_ in ("amod", "compound", "poss"):
            p = reg.party_at(child.idx, child.idx + len(child.text))
            if p is not None:
                return p
    return None


_GOVERNING_BODIES = word_set("governing_bodies")
_BODY_OWNER_DEPS = word_set("grammar/body_owner_deps")
_GOVERNED_KINDS = ("state", "place")  # a place the gazetteer does not know is still a polity with a cabinet


def governed_state(doc: Doc, reg: Registry, before: int | None = None) -> Party | None:
    """The one state whose cabinet, government or parliament the story names with its owner
    ("Valdoria's cabinet", "the Norlandic government"), before `before` if given; None for none or
    several. "The cabinet" or "the government" later on is that state's, not the state named last."""
    states: set[str] = set()
    for owner in _body_owners(doc):
        if before is not None and owner.idx >= before:
            continue
        party = reg.party_at(owner.idx, owner.idx + len(owner.text))
        place = lookup_place(owner.text) if party is None else None
        party = reg.parties.get(place.name) if place is not None else party
        if party is not None and party.kind in _GOVERNED_KINDS:
            states.add(party.name)
    return reg.parties[states.pop()] if len(states) == 1 else None


def _body_owners(doc: Doc) -> list[Token]:
    """The owner of every governing body the article names, in order. Found in one pass per article
    and kept for the analysis (dropped with its other findings, so another analysis of the same Doc,
    in another language, finds its own): every "the government" asks, and a scan per mention would
    grow with the square of the article's length."""
    kept = stage_cache(doc, "parties")
    found: list[int] | None = kept.get("body_owners")
    if found is None:
        tokens = tokens_of(doc)
        bodies = _GOVERNING_BODIES.now()
        found = kept["body_owners"] = [
            owner.i
            for i, lemma in enumerate(lower_lemmas_of(doc))
            if lemma in bodies
            for owner in tokens[i].children
            if owner.dep_ in _BODY_OWNER_DEPS
        ]
    return [doc[i] for i in found]
