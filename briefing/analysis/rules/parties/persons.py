"""People and their titles: named persons, the given names and particles that belong to their names,
the party a title or apposition gives them ('Valdorian Foreign Minister X', 'X, President Y's press
secretary'), their gender as the text tells it."""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Span, Token

from briefing.analysis.doctext import (
    char_span,
    children_of,
    entities_of,
    sentence_of,
    text_of,
    token_index,
    tokens_of,
)
from briefing.analysis.rules.lexicon import (
    GENERIC_PARTY_NOUNS,
    ORG_KINDS,
    PRONOUN_GENDER,
    TITLE_WORDS,
    lookup_place,
    pronouns,
)
from briefing.analysis.rules.offices import LOCAL_TITLES
from briefing.analysis.rules.parties.names import (
    STATE_BODY_WORDS,
    Mentions,
    mentions_just_before,
    named_like_an_org,
    speaker_pronoun_next,
    titled_like_a_person,
    whole_word_occurrences,
)
from briefing.analysis.rules.types import Party, Person, Registry
from briefing.lang import word_map, word_set

_HONORIFICS = word_map("honorifics")


def person_genders(doc: Doc, reg: Registry) -> None:
    """What the text tells of a person's gender: an honorific ('Ms. Kos'), or the first personal
    pronoun after a mention in its sentence with no other person between ('Kos said her ...').
    The text's own usage, never a guess from the first name."""
    person_starts = sorted(s for (s, _e), (kind, _k) in reg.spans.items() if kind == "person")
    for person in reg.persons.values():
        for start, end in sorted(person.mentions):
            gender = _honorific_before(doc, start) or _pronoun_after(doc, end, person_starts)
            if gender:
                person.gender = gender
                break


def _honorific_before(doc: Doc, start: int) -> str:
    index = token_index(doc, start)
    token = next((t for t in doc[max(0, index - 1) : index]), None)
    return _HONORIFICS.get(token.lower_, "") if token is not None else ""


def _pronoun_after(doc: Doc, end: int, person_starts: list[int]) -> str:
    index = token_index(doc, max(0, end - 1))
    sent = sentence_of(doc[index])
    later = bisect.bisect_left(person_starts, end)  # the next person named after this one
    next_person = person_starts[later] if later < len(person_starts) else None
    for tok in tokens_of(doc)[index + 1 : sent.end]:
        if next_person is not None and tok.idx >= next_person:
            return ""
        if tok.lower_ in PRONOUN_GENDER and not _on_what_the_person_acts_on(tok, end):
            return PRONOUN_GENDER[tok.lower_]
    return ""


# The dependents a verb acts on, directly or through its preposition ('rejected her plan', 'spoke of his offer').
_ACTED_ON_DEPS = frozenset({"dobj", "dative", "attr", "oprd"})


def _on_what_the_person_acts_on(pronoun: Token, mention_end: int) -> bool:
    """'Lind dismissed her stance', 'Vale rejected his offer': a possessive on what the person's own
    verb acts on is most often another person's (the one just named before), so it tells nothing
    of this person's gender. 'Kos said her union ...' (the possessive on a reported subject) still does."""
    if pronoun.dep_ != "poss":
        return False
    noun = pronoun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head
        verb = noun.head
    elif noun.dep_ in _ACTED_ON_DEPS:
        verb = noun.head
    else:
        return False
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    return subject.left_edge.idx < mention_end <= subject.right_edge.idx + len(subject.right_edge.text)


def orgs_that_are_persons(doc: Doc, reg: Registry) -> None:
    """'..., Ramos stated. "...," she said.': a one-word 'organisation' that speaks and is then
    taken up by 'she said' or 'he said', with no other speaker between, is a person; an
    organisation is never 'she'. Surnames used alone are common once a story has named someone."""
    for name, party in list(reg.parties.items()):
        if party.kind != "org" or not _shaped_like_a_personal_name(name):
            continue
        for start, end in sorted(party.mentions):
            gender = speaker_pronoun_next(doc, _head_of_mention(doc, start, end))
            if gender:
                _party_to_person(reg, party, gender)
                break


MAX_PERSONAL_NAME_WORDS = 3  # "Ana Berg", "Ana Marta Berg-Lind"; a longer run of capitals is a body's name

_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)*$")


def _shaped_like_a_personal_name(name: str) -> bool:
    """'Ramos', 'Ana Berg-Lind': a surname alone, or a few capitalised words none of which names a
    kind of body or a place ('Kestrel Air' has no such word either, but an airline is never 'she')."""
    words = name.split()
    if len(words) == 1:
        return not name.isupper() and name.lower() not in ORG_KINDS
    if len(words) > MAX_PERSONAL_NAME_WORDS or not all(_NAME_WORD.match(w) for w in words):
        return False
    return not any(w.lower() in _BODY_WORDS or lookup_place(w) for w in words)


_INSTITUTION_WORDS = word_set("institution_name_words")
_BODY_WORDS = frozenset(ORG_KINDS) | frozenset(GENERIC_PARTY_NOUNS) | STATE_BODY_WORDS | _INSTITUTION_WORDS


def _head_of_mention(doc: Doc, start: int, end: int) -> int:
    """Where the head word of a mention starts: 'Berg' of 'Ana Berg', the word a verb takes as subject."""
    span = char_span(doc, start, end, alignment_mode="expand")
    return span.root.idx if span is not None else start


def _party_to_person(reg: Registry, party: Party, gender: str) -> None:
    del reg.parties[party.name]
    person = reg.persons.setdefault(party.name, Person(party.name, party.name))
    person.gender = gender
    for span in sorted(party.mentions):
        person.mentions.append(span)
        reg.spans[span] = ("person", party.name)


def person_mentions(doc: Doc, reg: Registry) -> None:
    titled: set[str] = set()
    for ent in entities_of(doc):
        tokens = _name_tokens(ent, reg)
        if not tokens:
            continue
        tokens = _particle_names_after(doc, _given_names_before(doc, tokens))
        name = text_of(doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
        surname = tokens[-1].text
        person = reg.persons.get(surname)
        if person is None:
            person = reg.persons[surname] = Person(name, surname)
        elif len(name) > len(person.name):
            person.name = name
        person.mentions.append((tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)))
        reg.note(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text), "person", surname)
        if len(tokens) < len(ent) or _title_word_before(doc, tokens[0].i):
            titled.add(surname)
    _forget_lone_words(doc, reg, titled)
    _surnames_alone(doc, reg)


_POSSESSIVE_CLITICS = word_set("possessive_clitics")


def _name_tokens(ent: Span, reg: Registry) -> list[Token]:
    """The words of a personal name in an entity, without titles and possessive marks; none when the
    entity names no person."""
    if not _names_a_person_here(ent, reg):
        return []
    tokens = [t for t in ent if t.text not in _POSSESSIVE_CLITICS and t.lower_.rstrip(".") not in TITLE_WORDS]
    return tokens if tokens and tokens[-1].text[:1].isupper() else []


def _names_a_person_here(ent: Span, reg: Registry) -> bool:
    """A person entity (or an organisation titled like a person) not already noted, nor a modifier."""
    if ent.label_ != "PERSON" and not (ent.label_ == "ORG" and titled_like_a_person(ent)):
        return False
    if named_like_an_org(ent) or reg.spans.covers(ent.start_char):
        return False  # already a place ("Velika" tagged as a person)
    # "chief Brexit negotiator": a name used as a modifier is not a person here
    return not (ent.root.dep_ == "compound" and ent.root.head.pos_ == "NOUN")


def _forget_lone_words(doc: Doc, reg: Registry, titled: set[str]) -> None:
    """A lone capitalised word the model calls a person ("Brexit") is kept only if a first name or a
    title ever comes with it, or a 'she said' takes it up."""
    lone = [k for k, p in reg.persons.items() if " " not in p.name and k not in titled]
    noted = _mentions_by_person(reg)
    for surname in lone:
        full = _named_family_name_first(reg, surname)
        if full is not None:
            # "Kim Myong Gil ... Kim said": a family name written first, then used alone.
            full.mentions.extend(reg.persons.pop(surname).mentions)
            for key in noted.get(surname, []):
                reg.spans[key] = ("person", full.surname)
            continue
        gender = next(filter(None, (speaker_pronoun_next(doc, s) for s, _e in reg.persons[surname].mentions)), "")
        if gender:
            reg.persons[surname].gender = gender
            continue
        del reg.persons[surname]
        for key in noted.get(surname, []):
            del reg.spans[key]


def _named_family_name_first(reg: Registry, word: str) -> Person | None:
    """The one person of several names whose first name is `word`, when `word` ends no other name."""
    found = [p for p in reg.persons.values() if " " in p.name and p.name.split()[0] == word and p.surname != word]
    return found[0] if len(found) == 1 else None


def _surnames_alone(doc: Doc, reg: Registry) -> None:
    """Later mentions by surname alone that the model missed ("Okafor, who heads ...")."""
    text = text_of(doc)
    for surname, person in reg.persons.items():
        for start, end in whole_word_occurrences(text, surname):
            if not reg.spans.covers(start):
                person.mentions.append((start, end))
                reg.note(start, end, "person", surname)


def _given_names_before(doc: Doc, tokens: list[Token]) -> list[Token]:
    """'Mayor Ana Berg' tagged as a person only on 'Berg': the untagged capitalised words that
    compound the name, short of a title word, are the given names."""
    i = tokens[0].i
    while i > 0:
        prev = doc[i - 1]
        untagged = not prev.ent_type_ and prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.is_alpha
        if not untagged or prev.dep_ != "compound" or prev.lower_ in TITLE_WORDS or lookup_place(prev.text):
            break
        i -= 1
    return [doc[j] for j in range(i, tokens[0].i)] + tokens


# Lower-case particles inside personal names ("Abdel Karim el Amin", "Jan van der Berg").
_NAME_PARTICLES = word_set("name_particles")


def _particle_names_after(doc: Doc, tokens: list[Token]) -> list[Token]:
    """'Karim el Amin' tagged as a person only up to 'Karim': a name particle and the capitalised
    words after it, whatever the model made of them, finish the name."""
    i = tokens[-1].i + 1
    end = i
    while i < len(doc) and doc[i].lower_ in _NAME_PARTICLES and doc[i].text.islower():
        i += 1
        if i < len(doc) and doc[i].text[:1].isupper() and doc[i].is_alpha and doc[i].pos_ == "PROPN":
            i += 1
            end = i
    return tokens + [doc[j] for j in range(tokens[-1].i + 1, end)]


def _title_word_before(doc: Doc, i: int) -> bool:
    return i > 0 and doc[i - 1].lower_.rstrip(".") in TITLE_WORDS


def _mentions_by_person(reg: Registry) -> dict[str, Mentions]:
    """Each person's mentions, in one pass over them all."""
    noted: dict[str, Mentions] = {}
    for key, (kind, name) in reg.spans.items():
        if kind == "person":
            noted.setdefault(name, []).append(key)
    return noted


def affiliate_persons(doc: Doc, reg: Registry) -> None:
    """Read each person's party from the titles, appositions and relative clauses around them.

    Evidence ranks: "who heads X" (3) over an apposition or "of/from X" (2) over a
    modifier in the title ("Valdorian Foreign Minister", 1); nearer modifiers win ties.
    """
    bosses: list[tuple[Person, Person]] = []
    in_order: dict[str, Mentions] = {}  # a party's mentions, sorted once: none is added here
    for person in reg.persons.values():
        best = _best_evidence(doc, reg, person, in_order, bosses)
        if best is not None and not person.mediator:
            person.party = best[2].name
    # "X, President Y's press secretary": X speaks for Y's side.
    for person, boss in bosses:
        reg.bosses[person.surname] = boss.surname
        if person.party is None and boss.party is not None:
            person.party = boss.party
    for person in reg.persons.values():
        if person.party:
            reg.parties[person.party].add_actor(person.name)


def _best_evidence(
    doc: Doc, reg: Registry, person: Person, in_order: dict[str, Mentions], bosses: list[tuple[Person, Person]]
) -> tuple[int, int, Party] | None:
    """The strongest evidence of a person's party over their mentions, noting their title, a
    mediator's title, the title spans and a boss they speak for on the way."""
    best: tuple[int, int, Party] | None = None
    for start, end in person.mentions:
        span = char_span(doc, start, end, alignment_mode="expand")
        if span is None:
            continue
        if not person.title:
            person.title = _title_words(span)
        if _titled_mediator(span):
            person.mediator = True
        for rank, closeness, party in _party_evidence(span, reg):
            reg.title_spans.update(mentions_just_before(party, start, in_order))
            if best is None or (rank, closeness) > best[:2]:
                best = (rank, closeness, party)
        boss = _possessive_boss(span, reg)
        if boss is not None and boss is not person:
            bosses.append((person, boss))
    return best


MEDIATOR_TITLES = word_set("mediator_titles")


def _titled_mediator(span: Span) -> bool:
    """'mediator Ana Berg', 'Ana Berg, the government conciliator': a title that serves the process."""
    return any(t.lemma_.lower() in MEDIATOR_TITLES for t in _title_tokens(span))


_HEAD_VERBS = word_set("head_verbs")


def _a_seat_of(tok: Token, party: Party) -> bool:
    place = lookup_place(tok.text)
    return place is not None and place.name == party.name and tok.text in place.seats


PartyEvidence = tuple[int, int, Party]  # (rank, closeness, party): who a person serves, and how surely


_GROUP_POSSESSIVES = pronouns(
    "a group's possessives", lambda p: "possessive" in p.forms and p.person == "3" and p.gender in ("n", "-")
)


def _party_evidence(span: Span, reg: Registry) -> list[PartyEvidence]:
    local_office = any(t.lemma_.lower() in LOCAL_TITLES for t in _title_tokens(span))
    found = _heads(span, reg) + _parties_in_title(span, reg, local_office)
    surface = _party_before_title(span, reg)
    if surface is not None and not (local_office and surface.kind == "state"):
        # The title written right before the name outranks a parse that hangs the name off an
        # earlier title: in "the firm's chief Ana Berg and Velika Port commissioner Dan Ferr" Ferr is
        # the port's, whatever the apposition says.
        found.append((2, 0, surface))
    for tok in _title_tokens(span):
        if tok.dep_ == "poss" and tok.lower_ in _GROUP_POSSESSIVES:
            recent = _owner_named_before(span.doc, reg, tok.idx)
            if recent is not None:
                found.append((2, 0, recent))  # "Its trade spokesman, Henrik Lund"
    return found


def _heads(span: Span, reg: Registry) -> list[PartyEvidence]:
    """'Ana Berg, who heads the guild': the party in the relative clause."""
    found: list[PartyEvidence] = []
    for child in span.root.children:
        if child.dep_ == "relcl" and child.lemma_ in _HEAD_VERBS:
            found += [(3, 0, p) for tok in child.subtree if (p := reg.party_at(tok.idx, tok.idx + len(tok.text)))]
    return found


def _parties_in_title(span: Span, reg: Registry, local_office: bool) -> list[PartyEvidence]:
    """'Valdorian Foreign Minister Ana Berg', 'Ana Berg of the guild': a party in the words around."""
    root = span.root
    title_head = root.head if root.dep_ == "appos" else root
    found: list[PartyEvidence] = []
    for tok in _title_tokens(span):
        p = reg.party_at(tok.idx, tok.idx + len(tok.text))
        if p is None or reg.person_at(tok.idx, tok.idx + len(tok.text)) or _is_target_of_role(tok, title_head):
            continue
        if _written_after_a_role_target(tok) or _acts_on_the_person(tok, title_head):
            continue
        if local_office and _a_seat_of(tok, p):
            continue  # "the Velika mayor" runs the city, not the state whose capital it is
        rank = 1 if tok.i < span.start and tok in root.subtree else 2
        found.append((rank, -abs(span.start - tok.i), p))
    return found


def _party_mentioned_before(reg: Registry, offset: int) -> Party | None:
    found = reg.spans.last_before(offset, "party")
    return reg.parties[found[1]] if found else None


OWNER_LOOKBACK_CHARS = 600  # about two sentences: 'its' reaches no further back for its owner


def _owner_named_before(doc: Doc, reg: Registry, offset: int) -> Party | None:
    """Whose 'its' it is in 'said its director, Ana Berg': the party named last before it, passing
    over one named inside a relative clause ('The charity, which says Velia has failed its members,
    ... said its director'): the clause tells about the noun it hangs on, which is what 'its' takes up;
    so is one inside a quote."""
    start = max(0, offset - OWNER_LOOKBACK_CHARS)
    named = sorted(
        ((s, key) for (s, _e), (kind, key) in reg.spans.overlapping(start, offset) if kind == "party" and s >= start),
        reverse=True,
    )
    for s, key in named:
        tok = doc[token_index(doc, s)]
        if not any(t.dep_ == "relcl" for t in (tok, *tok.ancestors)) and not _quoted(doc, tok):
            return reg.parties[key]
    return _party_mentioned_before(reg, offset)


_QUOTE_MARKS = frozenset('"\u201c\u201d')


def _quoted(doc: Doc, tok: Token) -> bool:
    """'"Velmar cut corners," said its chair': a name inside the quote is the speaker's words, not
    the body whose officer speaks. An odd count of quote marks before it in its sentence."""
    sent = sentence_of(tok)
    return sum(text_of(doc)[sent.start_char : tok.idx].count(mark) for mark in _QUOTE_MARKS) % 2 == 1


def _party_before_title(span: Span, reg: Registry) -> Party | None:
    """'Valdoria's PM Jonas Lind': read off the words when the parse of a title goes astray."""
    doc = span.doc
    # a mention may open with its title ('Justice Mara Vell'): those words count as the title too
    steps = next((k for k, tok in enumerate(span) if tok.lower_.rstrip(".") not in _OPENING_TITLES), len(span))
    i = span.start - 1
    while i >= 0 and doc[i].ent_type_ == "PERSON" and doc[i].pos_ == "PROPN":
        i -= 1  # a mention of the surname alone: the given names before it are no title ('Ana' of 'Ana Berg')
    while i >= 0 and steps < 6 and (doc[i].lower_.rstrip(".") in TITLE_WORDS or doc[i].text in _POSSESSIVE_CLITICS):
        i -= 1
        steps += 1
    if steps == 0 or i < 0:
        return None
    if doc[i].text in _CLOSING_BRACKETS and i > 0:
        i -= 1  # "the Norland High Court (NHC) Justice Mara Vell": the acronym in brackets names the body
    return reg.party_at(doc[i].idx, doc[i].idx + len(doc[i].text))


_CLOSING_BRACKETS = (")", "]")
_OPENING_TITLES = TITLE_WORDS | word_set("judicial_titles")


def _possessive_boss(span: Span, reg: Registry) -> Person | None:
    for tok in _title_tokens(span):
        if tok.dep_ == "poss" or tok.head.dep_ == "poss":
            other = reg.person_at(tok.idx, tok.idx + len(tok.text))
            if other is not None:
                return other
    return None


def _title_words(span: Span) -> str:
    return " ".join(t.text for t in _title_tokens(span) if t.lower_.rstrip(".") in TITLE_WORDS)


_TITLE_PREPOSITIONS = word_set("title_prepositions")


def _title_tokens(span: Span) -> list[Token]:
    """Tokens that describe a person: left modifiers, appositions, and 'of/from' phrases."""
    root = span.root
    out: list[Token] = [t for t in root.subtree if t.i < span.start]
    for child in children_of(root):
        if child.dep_ == "appos" or (child.dep_ == "prep" and child.lower_ in _TITLE_PREPOSITIONS):
            out.extend(child.subtree)
    if root.dep_ == "appos" and not any(c.dep_ == "appos" for c in children_of(root)):
        # "the depots in Dunmore, Tamsin Reyes, an organiser with the guild": a name with a title of
        # its own is described by that title, not by the noun the parse hangs it on
        out.extend(_the_noun_in_apposition(root))
    return out


def _the_noun_in_apposition(root: Token) -> list[Token]:
    """'the envoy, Ana Berg': the noun the name stands beside, with its words but not the name's."""
    head = root.head
    if head.pos_ == "PROPN" and head.lower_.rstrip(".") not in TITLE_WORDS:
        # "the depots in Brackton, Tamsin Reyes, an organiser with the guild": a name hung off a
        # place or another name is a parse of a list, not a description of the person
        return []
    out = [head]
    for child in children_of(head):
        if child.i == root.i or child.dep_ in ("punct", "appos"):
            continue
        if child.dep_ == "prep" and child.lower_ not in _TITLE_PREPOSITIONS:
            continue  # "envoy to Norland": the envoy does not speak for Norland
        out.extend(child.subtree)
    return out


_TARGET_PREPOSITIONS = word_set("role_target_prepositions")


_SERVING_TITLES = word_set("serving_titles")
_SERVING_PREPOSITIONS = word_set("speaking_for_prepositions")


def _is_target_of_role(tok: Token, title_head: Token) -> bool:
    """'special envoy to Norland': the place after 'to' is where the role points, not who holds it.

    Only prepositions inside the title count: in "according to the company's officer, X"
    the 'to' belongs to the attribution, not to the title.
    """
    for a in tok.ancestors:
        if a.i == title_head.i:
            return False
        if a.dep_ == "prep" and a.lower_ in _TARGET_PREPOSITIONS and a.i < tok.i:
            return not (a.lower_ in _SERVING_PREPOSITIONS and a.head.lemma_.lower() in _SERVING_TITLES)
    return False


def _acts_on_the_person(tok: Token, title_head: Token) -> bool:
    """'a skipper who was held by Norland's coastguard': the agent of a passive clause on the person
    did something to them; it is not who they speak for."""
    for a in tok.ancestors:
        if a.i == title_head.i:
            return False
        if a.dep_ == "agent":
            return True
    return False


def _written_after_a_role_target(tok: Token) -> bool:
    """'U.S. envoy to Velika Ana Berg', parsed with 'Velika' on her name: a name written right after
    a title's 'to' is where the role points, whatever the parse hangs it on."""
    doc = tok.doc
    i = tok.i - 1
    while i > 0 and doc[i].pos_ == "PROPN":
        i -= 1
    if i <= 0 or doc[i].lower_ not in _TARGET_PREPOSITIONS or doc[i - 1].lower_.rstrip(".") not in TITLE_WORDS:
        return False
    return not (doc[i].lower_ in _SERVING_PREPOSITIONS and doc[i - 1].lemma_.lower() in _SERVING_TITLES)
