"""Who said or did what: one `Statement` per sentence that a party voices or acts in.

Handles "X said", "said X", "X told reporters", "according to X", "X quoted Y
as saying" (Y speaks), "a statement from X reads", "the ministry said in a
statement", pronoun speakers ("he added", resolved to the nearest person
before), and quotes that run over several sentences or paragraphs (every
sentence inside the quote belongs to its speaker).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from briefing.analysis.doctext import (
    lower_words_of,
    lowered_for_plain_search,
    sentence_of,
    sentences_of,
    span_text,
    subtree_extent,
    tagged_in,
    text_of,
    tokens_from,
    tokens_in,
)
from briefing.analysis.rules.conditions import inverted_if
from briefing.analysis.rules.lexicon import (
    GENERIC_PARTY_NOUNS,
    QUOTING_VERBS,
    REPORTING_VERBS,
    SPEECH_NOUNS,
    STANCE_VERBS,
    STATEMENT_VERBS,
    TITLE_WORDS,
    is_news_source,
)
from briefing.analysis.rules.parties import LOCAL_TITLES, Party, Person, Registry, holds_a_named_office
from briefing.lang import word_set

_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_GROUP_PRONOUNS = frozenset({"they", "it", "we"})
# Quote marks pair by type and by direction. A straight mark opens after a space, a bracket or a dash
# and before a letter, and closes after a letter or punctuation: so a quote the writer never closed
# cannot swallow the narration up to the next one ('...technology. "I fully support').
# A curly opening mark that a straight one closes, within the paragraph and with no other mark
# between, is one quote too: editors and content systems often mix the two.
_QUOTE_RE = re.compile(
    r"(?=[“\"‘'])"  # every form opens with a mark: the engine passes other characters with one test
    r"(?:“[^”]{2,}?”"
    r"|“[^”“\"\n]{2,}?(?<=\S)\"(?!\w)"
    r"|(?<![^\s(\[—–-])\"(?=\S)[^\"]{2,}?(?<=\S)\"(?!\w)"
    r"|‘[^’]{12,}?’(?!\w)"
    r"|(?<!\w)'[^']{12,}?'(?!\w))",
    re.DOTALL,
)


@dataclass
class _Context:
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


@dataclass
class Statement:
    """A sentence in which one party speaks or acts."""

    sent: Span
    party: Party | None  # None only with `both`
    speaker: str | None  # the person or body named as the voice; None when the party acts itself
    verb: Token | None  # the reporting or stance verb, or the stance noun ("Norland's refusal")
    content: tuple[int, int]  # char range of what was said or done (for the condensed text)
    reported: bool  # speech ("said") rather than an action ("rejected")
    both: bool = False  # "both sides agreed": the statement belongs to every side


def speech_quotes(text: str) -> list[tuple[int, int]]:
    """Quoted speech: at least four words. Scare quotes ("reciprocal" tariffs) are not someone talking."""
    return [(m.start(), m.end()) for m in _QUOTE_RE.finditer(text) if len(m.group(0).split()) >= 4]


def find_statements(doc: Doc, reg: Registry) -> list[Statement]:
    """Every sentence in which a party speaks or acts, in the article's order."""
    reader = _StatementReader(doc, reg)
    for index, sent in enumerate(sentences_of(doc)):
        reader.read(sent, index)
    return reader.finish()


Voice = tuple[Party, str | None]


class _StatementReader:
    """Reads the sentences in order, keeping who spoke last and the quotes still waiting for a speaker."""

    def __init__(self, doc: Doc, reg: Registry) -> None:
        self.reg = reg
        self.quotes = speech_quotes(text_of(doc))
        self.statements: list[Statement] = []
        self.ctx = _Context()
        self.quote_speaker: dict[tuple[int, int], Voice] = {}
        # Sentences inside a quote whose speaker may come later, with the voice heard last before them.
        self.pending: list[tuple[Span, Voice | None]] = []
        self.last_voice: Voice | None = None

    def read(self, sent: Span, index: int) -> None:
        inside = _quotes_overlapping(sent, self.quotes)
        self._close_quotes_ended_before(sent)
        found = _statement_in(sent, self.reg, self.ctx, index, inside)
        others = _other_actors(sent, self.reg, self.ctx, found, inside)
        self.statements.extend(others)
        self.statements.extend(_nominal_stances(sent, self.reg, [found, *others], inside))
        if found is not None:
            self._heard(found, inside, index)
        elif inside:
            self._quote_without_speaker(sent, inside)
        ctx = self.ctx
        ctx.last_person = ctx.speaking or _last_person_in(sent, self.reg) or ctx.last_person
        ctx.speaking = None
        ctx.last_party = _last_party_subject(sent, self.reg) or ctx.last_party

    def finish(self) -> list[Statement]:
        for waiting, voice in self.pending:
            if voice is not None:
                self.statements.append(_inherited(waiting, *voice))
        self.statements.sort(key=lambda s: s.sent.start_char)
        return self.statements

    def _close_quotes_ended_before(self, sent: Span) -> None:
        """A quote that closed without naming its speaker continues the voice before it."""
        for waiting, voice in list(self.pending):
            if _quotes_overlapping(sent, _quotes_overlapping(waiting, self.quotes)):
                continue
            if voice is not None:
                self.statements.append(_inherited(waiting, *voice))
            self.pending.remove((waiting, voice))

    def _heard(self, found: Statement, inside: list[tuple[int, int]], index: int) -> None:
        self.statements.append(found)
        self.ctx.previous, self.ctx.previous_at = found.party, index
        if found.reported:
            self.last_voice = (found.party, found.speaker)
        for q in inside:
            self.quote_speaker.setdefault(q, (found.party, found.speaker))
        for waiting, voice in list(self.pending):
            if _quotes_overlapping(waiting, inside):
                self.statements.append(_inherited(waiting, found.party, found.speaker))
                self.pending.remove((waiting, voice))

    def _quote_without_speaker(self, sent: Span, inside: list[tuple[int, int]]) -> None:
        if self.ctx.speaking is not None:
            # A quote a named speaker with no side says is theirs alone, from its first sentence.
            self.pending = [(w, v) for w, v in self.pending if not _quotes_overlapping(w, inside)]
        elif _narrated_by_a_non_party(sent, inside):
            pass  # "the draft sets out four options: '...'": the draft's words, no speaker's
        else:
            known = next((self.quote_speaker[q] for q in inside if q in self.quote_speaker), None)
            if known is not None:
                self.statements.append(_inherited(sent, *known))
            else:
                self.pending.append((sent, self.last_voice))


_BOTH = re.compile(
    r"\b(?:both|the two) (?:sides|parties|delegations|countries|governments|leaders)\b|\beach other\b", re.I
)
_BOTH_WORDS = ("both ", "the two ", "each other")  # one of them is in any text `_BOTH` matches


def _both_sides(text: str, *, at_start: bool = False) -> bool:
    """'both sides', 'the two delegations', 'each other' in the text (at its start, with `at_start`).
    Most subjects are a name or a noun: lower-cased, they hold none of the words."""
    lowered = lowered_for_plain_search(text)
    if lowered is not None and not any(word in lowered for word in _BOTH_WORDS):
        return False
    return (_BOTH.match(text) if at_start else _BOTH.search(text)) is not None


def _other_actors(
    sent: Span, reg: Registry, ctx: _Context, main: Statement | None, quotes: list[tuple[int, int]]
) -> list[Statement]:
    """Other parties acting in the same sentence: 'Lind said ... but Varga would not sign it',
    'the envoy said Lind and Varga agreed ...', 'Both sides blamed each other'."""
    out: list[Statement] = []
    seen = {main.party.name} if main is not None and main.party is not None else set()
    for tok in tagged_in(sent, "VERB", "AUX"):
        subject = _another_actor(tok, reg, quotes)
        if subject is None:
            continue
        content = _content(tok, sent)
        said_by = doc_text(subject)
        if (main is None and _both_sides(said_by)) or _both_sides(said_by, at_start=True):
            if "both" not in seen:
                seen.add("both")
                out.append(Statement(sent, None, None, tok, content, False, both=True))
            continue
        if subject.pos_ == "PRON":
            continue  # "Norland said it will resume": the pronoun is the speaker again
        for who in (subject, *subject.conjuncts, *_coordinated_modifiers(subject)):
            party, speaker = resolve_speaker(who, reg, ctx.last_person, ctx.last_party)
            if party is not None and party.name not in seen:
                seen.add(party.name)
                out.append(Statement(sent, party, speaker, tok, content, False))
    return out


# Verbs whose complement says what someone else is to do.
_ASKING_VERBS = frozenset({"demand", "urge", "ask", "press", "call", "want", "require", "request", "order", "tell"})


def _another_actor(tok: Token, reg: Registry, quotes: list[tuple[int, int]]) -> Token | None:
    """The subject of a verb that states or stands outside any quote, in a clause of its own."""
    if any(s < tok.idx < e for s, e in quotes):
        return None
    subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    subject = subject or _party_doing(tok, reg)
    if subject is None or not _states_or_stands(tok, subject):
        return None
    if tok.lemma_.lower() in REPORTING_VERBS and not _both_sides(doc_text(subject)):
        return None  # another speaker of the sentence is the main statement's business
    if _in_subordinate_clause(tok) or _content_of_a_noun(tok):
        return None  # "... unless Harborline withdrew its plan": the condition, not Harborline's stance
    if tok.dep_ in ("ccomp", "xcomp") and tok.head.lemma_.lower() in _ASKING_VERBS:
        return None  # "demanding Norland to withdraw its forces": asked of Norland, not said by it
    return subject


_SUBORDINATORS = frozenset(
    [
        "if",
        "unless",
        "until",
        "till",
        "once",
        "when",
        "whenever",
        "before",
        "after",
        "because",
        "since",
        "provided",
        "while",
        "as",
        "whether",
        "though",
        "although",
    ]
)


def _nominal_stances(
    sent: Span, reg: Registry, found: list[Statement | None], quotes: list[tuple[int, int]]
) -> list[Statement]:
    """Stances told as nouns: 'talks stalled over the guild's refusal to accept arbitration',
    'Norland's rejection of the map', 'an offer by the board to raise pay'. The owner of the noun
    holds the stance, whoever the sentence is about.

    Left to other mechanisms: a party that already speaks or acts in the sentence; a noun inside
    someone's reported words (their view of it); a demand, which is a condition
    (positions.conditions_set_in_narration); a bare noun with nothing it is about ('its position')."""
    said = [st for st in found if st is not None]
    seen = {st.party.name for st in said if st.party is not None}
    out: list[Statement] = []
    for noun in tagged_in(sent, "NOUN"):
        if noun.lemma_.lower() not in STANCE_NOUNS or noun.lemma_.lower() in DEMAND_NOUNS:
            continue
        if any(s < noun.idx < e for s, e in quotes) or any(
            st.reported and st.content[0] <= noun.idx < st.content[1] for st in said
        ):
            continue
        owner = _owner_of(noun)
        party = reg.party_at(owner.idx, owner.idx + len(owner.text)) if owner is not None else None
        if party is None or party.name in seen or is_news_source(party.name) or not _says_what_about(noun):
            continue
        seen.add(party.name)
        content = subtree_extent(noun)
        out.append(Statement(sent, party, None, noun, content, reported=False))
    return out


def _owner_of(noun: Token) -> Token | None:
    """Who a stance noun belongs to: its possessor ('Norland's offer') or its agent ('an offer by
    the guild'). Not 'from': 'sought assurances from Norland' are the seeker's. A pronoun is left
    alone: the statement around it has it."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return child
        if child.dep_ == "prep" and child.lower_ == "by":
            owner = next((g for g in child.children if g.dep_ == "pobj"), None)
            if owner is not None and owner.pos_ != "PRON":
                return owner
    return None


def _says_what_about(noun: Token) -> bool:
    """'rejection of the map', 'refusal to sign', 'offer that pay rises 4%': the stance has an object."""
    return any(
        (c.dep_ == "prep" and c.lower_ not in ("by", "from", "in", "at")) or c.dep_ in ("acl", "ccomp")
        for c in noun.children
    )


def _coordinated_modifiers(noun: Token) -> list[Token]:
    """'Norlandic and Tamari Front negotiators': each modifier names a party of its own."""
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i]
    return [t for m in mods for t in (m, *m.conjuncts)]


def _in_subordinate_clause(tok: Token) -> bool:
    """Inside 'if X', 'unless X', or an 'if' told by inversion: 'Should X refuse, ...'."""
    return any(
        (c.dep_ == "mark" and c.lower_ in _SUBORDINATORS) or inverted_if(c)
        for t in [tok, *tok.ancestors]
        for c in [t, *t.children]
    )


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


def _inherited(sent: Span, party: Party, speaker: str | None) -> Statement:
    return Statement(sent, party, speaker, None, (sent.start_char, sent.end_char), True)


def _quotes_overlapping(sent: Span, quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quotes (sorted, never nested) that reach into a sentence, found by bisection."""
    first = max(0, bisect.bisect_right(quotes, (sent.start_char, sent.start_char)) - 1)
    last = bisect.bisect_left(quotes, (sent.end_char, sent.end_char))
    return [(s, e) for s, e in quotes[first:last] if s < sent.end_char and sent.start_char < e]


def _statement_in(
    sent: Span, reg: Registry, ctx: _Context, index: int, quotes: list[tuple[int, int]]
) -> Statement | None:
    """The strongest attribution in a sentence: reported speech first, then a party's own action.

    Verbs inside quotation marks are the speaker's words, not an attribution: in
    "“The union made demands,” Berg said" the union does not speak.
    """
    best: Statement | None = None
    # Verbs, and 'according (to)' in the sentences that hold it.
    according = "according" in lower_words_of(sent.doc)[sent.start : sent.end]
    words = tokens_in(sent) if according else tagged_in(sent, "VERB", "AUX")
    for tok in words:
        if tok.pos_ not in ("VERB", "AUX") and tok.lower_ != "according":
            continue
        if any(s < tok.idx < e for s, e in quotes) or _content_of_a_noun(tok):
            continue
        found = _attribution(tok, sent, reg, ctx, index)
        if found is None:
            continue
        if best is None or (found.reported and not best.reported) or _depth(found.verb) < _depth(best.verb):
            best = found
    return best


def _party_doing(verb: Token, reg: Registry) -> Token | None:
    """'..., with 80 nations seeking a limit': a party a participle hangs from does it."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG":
        return None
    head = verb.head
    return head if reg.party_at(head.idx, head.idx + len(head.text)) is not None else None


def _person_right_before(verb: Token, reg: Registry) -> Token | None:
    """'Outside the depot, the guild's treasurer, Ana Berg, told reporters: ...': when the parse
    hangs the speaker elsewhere and leaves the verb without a subject, a person named right before
    it, commas aside, is who speaks."""
    i = verb.i - 1
    while i >= sentence_of(verb).start and verb.doc[i].is_punct:
        i -= 1
    if i < sentence_of(verb).start:
        return None
    before = verb.doc[i]
    return before if reg.person_at(before.idx, before.idx + len(before.text)) else None


def _content_of_a_noun(verb: Token) -> bool:
    """'rumours that the fund has changed its stance', 'the claim that Norland rejected the map':
    a clause that says what a rumour, report or claim holds is not its subject's own act."""
    return verb.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def _depth(tok: Token | None) -> int:
    return 99 if tok is None else sum(1 for _ in tok.ancestors)


def _attribution(tok: Token, sent: Span, reg: Registry, ctx: _Context, index: int) -> Statement | None:
    """The statement a verb makes: 'according to X', 'quoted X as saying', 'X said', 'X rejected'."""
    if tok.lower_ == "according":
        pobj = next((g for c in tok.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"), None)
        if pobj is None:
            return None
        return _make(sent, tok, pobj, reg, ctx, index, reported=True, content=_sentence_minus(sent, tok))
    quoted = _quoted_speaker(tok, reg, ctx)
    if quoted is not None:
        return _make(sent, tok, quoted, reg, ctx, index, reported=True, content=_content(tok, sent))
    subject = _subject_of_verb(tok, reg)
    if subject is None:
        return None
    return _statement_of_subject(tok, subject, sent, reg, ctx, index)


def _statement_of_subject(
    tok: Token, subject: Token, sent: Span, reg: Registry, ctx: _Context, index: int
) -> Statement | None:
    lemma = tok.lemma_.lower()
    agent = next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if agent is not None and _speech_noun(subject):
        # "The statement was issued by Ana Berg": tells who spoke (and for whom), but says nothing itself.
        _make(sent, tok, agent, reg, ctx, index, reported=True, content=(sent.start_char, sent.end_char))
        return None
    if lemma in REPORTING_VERBS or (lemma in ("read",) and _speech_noun(subject)):
        speaker_tok = _speaker_behind_speech_noun(subject) or subject
        return _make(sent, tok, speaker_tok, reg, ctx, index, reported=True, content=_content(tok, sent))
    if _stands(tok, subject):
        return _make(sent, tok, subject, reg, ctx, index, reported=False, content=_content(tok, sent))
    return None


def _stands(verb: Token, subject: Token) -> bool:
    """A verb by which its subject takes a stance, or a party writing in the first person acts."""
    if verb.lemma_.lower() in STANCE_VERBS or _is_copular_stance(verb):
        return True
    return _takes_a_stance(verb, subject) or _the_writer_acting(verb, subject)


def _quoted_speaker(verb: Token, reg: Registry, ctx: _Context) -> Token | None:
    """'the wire quoted Lind as saying': the object speaks, the subject only reports."""
    if verb.lemma_.lower() not in QUOTING_VERBS:
        return None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None or not _names_someone(obj, reg):
        return None
    quoter = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if quoter is not None:
        _quoter_speaks_for_quoted(quoter, obj, reg, ctx)
    return obj


def _subject_of_verb(verb: Token, reg: Registry) -> Token | None:
    """Who does what a verb says: its subject, the party a participle hangs from, the subject of the
    clause a participle or conjunct joins, or a person named right before a reporting verb."""
    lemma = verb.lemma_.lower()
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
    subject = subject or _party_doing(verb, reg)
    if subject is None and verb.dep_ in ("advcl", "xcomp", "conj", "acl") and lemma in STATEMENT_VERBS:
        # "..., stressing the need", "... and rejected": the subject is the head clause's, though not
        # that of a subordinate clause ("until the TLF withdraw, rejecting talks" is not the TLF's).
        head = verb.head
        while head.dep_ in ("advcl", "ccomp") and any(c.dep_ == "mark" for c in head.children):
            head = head.head
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and lemma in REPORTING_VERBS:
        subject = _person_right_before(verb, reg)
    return subject


_FIRST_PERSON_SUBJECTS = frozenset({"we", "i"})


def _the_writer_acting(verb: Token, subject: Token) -> bool:
    """'We have reopened talks with the lenders' outside any quote: a statement written by a party
    (a press release, an open letter) says what the party does, and all of it is its position. Not
    'we' inside a subordinate clause, where the main clause has its say."""
    if subject.lower_ not in _FIRST_PERSON_SUBJECTS or verb.pos_ != "VERB":
        return False
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def _names_someone(tok: Token, reg: Registry) -> bool:
    """'quoted Ana Berg as saying', 'cited officials': the object is a speaker. In 'the board cited
    worries about its vetting' it is what was said, and the subject speaks."""
    if tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or tok.lower_ in _PERSON_PRONOUNS:
        return True
    if reg.person_at(tok.idx, tok.idx + len(tok.text)) or reg.party_at(tok.idx, tok.idx + len(tok.text)):
        return True
    return tok.lemma_.lower() in TITLE_WORDS or tok.lemma_.lower() in _SPEAKER_NOUNS


# Nouns for people who speak without a name: "quoted officials", "cited sources close to the talks".
_SPEAKER_NOUNS = frozenset({"official", "source", "spokesperson", "spokesman", "spokeswoman", "person", "people"})


NON_STANCE_VERBS = word_set("non_stance_verbs")
STANCE_NOUNS = word_set("stance_nouns")
DEMAND_NOUNS = word_set("demand_nouns")  # a demand is a condition, and conditions.py reads it


def _states_or_stands(verb: Token, subject: Token) -> bool:
    """A verb of speech or stance, in any of the ways a party takes one."""
    lemma = verb.lemma_.lower()
    return lemma in STATEMENT_VERBS or _is_copular_stance(verb) or _takes_a_stance(verb, subject)


# Refusal, readiness, agreement and holding out: the same words that make a clause hold a condition.
COMMITMENT_VERBS = word_set("condition_predicates")
_COMMITTING_MODALS = frozenset({"will", "would", "wo", "shall", "can", "ca", "could", "'ll"})


def _committed(verb: Token) -> bool:
    """'would sign on conditions', 'will not attend': a modal commits the party, and a refusal does so
    even for a plain action; 'will meet on Tuesday' only schedules one."""
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if not auxes & _COMMITTING_MODALS:
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return verb.lemma_.lower() in COMMITMENT_VERBS


_PLAIN = frozenset({"clear", "plain", "known"})


def _takes_a_stance(verb: Token, subject: Token) -> bool:
    """Any verb whose subject acts on a proposition takes a stance: 'faulted the board for ...',
    'decided to stop supplying', 'voted to authorise a strike', 'launched an appeal'. A plain action
    ('met', 'signed', 'travelled') or a passive ('is expected to') does not."""
    if verb.pos_ != "VERB" or subject.dep_ == "nsubjpass" or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if any(c.dep_ == "dobj" and c.lemma_.lower() in STANCE_NOUNS for c in verb.children):
        return True  # even a light verb: "made an offer", "has concerns", "took a firm position"
    if verb.lemma_.lower() == "make" and any(c.lemma_.lower() in _PLAIN for c in verb.children):
        return True  # "made it clear that ...", "made plain its opposition"
    if _committed(verb):
        return True
    return verb.lemma_.lower() not in NON_STANCE_VERBS and _acts_on_a_proposition(verb)


def _acts_on_a_proposition(verb: Token) -> bool:
    for child in verb.children:
        if child.dep_ == "ccomp" and child.i > verb.i:
            return True  # a clause: "faulted that the offer ignores pensions"
        if child.dep_ == "xcomp" and any(g.lower_ == "to" for g in child.children):
            return True  # an infinitive: "decided to stop supplying", "voted to authorise a strike"
        if child.dep_ == "prep" and child.lower_ in ("against", "for") and verb.lemma_.lower() != "wait":
            return any(g.dep_ in ("pobj", "pcomp") for g in child.children)
    return False


def _quoter_speaks_for_quoted(quoter: Token, quoted: Token, reg: Registry, ctx: _Context) -> None:
    """'The Commission quoted Executive Vice-President Teresa Moll as saying': an institution
    quoting its own official. A news agency quoting someone says nothing of their side."""
    person = reg.person_at(quoted.idx, quoted.idx + len(quoted.text))
    if person is None or person.party is not None:
        return
    party, _ = resolve_speaker(quoter, reg, ctx.last_person, ctx.last_party)
    if party is not None and not is_news_source(party.name):
        reg.affiliate(person, party)


def _is_copular_stance(tok: Token) -> bool:
    """'X is ready to talk', 'X remains firm', 'X is opposed to the sale': a stance with no stance verb."""
    if tok.lemma_ not in _COPULAS:
        return False
    return any(
        c.dep_ == "acomp" and (c.lemma_.lower() in STANCE_ADJECTIVES or c.lower_ in STANCE_ADJECTIVES)
        for c in tok.children
    )


_COPULAS = frozenset({"be", "remain", "stay", "appear", "seem", "sound"})
STANCE_ADJECTIVES = word_set("stance_adjectives")


def _speech_noun(tok: Token) -> bool:
    return tok.lemma_.lower() in SPEECH_NOUNS


def _speaker_behind_speech_noun(tok: Token) -> Token | None:
    """'a statement from Harborline COO Ana Berg reads': the speaker is in the 'from' phrase."""
    if not _speech_noun(tok):
        return None
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            return next((g for g in child.children if g.dep_ == "pobj"), None)
        if child.dep_ == "poss":
            return child
    return None


def _content(verb: Token, sent: Span) -> tuple[int, int]:
    """What was said or done: the verb's clause, else its quote, else its object, else the sentence.

    "Raman told reporters in Velika that ..." says the clause, not the reporters.
    """

    plain = next((c for c in verb.children if verb.lemma_.lower() == "make" and c.lemma_.lower() in _PLAIN), None)
    if plain is not None:
        # "made it clear that it will not sign": the clause is what was said
        said = next((c for c in plain.children if c.dep_ in ("ccomp", "advcl") and _that_clause_of(c)), None)
        if said is not None:
            return subtree_extent(said)
    for deps in (("ccomp",), ("xcomp",)):
        for child in verb.children:
            if child.dep_ in deps:
                start, end = subtree_extent(child)
                if end - start > 15:
                    return start, end
    quoted = _QUOTE_RE.search(span_text(sent)) if verb.lemma_.lower() in REPORTING_VERBS else None
    if quoted is not None:
        return sent.start_char + quoted.start(), sent.start_char + quoted.end()
    if verb.lemma_.lower() not in ("tell", "say"):
        for child in verb.children:
            if child.dep_ in ("dobj", "obj", "attr", "acomp", "prep") and child.i > verb.i:
                start, end = subtree_extent(child)
                if end - start > 15:
                    return verb.idx, end
    return sent.start_char, sent.end_char


def _that_clause_of(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _sentence_minus(sent: Span, according: Token) -> tuple[int, int]:
    phrase = list(according.subtree)
    if phrase[0].i == sent.start:
        return phrase[-1].idx + len(phrase[-1].text), sent.end_char
    return sent.start_char, phrase[0].idx


def _make(
    sent: Span,
    verb: Token,
    who: Token,
    reg: Registry,
    ctx: _Context,
    index: int,
    *,
    reported: bool,
    content: tuple[int, int],
) -> Statement | None:
    person = _person_for(who, reg, ctx)
    if person is not None and person.party is None:
        _affiliate_from_context(person, sent, reg, ctx, index, content)
    if person is not None and reported:
        ctx.speaking = person
    party, speaker = resolve_speaker(who, reg, ctx.last_person, ctx.last_party)
    if party is None:
        return None
    if speaker is not None and person is None and reported and not _is_party_name(speaker, party):
        ctx.described, ctx.described_at = party, index
    return Statement(sent, party, speaker, verb, content, reported)


def _person_for(who: Token, reg: Registry, ctx: _Context) -> Person | None:
    if who.lower_ in _PERSON_PRONOUNS:
        return _person_before(who, reg, ctx.last_person)
    return reg.person_at(who.idx, who.idx + len(who.text)) or _person_in_compound(who, reg)


def _affiliate_from_context(
    person: Person, sent: Span, reg: Registry, ctx: _Context, index: int, content: tuple[int, int]
) -> None:
    """A named speaker with no title: the side just described ("the EU's chief negotiator said ...
    Ana Berg said"), else the party their words are about."""
    if any(word in LOCAL_TITLES for word in person.title.lower().split()):
        return  # "the Velika mayor" speaks for the city, which is no party here
    if holds_a_named_office(sent.doc, person):
        return  # "Summit President Ana Berg" serves the summit, whatever her words are about
    if ctx.described is not None and index - ctx.described_at <= 2:
        party = ctx.described
    elif person.title and _bare_title(person, sent) and ctx.previous is not None and index - ctx.previous_at <= 1:
        # "Tessaly rejected the findings. '...,' chief executive Dan Ferr said": a title with no body
        # named is an office of the party just speaking or acting, not of the one spoken about.
        party = ctx.previous
    else:
        # A named speaker never inherits the previous speaker's side: only the text around them tells.
        party = _subject_of_their_claims(person, sent.doc, reg) or _content_subject(sent, reg, content)
        party = party or _nearest_outside(person, sent, reg, content)
        party = party or _first_about(reg, content)
        if party is None:
            return
    reg.affiliate(person, party)


TITLE_WINDOW_TOKENS = 6  # "the guild's general secretary, Ana Berg": how far back a title reaches


def _bare_title(person: Person, sent: Span) -> bool:
    """'chief executive Dan Ferr', not 'Tamlin's general secretary Dan Ferr': no proper name in the
    words before the person's name that could be the body they serve."""
    start = next((s for s, _e in person.mentions if sent.start_char <= s < sent.end_char), None)
    if start is None:
        return False
    before = tokens_from(sent, sent.start_char, start)[-TITLE_WINDOW_TOKENS:]
    return not any(t.pos_ == "PROPN" for t in before)


def _subject_of_their_claims(person: Person, doc: Doc, reg: Registry) -> Party | None:
    """'Ramos insisted that Norland had met every duty': the party a person's reported
    claims are most often about, as their subject, over every sentence that names them saying
    something. A party reached only through another person does not count."""
    votes: Counter[str] = Counter()
    for start, end in person.mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or span.root.dep_ != "nsubj" or span.root.head.lemma_.lower() not in STATEMENT_VERBS:
            continue
        for clause in (c for c in span.root.head.children if c.dep_ == "ccomp"):
            for tok in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
                found = reg.spans.overlapping(tok.idx, tok.idx + len(tok.text))
                parties = [reg.parties[key] for _, (kind, key) in found if kind == "party"]
                votes.update(p.name for p in parties if p.kind not in ("bloc", "place"))
    return reg.parties[votes.most_common(1)[0][0]] if votes else None


def _content_subject(sent: Span, reg: Registry, content: tuple[int, int]) -> Party | None:
    """'Minister X said Norland will not accept ...': an untitled official speaking of a party as the
    subject of their own claim is, in news style, speaking for it."""
    for tok in tokens_in(sent):
        if not (content[0] <= tok.idx < content[1]) or tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if tok.head.dep_ not in ("ccomp", "ROOT", "xcomp") or not (content[0] <= tok.head.idx < content[1]):
            continue
        party = reg.party_at(tok.idx, tok.idx + len(tok.text))
        if party is not None and party.kind != "bloc":
            return party
    return None


def _nearest_outside(person: Person, sent: Span, reg: Registry, content: tuple[int, int]) -> Party | None:
    """A party named in the same sentence but outside what was said ("... in Velika")."""
    here = next((s for s, _ in person.mentions if sent.start_char <= s < sent.end_char), None)
    if here is None:
        return None
    best = None
    for (s, e), (kind, key) in reg.spans.within(sent.start_char, sent.end_char):
        if kind != "party" or content[0] <= s < content[1]:
            continue
        if (s, e) in reg.title_spans or _in_pp(sent.doc, s, ("with", "to", "against", "for", "on", "about", "over")):
            continue
        party = reg.parties[key]
        if party.kind == "bloc":
            continue
        if best is None or abs(s - here) < best[0]:
            best = (abs(s - here), party)
    return best[1] if best else None


def _in_pp(doc: Doc, start: int, preps: tuple[str, ...]) -> bool:
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    return any(a.dep_ == "prep" and a.lower_ in preps for a in span.root.ancestors)


def _first_about(reg: Registry, content: tuple[int, int]) -> Party | None:
    # A bloc, or a town or region the gazetteer lacks ("the fishermen in Port Arlen"), is what the words
    # are about, not who says them.
    about = [p for p in reg.parties_in(*content) if p.kind not in ("bloc", "place")]
    return about[0] if about else None


def _named_in_the_plural(party: Party) -> bool:
    return party.kind == "bloc" and party.name.endswith("s") and party.name[:1].islower()


def _is_party_name(speaker: str, party: Party) -> bool:
    return speaker in party.aliases


def resolve_speaker(
    who: Token, reg: Registry, last_person: Person | None, last_party: Party | None
) -> tuple[Party | None, str | None]:
    """The party behind a speaker token, and the speaker's name as the brief shows it."""
    if who.lower_ in ("which", "who", "that") and who.head.dep_ == "relcl":
        who = who.head.head  # "the Tamari rebels, who denied ...": the rebels deny
    if who.lower_ in _PERSON_PRONOUNS or who.lower_ in _GROUP_PRONOUNS:
        return _pronoun_speaker(who, reg, last_person, last_party)
    head_start, head_end = who.idx, who.idx + len(who.text)
    person = reg.person_at(head_start, head_end) or _person_in_compound(who, reg)
    if person is not None and person.party:
        return reg.parties[person.party], person.name
    if person is not None and reg.person_at(head_start, head_end) is person:
        return None, None
    party = reg.party_at(head_start, head_end)
    if party is not None:
        return party, _body_name(who, party)
    # "a source within the Tamari Front", "officials from both governments", "Valdoria's foreign ministry"
    for p in _parties_in_noun_phrase(who, reg):
        if not is_news_source(p.name):
            return p, _body_name(who, p)
    return _described_speaker(who, reg, last_person, last_party), None


def _pronoun_speaker(
    who: Token, reg: Registry, last_person: Person | None, last_party: Party | None
) -> tuple[Party | None, str | None]:
    if who.lower_ in _PERSON_PRONOUNS:
        person = _person_before(who, reg, last_person)
        if person is not None and person.party:
            return reg.parties[person.party], person.name
        return None, None
    if who.lower_ == "it" and last_party is not None and _named_in_the_plural(last_party):
        return None, None  # "80 nations ... it said": 'it' is never a group of countries
    return last_party, None


def _described_speaker(who: Token, reg: Registry, last_person: Person | None, last_party: Party | None) -> Party | None:
    """'Her guild', 'the union', 'its negotiators': a description that takes up a party named before."""
    low = who.lower_
    owner = next((c for c in who.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
    if owner is not None and low in GENERIC_PARTY_NOUNS:
        person = _person_before(owner, reg, last_person)  # "Her guild is seeking": the guild she leads
        if person is not None and person.party:
            return reg.parties[person.party]
    if low in GENERIC_PARTY_NOUNS and last_party is not None:
        return last_party
    if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in who.children):
        # "The union will not return, its leader said": 'its' is the party the words are about
        # first, the subject of what was said; else the party last named as acting.
        return _subject_party_of_what_was_said(who, reg) or last_party
    return None


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
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp"})


def _parties_in_noun_phrase(who: Token, reg: Registry) -> list[Party]:
    """Parties named in the phrase a speaker token heads, short of any clause attached to it."""
    found: list[Party] = []
    stack = [who]
    while stack:
        tok = stack.pop()
        party = reg.party_at(tok.idx, tok.idx + len(tok.text))
        if party is not None and party not in found and not _names_a_backer(tok):
            found.append(party)
        stack.extend(c for c in tok.children if c.dep_ not in _CLAUSE_DEPS)
    if len(found) < 2:
        return found
    start = who.left_edge.idx
    return sorted(found, key=lambda p: min((s for s, _ in p.mentions if s >= start), default=10**9))


# "the Norland-backed militia", "the Velika-aligned movement": the place names who backs the group.
_BACKER_PARTICIPLES = frozenset({"backed", "aligned", "allied", "sponsored", "supported", "funded", "armed"})


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


_BODY_NOUNS = frozenset(
    [
        "ministry",
        "office",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "negotiator",
        "negotiators",
        "delegation",
        "council",
        "government",
        "official",
        "officials",
        "source",
        "sources",
        "envoy",
        "team",
        "commission",
        "cabinet",
        "presidency",
        "department",
        "leadership",
        "army",
        "military",
        "forces",
        "representative",
        "representatives",
        "minister",
        "committee",
        "board",
        "management",
        "union",
        "leaders",
        "secretariat",
        "embassy",
        "mission",
        "administration",
        "authorities",
        "command",
        "headquarters",
    ]
)


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
    words = [t for t in who.subtree if t.i <= who.i and t.dep_ not in ("det", "punct")]
    start = next((i for i, t in enumerate(words) if t.dep_ != "case"), 0)
    words = words[start:]
    if not words:
        return None
    end = who.idx + len(who.text)
    for_whom = next((c for c in who.children if c.dep_ == "prep" and c.lower_ in ("for", "of") and c.i > who.i), None)
    if for_whom is not None:  # "a spokesperson for Azerbaijan's foreign ministry"
        end = subtree_extent(for_whom)[1]
    name = text_of(doc)[words[0].idx : end]
    # "a senior Tamari Front official" is a source worth naming; "the spokesman" alone is not.
    return name if any(ch.isupper() for ch in name) else None


def _last_person_in(sent: Span, reg: Registry) -> Person | None:
    return _last_person_between(reg, sent.start_char, sent.end_char)


def _last_person_between(reg: Registry, start: int, end: int) -> Person | None:
    people = [key for (_s, _e), (kind, key) in reg.spans.overlapping(start, end) if kind == "person" and _s >= start]
    return reg.persons[people[-1]] if people else None


def _last_party_subject(sent: Span, reg: Registry) -> Party | None:
    for tok in tokens_in(sent):
        if tok.dep_ in ("nsubj", "nsubjpass"):
            p = reg.party_at(tok.idx, tok.idx + len(tok.text))
            if p is not None:
                return p
    return None
