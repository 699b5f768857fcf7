"""The side the text gives a speaker: what their claims are about, where they spoke, the title
before their name; and the words that show a speaker taken up from a description cannot be the party
it names (a party sets no condition on itself)."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, Token

from briefing.analysis.doctext import text_of, tokens_from, tokens_in
from briefing.analysis.rules.lexicon import STATEMENT_VERBS, TITLE_WORDS
from briefing.analysis.rules.types import Party, Person, Registry
from briefing.lang import word_set


def at_odds_with_its_words(
    who: Token, verb: Token, party: Party, sent: Span, reg: Registry, content: tuple[int, int]
) -> bool:
    """'the alliance announced they stop marching only once the Unity Party steps back', 'they refuse
    to meet the cabinet': a party sets no condition on itself, makes no demand of itself and
    does not meet itself, so a description or a pronoun taken up as the party its own words press or
    face is someone else; better no speaker than the wrong side."""
    if who.pos_ == "PROPN":
        return False  # the party named as the speaker: its words stand as they are
    for tok in tokens_in(sent):
        if not content[0] <= tok.idx < content[1] or tok.i == who.i or not _names(tok, party, reg):
            continue
        if tok.dep_ in ("nsubj", "nsubjpass") and _laid_on_its_subject(tok.head):
            return True
        if _object_of(tok, verb):
            return True
    return False


def _named_party(tok: Token, reg: Registry) -> Party | None:
    """The party a word names; a name with the words before it ('Unity Party' from 'Party')."""
    party = reg.party_at(tok.idx, tok.idx + len(tok.text))
    if party is None and tok.pos_ == "PROPN":
        party = reg.party_at(tok.left_edge.idx, tok.idx + len(tok.text))
    return party


def _names(tok: Token, party: Party, reg: Registry) -> bool:
    """The word names the party, or takes it up by the last noun of its name with 'the' ('the
    cabinet' for 'the Ostrian cabinet')."""
    if _named_party(tok, reg) is party:
        return True
    if tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    words = party.name.split()
    return len(words) > 1 and words[-1].lower() == tok.lower_


def _object_of(tok: Token, verb: Token) -> bool:
    """The object of the verb, or of the infinitive it governs ('refuse to meet the cabinet'), or of
    a preposition on either ('sit with the government')."""
    verbs = {verb.i} | {c.i for c in verb.children if c.dep_ == "xcomp"}
    if tok.dep_ in ("dobj", "obj"):
        return tok.head.i in verbs
    return tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.i in verbs


def party_from_the_text(
    person: Person, sent: Span, reg: Registry, content: tuple[int, int], *, reported: bool
) -> Party | None:
    """The side the text around a named speaker tells: what their claims are about, where they spoke,
    else the first party their words are about."""
    party = _subject_of_their_claims(person, sent.doc, reg) or _content_subject(sent, reg, content)
    # Where a speaker spoke ("said in Velika") may place them; where an actor acted does not.
    party = party or (_nearest_outside(person, sent, reg, content) if reported else None)
    return party or _first_about(reg, sent.doc, content)


TITLE_WINDOW_TOKENS = 6  # "the guild's general secretary, Ana Berg": how far back a title reaches


def bare_title(person: Person, sent: Span) -> bool:
    """'chief executive Dan Ferr', not 'Tamlin's general secretary Dan Ferr': no proper name in the
    words before the person's name that could be the body they serve."""
    start = next((s for s, _e in person.mentions if sent.start_char <= s < sent.end_char), None)
    if start is None:
        return False
    before = tokens_from(sent, sent.start_char, start)[-TITLE_WINDOW_TOKENS:]
    # 'Chief Councillor Ana Berg': a capitalised title word is no body's name; an office of a state
    # ('Interior Minister') names the government it serves
    return not any(t.pos_ == "PROPN" and not _plain_title_word(t) for t in before)


_STATE_OFFICE_WORDS = word_set("government_titles") | word_set("state_office_titles") | word_set("state_body_words")


def _plain_title_word(tok: Token) -> bool:
    return tok.lower_ in TITLE_WORDS and tok.lower_ not in _STATE_OFFICE_WORDS


def titled_here(person: Person, sent: Span) -> bool:
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


OWN_UNDERTAKING_VOTES = 2  # 'said Norland will lift the levies' tells the speaker's side more than a report does


def _subjects_claimed(verb: Token, reg: Registry) -> list[str]:
    """The parties (not blocs or places) that are subjects of the clauses a verb of saying reports.
    What a party will do counts twice: a speaker announces their own side's undertakings ('Norland
    will lift the levies, Kos said') and reports what the other side did ('said Valdoria had agreed')."""
    names = []
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        votes = OWN_UNDERTAKING_VOTES if _an_undertaking(clause) else 1
        for tok in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
            names.extend(_parties_named_at(reg, tok) * votes)
    return names


_COMMITTING_MODALS = word_set("committing_modals")


def _an_undertaking(clause: Token) -> bool:
    """'will suspend', 'would not sign': a modal of commitment, not of obligation ('must withdraw')."""
    auxes = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    return bool(auxes & _COMMITTING_MODALS) and not auxes & _OBLIGATION_MODALS


def _parties_named_at(reg: Registry, tok: Token) -> list[str]:
    """The parties (not blocs or places) whose mentions overlap the token, or else the word a body's
    common noun is compounded with: 'Valdoria's Kessel region' is Kessel, not its possessor."""
    head_of_a_body = tok.pos_ == "NOUN" and tok.lemma_.lower() not in _JOURNALIST_NOUNS
    for word in (tok, *(_compounds_nearest_first(tok) if head_of_a_body else ())):
        found = reg.spans.overlapping(word.idx, word.idx + len(word.text))
        parties = [reg.parties[key] for _, (kind, key) in found if kind == "party"]
        named = [p.name for p in parties if p.kind not in ("bloc", "place")]
        if named:
            return named
    return []


def _compounds_nearest_first(head: Token) -> list[Token]:
    """The words compounded with a noun before it, the nearest first ('the Kessel region')."""
    return sorted((c for c in head.lefts if c.dep_ == "compound"), key=lambda c: -c.i)


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
        if party is None:
            named = _parties_named_at(reg, tok)
            party = reg.parties[named[0]] if named else None
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
        if span is not None and _acted_on(span.root):
            continue  # "... will not meet the government": what the words act on is not who speaks
        return party
    return None


def _acted_on(tok: Token) -> bool:
    """The object of a verb, with the words of its phrase ('the Norland government')."""
    while tok.dep_ in ("compound", "amod") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in ("dobj", "obj") and tok.head.pos_ == "VERB"


def _modifies_a_thing(tok: Token) -> bool:
    """'the Norland-held coast', 'Norland-occupied land': a party joined by a hyphen to a participle
    describes the thing the phrase names; 'the Norlandic constitution' is still about Norland."""
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-":
        return doc[tok.i + 2].tag_ in ("VBN", "VBD")
    return "-" in tok.text and tok.text.split("-")[-1].lower().endswith("ed")
