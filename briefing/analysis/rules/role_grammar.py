"""More of the grammar that gives a third party its part, read off the parse around one mention.

`roles.py` asks these for a party or a person that is not a side: where the talks are held
("a summit in Accra, Ghana", "the Chilean port city of ..."), a role claimed through a pronoun
("Arlenia said it had mediated"), a role a party joins in ("mediation efforts involving A and B"),
a meeting with someone in the story, the court or tribunal a dispute is taken to, and whether a
body is one of a side's own organs (a bare "Ministry of Finance" in a dispute between states).
Each returns the words of the role, or None when the grammar gives none. Two find third parties
the registry holds no party for: the state of a major city the talks are held in (`city_hosts`)
and a role known only by its noun ("a federal mediator", `unnamed_roles`).
"""

from __future__ import annotations

import re
from collections.abc import Container

from spacy.tokens import Doc, Token

from briefing.analysis.dates import EVENT_NOUNS
from briefing.analysis.doctext import entities_of, evidence_for, sentence_of, tokens_tagged
from briefing.analysis.rules.lexicon import (
    GENERIC_PARTY_NOUNS,
    REPORTING_VERBS,
    ROLE_WORDS,
    called_the_government,
    pronouns,
)
from briefing.analysis.rules.role_denials import denied, proposed_event, supposed
from briefing.analysis.rules.side_names import name_words
from briefing.analysis.rules.types import Party, Registry
from briefing.lang import word_set
from briefing.lang.lists import WordMap
from briefing.model import ThirdParty

_MEETING_VERBS = word_set("meeting_verbs")
# Major cities that are not capitals, by lower-cased name -> their state (capitals are in states.txt).
_CITIES = WordMap("cities", lambda profile: {k.lower(): v for k, v in profile.table("cities").items()})
_VENUE_NOUNS = word_set("venue_nouns")
_RECOURSE_WORDS = word_set("recourse_words")
_JOINING_VERBS = word_set("joining_verbs")
_COPULAS = word_set("copulas")
_OWN_ORGAN_WORDS = word_set("own_organ_words")
_VENUE_PREPOSITIONS = word_set("venue_prepositions")
_RECOURSE_PREPOSITIONS = word_set("recourse_prepositions")
_OBJECT_PREPOSITIONS = word_set("object_prepositions")
_LEADING_VERBS = word_set("leading_verbs")
_DEAL_NOUNS = word_set("deal_nouns")
# "a deal with the Andean bloc's countries": the states of a bloc are the bloc, as its party
_COUNTRY_GROUPS = WordMap("country_group_nouns")
# A pronoun that takes up a speaking party: "Arlenia said it had mediated", "... said they had".
_PARTY_PRONOUNS = pronouns(
    "a speaking party's subjects", lambda p: "subject" in p.forms and (p.gender == "n" or p.number == "pl")
)
# Kinds of party that are places or governments: a state is a venue, never a forum.
_PLACE_KINDS = frozenset({"state", "place", "bloc"})
# Sides of these kinds make a dispute between states or armed movements, where the state the
# talks are held in hosts them; between a union and a company it is only where they meet.
INTERNATIONAL_KINDS = frozenset({"state", "bloc", "armed", "movement", "place"})


def name_head(tok: Token) -> Token:
    """The name a title or demonym is part of: 'Ghanaian' of 'Ghanaian President Kofi Mensah' is
    read where 'Mensah' stands in the sentence."""
    while tok.dep_ in ("amod", "compound") and tok.head.pos_ == "PROPN" and tok.head.i > tok.i:
        tok = tok.head
    return tok


def venue(tok: Token) -> bool:
    """'the envoys met in Arlenia', 'a summit scheduled for June 4 in Accra, Ghana', 'talks in the
    Chilean port city of ...': the mention names the place the sides meet."""
    place = _place_phrase(tok)
    if place.dep_ != "pobj" or place.head.lower_ not in _VENUE_PREPOSITIONS:
        return False
    if proposed_event(place.head.head):
        return False  # "has proposed a round in Oslo": a venue put forward, hosted by no one yet
    return _meets_there(place.head.head)


def _place_phrase(tok: Token) -> Token:
    """The place noun a mention stands in or beside: 'Accra, Ghana', 'the Arlenian capital'."""
    if tok.dep_ == "appos" and tok.head.dep_ == "pobj":
        return tok.head  # "in Accra, Ghana": the state stands beside its city
    if tok.dep_ in ("amod", "compound", "nmod") and tok.head.lemma_.lower() in _VENUE_NOUNS:
        return tok.head  # "the Arlenian capital", "the Chilean port city"
    return tok


def _meets_there(governor: Token) -> bool:
    """What the place phrase hangs on is a meeting: an event, a verb of meeting, or their clause."""
    if _is_event(governor) or governor.lemma_.lower() in _MEETING_VERBS:
        return True
    if governor.dep_ in ("acl", "relcl") and _is_event(governor.head):
        return True  # "the summit, scheduled for June 4 in Accra"
    subjects = [c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(_is_event(c) for c in subjects)  # "the talks took place in Arlenia"


def venue_host(tok: Token, party: Party) -> str | None:
    """'the envoys will meet again in Arlenia', 'talks in Geneva': a state (or a city's state) where
    the sides meet hosts them."""
    if not ((party.kind == "state" or city_state(party.name)) and venue(tok)):
        return None
    return "possible host" if supposed(tok) else "host"  # "a round could take place in Lisbon"


def _is_event(tok: Token) -> bool:
    return tok.lemma_.lower() in EVENT_NOUNS or tok.lower_ in EVENT_NOUNS


def said_role_word(
    first: Token, role_verbs: Container[str], role_words: Container[str], role_nouns: Container[str]
) -> Token | None:
    """The role word the text says of a party: 'Arlenia said it had mediated', 'efforts involving
    Arlenia', 'Arlenia remains an advocate of', 'Arlenia heads the mediation effort'."""
    return (
        claimed_role_verb(first, role_verbs)
        or joined_role_word(first, role_words)
        or role_noun_of_copula(first, role_nouns)
        or led_effort_word(first, role_words)
    )


def led_effort_word(first: Token, role_words: Container[str]) -> Token | None:
    """'President Mensah heads the mediation effort': the role word of the effort a party leads."""
    if first.dep_ != "nsubj" or first.head.lemma_.lower() not in _LEADING_VERBS:
        return None
    for effort in (c for c in first.head.children if c.dep_ == "dobj"):
        for word in (effort, *(c for c in effort.children if c.dep_ == "compound")):
            if word.lemma_.lower() in role_words:
                return word
    return None


_WITH_PREPOSITIONS = word_set("with_prepositions")


def party_to_deal(tok: Token) -> str | None:
    """'a customs deal with Arlenia', 'signed a deal with Arlenia': the party a deal is made with."""
    head = tok
    while head.dep_ in ("amod", "compound", "nmod") and head.head.i > head.i:
        head = head.head
        if head.pos_ == "NOUN" and head.lower_ not in GENERIC_PARTY_NOUNS and head.lower_ not in _COUNTRY_GROUPS:
            return None  # "a loan deal with Chilean pension funds": the funds are the party, not Chile
    if head.dep_ != "pobj" or head.head.lower_ not in _WITH_PREPOSITIONS:
        return None
    governor = head.head.head  # "a deal with X", or "signed a deal with X"
    deal = governor if governor.pos_ != "VERB" else next((c for c in governor.children if c.dep_ == "dobj"), None)
    if deal is None or deal.lemma_.lower() not in _DEAL_NOUNS:
        return None
    return f"party to the {deal.lemma_.lower()}"


def claimed_role_verb(first: Token, role_verbs: Container[str]) -> Token | None:
    """'Arlenia said it had mediated the exchange': the role verb of a clause the party reports of
    itself, its subject a pronoun that takes the speaker up."""
    if first.dep_ != "nsubj" or first.head.lemma_.lower() not in REPORTING_VERBS:
        return None
    return next((clause for clause in first.head.children if _claims_role(clause, role_verbs)), None)


def _claims_role(clause: Token, role_verbs: Container[str]) -> bool:
    """'(said) it had mediated': a reported role verb, not negated, its subject the party's pronoun."""
    if clause.dep_ != "ccomp" or clause.lemma_ not in role_verbs:
        return False
    if denied(clause):
        return False  # "said it backs neither camp": no backer
    return any(c.dep_ == "nsubj" and c.lower_ in _PARTY_PRONOUNS for c in clause.children)


def joined_role_word(first: Token, role_words: Container[str]) -> Token | None:
    """'mediation efforts involving Peru and Malta': the role word of the effort a party is named in."""
    verb = first.head
    if first.dep_ not in ("dobj", "pobj") or verb.dep_ != "acl" or verb.lemma_.lower() not in _JOINING_VERBS:
        return None
    noun = verb.head
    for word in (noun, *(c for c in noun.children if c.dep_ in ("compound", "amod"))):
        if word.lemma_.lower() in role_words:
            return word
    return None


def role_noun_of_copula(first: Token, role_nouns: Container[str]) -> Token | None:
    """'Finland remains a strong advocate of the deal': the role noun a party is said to be."""
    verb = first.head
    if first.dep_ != "nsubj" or verb.lemma_.lower() not in _COPULAS:
        return None
    return next((c for c in verb.children if c.dep_ == "attr" and c.lemma_.lower() in role_nouns), None)


def met_with(tok: Token) -> str | None:
    """'Norland's minister met with Finnish Foreign Minister Anna Virtanen' -> 'met Norland's
    minister': the one a party or person met (the country a minister visited to discuss the dispute)."""
    verb = _verb_met_with(name_head(tok))
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in _MEETING_VERBS:
        return None
    words = _subject_words(verb)
    return f"{_meeting_tense(verb)} {words}" if words else None


_WILL_AUXILIARIES = word_set("will_auxiliaries") | word_set("reported_future_auxiliaries")
_FUTURE_FRAMES = word_set("future_frame_verbs")


def _meeting_tense(verb: Token) -> str:
    """'will meet with Ivo Lang' -> 'will meet', 'is due to meet' -> 'is to meet': a meeting still to
    come is never told as one held."""
    if any(c.dep_ == "aux" and c.lower_ in _WILL_AUXILIARIES for c in verb.children):
        return "will meet"
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _FUTURE_FRAMES:
        return "is to meet"
    return "met"


def _verb_met_with(head: Token) -> Token | None:
    """The verb whose 'with' the name's phrase is in, alone or in a list."""
    if head.dep_ == "pobj" and head.head.lower_ in _WITH_PREPOSITIONS:
        return head.head.head
    if head.dep_ != "conj":
        return None
    # "met with A and B", "met with A on May 3 and B on May 4": the verb the list hangs on
    verb = next((a for a in head.ancestors if a.pos_ == "VERB"), head)
    return verb if any(c.dep_ == "prep" and c.lower_ in _WITH_PREPOSITIONS for c in verb.children) else None


def _subject_words(verb: Token) -> str | None:
    """The words of a verb's subject, without its relative clause or apposition; a relative
    clause's subject is the noun the clause is on ("Norland's minister, who met with ...")."""
    subject = _subject_through_who(verb)
    if subject is None or subject.pos_ == "PRON":
        return None
    words = _without_clauses(subject)
    if not words or len(words) > MAX_MET_WORDS:
        return None
    return "".join(t.text_with_ws for t in words).strip()


_FRAMED_DEPS = frozenset({"xcomp", "acomp"})


def _subject_through_who(verb: Token) -> Token | None:
    """The verb's subject; for 'who' in a relative clause, the noun the clause is on."""
    holder = verb
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    while subject is None and holder.dep_ in _FRAMED_DEPS and holder.head.i != holder.i:
        holder = holder.head  # "the envoy is expected to meet with ...", "who is due to meet": the frame's subject
        subject = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.tag_ == "WP" and holder.dep_ == "relcl":
        subject = holder.head
    return subject


def _without_clauses(subject: Token) -> list[Token]:
    """The subject's words without its relative clause, apposition or punctuation."""
    inner = {t.i for c in subject.children if c.dep_ in ("relcl", "appos") for t in c.subtree}
    return [t for t in subject.subtree if t.i not in inner and not t.is_punct]


MAX_MET_WORDS = 5  # "met Norland's foreign minister"; a longer subject is a clause, not a name


def role_word_after(doc: Doc, offset: int, role_words: Container[str]) -> Token | None:
    """'Arlenian-led mediation': the role noun right after a '-led' written onto a party's name."""
    span = doc.char_span(offset - 1, offset, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return None
    nxt = doc[span.end]
    return nxt if nxt.lemma_.lower() in role_words else None


def object_phrase(verb: Token) -> list[Token]:
    """'pressed for a settlement', 'agreed to the plan': the prepositional object of a verb that takes
    no direct one; none when the verb has no such phrase."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in _OBJECT_PREPOSITIONS), None)
    return [prep] if prep is not None and any(c.dep_ == "pobj" for c in prep.children) else []


def forum(tok: Token, party: Party) -> str | None:
    """'took its complaint to the World Trade Organization', 'a challenge to the count at the
    Supreme Court': a court or organisation a dispute is brought before. A state is a venue, not a forum."""
    if party.kind in _PLACE_KINDS:
        return None
    preposition = brought_before(tok)
    if preposition is None:
        return None
    for word in _up_to_the_verb(preposition.head):
        if word.lemma_.lower() in _RECOURSE_WORDS:
            return f"forum of the {word.lemma_.lower()}"
    return None


def brought_before(name: Token) -> Token | None:
    """The preposition that brings a case before a name ('appealed to the tribunal', 'a challenge at the
    Markets Tribunal and the High Court'): one of 'to', 'with', 'before', 'at', 'in' whose object is the
    name, or the name it is part of or joined to. The one test of a forum, for the sides
    (`side_onlookers.is_forum`) and for a third party's role (`forum`)."""
    head = name
    while head.dep_ in ("compound", "conj") and head.head.i != head.i:
        head = head.head
    return head.head if head.dep_ == "pobj" and head.head.lower_ in _RECOURSE_PREPOSITIONS else None


def _up_to_the_verb(governor: Token) -> list[Token]:
    """The words a phrase hangs on, up to and with its verb and the verb's object: 'filed a challenge
    to the count at the court' reaches 'count', 'filed' and 'challenge'."""
    words = [governor]
    while words[-1].pos_ != "VERB" and words[-1].head.i != words[-1].i and len(words) < MAX_PHRASE_STEPS:
        words.append(words[-1].head)
    return words + [c for c in words[-1].children if c.dep_ == "dobj"]


MAX_PHRASE_STEPS = 4  # a forum a few words from the dispute, not anywhere in the sentence


def city_state(name: str) -> str | None:
    """'Geneva' -> 'Switzerland': the state a major city is in, for the host of talks held there."""
    return _CITIES.get(" ".join(name.split()).lower())


def named_for_its_state(party: Party, name: str, role: str) -> tuple[str, str]:
    """'the Geneva talks', 'talks in Geneva' (a city named twice): its state is the one listed, as host."""
    state = city_state(party.name)
    if state is None:
        return name, role
    return state, "host" if role == "host" or role.startswith("convened") else role


def city_hosts(doc: Doc, reg: Registry, named: set[str]) -> list[ThirdParty]:
    """'talks in Geneva' with Geneva named once (no party of its own): the city's state hosts them."""
    out = []
    for ent in entities_of(doc):
        state = city_state(ent.text) if ent.label_ == "GPE" else None
        if state is None or state in named or reg.spans.covers(ent.start_char):
            continue
        root = ent.root
        if not (venue(root) or (root.dep_ in ("compound", "nmod") and _is_event(root.head))):
            continue  # "talks in Geneva", "the Geneva talks"
        named.add(state)
        role = "possible host" if supposed(root) else "host"  # "the sides may meet in Geneva"
        out.append(ThirdParty(state, role, [evidence_for(ent.root.sent)]))
    return out


def distinct(found: list[ThirdParty]) -> list[ThirdParty]:
    """Each third party once, where first found: 'Jeddah' and 'Saudi Arabia' are one host, and a
    name spelled two ways is one name."""
    kept: dict[str, ThirdParty] = {}
    for tp in found:  # "Organisation" and "Organization" spell one name
        kept.setdefault(tp.name.lower().replace("isation", "ization"), tp)
    return list(kept.values())


def _unnamed_role_name(reg: Registry, tok: Token, label: str, roles: set[str]) -> str | None:
    """'federal mediator' (with its modifiers), 'unnamed mediator' (the one the text knows), or none.
    One mediator named in the text is the one 'a federal mediator' and 'its chief mediator, Ana
    Berg' speak of: a singular role noun with a named holder, or with a name beside it, is no other."""
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i]
    if any(reg.party_at(c.idx, c.idx + len(c.text)) is not None for c in mods):
        return None  # "Kestrian mediators" is Kestria's role
    if any(c.pos_ == "VERB" for c in mods) or _counted(tok):
        return None  # "forced mediators" (a verb misread), "40 observers" (some a party sends)
    if _beside_a_name(reg, tok) or (tok.tag_ == "NN" and label in roles):
        return None
    if mods:
        return " ".join([*(c.text for c in mods), tok.text])
    if _the_one(tok) and label not in roles:
        return f"unnamed {tok.text}"
    return None  # a bare "mediators" names no one


def _counted(tok: Token) -> bool:
    """'as many as 40 observers': a number of people, sent or paid by a party, not a body of its own."""
    return tok.tag_ == "NNS" and any(c.dep_ == "nummod" for c in tok.children)


def _beside_a_name(reg: Registry, tok: Token) -> bool:
    """'its chief mediator, Ana Berg' or 'Ana Berg, the chief mediator': the role noun and a name in
    apposition are one holder."""
    near = [c for c in tok.children if c.dep_ == "appos"] + ([tok.head] if tok.dep_ == "appos" else [])
    return any(
        reg.person_at(t.idx, t.idx + len(t.text)) is not None or reg.party_at(t.idx, t.idx + len(t.text)) is not None
        for t in near
    )


_DEFINITE_ARTICLES = word_set("definite_articles")


def _the_one(tok: Token) -> bool:
    """'the mediator': one mediator the text takes as known, not 'mediators' in general."""
    return tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in _DEFINITE_ARTICLES for c in tok.children)


def own_organ(name: str, sides: list[Party]) -> bool:
    """'Ministry of Finance', 'Cabinet Committee on Defence': a state's organ named with no state
    is one of the side states' own, when the dispute is between states."""
    words = name_words(name)
    if not words:
        return False
    if words[0] in _OWN_ORGAN_WORDS:
        return any(side.kind in ("state", "government") for side in sides)
    # 'Defence Ministry', 'Interior Ministry': a portfolio before the organ word, no other name in it,
    # is the ministry of the one side the text calls 'the government'
    portfolio = words[-1] in _OWN_ORGAN_WORDS and all(w in _PORTFOLIO_WORDS for w in words[:-1])
    return portfolio and sum(1 for side in sides if _called_the_government(side)) == 1


_PORTFOLIO_WORDS = word_set("state_body_words") | word_set("portfolio_words")


def _called_the_government(side: Party) -> bool:
    return side.kind in ("state", "place") and called_the_government(side.aliases)


_UNNAMED_ROLE_NOUNS = word_set("unnamed_role_nouns")


def unnamed_roles(doc: Doc, reg: Registry, named: set[str], roles: set[str]) -> list[ThirdParty]:
    """'a federal mediator', 'international observers', 'the mediator asked': unnamed third
    parties known by their role. 'The mediator' names one when no one named holds that role."""
    out = []
    seen: set[str] = set()
    for tok in tokens_tagged(doc, "NOUN"):
        role_word = tok.lemma_.lower() if tok.lemma_.lower() in _UNNAMED_ROLE_NOUNS else _role_body_word(tok)
        if role_word is None:
            continue
        if reg.party_at(tok.idx, tok.idx + len(tok.text)) is not None:
            continue
        label = ROLE_WORDS.get(role_word, "mediator")
        name = _unnamed_role_name(reg, tok, label, roles)
        if name is None or name.lower() in seen or name in named:
            continue
        seen.add(name.lower())
        out.append(ThirdParty(name, label, [evidence_for(sentence_of(tok))]))
    return out


_ROLE_BODY_NOUNS = word_set("role_body_nouns")


def _role_body_word(tok: Token) -> str | None:
    """'the national mediation office', 'a conciliation service': the role word a body's noun is
    named by, when it names a role an unnamed third party plays."""
    if tok.lemma_.lower() not in _ROLE_BODY_NOUNS:
        return None
    labels = {ROLE_WORDS.get(noun) for noun in _UNNAMED_ROLE_NOUNS}  # mediator, guarantor, observer, ...
    words = (c.lemma_.lower() for c in tok.lefts if c.dep_ in ("compound", "amod"))
    return next((word for word in words if ROLE_WORDS.get(word) in labels), None)


_NAME_PARTICLES = word_set("name_particles")


def a_surname_with_particles(text: str, name: str) -> bool:
    """'Molen' or 'Van der Molen' where the article also writes 'Ana van der Molen': the end of a
    person's name whose lower-case particles the model read as the start of another name."""
    words = name.split()
    while words and words[0].lower() in _NAME_PARTICLES:
        words = words[1:]
    if not words:
        return False
    if not any(f" {particle} {' '.join(words)}" in text for particle in _NAME_PARTICLES):
        return False  # what the pattern needs: a particle, then the name (no regex built per name)
    particles = "|".join(re.escape(p) for p in sorted(_NAME_PARTICLES))
    surname = re.escape(" ".join(words))
    return re.search(rf"\b[A-Z][a-z]+(?: (?:{particles}))+ {surname}\b", text) is not None
