"""Speakers: who a reporting verb's subject is (a person, a pronoun, a description, a body of a state),
and the side the context gives a named person the sentence does not place."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from briefing.analysis.doctext import (
    sentence_of,
    subtree_extent,
    text_of,
    tokens_from,
    tokens_in,
)
from briefing.analysis.rules.attribution.officials import (
    NO_GOVERNMENT,
    a_minister,
    person_named_after_the_title,
    the_only_government,
)
from briefing.analysis.rules.lexicon import (
    GENERIC_PARTY_NOUNS,
    REPORTING_VERBS,
    STATEMENT_VERBS,
    is_news_source,
    pronouns,
)
from briefing.analysis.rules.offices import LOCAL_TITLES, holds_a_named_office, people_of_their_own
from briefing.analysis.rules.types import Party, Person, Registry, Statement
from briefing.lang import word_set

PERSON_PRONOUNS = pronouns(
    "a person's pronouns",
    lambda p: p.person == "3" and p.gender in ("m", "f") and bool(p.forms & {"subject", "object"}),
)


_GROUP_PRONOUNS = pronouns(
    "a group's subjects", lambda p: "subject" in p.forms and (p.number == "pl" or p.gender == "n")
)


@dataclass
class Context:
    """What the sentences so far tell about who is speaking."""

    last_person: Person | None = None
    last_party: Party | None = None
    # A speaker given only by description ("the EU's chief negotiator said"), who the next
    # named but unaffiliated speaker most likely is.
    described: Party | None = None
    described_at: int = -10
    previous: Party | None = None  # the party of the last statement
    previous_at: int = -10
    # The person who spoke in the current sentence, even when the text gives them no side: a later
    # 'she said' takes them up before anyone the sentence merely mentions.
    speaking: Person | None = None


def make(
    sent: Span,
    verb: Token,
    who: Token,
    reg: Registry,
    ctx: Context,
    index: int,
    *,
    reported: bool,
    content: tuple[int, int],
) -> Statement | None:
    person = _person_for(who, reg, ctx)
    if person is None and reported:
        person = person_named_after_the_title(who, reg)
    if person is not None and person.party is None:
        _affiliate_from_context(person, sent, reg, ctx, index, content, reported=reported)
    if person is not None and reported:
        ctx.speaking = person
    party, speaker = resolve_speaker(who, reg, ctx.last_person, ctx.last_party)
    if party is None:
        return None
    if speaker is not None and person is None and reported and not _is_party_name(speaker, party):
        ctx.described, ctx.described_at = party, index
    return Statement(sent, party, speaker, verb, content, reported)


def _person_for(who: Token, reg: Registry, ctx: Context) -> Person | None:
    if who.lower_ in PERSON_PRONOUNS:
        return _person_before(who, reg, ctx.last_person)
    return reg.person_at(who.idx, who.idx + len(who.text)) or _person_in_compound(who, reg)


def _affiliate_from_context(
    person: Person, sent: Span, reg: Registry, ctx: Context, index: int, content: tuple[int, int], *, reported: bool
) -> None:
    """A named speaker with no title: the side just described ("the EU's chief negotiator said ...
    Ana Berg said"), else the party their words are about."""
    if any(word in LOCAL_TITLES for word in person.title.lower().split()):
        return  # "the Velika mayor" speaks for the city, which is no party here
    if holds_a_named_office(sent.doc, person) or person.mediator:
        return  # "Summit President Ana Berg" serves the summit, whatever her words are about
    if ctx.described is not None and index - ctx.described_at <= 2 and not _titled_here(person, sent):
        # "the EU's chief negotiator said ... Ana Berg said": the described speaker named. A speaker
        # given a title of their own ("Foreign Secretary Ana Berg") is someone new.
        party = ctx.described
    elif person.title and _bare_title(person, sent) and ctx.previous is not None and index - ctx.previous_at <= 1:
        # "Tessaly rejected the findings. '...,' chief executive Dan Ferr said": a title with no body
        # named is an office of the party just speaking or acting, not of the one spoken about.
        party = ctx.previous
    else:
        # A named speaker never inherits the previous speaker's side: only the text around them tells.
        party = _party_from_the_text(person, sent, reg, content, reported=reported)
    if a_minister(person) and (party is None or party.kind in NO_GOVERNMENT):
        # "Interior Minister Voss said the students ...": he speaks for a government, not for them;
        # for the one government the story names as a party, if there is one.
        party = the_only_government(reg)
    if party is not None:
        reg.affiliate(person, party)


def _party_from_the_text(
    person: Person, sent: Span, reg: Registry, content: tuple[int, int], *, reported: bool
) -> Party | None:
    """The side the text around a named speaker tells: what their claims are about, where they spoke,
    else the first party their words are about."""
    party = _subject_of_their_claims(person, sent.doc, reg) or _content_subject(sent, reg, content)
    # Where a speaker spoke ("said in Velika") may place them; where an actor acted does not.
    party = party or (_nearest_outside(person, sent, reg, content) if reported else None)
    return party or _first_about(reg, sent.doc, content)


TITLE_WINDOW_TOKENS = 6  # "the guild's general secretary, Ana Berg": how far back a title reaches


def _bare_title(person: Person, sent: Span) -> bool:
    """'chief executive Dan Ferr', not 'Tamlin's general secretary Dan Ferr': no proper name in the
    words before the person's name that could be the body they serve."""
    start = next((s for s, _e in person.mentions if sent.start_char <= s < sent.end_char), None)
    if start is None:
        return False
    before = tokens_from(sent, sent.start_char, start)[-TITLE_WINDOW_TOKENS:]
    return not any(t.pos_ == "PROPN" for t in before)


def _titled_here(person: Person, sent: Span) -> bool:
    """Whether the sentence gives the person a title right before their name ('Foreign Secretary Ana Berg')."""
    if not person.title:
        return False
    start = next((s for s, _e in person.mentions if sent.start_char <= s < sent.end_char), None)
    if start is None:
        return False
    before = tokens_from(sent, sent.start_char, start)[-TITLE_WINDOW_TOKENS:]
    title_words = set(person.title.lower().split())
    return any(t.lower_ in title_words for t in before)


def _laid_on_its_subject(verb: Token) -> bool:
    """'Norland must withdraw', 'unless Norland withdraws', 'demanded that Norland withdraw': a demand
    or a condition on the clause's subject, which is then the side the speaker presses."""
    if any(c.dep_ == "aux" and c.lower_ in _OBLIGATION_MODALS for c in verb.children):
        return True
    for tok in (verb, *verb.ancestors):
        if _subordinate_or_asked(tok):
            return True
        if tok.head.lemma_.lower() in STATEMENT_VERBS and tok.dep_ == "ccomp":
            return False  # the clause said: what lies above it is the frame
    return False


def _subordinate_or_asked(tok: Token) -> bool:
    """'unless Norland withdraws' (a subordinate clause), 'demanded that Norland withdraw' (asked of it)."""
    if any(c.dep_ == "mark" and c.lower_ in _SUBORDINATORS for c in tok.children):
        return True
    return tok.dep_ in ("ccomp", "xcomp") and tok.head.lemma_.lower() in _ASKING_VERBS


_OBLIGATION_MODALS = word_set("deontic_modals")  # "must", "should": as auxiliaries; "has" is the perfect
_SUBORDINATORS = word_set("subordinators")
_ASKING_VERBS = word_set("asking_verbs")


def _subject_of_their_claims(person: Person, doc: Doc, reg: Registry) -> Party | None:
    """'Ramos insisted that Norland had met every duty': the party a person's reported
    claims are most often about, as their subject, over every sentence that names them saying
    something. A party reached only through another person does not count."""
    votes: Counter[str] = Counter()
    for start, end in person.mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or span.root.dep_ != "nsubj" or span.root.head.lemma_.lower() not in STATEMENT_VERBS:
            continue
        votes.update(_subjects_claimed(span.root.head, reg))
    return reg.parties[votes.most_common(1)[0][0]] if votes else None


def _subjects_claimed(verb: Token, reg: Registry) -> list[str]:
    """The parties (not blocs or places) that are subjects of the clauses a verb of saying reports."""
    names = []
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        for tok in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
            names.extend(_parties_named_at(reg, tok))
    return names


def _parties_named_at(reg: Registry, tok: Token) -> list[str]:
    """The parties (not blocs or places) whose mentions overlap the token."""
    found = reg.spans.overlapping(tok.idx, tok.idx + len(tok.text))
    parties = [reg.parties[key] for _, (kind, key) in found if kind == "party"]
    return [p.name for p in parties if p.kind not in ("bloc", "place")]


def _content_subject(sent: Span, reg: Registry, content: tuple[int, int]) -> Party | None:
    """'Minister X said Norland will not accept ...': an untitled official speaking of a party as the
    subject of their own claim is, in news style, speaking for it."""
    for tok in tokens_in(sent):
        if not (content[0] <= tok.idx < content[1]) or tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if tok.head.dep_ not in ("ccomp", "ROOT", "xcomp") or not (content[0] <= tok.head.idx < content[1]):
            continue
        if _laid_on_its_subject(tok.head):
            continue  # "duties rise unless he is convinced Norland has ended the dumping": Norland is pressed
        party = reg.party_at(tok.idx, tok.idx + len(tok.text))
        if party is not None and party.kind != "bloc":
            return party
    return None


_NOT_SPEAKER_PREPOSITIONS = word_set("not_speaker_prepositions")


def _nearest_outside(person: Person, sent: Span, reg: Registry, content: tuple[int, int]) -> Party | None:
    """A party named in the same sentence but outside what was said ("... in Velika")."""
    here = next((s for s, _ in person.mentions if sent.start_char <= s < sent.end_char), None)
    if here is None:
        return None
    best = None
    for (s, e), (kind, key) in reg.spans.within(sent.start_char, sent.end_char):
        if kind != "party" or not _named_outside(sent, reg, s, e, content):
            continue
        party = reg.parties[key]
        if party.kind == "bloc" or (party.kind != "state" and _a_newsroom(sent.doc, s)):
            continue  # 'White House reporters' cover a state; 'the Velika Herald journalist' is a newsroom
        if best is None or abs(s - here) < best[0]:
            best = (abs(s - here), party)
    return best[1] if best else None


def _named_outside(sent: Span, reg: Registry, s: int, e: int, content: tuple[int, int]) -> bool:
    """A party named by name outside what was said, not as a title or in a phrase that names no speaker."""
    if content[0] <= s < content[1]:
        return False
    if (s, e) in reg.title_spans or _in_pp(sent.doc, s, _NOT_SPEAKER_PREPOSITIONS):
        return False
    # "the government's position": a description taken up from earlier, no place named here
    return text_of(sent.doc)[s : s + 1].isupper()


_JOURNALIST_NOUNS = word_set("journalist_nouns")


def _a_newsroom(doc: Doc, start: int) -> bool:
    """'..., the Velika Herald journalist reported': the name of a journalist's newsroom."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    word = span.root
    # the name modifies the journalist ('the Velika Herald journalist'), not 'told reporters at the palace'
    while word.dep_ in ("compound", "poss", "nmod", "amod") and word.head.i != word.i:
        word = word.head
        if word.lemma_.lower() in _JOURNALIST_NOUNS:
            return True
    return False


def _in_pp(doc: Doc, start: int, preps: tuple[str, ...]) -> bool:
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    return any(a.dep_ == "prep" and a.lower_ in preps for a in span.root.ancestors)


def _first_about(reg: Registry, doc: Doc, content: tuple[int, int]) -> Party | None:
    # A bloc, or a town or region the gazetteer lacks ("the fishermen in Port Arlen"), is what the words
    # are about, not who says them; so is a party a condition or a demand is laid on ("... unless he
    # is convinced Valdoria has ended the dumping").
    for (start, _end), (kind, key) in reg.spans.within(*content):
        party = reg.parties[key] if kind == "party" else None
        if party is None or party.kind in ("bloc", "place"):
            continue
        span = doc.char_span(start, start + 1, alignment_mode="expand")
        if span is not None and _laid_on_its_subject(span.root.head):
            continue
        if _in_pp(doc, start, _NOT_SPEAKER_PREPOSITIONS) or (span is not None and _modifies_a_thing(span.root)):
            continue  # "talks with Norland", "the Norland-held coast": spoken of, not speaking
        return party
    return None


def _modifies_a_thing(tok: Token) -> bool:
    """'the Norland-held coast', 'Norland-occupied land': a party joined by a hyphen to a participle
    describes the thing the phrase names; 'the Norlandic constitution' is still about Norland."""
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-":
        return doc[tok.i + 2].tag_ in ("VBN", "VBD")
    return "-" in tok.text and tok.text.split("-")[-1].lower().endswith("ed")


def _named_in_the_plural(party: Party) -> bool:
    return party.kind == "bloc" and party.name.endswith("s") and party.name[:1].islower()


def _is_party_name(speaker: str, party: Party) -> bool:
    return speaker in party.aliases


_RELATIVE_WORDS = word_set("relative_words")


def resolve_speaker(
    who: Token, reg: Registry, last_person: Person | None, last_party: Party | None
) -> tuple[Party | None, str | None]:
    """The party behind a speaker token, and the speaker's name as the brief shows it."""
    if who.lower_ in _RELATIVE_WORDS and who.head.dep_ == "relcl":
        who = who.head.head  # "the Tamari rebels, who denied ...": the rebels deny
    if who.lower_ in PERSON_PRONOUNS or who.lower_ in _GROUP_PRONOUNS:
        return _pronoun_resolved(who, reg, last_person, last_party)
    head_start, head_end = who.idx, who.idx + len(who.text)
    person = reg.person_at(head_start, head_end) or _person_in_compound(who, reg)
    if person is not None and person.party:
        return reg.parties[person.party], person.name
    if person is not None and reg.person_at(head_start, head_end) is person:
        return None, None
    party = reg.party_at(head_start, head_end)
    if party is None:
        # "a source within the Tamari Front", "officials from both governments", "Valdoria's foreign ministry"
        party = next((p for p in _parties_in_noun_phrase(who, reg) if not is_news_source(p.name)), None)
    if party is not None:
        return party, _body_name(who, party)
    return _described_speaker(who, reg, last_person, last_party), None


def _pronoun_resolved(
    who: Token, reg: Registry, last_person: Person | None, last_party: Party | None
) -> tuple[Party | None, str | None]:
    """A pronoun speaker: the reporter of its clause when that names a side or a kind of people,
    else who the pronoun takes up."""
    reporter = _reporter_of_clause(who)
    if reporter is not None:
        found = resolve_speaker(reporter, reg, last_person, last_party)
        if found[0] is not None or _a_kind_of_people(reporter):
            return found
    return _pronoun_speaker(who, reg, last_person, last_party)


def _reporter_of_clause(pronoun: Token) -> Token | None:
    """'The players said they would boycott the match': the subject pronoun of a reported clause is
    its reporter, named in the same sentence, not the party named last ('the federation')."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = pronoun.head
    while clause.dep_ == "conj":
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORTING_VERBS:
        return None
    reporter = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if reporter is None or reporter.pos_ == "PRON" or reporter.lower_ in _RELATIVE_WORDS:
        return None
    return reporter


def _a_kind_of_people(tok: Token) -> bool:
    """'The players said', 'Workers said': a plural common noun names a kind of actor, not a party
    named before; what its 'they' says is no other party's. 'The cabinet said it' may still be one."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NNS"


_NEUTER_PRONOUNS = word_set("neuter_pronouns")


def _pronoun_speaker(
    who: Token, reg: Registry, last_person: Person | None, last_party: Party | None
) -> tuple[Party | None, str | None]:
    if who.lower_ in PERSON_PRONOUNS:
        person = _person_before(who, reg, last_person)
        if person is not None and person.party:
            return reg.parties[person.party], person.name
        return None, None
    if who.lower_ in _NEUTER_PRONOUNS and last_party is not None and _named_in_the_plural(last_party):
        return None, None  # "80 nations ... it said": 'it' is never a group of countries
    return last_party, None


_PERSON_POSSESSIVES = pronouns("a person's possessives", lambda p: "possessive" in p.forms and p.gender in ("m", "f"))
_GROUP_POSSESSIVES = pronouns(
    "a group's possessives", lambda p: "possessive" in p.forms and p.person == "3" and p.gender in ("n", "-")
)


def _described_speaker(who: Token, reg: Registry, last_person: Person | None, last_party: Party | None) -> Party | None:
    """'Her guild', 'the union', 'its negotiators': a description that takes up a party named before."""
    low = who.lower_
    led = _party_she_leads(who, reg, last_person) if low in GENERIC_PARTY_NOUNS else None
    if led is not None:
        return led
    if low in GENERIC_PARTY_NOUNS and last_party is not None:
        return last_party if _of_the_kind(last_party, GENERIC_PARTY_NOUNS[low]) else None
    if any(c.dep_ == "poss" and c.lower_ in _GROUP_POSSESSIVES for c in who.children):
        # "The union will not return, its leader said": 'its' is the party the words are about
        # first, the subject of what was said; else the party last named as acting.
        return _subject_party_of_what_was_said(who, reg) or last_party
    return None


def _party_she_leads(who: Token, reg: Registry, last_person: Person | None) -> Party | None:
    """'Her guild is seeking': the guild she leads, through the person 'her' takes up."""
    owner = next((c for c in who.children if c.dep_ == "poss" and c.lower_ in _PERSON_POSSESSIVES), None)
    person = _person_before(owner, reg, last_person) if owner is not None else None
    return reg.parties[person.party] if person is not None and person.party else None


# The kinds of party a generic noun of each kind can take up: 'the army' is a state's or a
# government's, never a rebel front's; 'the union' is never a company.
_KINDS_TAKEN_UP = {
    "state": ("state", "government"),
    "government": ("state", "government", "bloc"),
    "armed": ("armed", "movement"),
}


def _of_the_kind(party: Party, kind: str) -> bool:
    """Whether a description of this kind ('the army', 'the union') can name the party. A party of
    unknown kind ('org') may be any; 'group', 'coalition' (kind 'any') name any party."""
    if kind == "any" or party.kind == "org":
        return True
    return party.kind in _KINDS_TAKEN_UP.get(kind, (kind,))


def _subject_party_of_what_was_said(who: Token, reg: Registry) -> Party | None:
    verb = who.head
    if who.dep_ != "nsubj" or verb.lemma_.lower() not in REPORTING_VERBS:
        return None
    said = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    subject = next((c for c in said.children if c.dep_ in ("nsubj", "nsubjpass")), None) if said is not None else None
    if subject is None:
        return None
    return reg.party_at(subject.idx, subject.idx + len(subject.text))


# Clauses inside a noun phrase say something of it; a party named there is not who the phrase is:
# in "a step that will let it keep trading in Velika" the step is not Velika's.
_CLAUSE_DEPS = word_set("grammar/clause_deps")


# "tariffs on Chinese imports": a party the phrase acts on is not who it is.
_TARGET_PREPOSITIONS = word_set("target_prepositions")


def _parties_in_noun_phrase(who: Token, reg: Registry) -> list[Party]:
    """Parties named in the phrase a speaker token heads, short of any clause attached to it."""
    found: list[Party] = []
    stack = [who]
    while stack:
        tok = stack.pop()
        party = reg.party_at(tok.idx, tok.idx + len(tok.text))
        if party is not None and party not in found and _is_who_speaks(tok, who, party):
            found.append(party)
        stack.extend(c for c in tok.children if _inside_the_phrase(c))
    if len(found) < 2:
        return found
    start = who.left_edge.idx
    return sorted(found, key=lambda p: min((s for s, _ in p.mentions if s >= start), default=10**9))


def _is_who_speaks(tok: Token, who: Token, party: Party) -> bool:
    """A party in the phrase that is who the phrase is: not its backer, not what it opposes, not the
    state of a people with a party of their own."""
    if _names_a_backer(tok) or after_a_stance_prefix(tok):
        return False
    return not (tok is not who and party.kind == "state" and people_of_their_own(who))


def _inside_the_phrase(child: Token) -> bool:
    """A dependent that is part of the noun phrase: no clause on it, no target of what it does."""
    return child.dep_ not in _CLAUSE_DEPS and not (child.dep_ == "prep" and child.lower_ in _TARGET_PREPOSITIONS)


# "the Norland-backed militia", "the Velika-aligned movement": the place names who backs the group.
_BACKER_PARTICIPLES = word_set("backer_participles")


_STANCE_PREFIXES = word_set("stance_prefixes")


def after_a_stance_prefix(tok: Token) -> bool:
    """'the anti-government strike': the government is what the strike opposes, not who strikes."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-":
        return doc[tok.i - 2].lower_ in _STANCE_PREFIXES
    return "-" in tok.text and tok.lower_.split("-")[0] in _STANCE_PREFIXES


def _names_a_backer(tok: Token) -> bool:
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-":
        return doc[tok.i + 2].lower_ in _BACKER_PARTICIPLES
    return any(part in _BACKER_PARTICIPLES for part in tok.lower_.split("-")[1:])


PRONOUN_LOOKBACK_CHARS = 1500  # a few sentences: a "he" further back than that has been re-named


def _person_before(pronoun: Token, reg: Registry, last_person: Person | None) -> Person | None:
    """The person a 'he' or 'she' refers to: in its own sentence the nearest person named before it
    ('Lind's remarks during his visit, where he expressed ...'), else the speaker context; either is
    passed over when the text gives them the other gender ('Ms. Kos ... He added' is not Kos)."""
    wanted = {"he": "m", "she": "f", "his": "m", "her": "f"}.get(pronoun.lower_, "")
    start = max(0, pronoun.idx - PRONOUN_LOOKBACK_CHARS)
    people = [
        reg.persons[key]
        for (s, _e), (kind, key) in reg.spans.overlapping(start, pronoun.idx)
        if kind == "person" and s >= start
    ]
    people.reverse()
    in_sentence = _last_person_between(reg, sentence_of(pronoun).start_char, pronoun.idx)
    if in_sentence is not None and _agrees(in_sentence, wanted):
        return in_sentence
    if last_person is not None and _agrees(last_person, wanted):
        return last_person
    return next((p for p in people if _agrees(p, wanted)), None)


def _agrees(person: Person, wanted: str) -> bool:
    return not wanted or person.gender in ("", wanted)


def _person_in_compound(who: Token, reg: Registry) -> Person | None:
    for child in who.children:
        if child.dep_ in ("compound", "appos"):
            found = reg.person_at(child.idx, child.idx + len(child.text))
            if found is not None:
                return found
    return None


_BODY_NOUNS = word_set("body_nouns")


_SPEAKING_FOR_PREPOSITIONS = word_set("speaking_for_prepositions")


def _body_name(who: Token, party: Party) -> str | None:
    """The body that spoke, as the brief lists it among a side's actors.

    'the Valdorian Foreign Ministry said' -> 'Valdorian Foreign Ministry'; 'the palace said' ->
    'palace'; a bare 'Norland said' or 'the palace's stance' names no body.
    """
    doc = who.doc
    if who.text in party.aliases:
        is_state_name = who.ent_type_ in ("GPE", "NORP", "LOC") or who.text in (party.name,)
        return None if is_state_name or not who.text[:1].isupper() else who.text
    if who.lemma_.lower() not in _BODY_NOUNS:
        return None
    words = _body_words(who)
    if not words:
        return None
    name = text_of(doc)[words[0].idx : _end_of_body_name(who)]
    # "a senior Tamari Front official" is a source worth naming; "the spokesman" alone is not.
    return name if any(ch.isupper() for ch in name) else None


def _body_words(who: Token) -> list[Token]:
    """The body noun with the words before it, without articles, punctuation or a leading "'s"."""
    words = [t for t in who.subtree if t.i <= who.i and t.dep_ not in ("det", "punct")]
    start = next((i for i, t in enumerate(words) if t.dep_ != "case"), 0)
    return words[start:]


def _end_of_body_name(who: Token) -> int:
    """Where the body's name ends: after the noun, or after whom it speaks for
    ('a spokesperson for Azerbaijan's foreign ministry')."""
    for_whom = next(
        (c for c in who.children if c.dep_ == "prep" and c.lower_ in _SPEAKING_FOR_PREPOSITIONS and c.i > who.i), None
    )
    return subtree_extent(for_whom)[1] if for_whom is not None else who.idx + len(who.text)


def last_person_in(sent: Span, reg: Registry) -> Person | None:
    return _last_person_between(reg, sent.start_char, sent.end_char)


def _last_person_between(reg: Registry, start: int, end: int) -> Person | None:
    people = [key for (_s, _e), (kind, key) in reg.spans.overlapping(start, end) if kind == "person" and _s >= start]
    return reg.persons[people[-1]] if people else None
