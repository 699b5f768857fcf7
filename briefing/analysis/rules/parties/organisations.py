"""Organisations: named entities that are unions, companies, regulators, movements or a state's bodies;
acronyms and what they expand to; unnamed subjects that act; the employers of titled people; a
'person' that is an organisation."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from briefing.analysis.doctext import (
    dateline_spans,
    entities_of,
    text_of,
    tokens_tagged,
)
from briefing.analysis.rules.lexicon import (
    ORG_KINDS,
    STATEMENT_VERBS,
    TITLE_WORDS,
    is_news_source,
    lookup_place,
)
from briefing.analysis.rules.parties.names import (
    INSTITUTION_WORDS,
    STATE_BODY_WORDS,
    a_portfolio,
    add_short_company_name,
    an_amount,
    clean_org_name,
    ent_length,
    expansion,
    forget_places_within,
    merge_party,
    named_like_an_org,
    names_a_person,
    take_in_its_acronym,
)
from briefing.analysis.rules.types import Party, Registry
from briefing.lang import word_set

# Words that mark a movement or an insurgency even when its name carries a state's name
# ("Revolutionary Front of Valdoria").
_NON_STATE_WORDS = word_set("non_state_words")


# A legislature's chamber named alone belongs to a title or a setting; its members' parties are the actors.
_CHAMBERS = word_set("chambers")


def org_mentions(doc: Doc, reg: Registry) -> None:
    acronyms: dict[str, str] = {}
    datelines = dateline_spans(text_of(doc))
    for ent in entities_of(doc):
        if ent.label_ != "ORG" and not named_like_an_org(ent):
            continue
        if any(s <= ent.start_char < e for s, e in datelines):
            continue  # "PORT ARLEN, Norland − Envoys met ...": the dateline runs into the lead
        name, swallowed = _split_swallowed_acronym(clean_org_name(ent.text))
        if name and _an_organisation(ent, name, reg, acronyms):
            _note_organisation(doc, reg, ent, name, swallowed, acronyms)


def _note_organisation(
    doc: Doc, reg: Registry, ent: Span, name: str, swallowed: str | None, acronyms: dict[str, str]
) -> None:
    """One organisation's mention, under its full name and with its acronym: a state's body is a
    mention of the state, any other a party of its own."""
    start = ent.start_char
    acr = _acronym_after(doc, ent) or swallowed
    name, end = _with_coordinated_remainder(doc, ent, name)
    spelled = _name_spelled_by_acronym(doc, ent)
    if spelled is not None:
        start, end, acr = spelled
        name = clean_org_name(text_of(doc)[start:end])
    state = _state_of_body(ent, reg)
    if state is not None:
        state.add_actor(name)
        _add_mention(reg, state, name, start, end)
        return
    forget_places_within(reg, start, end)  # "Pilots Guild of Norland" is no mention of Norland
    key = _party_key(reg, name, acronyms)
    party = reg.ensure_party(key, _org_kind(key))
    _add_mention(reg, party, name, start, end)
    add_short_company_name(reg, party)
    acr = acr or take_in_its_acronym(reg, party)
    if acr:
        acronyms[acr] = key
        party.aliases.add(acr)


def _party_key(reg: Registry, name: str, acronyms: dict[str, str]) -> str:
    """The party an organisation's name belongs to: its long form for an acronym, else its own."""
    key = acronyms.get(name, name)
    if key not in reg.parties:
        # An acronym seen alone later ("TLF") finds its long form through `acronyms`, or by its
        # initials ("KMPA" for the Kestrel Maritime Producers Alliance).
        key = next((k for k, p in reg.parties.items() if name in p.aliases), None) or expansion(name, reg) or key
    return key


_SWALLOWED_ACRONYM = re.compile(r"(?P<name>.+?)\s*\((?P<acronym>[A-Z][A-Za-z0-9&.-]{1,9})\)?")


def _split_swallowed_acronym(name: str) -> tuple[str, str | None]:
    """'Commission for Conciliation (CCMA': the model took the bracketed acronym into the name."""
    m = _SWALLOWED_ACRONYM.fullmatch(name)
    return (m.group("name").strip(" ,"), m.group("acronym")) if m else (name, None)


def _an_organisation(ent: Span, name: str, reg: Registry, acronyms: dict[str, str]) -> bool:
    """Not a news outlet, a place, a person, a document, a title, a credential after a name ("Ana
    Berg, RN"), nor inside a longer name known."""
    if is_news_source(name) or lookup_place(name) or names_a_person(ent, reg):
        return False
    if name.lower().replace(".", "") in _POSTNOMINALS:
        return False
    if _names_a_document(name) or _names_a_document(acronyms.get(name, "")):
        return False
    if all(w.lower().rstrip(".") in TITLE_WORDS | _CHAMBERS for w in name.split()):
        return False  # "Interior Minister", "Senate Majority Leader", "House Speaker": part of a title
    if a_portfolio(ent, name) or an_amount(ent):
        return False
    return not _inside_a_known_name(ent, name, reg)


def _inside_a_known_name(ent: Span, name: str, reg: Registry) -> bool:
    """A mention already noted that covers the entity and is at least as long as the name."""
    return any(
        s <= ent.start_char and ent.end_char <= e and e - s >= len(name)
        for (s, e), _ in reg.spans.overlapping(ent.start_char, ent.end_char)
    )


def _add_mention(reg: Registry, party: Party, name: str, start: int, end: int) -> None:
    party.aliases.add(name)
    party.mentions.append((start, end))
    party.proper_mentions += 1
    reg.note(start, end, "party", party.name)


_DOCUMENT_WORDS = word_set("document_words")


_POSTNOMINALS = word_set("postnominals")


def _names_a_document(name: str) -> bool:
    """'Non-Disclosure Agreements', 'the MoU', 'the MOU': a document the parties sign, not a party."""
    words = re.findall(r"[A-Za-z]+", name)
    if not words:
        return False
    last = words[-1].lower()
    if len(words) == 1:
        return last in _DOCUMENT_WORDS
    return last in _DOCUMENT_WORDS or (last.endswith("s") and last[:-1] in _DOCUMENT_WORDS)


_AND_WORDS = word_set("and_words")


def _with_coordinated_remainder(doc: Doc, ent: Span, name: str) -> tuple[str, int]:
    """'Ministry of Justice and Public Order': the model often ends the name at 'and', making the
    remainder an organisation of its own. A capitalised remainder with no body word of its own
    ('Public Order') belongs to the institution before it; 'Ministry of Justice and the
    Velika Dockworkers Union' stays two bodies."""
    if doc[ent.end - 1].lower_ in _AND_WORDS and (rest_words := _capitalised_run(doc, ent.end)):
        # "International Dockers and" tagged apart from "Warehouse Union": the model cut the name after 'and'
        end = rest_words[-1].idx + len(rest_words[-1].text)
        return clean_org_name(text_of(doc)[ent.start_char : end]), end
    if ent.end + 1 >= len(doc) or doc[ent.end].lower_ not in _AND_WORDS:
        return name, ent.end_char
    after = doc[ent.end + 1]
    length = ent_length(after) if after.ent_type_ == "ORG" else 0
    rest = doc[after.i : after.i + length] if length else None
    if rest is None:
        return _inner_coordination(doc, ent, name)
    if not _remainder_of_institution(name, rest):
        return name, ent.end_char
    return clean_org_name(text_of(doc)[ent.start_char : rest.end_char]), rest.end_char


def _remainder_of_institution(name: str, rest: Span) -> bool:
    """'Public Order' after 'Ministry of Justice and': capitalised words with no body word of their
    own, after a government body."""
    if _org_kind(name) != "government" or _org_kind(rest.text) != "org":
        return False
    return not any(t.lower_ in ORG_KINDS for t in rest) and all(t.text[:1].isupper() for t in rest)


def _inner_coordination(doc: Doc, ent: Span, name: str) -> tuple[str, int]:
    """'the Alliance of Terminal and Harbour Operators' tagged up to 'Terminal': capitalised words after
    'and' that the parse hangs inside the name (on its 'of', not as a second subject) finish it."""
    rest = _capitalised_run(doc, ent.end + 1)
    if not rest:
        return name, ent.end_char
    top = next((t for t in rest if not rest[0].i <= t.head.i <= rest[-1].i), None)
    if top is None or not ent.start <= top.head.i < ent.end or top.head.i == ent.root.i:
        return name, ent.end_char
    end = rest[-1].idx + len(rest[-1].text)
    return clean_org_name(text_of(doc)[ent.start_char : end]), end


_NAME_JOINERS = word_set("name_joiners")
MAX_NAME_WORDS = 10  # the longest run of words an organisation's full name is sought in


def _capitalised_run(doc: Doc, i: int) -> list[Token]:
    """The capitalised words from token `i` on that no entity of another type claims."""
    run: list[Token] = []
    while i < len(doc) and len(run) < MAX_NAME_WORDS and doc[i].text[:1].isupper() and doc[i].is_alpha:
        if doc[i].ent_type_ not in ("", "ORG"):
            break
        run.append(doc[i])
        i += 1
    return run


def _name_spelled_by_acronym(doc: Doc, ent: Span) -> tuple[int, int, str] | None:
    """'Norland Apparel Makers and Sellers Association (NAMSA)' tagged in pieces: the run of
    capitalised words (joined by 'and', 'of', 'for') around the entity whose initials spell the
    bracketed acronym after it is the whole name, never two parties."""
    found = _bracketed_acronym_after(doc, ent)
    if found is None:
        return None
    end, acronym = found
    start = ent.start
    while start > ent.sent.start and ent.end - start < MAX_NAME_WORDS and _in_a_name(doc[start - 1]):
        start -= 1
    for first in range(start, ent.end):
        if doc[first].text[:1].isupper() and _initials(doc[first:end]) == acronym:
            if (first, end) == (ent.start, ent.end):
                return None  # the entity is the whole name already
            return doc[first].idx, doc[end - 1].idx + len(doc[end - 1].text), acronym
    return None


def _bracketed_acronym_after(doc: Doc, ent: Span) -> tuple[int, str] | None:
    """Where the capitalised words running on from the entity end, and the acronym in brackets there."""
    end, last = ent.end, ent.sent.end
    while end < last and end - ent.start < MAX_NAME_WORDS and _in_a_name(doc[end]):
        end += 1
    if end + 2 >= last or doc[end].text != "(" or doc[end + 2].text != ")":
        return None
    acronym = doc[end + 1].text
    plausible = acronym.isupper() and acronym.isalpha() and MIN_ACRONYM <= len(acronym) <= MAX_SPELLED_ACRONYM
    return (end, acronym) if plausible else None


MAX_SPELLED_ACRONYM = 9  # "BGMEA"-like acronyms of long trade bodies run longer than acting ones


def _in_a_name(tok: Token) -> bool:
    return tok.lower_ in _NAME_JOINERS or (tok.text[:1].isupper() and tok.is_alpha)


_DEFINITE_ARTICLES = word_set("definite_articles")


def _initials(words: Span) -> str:
    """'Apparel Makers and Sellers Association' -> 'AMSA'; nothing when it opens with 'the'."""
    kept = [t for t in words if t.lower_ not in _NAME_JOINERS and not t.is_punct]
    if not kept or kept[0].lower_ in _DEFINITE_ARTICLES:
        return ""
    return "".join(t.text[0] for t in kept).upper()


def unnamed_entity_subjects(doc: Doc, reg: Registry) -> None:
    """'Allina Health, which runs two hospitals, said ...': a capitalised name the model did not tag,
    acting as a subject, is an organisation (people's names are tagged far more reliably)."""
    for tok in tokens_tagged(doc, "PROPN"):
        if tok.ent_type_:
            continue
        if tok.dep_ == "conj":
            _joint_subject_org(doc, reg, tok)
            continue
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if _acronym_acting(tok, reg):
            note_org(doc, reg, _hyphened_acronym_start(doc, tok), tok.idx + len(tok.text))
            continue
        start = _untagged_org_start(doc, reg, tok)
        if start is not None:
            note_org(doc, reg, start, tok.idx + len(tok.text))


def _untagged_org_start(doc: Doc, reg: Registry, tok: Token) -> int | None:
    """Where an untagged capitalised name that speaks and ends like an organisation's starts."""
    words = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i and c.pos_ == "PROPN"]
    if not words or any(w.ent_type_ for w in words) or reg.spans.covers(tok.idx):
        return None
    first = words[0]
    while inner := [c for c in first.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and not c.ent_type_]:
        first = inner[0]  # 'Tamlin Nation Tribal Council': the parse hangs 'Tamlin' off 'Nation'
    start = first.idx
    name = text_of(doc)[start : tok.idx + len(tok.text)]
    acts = tok.head.lemma_.lower() in STATEMENT_VERBS
    # Only names that end like an organisation's ("... Health", "... Motors"): an untagged
    # "Vice Premier Li Ana" is a person, not a company.
    if not acts or tok.lower_ not in ORG_KINDS or not all(w[:1].isupper() for w in name.split()):
        return None
    return start


_MEETING_VERBS = word_set("meeting_verbs")


def _joint_subject_org(doc: Doc, reg: Registry, tok: Token) -> None:
    """'Harborline and the Norlandic Dockers Guild resumed talks': an untagged capitalised name that ends
    in an organisation word, joined to the subject of a verb of speaking, acting or meeting, is an
    organisation; a demonym opening it ('Norlandic') is part of its name, not a mention of the state."""
    if not _joined_to_an_acting_subject(tok):
        return
    words = [c for c in tok.subtree if c.i < tok.i and c.dep_ == "compound"]
    if not words or tok.lower_ not in ORG_KINDS or reg.spans.covers(tok.idx):
        return
    if any(w.pos_ != "PROPN" or (w.ent_type_ and w.ent_type_ not in ("NORP", "GPE")) for w in words):
        return
    start, end = words[0].idx, tok.idx + len(tok.text)
    if " and " in text_of(doc)[start:end]:
        return  # two names, not one
    forget_places_within(reg, start, end)
    note_org(doc, reg, start, end)


def _joined_to_an_acting_subject(tok: Token) -> bool:
    """A conjunct of the subject of a verb of speaking, acting or meeting."""
    first = tok
    while first.dep_ == "conj":
        first = first.head
    verb = first.head.lemma_.lower()
    return first.dep_ in ("nsubj", "nsubjpass") and verb in _SPEAKING_OR_ACTING | _MEETING_VERBS


MIN_ACRONYM, MAX_ACRONYM = 3, 7


def _acronym_acting(tok: Token, reg: Registry) -> bool:
    """'The KDGU has refused': an untagged acronym speaking or acting is an organisation."""
    text = tok.text
    return (
        MIN_ACRONYM <= len(text) <= MAX_ACRONYM
        and text.isupper()
        and text.isalpha()
        and tok.head.lemma_.lower() in _SPEAKING_OR_ACTING
        and not reg.spans.covers(tok.idx)
        and lookup_place(text) is None
    )


def _hyphened_acronym_start(doc: Doc, tok: Token) -> int:
    """'HCG-TWU said': an acronym joined to the one before it by a hyphen, with no space, is one name."""
    i = tok.i
    while (
        i >= 2
        and doc[i - 1].text in ("-", "–")
        and not doc[i - 2].whitespace_
        and not doc[i - 1].whitespace_
        and doc[i - 2].text.isupper()
        and doc[i - 2].text.isalpha()
    ):
        i -= 2
    return doc[i].idx


_ACTING_VERBS = word_set("acting_verbs")


_SPEAKING_OR_ACTING = STATEMENT_VERBS | _ACTING_VERBS


def note_org(doc: Doc, reg: Registry, start: int, end: int) -> None:
    """A mention of an organisation: of a party already known by that name, its acronym or a longer
    form of it ("Norland Forward" within "Norland Forward Alliance"), else of a new party."""
    name = text_of(doc)[start:end]
    key = (
        next((k for k, p in reg.parties.items() if name in p.aliases), None)
        or expansion(name, reg)
        or next((k for k, p in reg.parties.items() if _one_opens_the_other(k, p.kind, name)), None)
        or name
    )
    party = reg.ensure_party(key, _org_kind(key))
    party.aliases.add(name)
    party.mentions.append((start, end))
    party.proper_mentions += 1
    reg.note(start, end, "party", party.name)


def _one_opens_the_other(known: str, kind: str, name: str) -> bool:
    """'Norland Forward' and 'Norland Forward Alliance': one organisation's name opens the other's; 'the
    North' opens 'North Korea'. A longer name opened by a state's is not the state: 'Norland Rugby
    Board' is not Norland."""
    return known.startswith(name + " ") or (kind not in _NOT_ARMS and name.startswith(known + " "))


def employers_of_titled_people(doc: Doc, reg: Registry) -> None:
    """'Harborline's chief executive', 'the Guild's general secretary': a proper name the model did
    not tag, owning a title, is the body that title serves, a party of its own. So is a lone word the
    model called a person that no first name or title ever came with ("Tamlin's general secretary")."""
    for tok in tokens_tagged(doc, "PROPN"):
        if not _owns_a_title(tok) or not _unknown_name(reg, tok):
            continue
        words = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i and c.pos_ == "PROPN"]
        start = words[0].idx if words else tok.idx
        name = text_of(doc)[start : tok.idx + len(tok.text)]
        if is_news_source(name):
            continue
        note_org(doc, reg, start, tok.idx + len(tok.text))


def _owns_a_title(tok: Token) -> bool:
    """'Harborline's chief executive': a name (no place, no person with more words) owning a title."""
    if tok.dep_ != "poss" or tok.ent_type_ in ("GPE", "LOC", "NORP"):
        return False
    if tok.ent_type_ == "PERSON" and not (tok.ent_iob_ == "B" and ent_length(tok) == 1):
        return False
    return tok.head.lemma_.lower() in TITLE_WORDS


def _unknown_name(reg: Registry, tok: Token) -> bool:
    """A capitalised name not yet noted, no place and no person known."""
    if reg.spans.covers(tok.idx) or lookup_place(tok.text):
        return False
    return reg.person_at(tok.idx, tok.idx + len(tok.text)) is None and tok.text[:1].isupper()


def persons_that_are_orgs(reg: Registry) -> None:
    """'Harborline Terminals' tagged as a person while 'Harborline' is an organisation, or 'Tamlin' while
    the text speaks of 'the Tamlin union': it is the organisation."""
    single_word_orgs = {
        name: party
        for party in reg.parties.values()
        if party.kind not in ("state", "bloc", "body")
        for alias in sorted(party.aliases)
        if (name := _single_word_name(alias))
    }
    for surname, person in list(reg.persons.items()):
        owner = next((single_word_orgs[w] for w in person.name.split() if w in single_word_orgs), None)
        if owner is None:
            continue
        del reg.persons[surname]
        owner.aliases.add(person.name)
        for span, value in list(reg.spans.items()):
            if value == ("person", surname):
                reg.spans[span] = ("party", owner.name)
                owner.mentions.append(span)


def _single_word_name(alias: str) -> str | None:
    """'Harborline' -> 'Harborline'; 'the Tamlin union' -> 'Tamlin': the name a party goes by alone."""
    words = clean_org_name(alias).split()
    if len(words) == 1:
        return words[0]
    if len(words) == 2 and words[1].lower() in ORG_KINDS and words[0][:1].isupper():
        return words[0]
    return None


def _acronym_after(doc: Doc, ent: Span) -> str | None:
    """'Tamari Liberation Front (TLF)', 'Sozialunion (ÖSU)': the acronym in brackets right after a name,
    in any alphabet."""
    tail = text_of(doc)[ent.end_char : ent.end_char + 14]
    m = re.match(r"\s*\(([^\W\d_][\w&\-]{1,9})\)", tail)
    return m.group(1) if m and m.group(1)[0].isupper() else None


def _state_of_body(ent: Span, reg: Registry) -> Party | None:
    """'Valdorian Foreign Ministry', 'State Council of Norland', "Norland's Ministry of Ports" -> the
    state; 'Norlandic Workers Front' -> None."""
    words = {t.lower_ for t in ent}
    owner = ent.start_char - len("'s ")  # "Norland's Ministry of Ports": the owner before the name
    inner = [
        (s, e)
        for (s, e), (kind, _) in reg.spans.overlapping(min(owner - 1, ent.start_char), ent.end_char)
        if kind == "party"
        and (ent.start_char <= s or (e == owner and _OWNER_MARK.fullmatch(ent.doc.text[e : ent.start_char])))
    ]
    if not inner or not words & STATE_BODY_WORDS or words & _NON_STATE_WORDS:
        return None
    _, key = reg.spans[inner[0]]
    party = reg.parties[key]
    return party if party.kind == "state" else None


_OWNER_MARK = re.compile(r"['’]s ")


def _organ_of_a_body(name: str) -> bool:
    """'U.N. Fisheries Office', 'UN Water Council': a name that opens with an international
    body's is one of its organs, and a body too."""
    words = name.split()
    return any(
        (place := lookup_place(" ".join(words[:n]))) is not None and place.kind == "body" for n in range(1, len(words))
    )


def _org_kind(name: str) -> str:
    """The kind a name tells: an institution word anywhere wins ("Ministry of Health" is no company),
    then the last kind word ("Harlow Motors", "Lakeside Nurses Association")."""
    if _organ_of_a_body(name):
        return "body"
    words = re.findall(r"[A-Za-z]+", name.lower())
    if any(w in INSTITUTION_WORDS for w in words):
        return "government"
    for at in range(len(words) - 1, -1, -1):
        if words[at] in ORG_KINDS:
            return _members_kind(words[:at], words[at]) if words[at] in _COLLECTIVE_WORDS else ORG_KINDS[words[at]]
    return "org"


_COLLECTIVE_WORDS = word_set("collective_org_words")


def _members_kind(before: list[str], collective: str) -> str:
    """The kind of an association by the members its name gives ("Garment Manufacturers Association"
    is employers), else the collective word's own kind."""
    member = next((w for w in reversed(before) if w in ORG_KINDS and w not in _COLLECTIVE_WORDS), None)
    return ORG_KINDS[member if member is not None else collective]


_NOT_ARMS = frozenset({"state", "place", "bloc", "group"})


def arms_of_one_party(reg: Registry) -> None:
    """'Kestrel' and 'Kestrel Norland', 'Harbor' and 'Harbor Lines': a name the text also gives in a
    longer form is that party, when both name the same kind of body (the 'Kestrel Pilots Union' is
    a union, not Kestrel). The name used more often names the party; the other is its alias."""
    for short in sorted(reg.parties.values(), key=lambda p: len(p.name)):
        if short.kind in _NOT_ARMS:
            continue
        words = _name_parts(short.name)
        longer = [
            p
            for p in reg.parties.values()
            if p is not short
            and p.kind == short.kind
            and len(_name_parts(p.name)) > len(words)
            and _name_parts(p.name)[: len(words)] == words
        ]
        if len(longer) == 1:
            # The name the text uses most is the party's: 'Kestrel' named often, 'Kestrel Cargo' once.
            gone, kept = (longer[0], short) if short.proper_mentions > longer[0].proper_mentions else (short, longer[0])
            merge_party(reg, gone, kept)


MIN_REMNANT_CHARS = 4  # "EU", "UN": too short to be told apart from a word of another name


def remnants_of_longer_names(reg: Registry) -> None:
    """'Exchequer' beside Norland known as 'Norland Exchequer', 'Kestrel Express' beside 'Air Kestrel
    Express', 'Norland Apparel Makers' beside 'Norland Apparel Makers and Sellers Association': an
    organisation whose name closes another party's longer name, or opens it up to an 'and', is the
    rest of that name, cut off by the model; it is that party."""
    for part in sorted(reg.parties.values(), key=lambda p: len(p.name)):
        if part.kind in _NOT_ARMS or len(part.name) < MIN_REMNANT_CHARS or part.name not in reg.parties:
            continue
        whole = next((p for p in reg.parties.values() if p is not part and _remnant_of(part.name, p)), None)
        if whole is not None:
            merge_party(reg, part, whole)


def _remnant_of(name: str, whole: Party) -> bool:
    if whole.name.startswith(name + " and "):
        return True
    return any(alias != name and alias.endswith(" " + name) for alias in whole.aliases | {whole.name})


def _name_parts(name: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[\w.&]+", name) if w.lower() not in _DEFINITE_ARTICLES]
