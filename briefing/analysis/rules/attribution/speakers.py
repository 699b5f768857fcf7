"""Speakers: who a reporting verb's subject is (a person, a pronoun, a description, a body of a state),
and the side the context gives a named person the sentence does not place."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from briefing.analysis.doctext import (
    children_of,
    sentence_of,
    subtree_extent,
    text_of,
)
from briefing.analysis.rules.attribution.officials import (
    a_commentator,
    a_minister,
    no_ministers_body,
    person_named_after_the_title,
    the_only_government,
)
from briefing.analysis.rules.attribution.stances import says_nothing
from briefing.analysis.rules.attribution.text_sides import (
    at_odds_with_its_words,
    bare_title,
    party_from_the_text,
    titled_here,
)
from briefing.analysis.rules.lexicon import (
    GENERIC_PARTY_NOUNS,
    REPORTING_VERBS,
    is_news_source,
    pronouns,
    regulating_body,
)
from briefing.analysis.rules.offices import LOCAL_TITLES, holds_a_named_office, people_of_their_own
from briefing.analysis.rules.side_onlookers import decides_by_name
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
    # A commentator spoke in the current sentence ("said Ana Ruiz, a professor at ..."): what the
    # sentence tells of the sides, and a quote with no speaker, are commentary, no side's act or word.
    commenting: bool = False


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
    if says_nothing(verb):
        return None  # "did not respond to a request for comment": no stance, and no voice to carry on
    if reported and a_commentator(who, person):
        ctx.commenting = True
        return None
    if person is not None and person.party is None:
        _affiliate_from_context(person, sent, reg, ctx, index, content, reported=reported)
    if person is not None and reported and not (ctx.speaking is not None and _in_a_relative_clause(verb)):
        ctx.speaking = person  # "Berg said the plan, which Lind says is late, ...": Berg, not Lind, speaks on
    party, speaker = resolve_speaker(who, reg, ctx.last_person, ctx.last_party)
    if party is None or (person is None and at_odds_with_its_words(who, verb, party, sent, reg, content)):
        return None
    if speaker is not None and person is None and reported and not _is_party_name(speaker, party):
        ctx.described, ctx.described_at = party, index
    return Statement(sent, party, speaker, verb, content, reported)


def _in_a_relative_clause(verb: Token) -> bool:
    return any(t.dep_ == "relcl" for t in (verb, *verb.ancestors))


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
    if ctx.described is not None and index - ctx.described_at <= 2 and not titled_here(person, sent):
        # "the EU's chief negotiator said ... Ana Berg said": the described speaker named. A speaker
        # given a title of their own ("Foreign Secretary Ana Berg") is someone new.
        party = ctx.described
    elif (
        titled_here(person, sent)
        and bare_title(person, sent)
        and ctx.previous is not None
        and index - ctx.previous_at <= 1
        and not _a_judges_body_for_another(ctx.previous, person)
    ):
        # "Tessaly rejected the findings. '...,' chief executive Dan Ferr said": a title with no body
        # named is an office of the party just speaking or acting, not of the one spoken about. A
        # name written without its title here ("Ferr tweeted") tells nothing of the party before it.
        party = ctx.previous
    else:
        # A named speaker never inherits the previous speaker's side: only the text around them tells.
        party = party_from_the_text(person, sent, reg, content, reported=reported)
    if a_minister(person) and (party is None or no_ministers_body(party)):
        # "Interior Minister Voss said the students ...": he speaks for a government, not for them;
        # for the one government the story names as a party, if there is one.
        party = the_only_government(reg)
    if party is not None:
        reg.affiliate(person, party)


_JUDICIAL_TITLES = word_set("judicial_titles")


def _a_judges_body_for_another(party: Party, person: Person) -> bool:
    """'The Labour Court ordered the firm to rehire them. "We will appeal," managing director Sam
    Reyes said': a court or tribunal just named speaks through its judges, never through a managing
    director; whose office it is, the text around must tell."""
    return decides_by_name(party) and not any(w in _JUDICIAL_TITLES for w in person.title.lower().split())


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
    if independent_press(who):
        return None, None
    party = reg.party_at(head_start, head_end)
    if party is None:
        # "a source within the Tamari Front", "officials from both governments", "Valdoria's foreign ministry"
        party = next((p for p in _parties_in_noun_phrase(who, reg) if not is_news_source(p.name)), None)
    if party is not None:
        return party, _body_name(who, party)
    return _described_speaker(who, reg, last_person, last_party), None


_PRESS_NOUNS = word_set("press_nouns")
_PRESS_OWNED_WORDS = word_set("press_owned_words")


def independent_press(who: Token) -> bool:
    """'Norland media reports said', 'local newspapers wrote': the press speaks, and the party named
    beside it is only where it prints; 'state media', 'the party newspaper' are the party's own."""
    words = [who, *(c for c in who.children if c.dep_ in ("compound", "amod"))]
    # the word as written too: the lemma of 'media' is 'medium'
    if not any(w.lemma_.lower() in _PRESS_NOUNS or w.lower_ in _PRESS_NOUNS for w in words):
        return False
    return not any(t.lower_ in _PRESS_OWNED_WORDS or t.lemma_.lower() in _PRESS_OWNED_WORDS for t in _own_words(who))


# the words that name whose press it is: 'state' (media), 'state-run' (hyphen parts), 'the party's' (paper)
_OWNER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
_OWNER_PART_DEPS = frozenset({"compound", "npadvmod", "amod", "advmod", "punct"})


def _own_words(press: Token) -> list[Token]:
    """The press noun's own modifiers and their hyphen parts ('state-run'), never a phrase hung on
    it: 'newspapers critical of the government' or 'media citing official sources' stay the press."""
    words = [press]
    for c in press.children:
        if c.dep_ in _OWNER_DEPS:
            words.append(c)
            words.extend(g for g in c.children if g.dep_ in _OWNER_PART_DEPS)
    return words


def _pronoun_resolved(
    who: Token, reg: Registry, last_person: Person | None, last_party: Party | None
) -> tuple[Party | None, str | None]:
    """A pronoun speaker: the reporter of its clause when that names a side or a kind of people,
    else who the pronoun takes up."""
    reporter = _reporter_of_clause(who)
    if reporter is not None:
        found = resolve_speaker(reporter, reg, last_person, last_party)
        if found[0] is not None or _a_kind_of_people(reporter) or _an_unknown_body(who, reporter, reg):
            return found
    if _takes_up_a_thing_of_its_sentence(who, reg, last_person, last_party):
        return None, None
    return _pronoun_speaker(who, reg, last_person, last_party)


_GENERIC_DETERMINERS = word_set("generic_determiners")


def _any_one_of_its_kind(noun: Token) -> bool:
    """'an operator', 'any member': a noun that names no one already in the story; 'the junta' or
    'the chipmaker' may be a party's description, and its 'it' is left to who was named before."""
    return any(c.dep_ == "det" and c.lower_ in _GENERIC_DETERMINERS for c in children_of(noun))


def _takes_up_a_thing_of_its_sentence(
    pronoun: Token, reg: Registry, last_person: Person | None, last_party: Party | None
) -> bool:
    """'A licence holder may go on selling, provided it posts a bond': the 'it' of a clause hung on
    a verb takes up that verb's subject, a noun of its own sentence that stands for any one of its
    kind, never the party named last. Same number: 'it' a singular noun, 'they' a plural."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.lower_ not in _GROUP_PRONOUNS:
        return False
    clause = pronoun.head
    while clause.dep_ == "conj":
        clause = clause.head
    if clause.dep_ not in ("advcl", "ccomp") or clause.head.i > clause.i:
        return False
    verb = clause.head
    if verb.lower_ in _CLAUSE_PREPOSITIONS:
        verb = verb.head  # "..., provided it posts a bond": the parse may hang the clause on its marker
    host = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if host is None or host.pos_ != "NOUN" or not _any_one_of_its_kind(host):
        return False
    if (host.tag_ == "NNS") != (pronoun.lower_ not in _NEUTER_PRONOUNS):
        return False  # 'it' takes up a singular noun, 'they' a plural one
    return resolve_speaker(host, reg, last_person, last_party)[0] is None


def _an_unknown_body(pronoun: Token, reporter: Token, reg: Registry) -> bool:
    """'Corvex said it could not pay more', where the model tagged no 'Corvex': 'it' is the bare
    singular name that reports it, a body the registry does not know, never the party named last (a
    wrong side is worse than none). 'The Tamaris said they' may still take up a party named before."""
    return (
        pronoun.lower_ in _NEUTER_PRONOUNS
        and reporter.tag_ == "NNP"
        and not any(c.dep_ == "det" for c in children_of(reporter))
        and reg.person_at(reporter.idx, reporter.idx + len(reporter.text)) is None
    )


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
_CLAUSE_PREPOSITIONS = word_set("clause_prepositions")


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
    if any(c.dep_ == "poss" and c.lower_ in _GROUP_POSSESSIVES for c in children_of(who)):
        verb = _reporting_verb_above(who)
        if verb is not None:
            # "The guild said its members would refuse": 'its' is who says so; when the reporter
            # cannot be placed, no party rather than the one named last (a wrong side is worse).
            reporter = _nearest_subject(who, verb)
            if reporter is None:
                return None
            return resolve_speaker(reporter, reg, last_person, last_party)[0]
        # "The union will not return, its leader said": 'its' is the party the words are about
        # first, the subject of what was said; else the party last named as acting.
        return _subject_party_of_what_was_said(who, reg) or last_party
    return None


def _reporting_verb_above(who: Token) -> Token | None:
    """The verb of saying whose reported words hold `who` ('the guild said its members would ...')."""
    return next((verb for verb in who.ancestors if verb.lemma_.lower() in REPORTING_VERBS), None)


def _nearest_subject(who: Token, reporter_verb: Token) -> Token | None:
    """The subject nearest above `who` up to the verb of saying: in 'the ministry said the union had
    told its members ...' 'its' is the union's, the reported clause's own subject, not the ministry."""
    for verb in who.ancestors:
        subject = _subject_of(verb)
        if subject is not None and subject.i != who.i and who not in subject.subtree:
            return subject
        if verb.i == reporter_verb.i:
            return None
    return None


def _subject_of(verb: Token) -> Token | None:
    """A verb's subject, or that of the verb it is coordinated with ('the guild spurned the offer and
    said ...': the guild says)."""
    while True:
        subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
        if subject is not None or verb.dep_ != "conj":
            return subject
        verb = verb.head


def _party_she_leads(who: Token, reg: Registry, last_person: Person | None) -> Party | None:
    """'Her guild is seeking': the guild she leads, through the person 'her' takes up."""
    owner = next((c for c in children_of(who) if c.dep_ == "poss" and c.lower_ in _PERSON_POSSESSIVES), None)
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
    if kind == "regulator":
        return regulating_body(party.name, party.kind)  # "the watchdog" is never the company it watches
    if kind == "any" or party.kind == "org":
        return True
    return party.kind in _KINDS_TAKEN_UP.get(kind, (kind,))


def _subject_party_of_what_was_said(who: Token, reg: Registry) -> Party | None:
    verb = who.head
    if who.dep_ != "nsubj" or verb.lemma_.lower() not in REPORTING_VERBS:
        return None
    said = next((c for c in children_of(verb) if c.dep_ == "ccomp"), None)
    subject = (
        next((c for c in children_of(said) if c.dep_ in ("nsubj", "nsubjpass")), None) if said is not None else None
    )
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
        stack.extend(c for c in children_of(tok) if _inside_the_phrase(c))
    if len(found) < 2:
        return found
    start = who.left_edge.idx
    found.sort(key=lambda p: min((s for s, _ in p.mentions if s >= start), default=10**9))
    if who.lemma_.lower() in _TERRITORY_NOUNS:
        # "Valdoria's Kessel region will not sign": the region named beside the noun speaks, not its state
        named_beside = [p for c in who.lefts if c.dep_ == "compound" and (p := reg.party_at(c.idx, c.idx + 1))]
        found.sort(key=lambda p: p not in named_beside)
    return found


_TERRITORY_NOUNS = word_set("territory_nouns")


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
    for child in children_of(who):
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
        short_name = party.name.startswith(who.text + " ")  # 'Corvell' of 'Corvell Energy': the party itself
        return None if is_state_name or short_name or not who.text[:1].isupper() else who.text
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
        (c for c in children_of(who) if c.dep_ == "prep" and c.lower_ in _SPEAKING_FOR_PREPOSITIONS and c.i > who.i),
        None,
    )
    return subtree_extent(for_whom)[1] if for_whom is not None else who.idx + len(who.text)


def last_person_in(sent: Span, reg: Registry) -> Person | None:
    return _last_person_between(reg, sent.start_char, sent.end_char)


def _last_person_between(reg: Registry, start: int, end: int) -> Person | None:
    people = [key for (_s, _e), (kind, key) in reg.spans.overlapping(start, end) if kind == "person" and _s >= start]
    return reg.persons[people[-1]] if people else None


def last_party_subject(sent: Span, reg: Registry) -> Party | None:
    """The party the sentence is about, for the next sentence's 'they' and 'it': the subject of its
    main verb ('..., parents such as the Elm Parents Association ask for a year': the association), else
    the first subject that names a party ('Although Norland hopes to sell the site, ...')."""
    root = sent.root
    for tok in (c for c in children_of(root) if c.dep_ in ("nsubj", "nsubjpass")):
        party = reg.party_at(tok.idx, tok.idx + len(tok.text)) or next(iter(_parties_in_noun_phrase(tok, reg)), None)
        if party is not None:
            return party
    for tok in sent:
        if tok.dep_ in ("nsubj", "nsubjpass"):
            party = reg.party_at(tok.idx, tok.idx + len(tok.text))
            if party is not None:
                return party
    return None
