"""What a third party does, read from the clause a mention stands in when no role word names its part:
'hosted the envoys', 'was accused by Norland of arming the rebels', 'a draft released by the chair',
'Arlenia, which chairs the bloc', 'a closed-door Security Council session'. Read by `roles`."""

from __future__ import annotations

from spacy.tokens import Token

from briefing.analysis.dates import EVENT_NOUNS
from briefing.analysis.rules.forecasts import a_generalisation
from briefing.analysis.rules.lexicon import GENERIC_PARTY_NOUNS, TITLE_WORDS, pronouns
from briefing.analysis.rules.role_denials import owning
from briefing.analysis.rules.role_grammar import object_phrase
from briefing.analysis.rules.role_readings import asked_clause
from briefing.analysis.rules.role_text import short_in_order, short_role
from briefing.lang import word_set

# Being, saying and reporting: a newspaper that reported a step takes no part in it.
NO_ACTION_VERBS = word_set("no_action_verbs")
_INFINITIVE_MARKS = word_set("infinitive_marks")


def relative_act(tok: Token) -> str | None:
    """'Arlenia, which chairs the bloc' -> 'chairs the bloc'."""
    verb = next((c for c in tok.children if c.dep_ == "relcl" and c.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_.lower() in NO_ACTION_VERBS or not _relative_subject(verb):
        return None  # "the group, which Norland denies backing": what another does, not the party
    parts = [c for c in verb.children if c.dep_ in ("dobj", "prt", "attr")]
    return short_role([verb, *(t for c in parts for t in c.subtree)])


def _relative_subject(verb: Token) -> bool:
    """Whether the relative clause's subject is its pronoun ('which chairs'), so it tells what the
    noun it is on does."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in _RELATIVE_TAGS for c in verb.children)


_RELATIVE_TAGS = frozenset({"WDT", "WP"})


def convened(tok: Token) -> str | None:
    """'a closed-door Security Council session' -> 'convened the session': the body named on an event."""
    head = tok.head
    if tok.dep_ not in ("compound", "nmod", "poss") or head.lemma_.lower() not in EVENT_NOUNS or head.i < tok.i:
        return None
    return f"convened the {head.lower_}"


def acting_phrase(tok: Token) -> str | None:
    """'Arlenia hosted the envoys' -> 'hosted the envoys'."""
    verb = _verb_with_subject(tok, "nsubj")
    if verb is None or any(c.dep_ == "neg" for c in verb.children) or a_generalisation(verb) or owning(verb):
        return None  # "courts seldom overturn such awards": a rule of thumb, no act of a court
    # "must act to stop the walkout": the infinitive, complement or purpose, says what the party does
    parts = [
        c
        for c in verb.children
        if (c.dep_ in ("dobj", "prt", "dative", "xcomp") or _purpose_infinitive(c))
        and c.i > verb.i  # "Among the contenders to buy it, X remains": what comes before is no act
        and c.tag_ not in _RELATIVE_TAGS  # "the chips that Kestria buys": the pronoun is no object
    ]
    parts = parts or object_phrase(verb)  # "pressed for a settlement": the verb takes its object by a preposition
    if not parts:
        return asked_clause(verb)  # "requested that a water council be set up"
    # "the map which Kestria wants to redraw": the pronoun before the verb is no word of the act
    words = [verb, *(t for c in parts for t in c.subtree if t.i > verb.i)]
    bare = short_role(words)
    if bare is None:
        return None  # "could project": the modal adds no word to what the party does
    modals = _modals_of(verb)
    whole = short_role([*modals, *words]) if modals else None
    # the modal takes a word of the role's length: kept only when the act still reads whole after it
    return whole if whole is not None and whole.endswith(bare) else bare


_MODALS = word_set("modals")
MIN_MODAL_CHARS = 3  # "will", "must"; not a clitic ("'ll") nor the stem of a negation ("wo" of "won't")


def _modals_of(verb: Token) -> list[Token]:
    """'will submit its resignation', 'must act': the modal stays with the verb, or the bare verb
    reads as an order or a habit ('submit its resignation')."""
    return [
        c
        for c in verb.children
        if c.dep_ == "aux"
        and c.is_alpha
        and len(c.text) >= MIN_MODAL_CHARS
        and (c.lower_ in _MODALS or (c.lower_ in _PERFECT_AUXILIARIES and _irregular_participle(verb)))
    ]


_PERFECT_AUXILIARIES = word_set("present_perfect_auxiliaries") | word_set("pluperfect_auxiliaries")
# The endings of the participles that are not also a past tense: 'frozen', 'withdrawn', 'sworn', 'done',
# 'begun' ('imposed', 'set', 'held' read whole as a past tense).
_PARTICIPLE_ONLY_ENDINGS = ("en", "wn", "rn", "ne", "un")


def _irregular_participle(verb: Token) -> bool:
    """'has frozen', 'had taken': a participle that is not also the past tense reads broken without
    its 'has' ('has frozen its aid', never 'frozen its aid'); 'has imposed' reads whole as 'imposed'."""
    return verb.tag_ == "VBN" and verb.lower_.endswith(_PARTICIPLE_ONLY_ENDINGS)


def office_acting(tok: Token) -> str | None:
    """'Ostravia's King requested that ...' -> 'requested that ...': a state acting through its office
    holder, or through its government ("Ostravia's central government must win each region's approval")."""
    if tok.dep_ != "poss" or (
        tok.head.lower_ not in TITLE_WORDS and GENERIC_PARTY_NOUNS.get(tok.head.lower_) != "government"
    ):
        return None
    return acting_phrase(tok.head)


def _purpose_infinitive(clause: Token) -> bool:
    return clause.dep_ == "advcl" and any(g.dep_ == "aux" and g.lower_ in _INFINITIVE_MARKS for g in clause.children)


def acted_on_phrase(tok: Token) -> str | None:
    """'was accused by Norland of arming the rebels' -> 'accused by Norland of arming the rebels'."""
    verb = _verb_with_subject(tok, "nsubjpass")
    if verb is None:
        return None
    return short_role([verb, *(t for c in verb.children if c.dep_ in ("agent", "prep", "prt") for t in c.subtree)])


_OF_PREPOSITIONS = word_set("of_prepositions")


def agent_phrase(tok: Token) -> str | None:
    """'a draft released by the chair' -> 'released a draft', 'depots leased by the ministry'
    -> 'leased depots': the agent of a passive does to its subject what the verb says. Only a
    regular participle reads as the past tense the role is written in ('driven' is not 'drove')."""
    verb = _passive_verb_of_agent(tok)
    if verb is None:
        return None
    patient = _patient_of(verb)
    if patient is None or patient.pos_ == "PRON":
        return None
    return short_in_order([verb, *_patient_words(verb, patient)])


def _patient_of(verb: Token) -> Token | None:
    """What the passive verb is done to: the noun its clause is on, or its passive subject."""
    if verb.dep_ in ("acl", "relcl"):
        return verb.head  # "depots (that are) leased by ...": the noun the clause is on
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def _patient_words(verb: Token, patient: Token) -> list[Token]:
    """The patient's own words: its modifiers and an 'of' phrase, not what else is said of it."""
    clause = {t.i for t in verb.subtree} if verb.dep_ in ("acl", "relcl") else set()
    tail = _of_phrase(patient)
    return [t for t in patient.subtree if t.i not in clause and (t.i <= patient.i or t.i in tail)]


def _of_phrase(noun: Token) -> set[int]:
    """The indices of the noun's 'of' phrase: 'the release of the crews'."""
    return {t.i for c in noun.rights if c.dep_ == "prep" and c.lower_ in _OF_PREPOSITIONS for t in c.subtree}


def _passive_verb_of_agent(tok: Token) -> Token | None:
    """The regular participle whose 'by' phrase a mention is in."""
    agent = phrase_head(tok)
    if agent.dep_ != "pobj" or agent.head.dep_ != "agent":
        return None
    verb = agent.head.head
    if verb.tag_ != "VBN" or not verb.lower_.endswith("ed") or verb.lemma_.lower() in NO_ACTION_VERBS:
        return None
    if owning(verb):
        return None  # "the consortium, owned by A and B": an owner is part of what it owns
    return verb


def phrase_head(tok: Token) -> Token:
    """The phrase a name stands in: 'A and B', 'the summit's chair, Ana Berg' (an apposition), 'the
    Norland government' (a state's arm)."""
    while (
        tok.dep_ == "conj"
        or (tok.dep_ == "appos" and tok.head.pos_ in ("NOUN", "PROPN"))
        or (tok.dep_ in ("compound", "amod") and tok.head.lower_ in GENERIC_PARTY_NOUNS)
    ):
        tok = tok.head
    return tok


def _verb_with_subject(tok: Token, dep: str) -> Token | None:
    """The verb a party mention is the subject of (the first conjunct's, for 'A and B hosted')."""
    first = tok
    while first.dep_ == "conj":
        first = first.head
    verb = first.head
    if first.dep_ != dep or verb.pos_ != "VERB" or verb.lemma_.lower() in NO_ACTION_VERBS:
        return None
    return verb


_REPORTING_VERBS = word_set("reporting_verbs")
# "the minister said she would table a bill", "Arlenia said it will send observers": a third-person
# subject pronoun in what the speaker says takes the speaker up.
_SPEAKER_PRONOUNS = pronouns("a speaker's own subjects", lambda p: "subject" in p.forms and p.person == "3")


def claimed_act(tok: Token) -> str | None:
    """'Labour Minister Ana Berg said she would table back-to-work legislation' -> 'would table
    back-to-work legislation': what the speaker says they themselves do, with its modal."""
    first = tok
    while first.dep_ == "conj":
        first = first.head
    if first.dep_ != "nsubj" or first.head.lemma_.lower() not in _REPORTING_VERBS:
        return None
    said = next((c for c in first.head.children if c.dep_ == "ccomp"), None)
    pronoun = next((c for c in said.children if c.dep_ == "nsubj"), None) if said is not None else None
    if pronoun is None or pronoun.lower_ not in _SPEAKER_PRONOUNS:
        return None
    return acting_phrase(pronoun)
