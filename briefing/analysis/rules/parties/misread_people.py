"""Organisations the model took for people: 'ASTU Metall said', 'the strike by ASTU Metall', 'Orrin
Aquafarms said it would appeal'. A personal name never opens with an acronym and is soon shortened to
the surname; a name that opens with capitals, is always written whole and is never a 'he' or a 'she'
is an organisation's. So is one that a title belongs to ('chief executive of Orrin Aquafarms': people
hold titles, they are not the office), one always written whole whose own words call it 'it', and
one whose last word names a trade ('Velt Pharma', 'Brisk Logistics'), however the text shortens it."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from briefing.analysis.doctext import char_span, text_of
from briefing.analysis.rules.lexicon import GENERIC_PARTY_NOUNS, ORG_KINDS, STATEMENT_VERBS, TITLE_WORDS
from briefing.analysis.rules.parties.names import speaker_pronoun_next
from briefing.analysis.rules.types import Registry
from briefing.lang import word_set

_TITLE_PREPOSITIONS = word_set("title_prepositions")  # not "for": "a spokeswoman for Ana Ruiz" serves a person
_TRADE_NAME_WORDS = word_set("trade_name_words") | {w for w, kind in ORG_KINDS.items() if kind == "company"}

MIN_WHOLE_MENTIONS = 2  # a person named in full twice is usually shortened by then
MIN_OPENING_CAPITALS = 2  # 'GS' of 'GS Verkstad'; one capital is an initial ('J Berg')


def people_named_like_bodies(doc: Doc, reg: Registry) -> None:
    """Turn into an organisation each 'person' used only whole, with no title and no gendered pronoun
    after it, that reads as a body (`_reads_as_a_body`)."""
    text = text_of(doc)
    for surname, person in list(reg.persons.items()):
        if len(person.name.split()) < 2 or person.title or person.gender or surname == person.name:
            continue
        mentions = sorted(set(person.mentions))
        whole = [(end - len(person.name), end) for _start, end in mentions if text[:end].endswith(person.name)]
        if len(whole) < len(mentions) or any(speaker_pronoun_next(doc, start) for start, _end in whole):
            continue  # shortened to the surname somewhere, or a 'he' or 'she': a person's way of being named
        if not _reads_as_a_body(doc, person.name, whole):
            continue
        del reg.persons[surname]
        party = reg.ensure_party(person.name, "org")
        for span in mentions:
            del reg.spans[span]
        for span in whole:
            party.mentions.append(span)
            party.proper_mentions += 1
            reg.note(*span, "party", party.name)


def people_named_for_a_trade(reg: Registry) -> None:
    """Turn into a company each untitled 'person' whose name ends on a word of trade ('Velt Pharma
    said', later 'Velt said'): every mention, shortened ones too, is the company's."""
    for surname, person in list(reg.persons.items()):
        words = person.name.split()
        if len(words) < 2 or person.title or words[-1].lower() not in _TRADE_NAME_WORDS:
            continue
        del reg.persons[surname]
        party = reg.ensure_party(person.name, "company")
        party.aliases.add(person.name)
        for span in sorted(person.mentions):
            party.mentions.append(span)
            party.proper_mentions += 1
            reg.note(*span, "party", party.name)


def _reads_as_a_body(doc: Doc, name: str, whole: list[tuple[int, int]]) -> bool:
    """A name that opens with an acronym and is named whole often, one a title belongs to, or one
    named whole in two places or more whose own words call it 'it'."""
    first = name.split()[0].replace(".", "")
    if len(first) >= MIN_OPENING_CAPITALS and first.isalpha() and first.isupper() and len(whole) >= MIN_WHOLE_MENTIONS:
        return True
    spans = [s for s in (doc.char_span(a, b, alignment_mode="expand") for a, b in set(whole)) if s is not None]
    if any(_holds_a_title(s) for s in spans):
        return True
    # two mentions may end at one place ('envoy Ivo Rask', 'Ivo Rask'): count the places
    return len(set(whole)) >= MIN_WHOLE_MENTIONS and any(_calls_itself_it(s) for s in spans)


def _holds_a_title(span: Span) -> bool:
    """'chief executive of Orrin Aquafarms', 'a director at Orrin Aquafarms': the name is the office."""
    root = span.root
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ in _TITLE_PREPOSITIONS and prep.head.lemma_.lower() in TITLE_WORDS


def _calls_itself_it(span: Span) -> bool:
    """'Orrin Aquafarms said it would appeal': the speaker's own reported clause calls it 'it'."""
    root = span.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() not in STATEMENT_VERBS:
        return False
    said = (c for c in verb.children if c.dep_ == "ccomp")
    return any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ == "it" for c in said for g in c.children)


def persons_described_as_orgs(doc: Doc, reg: Registry) -> None:
    """'Kestrel Mining, a Danish-based company, said': a name the model tagged as a person, given an
    organisation noun in apposition, is that organisation. Read before people are bound to parties,
    so the state in the description ('Danish-based') never becomes the speaker's party."""
    for surname, person in list(reg.persons.items()):
        kind = next((k for span in person.mentions if (k := _org_apposition(doc, span)) is not None), None)
        if kind is None:
            continue
        del reg.persons[surname]
        party = reg.ensure_party(person.name, kind)
        party.aliases.add(person.name)
        for span in sorted(person.mentions):
            party.mentions.append(span)
            party.proper_mentions += 1
            reg.note(*span, "party", party.name)


def _org_apposition(doc: Doc, span: tuple[int, int]) -> str | None:
    """The kind of the organisation noun set in apposition to a name ('X, a mining company') or
    written right before it ('ride-hailing firm X'), if any."""
    named = char_span(doc, *span, alignment_mode="expand")
    if named is None:
        return None
    before = [c for c in named.root.children if c.dep_ in ("amod", "compound") and c.i == named.start - 1]
    for appos in (c for c in named.root.children if c.dep_ == "appos" or c in before):
        kind = ORG_KINDS.get(appos.lower_) or GENERIC_PARTY_NOUNS.get(appos.lower_)
        if kind in ("company", "union") and appos.tag_ == "NN":
            return kind
    return None
