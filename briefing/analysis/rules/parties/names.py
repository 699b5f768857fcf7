"""How a name reads: an organisation's name or a person's, an acronym and what it expands to, whole-
word occurrences, the tokens at an offset. Shared by the party readers."""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from briefing.analysis.doctext import (
    char_span,
    forget_tokens,
    sentence_of,
    text_of,
    token_index,
    tokens_in,
)
from briefing.analysis.rules.lexicon import (
    ORG_KINDS,
    PRONOUN_GENDER,
    STATEMENT_VERBS,
    TITLE_WORDS,
    lookup_place,
    pronouns,
    without_possessive,
)
from briefing.analysis.rules.types import Party, Registry
from briefing.lang import word_set

# A state's own institutions speak for the state; other organisations that carry a demonym
# ("Norlandic Workers Front") are parties of their own.
STATE_BODY_WORDS = word_set("state_body_words")


INSTITUTION_WORDS = word_set("institution_words")


def token_at(doc: Doc, offset: int) -> Token | None:
    span = char_span(doc, offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def ent_length(tok: Token) -> int:
    """The length of the entity a token opens, read off the IOB tags (Doc.ents builds every span)."""
    if tok.ent_iob_ != "B":
        return 0
    end = tok.i + 1
    while end < len(tok.doc) and tok.doc[end].ent_iob_ == "I":
        end += 1
    return end - tok.i


Mentions = list[tuple[int, int]]


def mentions_just_before(party: Party, start: int, in_order: dict[str, Mentions]) -> Mentions:
    """The party's mentions that start within TITLE_REACH_CHARS before `start`: a bisection of its
    sorted mentions, since a state named thousands of times in a long article is asked at every name."""
    mentions = in_order.get(party.name)
    if mentions is None:
        mentions = in_order[party.name] = sorted(party.mentions)
    low = bisect.bisect_right(mentions, (start - TITLE_REACH_CHARS, sys.maxsize))
    return mentions[low : bisect.bisect_left(mentions, (start, -sys.maxsize))]


_SPEAKER_PRONOUN_SENTENCES = 2  # 'she said' in the same or the next sentence takes up the speaker


_HE_SHE = pronouns("a person as subject", lambda p: "subject" in p.forms and p.gender in ("m", "f"))


def speaker_pronoun_next(doc: Doc, start: int) -> str:
    """The gender of a 'he/she' that next speaks after a name speaking at `start`, else ''."""
    tok = doc[token_index(doc, start)]
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.lemma_.lower() not in STATEMENT_VERBS:
        return ""
    if _not_a_voice_of_its_own(tok.head):
        return ""
    sents = _this_and_next_sentences(doc, tok)
    for later in (t for sent in sents for t in tokens_in(sent) if t.i > tok.i):
        if later.dep_ != "nsubj" or later.head.lemma_.lower() not in STATEMENT_VERBS:
            continue
        if later.lower_ in _HE_SHE:
            return PRONOUN_GENDER.get(later.lower_, "")
        return ""  # another speaker first
    return ""


_SUBORDINATE_DEPS = frozenset({"relcl", "advcl"})


def _not_a_voice_of_its_own(verb: Token) -> bool:
    """'..., which Velmar says is late', 'Marsh said she would talk only if Velmar accepted': a name
    inside a relative or adverbial clause, or inside another's reported words, is not the voice the
    next 'he' or 'she' takes up; it is often a body, never a person the pronoun proves."""
    clause = [verb, *verb.ancestors]
    if any(t.dep_ in _SUBORDINATE_DEPS for t in clause):
        return True
    return any(t.lemma_.lower() in STATEMENT_VERBS for t in clause[1:])


def _this_and_next_sentences(doc: Doc, tok: Token) -> list[Span]:
    """The token's sentence and the ones after it, as many as a speaker's pronoun may reach."""
    sents = [sentence_of(tok)]
    while len(sents) < _SPEAKER_PRONOUN_SENTENCES and sents[-1].end < len(doc):
        sents.append(sentence_of(doc[sents[-1].end]))  # the next sentence, without walking the rest of the article
    return sents


def whole_word_occurrences(text: str, name: str) -> Iterator[tuple[int, int]]:
    """Where `name` occurs in `text` with no letter, digit, '_' or '-' either side: what
    `re.finditer(r"(?<![\\w-])" + re.escape(name) + r"(?![\\w-])", text)` finds, in the same order.
    `str.find` skips ahead where a regex tries every position; a long article names a few hundred
    parties and people, each looked for in the whole text."""
    if not name:
        return
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        if not (start and _word_char(text[start - 1])) and not (end < len(text) and _word_char(text[end])):
            yield start, end
            start = text.find(name, end)
        else:
            start = text.find(name, start + 1)


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "_-"


def named_like_an_org(ent: Span) -> bool:
    """'Brenna Health', 'Harlow Motors', 'HCG-TWU' tagged as people: a name ending in a company or
    union word, or written in capitals like an acronym."""
    if ent.label_ != "PERSON":
        return False
    letters = [ch for ch in ent.text if ch.isalpha()]
    return (len(ent) > 1 and ent[-1].lower_ in ORG_KINDS) or (len(letters) >= 3 and all(ch.isupper() for ch in letters))


def titled_like_a_person(ent: Span) -> bool:
    """'The rebel coalition's spokesman, Ibrahim Ag Mossa, said': an 'organisation' in apposition
    with a person's title is a person the model mislabelled."""
    root = ent.root
    if not all(t.text[:1].isupper() for t in ent) or len(ent) > 4:
        return False
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ in TITLE_WORDS and len(ent) > 1:
        # "airline spokesperson Dana Holm": a title right before a name that has no body word in it
        words = {t.lower_ for t in ent}
        return not words & (set(ORG_KINDS) | INSTITUTION_WORDS | STATE_BODY_WORDS)
    return _title_in_apposition(root) or _after_a_title_phrase(ent)


def _title_in_apposition(root: Token) -> bool:
    """'the coalition's spokesman, Ibrahim Ag Mossa': a title beside the name, either way round."""
    neighbours = [root.head] if root.dep_ == "appos" else []
    neighbours += [c for c in root.children if c.dep_ == "appos"]
    return any(n.lemma_.lower() in TITLE_WORDS for n in neighbours)


TITLE_PHRASE_DEPTH = 4  # "the leader of Norland's negotiating team, Ana Berg": from "team" up to "leader"


def _after_a_title_phrase(ent: Span) -> bool:
    """'the leader of Norland's negotiating team, Ana Berg': a name set off by a comma after a phrase headed
    by a title, however the parser attached it."""
    i = ent.start - 1
    if i < 1 or ent.doc[i].text != "," or len(ent) < 2:
        return False
    before = ent.doc[i - 1]
    for tok in [before, *before.ancestors][:TITLE_PHRASE_DEPTH]:
        if tok.pos_ in ("VERB", "AUX"):
            return False
        if tok.lemma_.lower() in TITLE_WORDS:
            return True
    return False


def names_a_person(ent: Span, reg: Registry) -> bool:
    """spaCy often tags a surname as an organisation ("Lind said"); a known person wins, unless the
    name is a body the person leads ("Lind's Renters League": `owned_names` gives it its own name)."""
    if any(t.text in reg.persons for t in ent):
        surname = next(t.text for t in ent if t.text in reg.persons)
        person = reg.persons[surname]
        start = next(t.idx for t in ent if t.text == surname)
        person.mentions.append((start, start + len(surname)))
        reg.note(start, start + len(surname), "person", surname)
        return not _a_body_the_person_leads(ent, surname)
    return False


def _a_body_the_person_leads(ent: Span, surname: str) -> bool:
    """'Lind's Renters League': the surname, a possessive and a capitalised name after it."""
    words = [t.text for t in ent]
    at = words.index(surname)
    rest = words[at + 2 :]
    return at + 1 < len(words) and words[at + 1] in ("'s", "’s") and bool(rest) and rest[0][:1].isupper()


def forget_places_within(reg: Registry, start: int, end: int) -> None:
    for (s, e), (kind, key) in reg.spans.within(start, end):
        if kind == "party" and reg.parties[key].kind in ("state", "bloc", "body"):
            del reg.spans[(s, e)]
            party = reg.parties[key]
            party.mentions.remove((s, e))
            if not party.mentions:
                del reg.parties[key]


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’]*", name) if w[0].isupper())


MIN_ACRONYM_LETTERS = 3  # "US" or "EU" may be initials of anything; three letters or more are a name's


def expansion(acronym: str, reg: Registry) -> str | None:
    """The organisation an unbracketed acronym abbreviates, by the initials of its capitalised words."""
    letters = acronym.replace("-", "").replace(".", "")
    if not (2 <= len(letters) <= 8 and letters.isupper()):
        return None
    return next(
        (k for k, p in reg.parties.items() if p.kind not in ("state", "bloc", "body") and _initials(k) == letters), None
    )


def clean_org_name(text: str) -> str:
    text = text.replace("’", "'").strip()
    if text.startswith(("the", "The", "Neither", "Either", "Both")):
        text = re.sub(r"^(?:the|The|Neither|Either|Both)\s+", "", text)  # "Neither Kestrel nor the union"
    return without_possessive(text).strip(" .,")


TITLE_REACH_CHARS = 60  # "the Norland foreign ministry's spokesperson, Ana Berg": a title's party is this close


def merge_party(reg: Registry, gone: Party, into: Party) -> None:
    """`gone` is another name of `into`: its names, mentions, actors and people become `into`'s."""
    del reg.parties[gone.name]
    into.aliases |= gone.aliases
    into.mentions.extend(gone.mentions)
    into.proper_mentions += gone.proper_mentions
    for actor in gone.actors:
        into.add_actor(actor)
    for span in gone.mentions:
        if span in reg.spans and reg.spans[span] == ("party", gone.name):
            reg.note(*span, "party", into.name)
    for person in reg.persons.values():
        if person.party == gone.name:
            person.party = into.name


_LEGAL_SUFFIXES = word_set("legal_suffixes")
MIN_SHORT_NAME_CHARS = 3  # "ZTE" of "ZTE Corp"; two letters alone may be anyone's initials


def add_short_company_name(reg: Registry, party: Party) -> None:
    """'Tarrow Inc.' goes on as 'Tarrow': the name without its legal form is another name of the
    company, unless it names a place or another party ('Norland Ltd' is no name of Norland)."""
    words = party.name.split()
    if len(words) < 2 or words[-1].lower().rstrip(".") not in _LEGAL_SUFFIXES:
        return
    short = " ".join(words[:-1]).rstrip(",")
    if len(short) < MIN_SHORT_NAME_CHARS or not short[:1].isupper() or lookup_place(short) is not None:
        return
    if any(short in p.aliases or short == p.name for p in reg.parties.values() if p is not party):
        return
    party.aliases.add(short)


def take_in_its_acronym(reg: Registry, party: Party) -> str | None:
    """'The RTPA told the guild ... The Regional Television Producers Alliance said': an acronym met
    before its long form is that party; it takes the long form's name and kind."""
    initials = _initials(party.name)
    if len(initials) < MIN_ACRONYM_LETTERS:
        return None
    short = reg.parties.get(initials)
    if short is None or short is party or short.kind in ("state", "bloc", "body"):
        return None
    merge_party(reg, short, party)
    return initials


_PORTFOLIO_TITLES = word_set("portfolio_titles")
_OF_WORDS = word_set("of_prepositions")  # "the Office of the High Commissioner" is a body


def an_amount(ent: Span) -> bool:
    """'Tk 12,500', 'Rs 1.5': a sum of money the model took for a name; a number written with a
    thousands or decimal mark is never part of an organisation's name ('Local 12' is)."""
    return any(t.like_num and any(mark in t.text for mark in ",.") for t in ent)


def a_portfolio(ent: Span, name: str) -> bool:
    """'Education Minister Ana Berg': the words before a minister's title name the portfolio, no
    organisation, unless the story names the ministry itself ('the Ministry of External Affairs'),
    which the minister then serves."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if ent[-1].lower_ in _PORTFOLIO_TITLES and not any(t.lower_ in _OF_WORDS for t in ent):
        return True  # "the EU Energy Commissioner" tagged whole as an ORG: a post, not a body
    if after is None or after.lower_ not in _PORTFOLIO_TITLES:
        return False
    text = text_of(ent.doc).lower()
    return not any(ministry in text for ministry in _ministry_names(name.lower()))


def _ministry_names(portfolio: str) -> tuple[str, ...]:
    return (f"ministry of {portfolio}", f"{portfolio} ministry")


def names_cut_at_verbs(doc: Doc) -> None:
    """'The Port Safety Authority fined Kestrel' tagged as one name: the model ran a name on
    through its verb and object. A name holds no finite verb: it ends before one; the capitalised
    words after the verb, when they are the whole rest, are a name of their own (the one acted on)."""
    ents: list[Span] = []
    changed = False
    for ent in doc.ents:
        verb = next((t for t in ent[1:] if t.pos_ == "VERB" and t.is_lower and t.tag_ in _FINITE_VERB_TAGS), None)
        if verb is None:
            ents.append(ent)
            continue
        changed = True
        ents.append(Span(doc, ent.start, verb.i, label=ent.label_))
        rest = doc[verb.i + 1 : ent.end]
        if len(rest) and all(t.pos_ == "PROPN" for t in rest):
            ents.append(Span(doc, rest.start, rest.end, label=ent.label_))
    if changed:
        doc.ents = ents
        forget_tokens(doc)  # the entity list kept so far is the uncut one


_FINITE_VERB_TAGS = ("VBD", "VBZ", "VBP")
