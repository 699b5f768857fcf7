"""Which of a side's points can stand as its stance in the bottom line: of a readable length, not a
bare noun phrase, not a silence, not in the speaker's own voice, not a plan told in the past nor a
line pointing at what it does not name, never a point the other side was given too."""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Doc, Token

from briefing.analysis.doctext import WORD, tokens_at
from briefing.analysis.rules.lexicon import REPORTING_VERBS, pronouns
from briefing.analysis.rules.next_step import MAX_STANCE_WORDS
from briefing.analysis.rules.point_weight import NARRATION_WEIGHT, weight
from briefing.lang import word_set
from briefing.model import Item, Side

MIN_STANCE_WORDS = 3  # shorter is a bare noun phrase, no stance a reader can take in


def fitting_stances(doc: Doc, side: Side, given: list[str], names: list[str]) -> list[tuple[Item, bool]]:
    """A side's conditions and key positions (with whether each is a condition) that fit a stance:
    of a readable length, not a bare noun phrase, not a point already given and not the silence of
    one who did not respond."""
    candidates = [(it, True) for it in side.preconditions] + [(it, False) for it in side.positions if it.key]
    return [
        (it, is_condition)
        for it, is_condition in candidates
        if MIN_STANCE_WORDS <= len(it.text.split()) <= MAX_LONG_STANCE_WORDS
        and not any(_same_point(it.text, g, names) for g in given)
        and not _plan_told_as_past(doc, it, is_condition)
        and not _points_back_unnamed(doc, it)
        and not _bare_noun_phrase(it.text)
        and not _silence(it.text)
        and not _in_a_speakers_voice(it.text)
        and not _attribution_left_on(doc, it)
        and not _opens_as_no_clause(doc, it)
    ]


MAX_LONG_STANCE_WORDS = 22  # a longer stance ('if X treats it as Y, it will respond') when the short only narrate


def short_unless_only_narration(
    fitting: list[tuple[Item, bool]], sure: list[tuple[Item, bool]]
) -> list[tuple[Item, bool]]:
    """The points short enough for the bottom line; a longer one that sets a condition, makes an offer
    or a demand or takes a stance counts too when every short one only narrates: a side's terms told
    in 18 words say where it stands, 'it has been a partner for decades' does not. A longer one only
    from `sure`: the points that read whole in the article's own words."""
    short = [c for c in fitting if len(c[0].text.split()) <= MAX_STANCE_WORDS]
    if any(_stance_weight(c) > NARRATION_WEIGHT for c in short):
        return short
    longer = [c for c in fitting if c in sure and _stance_weight(c) > NARRATION_WEIGHT and _reads_alone(c[0].text)]
    return [c for c in fitting if c in short or c in longer]


_A_PERSON = pronouns("a person's pronouns", lambda p: p.gender in ("m", "f"))


def _reads_alone(text: str) -> bool:
    """A longer line read alone: no 'he' or 'his' whose person it does not name, and no opening
    word set off by a comma ('Similarly, ...', 'Still, ...') that ties it to a sentence left out."""
    words = WORD.findall(text)
    person = any(w.lower() in _A_PERSON for w in words)
    tied = bool(words) and text.lstrip().startswith(words[0] + ",")
    return not person and not tied


def _stance_weight(candidate: tuple[Item, bool]) -> float:
    return weight(candidate[0].text, candidate[1])


_PLAN_FRAMES = word_set("past_plan_frames")  # 'had planned to', 'was scheduled to', 'were due to'
_PLUPERFECT = word_set("pluperfect_auxiliaries")


def _plan_told_as_past(doc: Doc, item: Item, is_condition: bool) -> bool:
    """'The ministry had planned to open the tender in May', 'the vote was scheduled to take place': a
    plan told in the past is background before the news, often a plan since dropped or put off; it is
    not where the side stands now. A condition keeps its own tense ('unless it had paid')."""
    if is_condition:
        return False
    words = {w.lower() for w in WORD.findall(item.text)}
    cited = [t for e in item.evidence for t in tokens_at(doc, e.start, e.end) if t.lower_ in words]
    return any(_a_past_plan(t, words) for t in cited if t.pos_ in ("VERB", "AUX"))


def _a_past_plan(verb: Token, words: set[str]) -> bool:
    """A verb of planning in the past or pluperfect taking what was planned ('had planned to', 'was due to')."""
    if verb.dep_ not in _MAIN_CLAUSES or verb.lemma_.lower() not in _PLAN_FRAMES:
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.lower_ in words]
    pluperfect = verb.tag_ == "VBN" and any(a.lower_ in _PLUPERFECT for a in auxiliaries)
    past = verb.tag_ == "VBD" or pluperfect or any(a.tag_ == "VBD" for a in auxiliaries)
    return past and any(c.dep_ == "xcomp" for c in verb.children)


_MAIN_CLAUSES = frozenset({"ROOT", "ccomp"})  # the sentence's verb, or the one a verb of saying reports


_POINTING = word_set("pointing_determiners")  # that, this, these, those, such


def _points_back_unnamed(doc: Doc, item: Item) -> bool:
    """'No mill would leave that choice to its buyers': a noun the point leaves to a pointing word
    names nothing in a line read alone (the condense stage names what it can; what is left points back).
    A time pointed at from now ('this year', 'that week') is no thing left unnamed."""
    words = [w.lower() for w in WORD.findall(item.text)]
    pairs = set(itertools.pairwise(words))
    cited = [t for e in item.evidence for t in tokens_at(doc, e.start, e.end)]
    return any(_pointing_at_a_thing(t) and (t.lower_, t.head.lower_) in pairs for t in cited)


def _pointing_at_a_thing(word: Token) -> bool:
    noun = word.head
    return (
        word.lower_ in _POINTING
        and word.dep_ == "det"
        and noun.pos_ == "NOUN"
        and noun.ent_type_ not in _TIMES
        and noun.lemma_.lower() not in _SPANS_OF_TIME
    )


_TIMES = frozenset({"DATE", "TIME"})
_SPANS_OF_TIME = word_set("spans_of_time")  # year, week, month, day ...


_QUESTION_OPENERS = word_set("question_words")  # why, how, what, whether ...


def _opens_as_no_clause(doc: Doc, item: Item) -> bool:
    """'How it came to redraft the plan', 'Tied to the closing of the mine by May': a line opening on a
    question word or on a past participle is a question or a piece of a phrase, not a stance."""
    words = WORD.findall(item.text)
    if not words or words[0].lower() in _QUESTION_OPENERS:
        return bool(words)
    first = _point_opening(doc, item, words)
    return first is not None and first.tag_ == "VBN" and not any(c.dep_ in _SUBJECTS for c in first.children)


_WORDS_TO_PLACE = 4  # the point's opening words that must follow in the quote to place its first word


def _point_opening(doc: Doc, item: Item, words: list[str]) -> Token | None:
    """The quote's token the point opens on: where the point's first words run in order, not an earlier
    token that only shares the first word ('Sealed off since May, ... said Sealed Freight must pay')."""
    cited = [t for e in item.evidence for t in tokens_at(doc, e.start, e.end)]
    cited = [t for t in cited if not t.is_punct]
    wanted = [w.lower() for w in words[:_WORDS_TO_PLACE]]
    starts = [i for i, t in enumerate(cited) if t.lower_ == wanted[0]]
    if not starts:
        return None
    best = max(starts, key=lambda i: (_run_length(cited[i:], wanted), -i))
    return cited[best]


def _run_length(tokens: list[Token], wanted: list[str]) -> int:
    """How many of the wanted words the tokens give in order from their start."""
    run = 0
    for token, word in zip(tokens, wanted, strict=False):
        if token.lower_ != word:
            break
        run += 1
    return run


_SUBJECTS = word_set("grammar/subject_deps")  # the profile's subject labels, one list for every stage


_SPEAKER_AND_LISTENER = pronouns("a speaker's and a listener's own words", lambda p: p.person in ("1", "2"))


def _in_a_speakers_voice(text: str) -> bool:
    """'She trusts you, yet I will not give up your water': words of the speaker's own voice, which
    the bottom line, told in the brief's voice, cannot give as a side's stance."""
    # 'US' in capitals is a state, not 'us'
    return any(w.lower() in _SPEAKER_AND_LISTENER and not (len(w) > 1 and w.isupper()) for w in WORD.findall(text))


_RELAYING = word_set("relaying_verb_forms")


def _attribution_left_on(doc: Doc, item: Item) -> bool:
    """'The team will strike its captain said', 'the party's president added': the words that tell
    who said it are left on the end, a verb of saying in the past or present with nothing after it."""
    words = WORD.findall(item.text)
    if len(words) < MIN_STANCE_WORDS:
        return False
    last = words[-1].lower()
    cited = [t for e in item.evidence for t in tokens_at(doc, e.start, e.end)]
    return last in _RELAYING or any(
        t.lower_ == last and t.lemma_.lower() in REPORTING_VERBS and t.tag_ in ("VBD", "VBZ") for t in cited
    )


_SILENCE = word_set("silence_words")


def _silence(text: str) -> bool:
    """'did not respond to an email', 'declined to comment': that a side said nothing is no stance."""
    return any(w in _SILENCE for w in re.findall(r"\w+", text.lower()))


_ARTICLES = word_set("articles")
MAX_NOUN_PHRASE_WORDS = 4


def _bare_noun_phrase(text: str) -> bool:
    """'The automation plan': a short point that opens on an article names a thing, not a stance."""
    words = text.split()
    return words[0].lower() in _ARTICLES and len(words) <= MAX_NOUN_PHRASE_WORDS


SAME_POINT_OVERLAP = 0.5  # share of words two sides' points have in common to be one point


def _same_point(a: str, b: str, names: list[str]) -> bool:
    """'Washington said tariffs will stay' and 'Beijing said tariffs will stay': one point, whichever
    side's name it carries, is never given for both sides."""
    for name in names:
        a, b = a.replace(name, ""), b.replace(name, "")
    wa, wb = set(re.findall(r"\w+", a.lower())), set(re.findall(r"\w+", b.lower()))
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= SAME_POINT_OVERLAP
