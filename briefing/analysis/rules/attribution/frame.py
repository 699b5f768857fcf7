"""The attribution frame: the statement a verb makes in its sentence ('according to X', 'X quoted Y as
saying', 'X said', 'said X', 'a statement from X reads', 'X rejected'), with its speaker and party."""

from __future__ import annotations

from spacy.tokens import Span, Token

from briefing.analysis.doctext import (
    children_of,
    lower_words_of,
    sentence_of,
    tagged_in,
    tokens_in,
)
from briefing.analysis.rules.attribution.quotes import content_span
from briefing.analysis.rules.attribution.speakers import PERSON_PRONOUNS, Context, make, resolve_speaker
from briefing.analysis.rules.attribution.stances import (
    is_copular_stance,
    takes_a_stance,
    the_writer_acting,
)
from briefing.analysis.rules.grammar import inverted_if
from briefing.analysis.rules.lexicon import (
    QUOTING_VERBS,
    REPORTING_VERBS,
    SPEECH_NOUNS,
    STANCE_VERBS,
    STATEMENT_VERBS,
    TITLE_WORDS,
    is_news_source,
)
from briefing.analysis.rules.types import Party, Registry, Statement
from briefing.lang import word_set

_ACCORDING_WORDS = word_set("according_words")


def statement_in(
    sent: Span, reg: Registry, ctx: Context, index: int, quotes: list[tuple[int, int]]
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
        if tok.pos_ not in ("VERB", "AUX") and tok.lower_ not in _ACCORDING_WORDS:
            continue
        if any(s < tok.idx < e for s, e in quotes) or content_of_another_word(tok) or in_a_question(tok):
            continue  # what someone says, what a noun holds, what a question supposes: no one's stance here
        if only_supposed(tok):
            continue  # "offices would shut if the guild chose to strike": the choice is only supposed
        found = _attribution(tok, sent, reg, ctx, index)
        if found is not None and _stronger(found, best):
            best = found
    return best


def _stronger(found: Statement, best: Statement | None) -> bool:
    """Reported speech over a party's own action, then the verb nearer the root. What a source of
    another party tells ('according to Norland, Vask ordered ...') is the source's word, not the
    doer's stance; a source of the doer's own party leaves the doer its act."""
    if best is None:
        return True
    if tells_anothers_act(best, found.verb, found.party):
        return False
    if tells_anothers_act(found, best.verb, best.party):
        return True
    return (found.reported and not best.reported) or _depth(found.verb) < _depth(best.verb)


def tells_anothers_act(source: Statement | None, verb: Token | None, doer: Party | None) -> bool:
    """'According to Norland, Vask ordered ...', Vask being Valdoria's: the source tells the act."""
    told = None if source is None else source.verb
    if source is None or told is None or verb is None or told.lower_ not in _ACCORDING_WORDS:
        return False
    return told.head.i == verb.i and source.party is not None and source.party is not doer


def party_doing(verb: Token, reg: Registry) -> Token | None:
    """'..., with 80 nations seeking a limit': a party a participle hangs from does it."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG":
        return None
    head = verb.head
    return head if reg.party_at(head.idx, head.idx + len(head.text)) is not None else None


def _person_right_before(verb: Token, reg: Registry) -> Token | None:
    """'Outside the depot, the guild's treasurer, Ana Berg, told reporters: ...': when the parse
    hangs the speaker elsewhere and leaves the verb without a subject, a person named right before
    it, commas aside, is who speaks. Not for a participle on a noun: in 'faxed a plan to the Valdorian
    minister Omid Farzan insisting on patrols' the plan insists, and the minister only receives it."""
    if verb.dep_ == "acl":
        return None
    i = verb.i - 1
    while i >= sentence_of(verb).start and verb.doc[i].is_punct:
        i -= 1
    if i < sentence_of(verb).start:
        return None
    before = verb.doc[i]
    return before if reg.person_at(before.idx, before.idx + len(before.text)) else None


_THAT_COMPLEMENTISERS = word_set("that_complementisers")


def content_of_a_noun(verb: Token) -> bool:
    """'rumours that the fund has changed its stance', 'the claim that Norland rejected the map':
    a clause that says what a rumour, report or claim holds is not its subject's own act."""
    return verb.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ in _THAT_COMPLEMENTISERS for c in children_of(verb))


def content_of_a_feeling(verb: Token) -> bool:
    """'the guild is worried that the board will cut jobs', 'Norland is confident Valdoria will sign':
    the clause is what the feeling's holder fears or expects, never its own subject's word or act."""
    head = verb.head
    if verb.dep_ != "ccomp" or verb.i < head.i:
        return False  # a speaker's verb the parse hangs under the quote that follows it is no feeling's content
    return head.pos_ == "ADJ" or (head.lemma_ == "be" and any(c.dep_ == "acomp" for c in children_of(head)))


def content_of_another_word(verb: Token) -> bool:
    """A clause that a noun or a feeling holds: someone else's word about its subject."""
    return content_of_a_noun(verb) or content_of_a_feeling(verb)


def _depth(tok: Token | None) -> int:
    return 99 if tok is None else sum(1 for _ in tok.ancestors)


_ACCORDING_PREPOSITIONS = word_set("according_prepositions")


def _attribution(tok: Token, sent: Span, reg: Registry, ctx: Context, index: int) -> Statement | None:
    """The statement a verb makes: 'according to X', 'quoted X as saying', 'X said', 'X rejected'."""
    if tok.lower_ in _ACCORDING_WORDS:
        pobj = next(
            (
                g
                for c in children_of(tok)
                if c.lower_ in _ACCORDING_PREPOSITIONS
                for g in children_of(c)
                if g.dep_ == "pobj"
            ),
            None,
        )
        if pobj is None:
            return None
        return make(sent, tok, pobj, reg, ctx, index, reported=True, content=_sentence_minus(sent, tok))
    quoted = _quoted_speaker(tok, reg, ctx)
    if quoted is not None:
        return make(sent, tok, quoted, reg, ctx, index, reported=True, content=content_span(tok, sent))
    subject = _subject_of_verb(tok, reg)
    if subject is None:
        return None
    return _statement_of_subject(tok, subject, sent, reg, ctx, index)


_READ_ALOUD_VERBS = word_set("read_aloud_verbs")


def _statement_of_subject(
    tok: Token, subject: Token, sent: Span, reg: Registry, ctx: Context, index: int
) -> Statement | None:
    lemma = tok.lemma_.lower()
    agent = _agent_of(tok)
    if agent is not None and _speech_noun(subject):
        # "The statement was issued by Ana Berg": tells who spoke (and for whom), but says nothing itself.
        make(sent, tok, agent, reg, ctx, index, reported=True, content=(sent.start_char, sent.end_char))
        return None
    if lemma in REPORTING_VERBS and subject.dep_ == "nsubjpass":
        # "Kestrel was told by the regulator that ...": the agent speaks, the subject is told. A
        # passive with no agent ("it was told that ...") names no speaker.
        if agent is None:
            return None
        return make(sent, tok, agent, reg, ctx, index, reported=True, content=content_span(tok, sent))
    if _reports(lemma, subject):
        speaker_tok = _speaker_behind_speech_noun(subject) or subject
        return make(sent, tok, speaker_tok, reg, ctx, index, reported=True, content=content_span(tok, sent))
    if _stands(tok, subject) and not _told_as_a_time(tok):
        doer = resolve_speaker(subject, reg, ctx.last_person, ctx.last_party)[0]
        if doer is not None and anothers_wish(tok, doer, reg, ctx):
            return None
        return make(sent, tok, subject, reg, ctx, index, reported=False, content=content_span(tok, sent))
    return None


_EXPECTING_VERBS = word_set("expecting_verbs")


def anothers_wish(verb: Token, doer: Party, reg: Registry, ctx: Context) -> bool:
    """'She expected Norland to impose duties', 'analysts want Norland to sign': the party's act is
    the complement of someone else's verb of expecting or wanting, what that one foresees or wants
    of it, not the party's own act."""
    if verb.dep_ not in ("ccomp", "xcomp") or verb.head.lemma_.lower() not in _EXPECTING_VERBS:
        return False
    holder = next((c for c in children_of(verb.head) if c.dep_ == "nsubj"), None)
    if holder is None or holder.i > verb.i:
        return False
    return resolve_speaker(holder, reg, ctx.last_person, ctx.last_party)[0] is not doer


_BACKGROUND_SUBORDINATORS = word_set("background_subordinators")


def _told_as_a_time(verb: Token) -> bool:
    """'... the highest-level talks since the president left the deal', 'after the board walked out':
    an act told only to date another is the reporter's background, not a stance of its subject."""
    return any(
        c.dep_ == "mark" and c.lower_ in _BACKGROUND_SUBORDINATORS
        for t in (verb, *verb.ancestors)
        for c in children_of(t)
    )


def _reports(lemma: str, subject: Token) -> bool:
    """A verb of reporting, or one of reading out said of a speech ('the statement read')."""
    return lemma in REPORTING_VERBS or (lemma in _READ_ALOUD_VERBS and _speech_noun(subject))


def _agent_of(verb: Token) -> Token | None:
    """The object of a passive's 'by': 'was issued by Ana Berg'."""
    return next((g for c in children_of(verb) if c.dep_ == "agent" for g in children_of(c) if g.dep_ == "pobj"), None)


def _stands(verb: Token, subject: Token) -> bool:
    """A verb by which its subject takes a stance, or a party writing in the first person acts."""
    if verb.lemma_.lower() in STANCE_VERBS or is_copular_stance(verb):
        return True
    return takes_a_stance(verb, subject) or the_writer_acting(verb, subject)


def _quoted_speaker(verb: Token, reg: Registry, ctx: Context) -> Token | None:
    """'the wire quoted Lind as saying': the object speaks, the subject only reports."""
    if verb.lemma_.lower() not in QUOTING_VERBS:
        return None
    obj = next((c for c in children_of(verb) if c.dep_ in ("dobj", "obj")), None)
    if obj is None or not _names_someone(obj, reg):
        return None
    quoter = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if quoter is not None:
        _quoter_speaks_for_quoted(quoter, obj, reg, ctx)
    return obj


def _subject_of_verb(verb: Token, reg: Registry) -> Token | None:
    """Who does what a verb says: its subject, the party a participle hangs from, the subject of the
    clause a participle or conjunct joins, or a person named right before a reporting verb."""
    lemma = verb.lemma_.lower()
    subject = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
    subject = subject or party_doing(verb, reg)
    if subject is None and verb.dep_ in ("advcl", "xcomp", "conj", "acl") and lemma in STATEMENT_VERBS:
        subject = _head_clause_subject(verb)
    if subject is None and lemma in REPORTING_VERBS:
        subject = _person_right_before(verb, reg)
    return subject


def _head_clause_subject(verb: Token) -> Token | None:
    """'..., stressing the need', '... and rejected': the subject is the head clause's, though not
    that of a subordinate clause ('until the TLF withdraw, rejecting talks' is not the TLF's)."""
    head = verb.head
    while head.dep_ in ("advcl", "ccomp") and any(c.dep_ == "mark" for c in children_of(head)):
        head = head.head
    return next((c for c in children_of(head) if c.dep_ in ("nsubj", "nsubjpass")), None)


def _names_someone(tok: Token, reg: Registry) -> bool:
    """'quoted Ana Berg as saying', 'cited officials': the object is a speaker. In 'the board cited
    worries about its vetting' it is what was said, and the subject speaks."""
    if tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or tok.lower_ in PERSON_PRONOUNS:
        return True
    if reg.person_at(tok.idx, tok.idx + len(tok.text)) or reg.party_at(tok.idx, tok.idx + len(tok.text)):
        return True
    return tok.lemma_.lower() in TITLE_WORDS or tok.lemma_.lower() in _SPEAKER_NOUNS


# Nouns for people who speak without a name: "quoted officials", "cited sources close to the talks".
_SPEAKER_NOUNS = word_set("speaker_nouns")


def _quoter_speaks_for_quoted(quoter: Token, quoted: Token, reg: Registry, ctx: Context) -> None:
    """'The Commission quoted Executive Vice-President Teresa Moll as saying': an institution
    quoting its own official. A news agency quoting someone says nothing of their side."""
    person = reg.person_at(quoted.idx, quoted.idx + len(quoted.text))
    if person is None or person.party is not None:
        return
    party, _ = resolve_speaker(quoter, reg, ctx.last_person, ctx.last_party)
    if party is not None and not is_news_source(party.name):
        reg.affiliate(person, party)


def _speech_noun(tok: Token) -> bool:
    return tok.lemma_.lower() in SPEECH_NOUNS


_SOURCE_PREPOSITIONS = word_set("source_prepositions")


def _speaker_behind_speech_noun(tok: Token) -> Token | None:
    """'a statement from Harborline COO Ana Berg reads': the speaker is in the 'from' phrase."""
    if not _speech_noun(tok):
        return None
    for child in children_of(tok):
        if child.dep_ == "prep" and child.lower_ in _SOURCE_PREPOSITIONS:
            return next((g for g in children_of(child) if g.dep_ == "pobj"), None)
        if child.dep_ == "poss":
            return child
    return None


def _sentence_minus(sent: Span, according: Token) -> tuple[int, int]:
    phrase = list(according.subtree)
    if phrase[0].i == sent.start:
        return phrase[-1].idx + len(phrase[-1].text), sent.end_char
    return sent.start_char, phrase[0].idx


_SUBORDINATORS = word_set("subordinators")


_SUPPOSITION_MARKS = word_set("supposition_marks")


_SAME_CLAUSE_DEPS = ("xcomp", "conj")


def only_supposed(tok: Token) -> bool:
    """The verb's own clause opens with 'if' or 'whether': what it tells is supposed, not said or
    done. Only its own clause ('chose to strike' in 'if the guild chose to strike'), and never a verb of
    saying the parse hangs below one ('..., whether in Corvel or here,” Berg said')."""
    if tok.lemma_.lower() in REPORTING_VERBS:
        return False  # a voice the parse hangs below a supposed clause still speaks
    clause = [tok]
    while clause[-1].dep_ in _SAME_CLAUSE_DEPS and clause[-1].head.i != clause[-1].i:
        clause.append(clause[-1].head)
    return any(c.dep_ == "mark" and c.lower_ in _SUPPOSITION_MARKS for t in clause for c in t.children)


def in_subordinate_clause(tok: Token) -> bool:
    """Inside 'if X', 'unless X', or an 'if' told by inversion: 'Should X refuse, ...'."""
    return any(
        (c.dep_ == "mark" and c.lower_ in _SUBORDINATORS) or inverted_if(c) or _opened_by_a_subordinator(c)
        for t in [tok, *tok.ancestors]
        for c in [t, *children_of(t)]
    ) or any(_hung_from_a_marker_word(t) for t in [tok, *tok.ancestors])


_CLAUSE_PREPOSITIONS = word_set("clause_prepositions")


def _hung_from_a_marker_word(clause: Token) -> bool:
    """'... provided that both sides asked', 'until the guild signs': the parser hangs the clause
    from its marker as from a verb or a preposition; it is still a clause the marker opens."""
    head = clause.head
    return clause.dep_ in ("ccomp", "pcomp") and head.i < clause.i and head.lower_ in _CLAUSE_PREPOSITIONS


def _opened_by_a_subordinator(clause: Token) -> bool:
    """'... held whenever the students agree': an adverbial clause the parse opens with the
    subordinator as an adverb, not a marker."""
    return clause.dep_ == "advcl" and clause.left_edge.lower_ in _SUBORDINATORS and clause.left_edge.dep_ == "advmod"


_QUESTION_VERBS = word_set("question_verbs")
_QUESTION_MARKS = word_set("question_marks")
_QUESTION_ONLY_MARKS = word_set("question_only_marks")
_COMPLEMENT_DEPS = ("ccomp", "pcomp", "csubj", "xcomp")


def in_a_question(tok: Token) -> bool:
    """'was asked whether Norland would sign', 'wanted to know if Norland would return': a clause a
    questioner supposes, no stance of the party it names, which has said nothing."""
    for clause in (tok, *tok.ancestors):
        if clause.dep_ not in _COMPLEMENT_DEPS:
            continue  # both kinds of question are a complement clause: its marks need not be read
        marks = {c.lower_ for c in children_of(clause) if c.dep_ == "mark"}
        if not _QUESTION_ONLY_MARKS.isdisjoint(marks):
            return True  # "whether ..." as what is asked or pressed on; not "whether in X or in Y"
        if (
            clause.dep_ == "ccomp"
            and clause.head.lemma_.lower() in _QUESTION_VERBS
            and not _QUESTION_MARKS.isdisjoint(marks)
        ):
            return True  # "asked if ..."
    return False


_TOKEN_MOVE_WORDS = word_set("token_move_words")


def a_token_object(obj: Token) -> bool:
    """'nothing new', 'only a token cut', 'little': the object, or its own quantifier, says a move is
    empty (not a word further on: 'offered two ports, but only in May' is still an offer)."""
    return obj.lower_ in _TOKEN_MOVE_WORDS or any(
        g.lower_ in _TOKEN_MOVE_WORDS and g.dep_ in ("det", "advmod", "amod", "quantmod", "neg")
        for g in children_of(obj)
    )
