"""Third parties and the role each plays (the sides themselves are chosen in `side_choice`).

Mediators, hosts, backers and blocs are third parties, each labelled from the
words around its mentions, or else by what the text says it does; a party only
ever named in passing is context and is not listed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from briefing.analysis.doctext import char_span, evidence_for, sentence_of, text_of
from briefing.analysis.rules.lexicon import GENERIC_PARTY_NOUNS, ROLE_WORDS, TITLE_WORDS, is_news_source
from briefing.analysis.rules.offices import holds_a_named_office, out_of_office, titled_for_a_side
from briefing.analysis.rules.role_acts import (
    acted_on_phrase,
    acting_phrase,
    agent_phrase,
    claimed_act,
    convened,
    office_acting,
    phrase_head,
    relative_act,
)
from briefing.analysis.rules.role_asks import appealed_to, asked_to
from briefing.analysis.rules.role_bodies import unnamed_bodies
from briefing.analysis.rules.role_denials import (
    disclaimed_by_its_people,
    disclaimed_part,
    owns_part_of_a_side,
    supposed,
)
from briefing.analysis.rules.role_grammar import (
    INTERNATIONAL_KINDS,
    a_surname_with_particles,
    city_hosts,
    distinct,
    forum,
    met_with,
    name_head,
    named_for_its_state,
    own_organ,
    party_to_deal,
    role_word_after,
    said_role_word,
    unnamed_roles,
    venue_host,
)
from briefing.analysis.rules.role_held import held
from briefing.analysis.rules.role_history import current_part, current_person
from briefing.analysis.rules.role_moves import (
    acts_with_a_side,
    bargains,
    governs_apart,
    home_state_of_a_side,
    owns_a_side,
    talks_with_the_one_side,
)
from briefing.analysis.rules.role_readings import clause_unreal, negated_clause, party_to, refused_talks
from briefing.analysis.rules.role_things import names_a_thing
from briefing.analysis.rules.side_names import named_side_of, names_a_side
from briefing.analysis.rules.types import Party, Person, Registry, Statement
from briefing.lang import LanguageProfile, per_language, word_set
from briefing.model import Evidence, ThirdParty


# "Norland-backed": a role written onto the party's name; matched where a hyphen follows a mention.
@per_language
def _role_suffix(profile: LanguageProfile) -> re.Pattern[str]:
    words = profile.alternation("role_suffixes")
    return re.compile(rf"-({words})\b")


def role_of(doc: Doc, party: Party, *, told_as_possible: bool = False) -> tuple[str | None, Evidence | None]:
    """A role the grammar gives a party: 'Norland-backed', 'Kestria mediated', 'talks hosted by Arlenia',
    'Kestrian mediators'. Proximity alone is not enough: a mediator named near a side is not its role.
    With `told_as_possible`, a role told only as what may happen ('Kestria could mediate') is a
    'possible mediator', the label the bottom line never reads as the part played."""
    text = text_of(doc)
    for start, end in sorted(party.mentions):
        attached = _role_suffix().match(text, end, end + 14) if text.startswith("-", end) else None
        label = _label(attached.group(1)) if attached else None
        noun = role_word_after(doc, attached.end(), ROLE_WORDS) if attached else None
        label = _label(noun.lemma_.lower()) if noun is not None else label  # "Arlenian-led mediation"
        span = char_span(doc, start, end, alignment_mode="expand")
        if span is None or negated_clause(span.root) or clause_unreal(span.root):
            continue  # "X is not involved", "unless X mediates": no role, not the reverse of one
        label = label or _role_from_parse(name_head(span.root))  # "Mediated by Ghanaian President X"
        if label is not None:
            possible = told_as_possible and supposed(name_head(span.root))
            return (f"possible {label}" if possible else label), evidence_for(span.sent)
    return None, None


_ROLE_VERBS = word_set("role_verbs")
_ROLE_NOUNS = word_set("role_nouns")


_ROLE_ORIGIN_PREPOSITIONS = word_set("role_origin_prepositions")


_AGENT_PREPOSITIONS = word_set("agent_prepositions")


def _role_from_parse(tok: Token) -> str | None:
    first = tok
    while first.dep_ == "conj":
        first = first.head
    word = _role_word_governing(first)
    if word is not None:
        return _label(word)
    offered = _offered_role(first)
    if offered is not None:
        return offered
    said = said_role_word(first, _ROLE_VERBS, ROLE_WORDS, _ROLE_NOUNS)  # "said it had mediated", "heads the mediation"
    if said is not None:
        return _label(said.lemma_.lower())
    word = _role_word_on(tok)
    return _label(word) if word is not None else None


def _role_word_governing(first: Token) -> str | None:
    """The role verb or noun the mention's phrase hangs from: its verb, its 'by', its noun."""
    if first.dep_ in ("nsubj", "nsubjpass") and first.head.lemma_ in _ROLE_VERBS:
        return first.head.lemma_
    if first.dep_ == "pobj" and first.head.lower_ in _AGENT_PREPOSITIONS and first.head.head.lemma_ in _ROLE_VERBS:
        return first.head.head.lemma_  # "talks mediated by Kestria"
    return _role_noun_governing(first) or _appointed_to(first)


_APPOINTING_VERBS = word_set("appointing_verbs")
_AS_PREPOSITIONS = word_set("as_prepositions")


def _appointed_to(first: Token) -> str | None:
    """'the minister appointed Ana Berg to mediate', 'Ana Berg was named as mediator': the role the
    party is put in. Asked or urged to mediate is not yet the role."""
    verb = first.head
    if first.dep_ not in ("dobj", "oprd", "nsubjpass") or verb.lemma_.lower() not in _APPOINTING_VERBS:
        return None
    for c in verb.children:
        if c.dep_ == "xcomp" and c.lemma_ in _ROLE_VERBS:
            return c.lemma_
        role = next((g for g in c.children if g.dep_ == "pobj" and g.lemma_ in _ROLE_NOUNS), None)
        if c.dep_ == "prep" and c.lower_ in _AS_PREPOSITIONS and role is not None:
            return role.lemma_
    return None


def _role_noun_governing(first: Token) -> str | None:
    """The role noun the mention modifies or comes from: 'Kestrian mediators', 'mediators from Kestria'."""
    head = first.head
    if first.dep_ in ("compound", "amod", "poss", "nmod") and head.lemma_ in _ROLE_NOUNS:
        return head.lemma_  # "Kestrian mediators", "the bloc's envoy"
    if (
        first.dep_ == "pobj"
        and first.head.lower_ in _ROLE_ORIGIN_PREPOSITIONS
        and first.head.head.lemma_ in _ROLE_NOUNS
    ):
        return first.head.head.lemma_  # "mediators from Kestria"
    return None


def _role_word_on(tok: Token) -> str | None:
    """A role verb in a clause on the mention, or a role noun in apposition to it."""
    for child in tok.children:
        if child.dep_ in ("acl", "relcl", "advcl") and child.lemma_ in _ROLE_VERBS:
            return child.lemma_  # "Kestria mediating in talks", "Arlenia, which hosts"
        if child.dep_ == "appos" and child.lemma_ in _ROLE_NOUNS:
            return child.lemma_
    return None


_SOURCE_PREPOSITIONS = word_set("source_prepositions")


def _offered_role(first: Token) -> str | None:
    """'offers from Kestria and Arlenia to mediate', 'Arlenia's offer to host the talks': the role a
    noun of the party's holds out in its infinitive."""
    noun = _noun_of_the_party(first)
    if noun is None or noun.pos_ != "NOUN":
        return None
    if noun.dep_ == "nsubj" and noun.head.lemma_ in _ROLE_VERBS:
        return _label(noun.head.lemma_)  # "after offers from Kestria to mediate", parsed with the offers as subject
    verb = _role_verb_offered(noun)
    return _label(verb.lemma_) if verb is not None and verb.lemma_ in _ROLE_VERBS else None


def _role_verb_offered(noun: Token) -> Token | None:
    """The verb of the offer's clause: 'offer to host', on the noun or right after its phrase."""
    verb = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and c.lemma_ in _ROLE_VERBS), None)
    if verb is None:
        verb = _infinitive_after(noun)  # the parse may hang "to mediate" elsewhere; it follows the phrase
    return verb


def _noun_of_the_party(first: Token) -> Token | None:
    """'offers from Kestria', "Arlenia's offer": the noun the party's mention belongs to."""
    noun = first.head.head if first.dep_ == "pobj" and first.head.lower_ in _SOURCE_PREPOSITIONS else None
    if first.dep_ == "poss":
        noun = first.head
    return noun


_INFINITIVE_MARKS = word_set("infinitive_marks")


def _infinitive_after(noun: Token) -> Token | None:
    """'offers from Kestria and Arlenia to mediate': the 'to' + verb right after the noun's phrase."""
    i = noun.right_edge.i + 1
    doc = noun.doc
    if i + 1 < len(doc) and doc[i].lower_ in _INFINITIVE_MARKS and doc[i + 1].pos_ == "VERB":
        return doc[i + 1]
    return None


def _label(word: str) -> str | None:
    for stem, label in ROLE_WORDS.items():
        if word.startswith(stem[:5]):
            return label
    if word.startswith("led"):
        return "leader"
    return None


def third_parties(
    doc: Doc,
    reg: Registry,
    sides: list[Party],
    statements: list[Statement] | None = None,
    published: dt.date | None = None,
) -> list[ThirdParty]:
    """Parties that are not sides and play a part the text tells, then people who play one for no
    side ('the summit's chair released a draft'), then unnamed roles ('a federal mediator'). A part
    told only as history ('the 1987 accord brokered by Arlenia') is no part today (`role_history`)."""
    out = _parties_playing_a_part(doc, reg, sides, published)
    speakers = _side_speakers(sides, statements)
    out.extend(_people_acting(doc, reg, sides, speakers, {tp.name for tp in out}, published))
    out.extend(unnamed_roles(doc, reg, {tp.name for tp in out}, {tp.role for tp in out}))
    out.extend(unnamed_bodies(doc, reg, {tp.name for tp in out}, _body_acts))
    if any(side.kind in INTERNATIONAL_KINDS for side in sides):
        out.extend(city_hosts(doc, reg, {tp.name for tp in out}))  # "talks in Geneva", Geneva named once
    return distinct([tp for tp in out if not names_a_side(tp.name, sides) and not own_organ(tp.name, sides)])


def _body_acts(tok: Token) -> str | None:
    """What an unnamed body does: 'the wage board set the minimum wage', 'a draft released by the tribunal'."""
    return acting_phrase(tok) or agent_phrase(tok)


def _side_speakers(sides: list[Party], statements: list[Statement] | None) -> set[str]:
    """Who speaks for a side: never a third party."""
    return {st.speaker for st in statements or [] if st.party in sides and st.speaker}


def _parties_playing_a_part(doc: Doc, reg: Registry, sides: list[Party], published: dt.date | None) -> list[ThirdParty]:
    """Each party that is not a side or a news source and plays a part, in order of first mention.
    A workforce named by its plural ('the striking workers', 'the players') is the labour side's
    people, never a third party to its own dispute."""
    out: list[ThirdParty] = []
    for party in sorted(reg.parties.values(), key=lambda p: p.first):
        if party in sides or is_news_source(party.name) or not party.mentions or party.kind in _NO_PLAYER_KINDS:
            continue
        if _bracketed_as_a_side(text_of(doc), party, sides) or _a_persons_surname(doc, party):
            continue
        if names_a_thing(party.name):
            continue  # "the Northgate Mine carries a third of the output": a thing takes no part
        if a_surname_with_particles(text_of(doc), party.name):
            continue  # "Molen" of "Ana van der Molen": a person, listed through their office if at all
        if (owns_a_side(doc, party, sides) and not governs_apart(doc, party)) or acts_with_a_side(doc, party, sides):
            continue  # "Norland's Department of Ports" a side: Norland is its state, unless its own government acts
        if named_side_of(party, sides) or home_state_of_a_side(doc, party, sides):
            continue  # "Norland" where its Fisheries Ministry is a side: the side's own state
        if owns_part_of_a_side(doc, party, sides):
            continue  # "A, which owns 40 percent of the carrier": part of the side it owns
        people = [person for person in reg.persons.values() if person.party == party.name]
        found = _party_part(doc, current_part(doc, party, published), sides, people)
        if found is not None:
            out.append(found)
    return out


# "Norland Kestrel-Harborline (NKH)": the rest of a hyphenated name, then its short name in brackets.
_BRACKETED_NAME = re.compile(r"[\w-]*\s*\(([^()]{2,40})\)")


def _a_persons_surname(doc: Doc, party: Party) -> bool:
    """'the Ana Berg cabinet' and then 'Berg used the same clause twice': a company-like name that the
    article also gives a person's first name before is that person, not a body (a person of no side
    is listed through their office, `_people_acting`)."""
    if party.kind not in ("org", "company"):
        return False
    for start, end in party.mentions:
        span = char_span(doc, start, end, alignment_mode="expand")
        if span is not None and span.start > 0 and _first_name_before(doc[span.start - 1], span):
            return True
    return False


def _first_name_before(tok: Token, name: Span) -> bool:
    """'Ana' of 'Ana Berg': a capitalised word the model tags, with the name, as one person."""
    return tok.ent_type_ == "PERSON" and name[0].ent_type_ == "PERSON" and tok.ent_iob_ != "O" and tok.is_title


def _bracketed_as_a_side(text: str, party: Party, sides: list[Party]) -> bool:
    """A party whose name the article follows with a side's short name in brackets is that side,
    under the part of its long name the registry kept."""
    for _start, end in party.mentions:
        found = _BRACKETED_NAME.match(text, end)
        if found is not None and names_a_side(found.group(1), sides):
            return True
    return False


# A workforce ('the striking workers') is the labour side's people; a generic plural ('farmers',
# 'protesters') names a kind of actor, no party a brief can list.
_NO_PLAYER_KINDS = frozenset({"workforce", "people"})


def _party_part(doc: Doc, party: Party, sides: list[Party], people: list[Person]) -> ThirdParty | None:
    """The part a party that is not a side plays: the part it disclaims ('backs neither camp'), else
    a role word, else what it does; none when it is only named in passing (context, not a player)."""
    disclaimed = disclaimed_part(doc, party) or disclaimed_by_its_people(doc, party, people)
    if disclaimed is not None:
        return ThirdParty(party.name, disclaimed[0], [evidence_for(disclaimed[1].sent)])
    role, evidence = role_of(doc, party, told_as_possible=True)
    role = _what_it_backs(doc, party, role, evidence)
    name = party.name
    if role is None:
        role, span = action_role(doc, party, sides)
        if span is not None and (bargains(span) or talks_with_the_one_side(span, sides)):
            return None  # it makes its own move in the bargain: a party to the dispute the sides missed
        evidence = evidence_for(span.sent) if span is not None else None
        name = _name_as_acting(party, span) if span is not None else name
    if role is None or evidence is None:
        return None
    name, role = named_for_its_state(party, name, role)
    if role.endswith("host") and not any(side.kind in INTERNATIONAL_KINDS for side in sides):
        return None  # a union and a company meeting in a city: where they are, not a host
    return ThirdParty(name, role, [evidence])


_MEDIATING_ROLES = word_set("mediating_roles") | word_set("hosting_roles")


def _what_it_backs(doc: Doc, party: Party, role: str | None, evidence: Evidence | None) -> str | None:
    """'Norland-backed peace talks' -> 'backed the peace talks', 'Arlenian-led raids' -> 'led the
    raids': a part written onto the name says what it is played on. A mediator or a host keeps its
    label, which the bottom line reads."""
    if role is None or evidence is None or role in _MEDIATING_ROLES:
        return role
    for start, end in sorted(party.mentions):
        if not evidence.start <= start < end <= evidence.end:
            continue  # the role was read at another mention ('US envoy'): its words say nothing of this one
        found = _participle_on_the_name(doc, end, role)
        if found is not None:
            return f"{found[1]} {_played_on(found[0])}"
    return role


def _participle_on_the_name(doc: Doc, end: int, role: str) -> tuple[Token, str] | None:
    """The '-backed' written onto a mention ending at `end`, when it gave the role and modifies a
    noun: its token and its word as written."""
    text = text_of(doc)
    attached = _role_suffix().match(text, end, end + 14) if text.startswith("-", end) else None
    word = char_span(doc, *attached.span(1), alignment_mode="expand") if attached else None
    if word is None or _label(attached.group(1)) != role:
        return None
    root = word.root
    return (root, attached.group(1)) if root.dep_ == "amod" and root.head.pos_ == "NOUN" else None


def _played_on(participle: Token) -> str:
    """'the peace talks' of 'Norland-backed peace talks', "Valdoria's government" of "Valdoria's
    Norland-backed government": the noun phrase with its compounds and its owner."""
    doc = participle.doc
    noun = participle.head
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head  # "backed peace talks": the phrase's head, with its compounds
    words = [t.text for t in doc[participle.i + 1 : noun.i + 1] if t.dep_ == "compound" or t.i == noun.i]
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.i < participle.i), None)
    determiner = "".join(t.text_with_ws for t in owner.subtree).strip() if owner is not None else "the"
    return f"{determiner} {' '.join(words)}"


def _people_acting(
    doc: Doc, reg: Registry, sides: list[Party], speakers: set[str], named: set[str], published: dt.date | None
) -> list[ThirdParty]:
    """A person who acts in the story for no side: a summit's president who urges the delegates on,
    a chair who releases a draft. Their party, when it has no part of its own, is named with them.
    Someone who speaks for a side, or whose party is already listed, is not a third party."""
    out = []
    for person in reg.persons.values():
        party = reg.parties.get(person.party) if person.party else None
        if party in sides or person.name in speakers or (party is not None and party.name in named):
            continue
        if titled_for_a_side(doc, reg, person, sides):
            continue  # "U.S. Secretary of State X" in a dispute of the United States: its own
        found = _person_part(doc, current_person(doc, person, published), party, _no_state_side(sides))
        if found is not None:
            out.append(found)
    return out


def _no_state_side(sides: list[Party]) -> bool:
    """A dispute between a union and a company, a league and its players: no side is a state."""
    return bool(sides) and not any(side.kind in INTERNATIONAL_KINDS or side.kind == "government" for side in sides)


_GOVERNMENT_TITLES = word_set("government_titles")


def _a_government_office(person: Person) -> bool:
    """'Prime Minister Ana Berg', 'Labour Minister Ivo Lang': an office of a government."""
    words = person.title.lower().split()
    return bool(words) and words[-1] in _GOVERNMENT_TITLES


def _person_part(doc: Doc, person: Person, party: Party | None, no_state_side: bool) -> ThirdParty | None:
    """The part a person of no side plays: mediator, else what they do, if their office is named, or
    if it is a government's in a dispute where no side is a state (a prime minister in a strike)."""
    if not person.mentions or person.title.lower() in _RELATIVE_TITLES:
        return None  # told only as history, or "her counterpart": the other side's equal number
    own = None if out_of_office(doc, person) else party  # "former President X" acts for no state
    if person.mediator or _mediates(doc, person):
        return _mediator(doc, person, own)
    held_as = held(doc, person)  # "the release of Ana Berg": a person held, their release at stake
    if held_as is not None:
        return ThirdParty(person.name, held_as[0], [evidence_for(held_as[1].sent)])
    governing = no_state_side and _a_government_office(person)
    if party is None and not holds_a_named_office(doc, person) and not governing:
        return None  # a bare "President Arlen": most often a side's leader the text takes as known
    role, span = _person_role(doc, person)
    if role is None or span is None or bargains(span):
        return None
    name = person.name if own is None else f"{person.name} ({own.name})"
    return ThirdParty(name, role, [evidence_for(span.sent)])


_RELATIVE_TITLES = word_set("relative_titles")


def _mediates(doc: Doc, person: Person) -> bool:
    """'President Mensah heads the mediation effort', 'mediated by Ana Berg': the grammar makes them
    a mediator, though their title does not; such a person is listed even with no party of their own."""
    spans = (char_span(doc, s, e, alignment_mode="expand") for s, e in sorted(person.mentions))
    return any(
        span is not None and not negated_clause(span.root) and _role_from_parse(name_head(span.root)) == "mediator"
        for span in spans
    )


def _mediator(doc: Doc, person: Person, party: Party | None) -> ThirdParty:
    """A person titled mediator: listed as the mediator, cited where first named."""
    start, end = min(person.mentions)
    span = char_span(doc, start, end, alignment_mode="expand")
    name = person.name if party is None else f"{person.name} ({party.name})"
    return ThirdParty(name, "mediator", [evidence_for(sentence_of(span.root if span is not None else doc[0]))])


def _person_role(doc: Doc, person: Person) -> tuple[str | None, Span | None]:
    for start, end in sorted(person.mentions):
        span = char_span(doc, start, end, alignment_mode="expand")
        if span is None:
            continue
        if negated_clause(span.root) or clause_unreal(span.root):
            continue
        phrase = acting_phrase(span.root) or agent_phrase(span.root) or met_with(span.root) or claimed_act(span.root)
        if phrase:
            return phrase, span
    return None, None


def action_role(doc: Doc, party: Party, sides: list[Party]) -> tuple[str | None, Span | None]:
    """What a third party does, when no role word names it: 'hosted the foreign minister',
    'accused by Norland of arming the rebels'. The first clause it acts in, or is acted on by, and
    the mention that acts."""
    for start, end in sorted(party.mentions):
        span = char_span(doc, start, end, alignment_mode="expand")
        if span is None:
            continue
        if clause_unreal(span.root):
            continue  # "until the bank drops its claim": a condition, no act
        phrase = refused_talks(span.root) if negated_clause(span.root) else _action_phrase(span.root, party, sides)
        if phrase:
            return phrase, span
    return None, None


def _action_phrase(root: Token, party: Party, sides: list[Party]) -> str | None:
    """What one mention of the party does or has done to it, the first reading that fits."""
    readings: tuple[Callable[[Token], str | None], ...] = (
        lambda t: venue_host(t, party),
        lambda t: party_to(t, sides),
        acting_phrase,
        office_acting,
        acted_on_phrase,
        agent_phrase,
        appealed_to,
        lambda t: asked_to(phrase_head(t)),
        relative_act,
        convened,
        party_to_deal,
        met_with,
        lambda t: forum(t, party),
        refused_talks,
    )
    return next((phrase for read in readings if (phrase := read(root))), None)


def _name_as_acting(party: Party, mention: Span) -> str:
    """'the national government must intervene' -> 'Norway (national government)': a state that
    acts through its government is named with it, so the reader knows which arm of the state acts."""
    head = mention.root.head if mention.root.dep_ == "poss" else phrase_head(mention.root)  # "Norland's government"
    if party.kind == "state" and mention.root.dep_ == "poss" and mention.root.head.lower_ in TITLE_WORDS:
        return f"{party.name} ({mention.root.head.text})"  # "Portugal's King" acts, not the whole state
    if party.kind != "state" or GENERIC_PARTY_NOUNS.get(head.lower_) != "government":
        return party.name
    words = [t.text for t in head.subtree if t.i <= head.i and t.dep_ not in ("det", "poss", "case")]
    return f"{party.name} ({' '.join(words)})"
