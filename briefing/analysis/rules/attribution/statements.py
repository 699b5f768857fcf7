"""Who said or did what: one `Statement` per sentence that a party voices or acts in.

Handles "X said", "said X", "X told reporters", "according to X", "X quoted Y
as saying" (Y speaks), "a statement from X reads", "the ministry said in a
statement", pronoun speakers ("he added", resolved to the nearest person
before), and quotes that run over several sentences or paragraphs (every
sentence inside the quote belongs to its speaker).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from briefing.analysis.doctext import (
    lowered_for_plain_search,
    sentences_of,
    span_text,
    subtree_extent,
    tagged_in,
    text_of,
    tokens_in,
)
from briefing.analysis.rules.attribution.frame import (
    a_token_object,
    anothers_wish,
    content_of_another_word,
    in_a_question,
    in_subordinate_clause,
    party_doing,
    statement_in,
    tells_anothers_act,
)
from briefing.analysis.rules.attribution.nominal import nominal_stances
from briefing.analysis.rules.attribution.quotes import (
    content_span,
    quotes_overlapping,
    relays_another_voice,
    speech_quotes,
)
from briefing.analysis.rules.attribution.speakers import (
    Context,
    after_a_stance_prefix,
    last_party_subject,
    last_person_in,
    resolve_speaker,
)
from briefing.analysis.rules.attribution.stances import (
    says_nothing,
    states_or_stands,
)
from briefing.analysis.rules.attribution.unplaced import subject_unplaced, voiced_by_no_party
from briefing.analysis.rules.headline import headline_end
from briefing.analysis.rules.lexicon import (
    REPORTING_VERBS,
    STATEMENT_VERBS,
    is_news_source,
    pronouns,
)
from briefing.analysis.rules.offices import people_of_their_own
from briefing.analysis.rules.types import Party, Registry, Statement
from briefing.lang import LanguageProfile, per_language, word_set


def find_statements(doc: Doc, registry: Registry) -> list[Statement]:
    """Every sentence in which a party speaks or acts, in the article's order (the attribution stage)."""
    reader = _StatementReader(doc, registry)
    headline = headline_end(doc)
    for index, sent in enumerate(sentences_of(doc)):
        if sent.start_char < headline:
            continue  # the desk's words, not a side's
        reader.read(sent, index)
    return reader.finish()


Voice = tuple[Party, str | None]


class _StatementReader:
    """Reads the sentences in order, keeping who spoke last and the quotes still waiting for a speaker."""

    def __init__(self, doc: Doc, reg: Registry) -> None:
        self.reg = reg
        self.quotes = speech_quotes(text_of(doc))
        self.statements: list[Statement] = []
        self.ctx = Context()
        self.quote_speaker: dict[tuple[int, int], Voice] = {}
        # Sentences inside a quote whose speaker may come later, with the voice heard last before them.
        self.pending: list[tuple[Span, Voice | None]] = []
        self.last_voice: Voice | None = None
        # Sentences no one speaks or acts in, read again once every person is placed.
        self.unplaced: list[Span] = []

    def read(self, sent: Span, index: int) -> None:
        inside = quotes_overlapping(sent, self.quotes)
        self._close_quotes_ended_before(sent)
        found = statement_in(sent, self.reg, self.ctx, index, inside)
        if self.ctx.commenting:
            self._commentary(sent, inside)
            return
        others = _other_actors(sent, self.reg, self.ctx, found, inside)
        others = [other for other in others if _apart_from_another_voice(other, self.reg, self.ctx)]
        self.statements.extend(others)
        self.statements.extend(nominal_stances(sent, self.reg, [found, *others], inside))
        if found is None and not others and not inside:
            self.unplaced.append(sent)  # a named speaker may be placed later in the article
        if found is not None and found.reported and _relayed(sent, found.content):
            # "“They said ‘...’,” Vale said": the words are the inner voice's, not Vale's side's; a
            # quote of Vale's own that follows is still his.
            self.last_voice = (found.party, found.speaker)
        elif found is not None and _apart_from_another_voice(found, self.reg, self.ctx):
            self._heard(found, inside, index, kept=not _tells_the_others_move(found, others))
        elif inside:
            self._quote_without_speaker(sent, inside)
        if found is None and self.ctx.speaking is not None:
            # "'...,' the minister Ana Berg said": a voice the text gives no side speaks now; a quote
            # with no speaker that follows is hers, never the side heard before her.
            self.last_voice = None
        elif found is None and not inside and _introduces_what_follows(sent):
            # "Read the statement from the carrier's chief, Ana Berg:": the quote after is hers.
            self.last_voice = self._voice_named_in(sent)
        elif found is None and voiced_by_no_party(sent, self.reg):
            # "Premier Ada Venn's office said ...": a quote with no speaker after it is the office's
            self.last_voice = None
        self._remember_who_acted(sent)

    def _commentary(self, sent: Span, inside: list[tuple[int, int]]) -> None:
        """A commentator's sentence: no side speaks or acts in it, and its quote is the commentator's,
        from its first sentence; the side heard before does not speak on through it."""
        self.pending = [(w, v) for w, v in self.pending if not quotes_overlapping(w, inside)]
        self.last_voice = None
        self.ctx.commenting = False
        self._remember_who_acted(sent)

    def _remember_who_acted(self, sent: Span) -> None:
        """The person and the party the next sentence's pronouns and descriptions may take up."""
        ctx = self.ctx
        ctx.last_person = ctx.speaking or last_person_in(sent, self.reg) or ctx.last_person
        ctx.speaking = None
        # "The Corvel Front is also calling for ... and fears the ministry may ...": the next 'it' is
        # the Front, neither a party named before nor one its clauses name
        unplaced = subject_unplaced(sent, self.reg)
        ctx.last_party = None if unplaced else last_party_subject(sent, self.reg) or ctx.last_party

    def _voice_named_in(self, sent: Span) -> Voice | None:
        """The last person named in a line that introduces a quote, with their side, if they have one."""
        person = last_person_in(sent, self.reg)
        if person is None or person.party is None:
            return None
        return self.reg.parties[person.party], person.name

    def finish(self) -> list[Statement]:
        for waiting, voice in self.pending:
            if voice is not None:
                self._inherit(waiting, *voice)
        self.statements.extend(st for sent in self.unplaced if (st := _placed_late(sent, self.reg)) is not None)
        self.statements.sort(key=lambda s: s.sent.start_char)
        return self.statements

    def _close_quotes_ended_before(self, sent: Span) -> None:
        """A quote that closed without naming its speaker continues the voice before it."""
        for waiting, voice in list(self.pending):
            if quotes_overlapping(sent, quotes_overlapping(waiting, self.quotes)):
                continue
            if voice is not None:
                self._inherit(waiting, *voice)
            self.pending.remove((waiting, voice))

    def _inherit(self, sent: Span, party: Party, speaker: str | None) -> None:
        """A sentence of a quote, said by the voice the quote has; not one that only tells what an
        outside state did ('“The Ostrian envoys brought a map. We answered with ours.”': the first
        line is the envoys' act, told by the speaker, and no stance of the speaker's side)."""
        if not _tells_another_partys_act(sent, party, self.reg):
            self.statements.append(_inherited(sent, party, speaker))

    def _heard(self, found: Statement, inside: list[tuple[int, int]], index: int, *, kept: bool = True) -> None:
        if kept:
            self.statements.append(found)
        self.ctx.previous, self.ctx.previous_at = found.party, index
        if found.reported:
            self.last_voice = (found.party, found.speaker)
        for q in inside:
            self.quote_speaker.setdefault(q, (found.party, found.speaker))
        for waiting, voice in list(self.pending):
            if quotes_overlapping(waiting, inside):
                self._inherit(waiting, found.party, found.speaker)
                self.pending.remove((waiting, voice))

    def _quote_without_speaker(self, sent: Span, inside: list[tuple[int, int]]) -> None:
        if (
            self.ctx.speaking is not None
            or _person_outside_quotes(sent, inside, self.reg)
            or voiced_by_no_party(sent, self.reg)
        ):
            # A quote a named speaker with no side says is theirs alone, from its first sentence; so is
            # one closed by a name the parser made no speaker of ('“...,” Mr. Ferr.'), and one a body
            # of no side voices ('the Kessel region cautioned against any "grab"').
            self.pending = [(w, v) for w, v in self.pending if not quotes_overlapping(w, inside)]
        elif _narrated_by_a_non_party(sent, inside):
            pass  # "the draft sets out four options: '...'": the draft's words, no speaker's
        else:
            known = next((self.quote_speaker[q] for q in inside if q in self.quote_speaker), None)
            if known is not None:
                self._inherit(sent, *known)
            else:
                self.pending.append((sent, self.last_voice))


@per_language
def _both(profile: LanguageProfile) -> re.Pattern[str]:
    """'both sides', 'the two delegations', 'each other': the two sides named together."""
    openers, nouns, mutual = (profile.alternation(name) for name in ("both_openers", "both_nouns", "mutual_phrases"))
    return re.compile(rf"\b(?:{openers}) (?:{nouns})\b|\b(?:{mutual})\b", re.I)


@per_language
def _both_words(profile: LanguageProfile) -> tuple[str, ...]:
    """One of them is in any text `_both()` matches."""
    return tuple(w + " " for w in profile.words_in_order("both_openers")) + profile.words_in_order("mutual_phrases")


def _both_sides(text: str, *, at_start: bool = False) -> bool:
    """'both sides', 'the two delegations', 'each other' in the text (at its start, with `at_start`).
    Most subjects are a name or a noun: lower-cased, they hold none of the words."""
    lowered = lowered_for_plain_search(text)
    if lowered is not None and not any(word in lowered for word in _both_words()):
        return False
    return (_both().match(text) if at_start else _both().search(text)) is not None


def _other_actors(
    sent: Span, reg: Registry, ctx: Context, main: Statement | None, quotes: list[tuple[int, int]]
) -> list[Statement]:
    """Other parties acting in the same sentence: 'Lind said ... but Varga would not sign it',
    'the envoy said Lind and Varga agreed ...', 'Both sides blamed each other'."""
    out: list[Statement] = []
    seen = _party_of_main(main)
    for tok in tagged_in(sent, "VERB", "AUX"):
        subject = _another_actor(tok, reg, quotes)
        if subject is None or says_nothing(tok):
            continue
        content = content_span(tok, sent)
        if _by_both_sides(main, doc_text(subject)):
            if "both" not in seen:
                seen.add("both")
                out.append(Statement(sent, None, None, tok, content, False, both=True))
            continue
        if subject.pos_ == "PRON":
            continue  # "Norland said it will resume": the pronoun is the speaker again
        told_by = _teller(main, tok)
        for who in (subject, *subject.conjuncts, *_coordinated_modifiers(subject)):
            party, speaker = resolve_speaker(who, reg, ctx.last_person, ctx.last_party)
            if party is not None and main is None and anothers_wish(tok, party, reg, ctx):
                continue
            if party is not None and party.name not in seen:
                seen.add(party.name)
                teller = main.party if main and tells_anothers_act(main, tok, party) else told_by  # its charge
                out.append(Statement(sent, party, speaker, tok, content, False, told_by=teller))
    return out


def _placed_late(sent: Span, reg: Registry) -> Statement | None:
    """'Orlik unveiled a scheme to ...' before the text says whose minister she is: a person
    named as the subject of the main verb, placed in a party only by a later sentence, still speaks
    or acts for it. Only a name: a pronoun or a description took its meaning where it stood."""
    for verb in tagged_in(sent, "VERB"):
        if verb.dep_ != "ROOT":
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ != "PROPN" or not states_or_stands(verb, subject):
            continue
        person = reg.person_at(subject.idx, subject.idx + len(subject.text))
        if person is None or person.party is None or person.party not in reg.parties:
            continue
        reported = verb.lemma_.lower() in REPORTING_VERBS
        return Statement(sent, reg.parties[person.party], person.name, verb, content_span(verb, sent), reported)
    return None


def _party_of_main(main: Statement | None) -> set[str]:
    """The main statement's party, already speaking in the sentence."""
    return {main.party.name} if main is not None and main.party is not None else set()


def _teller(main: Statement | None, verb: Token) -> Party | None:
    """The main speaker's party, when what the verb says is told inside its claim."""
    return main.party if main is not None and _claimed_by_the_speaker(main, verb) else None


def _by_both_sides(main: Statement | None, said_by: str) -> bool:
    """'Both sides blamed each other': the subject is the two sides (opening it, when another speaks)."""
    return (main is None and _both_sides(said_by)) or _both_sides(said_by, at_start=True)


def _claimed_by_the_speaker(main: Statement, verb: Token) -> bool:
    """'The guild said the company refused to propose a raise': what a party says of another party
    inside its reported words is told by that party. When the teller is another side (known only
    once sides are chosen) it is the teller's claim, its grievance or demand, not the other's stance;
    a teller outside the dispute ('the envoy said Lind and Varga agreed') leaves them their acts."""
    if not main.reported or main.party is None or main.verb is None:
        return False
    if is_news_source(main.party.name):
        return False  # "Reuters reported that Norland rejected ...": the agency only relays
    if _a_commitment(verb):
        return False  # "Valdoria will lift the blockade, Vidal said": what a party will do is its own stance
    if _a_move(verb):
        return False  # "Vidal said Valdoria had agreed to a review": Valdoria's move, whoever tells it
    # Within the words the main verb reports, and below it in the parse: not a clause the main verb
    # itself hangs from ("Valdoria is pressing for cuts and is unhappy that Norland may raise fees").
    return main.content[0] <= verb.idx < main.content[1] and main.verb in verb.ancestors


_COMMITTING_MODALS = word_set("committing_modals")
_OBLIGATION_MODALS = word_set("deontic_modals")


def _a_commitment(verb: Token) -> bool:
    """'will lift', 'would not sign': a party's own undertaking, whoever tells it. 'Must withdraw'
    and 'had refused' are what the teller demands of it or holds against it."""
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return bool(auxes & _COMMITTING_MODALS) and not auxes & _OBLIGATION_MODALS


_CONCEDING_VERBS = word_set("conceding_verbs")


def _a_move(verb: Token) -> bool:
    """'had offered to open two ports', 'pledged a cut': a party's move toward the other
    side, told as done; not one refused or only supposed ('had not agreed', 'might offer')."""
    if verb.lemma_.lower() not in _CONCEDING_VERBS or verb.tag_ not in ("VBD", "VBN"):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.conjuncts:
        return False  # "Norland and Valdoria agreed to ...": a joint step, no one party's move
    if any(a_token_object(obj) for obj in verb.children if obj.dep_ in ("dobj", "obj", "xcomp", "attr")):
        return False  # "had offered nothing new", "accepted only a token cut": a grievance, no move
    if any(c.dep_ == "conj" for c in verb.children):
        return False  # "had accepted a cut and broken every promise": told with more, the teller's charge
    return not any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children)


def _tells_the_others_move(found: Statement, others: list[Statement]) -> bool:
    """'Vidal said Valdoria had agreed to a review', Vidal speaking for Norland: what is said is
    Valdoria's move, which Valdoria's own statement of the sentence holds; it is no stance of Norland's."""
    if not found.reported or found.verb is None or found.party is None:
        return False
    said = [c for c in found.verb.children if c.dep_ == "ccomp"]
    return any(
        _a_move(clause) and any(_the_others_act(other, clause, found.party) for other in others) for clause in said
    )


def _the_others_act(other: Statement, clause: Token, teller: Party) -> bool:
    """The statement is another party's, made by the clause's verb."""
    return other.verb is not None and other.verb.i == clause.i and other.party not in (None, teller)


# Verbs whose complement says what someone else is to do.
_ASKING_VERBS = word_set("asking_verbs")


def _another_actor(tok: Token, reg: Registry, quotes: list[tuple[int, int]]) -> Token | None:
    """The subject of a verb that states or stands outside any quote, in a clause of its own."""
    if any(s < tok.idx < e for s, e in quotes):
        return None
    subject = _subject_or_doer(tok, reg)
    if subject is None or not states_or_stands(tok, subject):
        return None
    if tok.lemma_.lower() in REPORTING_VERBS and not _both_sides(doc_text(subject)):
        return None  # another speaker of the sentence is the main statement's business
    return subject if _a_clause_of_its_own(tok) else None


def _subject_or_doer(tok: Token, reg: Registry) -> Token | None:
    """The verb's subject, else the party doing it (a passive's agent)."""
    subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject or party_doing(tok, reg)


def _a_clause_of_its_own(tok: Token) -> bool:
    """Not a condition, the content of a noun, or what is asked of someone."""
    if in_subordinate_clause(tok) or content_of_another_word(tok) or in_a_question(tok):
        return False  # "... unless Harborline withdrew its plan": the condition, not Harborline's stance
    # "demanding Norland to withdraw its forces": asked of Norland, not said by it
    return not (tok.dep_ in ("ccomp", "xcomp") and tok.head.lemma_.lower() in _ASKING_VERBS)


def _coordinated_modifiers(noun: Token) -> list[Token]:
    """'Norlandic and Tamari Front negotiators': each modifier names a party of its own."""
    if people_of_their_own(noun):
        return []  # "Norlandic farmers": the demonym names no party that acts
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i]
    # 'the anti-government strike': a party after a stance prefix is what the phrase opposes
    return [t for m in mods for t in (m, *m.conjuncts) if not after_a_stance_prefix(t)]


def doc_text(tok: Token) -> str:
    start, end = subtree_extent(tok)
    return text_of(tok.doc)[start:end]


def _narrated_by_a_non_party(sent: Span, quotes: list[tuple[int, int]]) -> bool:
    """'The draft sets out four options, among them: "..."': narration outside the quotes whose verb
    is no verb of speech has a subject of its own (a draft, a report); the quote is what it holds,
    not the last voice's words. A 'the official added' that names no side still continues them."""
    outside = [t for t in tokens_in(sent) if not any(s <= t.idx < e for s, e in quotes)]
    return any(
        t.dep_ in ("nsubj", "nsubjpass")
        and t.head.pos_ == "VERB"
        and t.head in outside
        and t.head.lemma_.lower() not in STATEMENT_VERBS
        for t in outside
    )


def _introduces_what_follows(sent: Span) -> bool:
    """A line that ends on a colon and quotes nothing itself: what follows is the voice it names."""
    return span_text(sent).rstrip().endswith(":")


def _relayed(sent: Span, content: tuple[int, int]) -> bool:
    """Whether what was said is a quote, in the sentence, that relays another voice."""
    text, base = span_text(sent), sent.start_char
    quotes = [q for q in speech_quotes(text) if base + q[0] < content[1] and content[0] < base + q[1]]
    return any(relays_another_voice(text, q) for q in quotes)


def _apart_from_another_voice(found: Statement, reg: Registry, ctx: Context) -> bool:
    """'Harborline tabled its final offer, which the guild said was never negotiated': a clause that
    gives another party's voice is not the evidence of this party's point; it ends before the comma.
    False for the clause's own voice: cut from the noun it describes, its words read as nothing
    ("Which was never negotiated"), so it is no point of its own."""
    sent = found.sent
    verb = found.verb
    if verb is not None and verb.dep_ == "relcl" and _after_a_comma(verb) and _named_voice_clause(verb):
        return False
    for tok in tagged_in(sent, "VERB"):
        comma = _comma_before_voice(tok, found)
        if comma is not None and _another_voice(tok, found, reg, ctx) and (found.verb is None or found.verb.i < comma):
            found.sent = sent.doc[sent.start : comma]
            return True
    return True


def _comma_before_voice(tok: Token, found: Statement) -> int | None:
    """The comma before a relative clause of another named voice that does not hold the statement."""
    if tok.dep_ != "relcl" or found.verb in tok.subtree or not _named_voice_clause(tok):
        return None
    comma = tok.left_edge.i - 1
    if comma <= found.sent.start or found.sent.doc[comma].text != ",":
        return None
    return comma


def _another_voice(tok: Token, found: Statement, reg: Registry, ctx: Context) -> bool:
    """A voice the registry cannot place, or places by a description only ('the union', taken up as
    the company named last), is still another voice."""
    subject = next(c for c in tok.children if c.dep_ == "nsubj")
    party, _speaker = resolve_speaker(subject, reg, ctx.last_person, ctx.last_party)
    described = subject.pos_ == "NOUN" and subject.lower_ not in (found.party.name.lower() if found.party else "")
    return party is not found.party or described


_RELATIVE_WORDS = word_set("relative_words")


def _named_voice_clause(verb: Token) -> bool:
    """'which the guild said ...': a relative clause whose reporting verb has a subject of its own, a
    noun, not the relative word ('where he expressed ...' narrates the same voice)."""
    if verb.lemma_.lower() not in REPORTING_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ in ("NOUN", "PROPN") and subject.lower_ not in _RELATIVE_WORDS


def _after_a_comma(verb: Token) -> bool:
    before = verb.left_edge.i - 1
    return before >= 0 and verb.doc[before].text == ","


def _person_outside_quotes(sent: Span, quotes: list[tuple[int, int]], reg: Registry) -> bool:
    """A person named in the sentence outside its quotes, after the last of them closes."""
    last_end = max(e for _s, e in quotes)
    return any(
        kind == "person" and s >= last_end and not any(qs <= s < qe for qs, qe in quotes)
        for (s, _e), (kind, _key) in reg.spans.within(sent.start_char, sent.end_char)
    )


_FIRST_PERSON = pronouns("first-person words", lambda p: p.person == "1")


def _tells_another_partys_act(sent: Span, party: Party, reg: Registry) -> bool:
    """The sentence's main subject names a state or a people that is no party of the story, and the
    voice never says 'we', 'I' or 'our' in it."""
    if any(t.lower_ in _FIRST_PERSON for t in tokens_in(sent)):
        return False
    root = sent.root
    if root.lemma_.lower() in REPORTING_VERBS:
        return False  # a news service passing the quote on only frames it; the words stay the voice's
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PRON":
        return False
    # The subject's own words up to its head: a state or a people the registry lists as no party ('The
    # Velikan side'). A party it lists may be the other side, whose act the speaker tells as a grievance
    # ('the board has stalled every round'), and that is the speaker's claim.
    words = subject.doc[subject.left_edge.i : subject.i + 1]
    if any(reg.party_at(t.idx, t.idx + len(t.text)) is not None for t in words):
        return False
    return any(t.ent_type_ in _STATE_ENTITIES for t in words)


_STATE_ENTITIES = ("GPE", "NORP")


def _inherited(sent: Span, party: Party, speaker: str | None) -> Statement:
    return Statement(sent, party, speaker, None, (sent.start_char, sent.end_char), True)
