"""The frames around an event's date: a plan reported called off or overtaken, a claim that
only one side makes, and the clause and words an event is told in."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from briefing.analysis.dates import Temporal
from briefing.analysis.dates.tense import backshifted
from briefing.analysis.doctext import char_span, entities_of, sentence_of, tokens_in
from briefing.analysis.rules.lexicon import REPORTING_VERBS
from briefing.lang import word_set

CALLED_OFF = word_set("called_off_verbs")
FUTURE_FRAMES = word_set("future_frame_verbs")
_ALLEGING = word_set("alleging_words")


# Prepositions that give a called-off event its new date: "postponed until March 20" still dates it.
_NEW_DATE_PREPOSITIONS = word_set("new_date_prepositions")


def reported_off(t: Temporal, doc: Doc) -> bool:
    """'a summit scheduled for March 15 was called off on Monday', 'a round planned for next week
    has been postponed': the plan the date belongs to is reported called off, so nothing is to come
    then; nor is the day it was called off an event ahead. 'postponed until March 20' keeps its new date."""
    span = char_span(doc, t.start, t.end, alignment_mode="expand")
    verb = clause_verb(span.root) if span is not None else None
    if verb is None:
        return False
    if clause_calls_off(verb) and not _still_ahead(verb) and not _denied(verb):
        return not _new_date(span, verb)
    if _plan_overtaken_after_but(verb):
        return True
    # "Norland scrapped the harbour fees, which were due to apply from Monday": the clause that
    # dates the noun, climbed through its frames ('due', 'were'), hangs from a noun the scrapping takes
    clause = _frames_above(verb, through_infinitives=True)[-1]
    if clause.dep_ in ("acl", "relcl", "amod") and clause.head.i != clause.i:
        governor = clause_verb(clause.head)
        return governor is not None and _governor_calls_off(governor)
    return False


def _governor_calls_off(governor: Token) -> bool:
    """The verb over the dated noun calls it off ('the ceremony planned for June 24 was shelved'), the
    parse's copula with a participle of calling off included, or says it will not happen ('the vote
    set for June 24 will no longer take place')."""
    if not_happening(governor):
        return True
    if _denied(governor) or _still_ahead(governor):
        return False  # "hopes to avert the strike planned for June 24": the strike still stands
    return clause_calls_off(governor)


def clause_calls_off(verb: Token) -> bool:
    """The clause's verb calls its plan off, or the participle the parse makes a copula's complement
    ('was shelved' read as 'was' + adjective)."""
    called = [verb, *(c for c in verb.children if c.dep_ == "acomp" and c.tag_ == "VBN")]
    return any(calls_off(v) for v in called)


_TAKING_PLACE = word_set("taking_place_verbs")  # "take place", "go ahead": an event happening


def not_happening(verb: Token) -> bool:
    """'will not take place', 'will no longer go ahead': a verb of an event happening, denied."""
    lemma = verb.lemma_.lower()
    phrase = [f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in ("dobj", "prt", "advmod")]
    if lemma not in _TAKING_PLACE and _TAKING_PLACE.isdisjoint(phrase):
        return False
    return any(c.dep_ == "neg" or any(g.dep_ == "neg" for g in c.children) for c in verb.children)


_BUT_WORDS = word_set("but_words")


def _plan_overtaken_after_but(verb: Token) -> bool:
    """'the ministers were due to meet on June 24, but the meeting was called off', 'talks were to resume
    today but were put off': a plan told in the simple past ('were due to', 'were to'),
    joined by 'but' to a clause that calls it off or denies it, was overtaken. Reported speech ('said the
    talks were due to ...') is the plan as it stands, so it keeps its date."""
    frames = _frames_above(verb)
    top = frames[-1]
    if len(frames) < 2 or not _a_past_plan(top):
        return False
    if top.dep_ == "ccomp" and top.head.lemma_.lower() in REPORTING_VERBS:
        return False
    # the parse hangs 'but' and the clause it joins side by side on the frame: a frame with a 'but'
    # weighs each clause joined to it
    if not any(m.dep_ == "cc" and m.lower_ in _BUT_WORDS for m in top.children):
        return False
    return any(_defeats_the_plan(c) for c in top.children if c.dep_ == "conj")


_PAST_PLAN_FRAMES = word_set("past_plan_frames")  # "were (due) to", "was scheduled to": a plan's frame


def _a_past_plan(frame: Token) -> bool:
    """'were (due) to', 'was scheduled to': a frame of planning in the simple past, active or passive."""
    if frame.lemma_.lower() not in _PAST_PLAN_FRAMES:
        return False
    if frame.tag_ == "VBD":
        return True
    return frame.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in frame.children)


def _defeats_the_plan(clause: Token) -> bool:
    """The clause after 'but' calls the plan off, moves it, or says it will not happen; a bare denial
    ('but the storm did not stop them') may deny anything, so it does not count."""
    return clause_calls_off(clause) or not_happening(clause)


def _new_date(span: Span, verb: Token) -> bool:
    """'postponed until March 20': the date is the one the event was moved to."""
    prep = span.root.head if span.root.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in _NEW_DATE_PREPOSITIONS:
        return False
    # "pushed back to July 3": the preposition hangs on the verb's particle
    return prep.head.i == verb.i or (prep.head.head.i == verb.i and _particle(prep.head))


_NEVER_WORDS = word_set("never_words")


def _denied(verb: Token) -> bool:
    """'the summit has not been cancelled', 'talks were never called off': the plan still stands."""
    return any(c.dep_ == "neg" or c.lower_ in _NEVER_WORDS for c in verb.children)


_AHEAD_AUXILIARIES = word_set("ahead_auxiliaries")


def _still_ahead(verb: Token) -> bool:
    """'operators will cancel most services on Tuesday': the cancelling is itself still to come."""
    return any(c.dep_ == "aux" and c.lower_ in _AHEAD_AUXILIARIES for c in verb.children)


_CALLING_OFF_PHRASES = word_set("calling_off_phrases")  # a verb and its particle: "call off", "push back"


def calls_off(verb: Token) -> bool:
    """'cancelled', 'called off', 'pushed back': the verb reports its plan off or moved away."""
    if verb.lemma_.lower() in CALLED_OFF:
        return True
    lemma = verb.lemma_.lower()
    if any(f"{lemma} {c.lower_} {o.lower_}" in _CALLING_OFF_PHRASES for c in verb.children for o in _objects_of(c)):
        return True  # "put on hold", "put on ice"
    return any(
        (_particle(c) or _copula_particle(c)) and f"{lemma} {c.lower_}" in _CALLING_OFF_PHRASES for c in verb.children
    )


def _objects_of(word: Token) -> list[Token]:
    """The objects of a preposition the verb takes ('on' in 'put on hold')."""
    return [o for o in word.children if o.dep_ == "pobj"] if word.dep_ == "prep" else []


_COPULAS = word_set("be_lemmas")


def _copula_particle(word: Token) -> bool:
    """'the summit is off': a bare adverb that is all a copula says of its subject."""
    return word.dep_ in ("advmod", "acomp", "prt") and word.head.lemma_.lower() in _COPULAS and not list(word.children)


_MOVED_THING_DEPS = frozenset({"dobj", "nsubjpass", "auxpass"})


def _particle(word: Token) -> bool:
    """The particle of a phrasal verb. The parser often gives 'back' as an adverb: it counts when the
    verb moves a thing ('pushed the vote back', 'was pushed back'), not in 'pushed back against it'."""
    if word.dep_ == "prt":
        return True
    return word.dep_ == "advmod" and any(c.dep_ in _MOVED_THING_DEPS for c in word.head.children)


def superseded_plan(t: Temporal, doc: Doc) -> bool:
    """'had been set to expire on March 31', 'had planned to start on Sunday', 'would have meant the
    service would cease on Sunday': a plan told in the past perfect or the counterfactual was overtaken."""
    span = char_span(doc, t.start, t.end, alignment_mode="expand")
    verb = clause_verb(span.root) if span is not None else None
    return any(_overtaken(frame, verb) for frame in _frames_above(verb))


_SUPERSEDED = word_set("superseded_adverbs")
_SUPERSEDED_PLANS = word_set("superseded_plan_adverbs")


def _first_plan(frame: Token) -> bool:
    """'first set for Tuesday', 'first planned for May': a participle of planning told as the first plan;
    'first' on any other verb orders acts ('will first meet, then sign'), so it only counts here."""
    return (
        frame.tag_ == "VBN"
        and frame.lemma_.lower() in FUTURE_FRAMES
        and not any(c.dep_.startswith("aux") for c in frame.children)
        and any(c.dep_ == "advmod" and c.lower_ in _SUPERSEDED_PLANS for c in frame.children)
    )


MAX_FRAMES_ABOVE = 3  # the event's verb, 'due' or 'set', and the 'were' that carries them


def _frames_above(verb: Token | None, *, through_infinitives: bool = False) -> list[Token]:
    """The verb and the verbs its clause is the complement of, up to three. With `through_infinitives`,
    an infinitive the parse hangs as an adverbial counts as a complement too ('the strike set [to
    begin] on Friday')."""
    frames = [verb] if verb is not None else []
    while (
        frames
        and (
            frames[-1].dep_ in ("xcomp", "ccomp", "acomp")
            or (through_infinitives and _adverbial_infinitive(frames[-1]))
        )
        and frames[-1].head.i != frames[-1].i
        and len(frames) < MAX_FRAMES_ABOVE
    ):
        frames.append(frames[-1].head)
    return frames


_INFINITIVE_MARKS = word_set("infinitive_marks")


def _adverbial_infinitive(verb: Token) -> bool:
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ in _INFINITIVE_MARKS for c in verb.children)


def _overtaken(frame: Token, verb: Token | None) -> bool:
    """A plan above the event in the past perfect, or a counterfactual ('would have meant')."""
    if any(c.dep_ == "advmod" and c.lower_ in _SUPERSEDED for c in frame.children):
        return True  # "a lease Kestrel originally planned to end in May": the first plan, since overtaken
    if _first_plan(frame):
        return True  # "the vote, first set for Tuesday, will now be held on Monday"
    auxes = [c.lower_ for c in frame.children if c.dep_ in ("aux", "auxpass")]
    if "had" in auxes and frame is not verb and frame.lemma_.lower() in FUTURE_FRAMES and not backshifted(frame):
        return True  # the plan above the event; "a truce had been agreed until June 30" still runs
    return "would" in auxes and "have" in auxes


def alleger(tok: Token) -> Token | None:
    """'Norland claimed that Valdoria's president had lost his mandate': the verb (or the noun,
    'the allegation that ...') of alleging that a clause hangs from, if any."""
    for t in tok.ancestors:
        if t.lemma_.lower() in _ALLEGING and (t.pos_ == "VERB" or t.lower_.endswith("ation")):
            return t
    return None


_ACCUSING_VERBS = word_set("accusing_verbs")


def attributed(text: str, verb: Token, name_pronoun: Callable[[str, Span], str]) -> str:
    """The event with who alleges it, never told as a fact: 'According to Norland, Valdoria's
    president had lost his mandate'; 'accused Valdoria of shelling the port' -> 'Norland accuses
    Valdoria of shelling the port'."""
    alleging = alleger(verb)
    who = _alleging_party(alleging, name_pronoun) if alleging is not None else None
    if alleging is None or not who or who.lower() in text.lower()[: len(who) + 2]:
        return text
    if _lower_in_article(text, verb):
        text = text[:1].lower() + text[1:]
    return _told_by(who, alleging, verb, text)


def _told_by(who: str, alleging: Token, verb: Token, text: str) -> str:
    """'Norland accuses Valdoria of shelling the port', else 'According to Norland, ...'."""
    accused = next((c for c in alleging.children if c.dep_ == "dobj"), None)
    if alleging.lemma_.lower() in _ACCUSING_VERBS and accused is not None and verb.dep_ == "pcomp":
        return f"{who} accuses {joined(list(accused.subtree))} of {text}"
    return f"According to {who}, {text}"


def _alleging_party(alleging: Token, name_pronoun: Callable[[str, Span], str]) -> str | None:
    """Who alleges: the subject of the verb, or the owner of the noun ('Norland's allegation')."""
    subject = _who_alleges(alleging)
    if subject is None:
        return None
    words = [t for t in subject.subtree if t.dep_ not in ("det", "punct", "relcl", "appos") and t.i < alleging.i]
    who = joined(words)
    if who and subject.pos_ == "PRON":
        named = name_pronoun(who + " x", sentence_of(subject))[:-2]
        # A pronoun no party stands behind ('we', a 'they' with no antecedent) names no one: the line
        # stays unattributed rather than read "According to we".
        return named if named != who else None
    return who


def _who_alleges(alleging: Token) -> Token | None:
    """The subject of the verb of alleging, or the owner of the noun ('Norland's allegation')."""
    subject = next((c for c in alleging.children if c.dep_ == "nsubj"), None)
    if subject is None and alleging.pos_ == "NOUN":
        subject = next((c for c in alleging.children if c.dep_ == "poss"), None)
    return subject


def _lower_in_article(text: str, verb: Token) -> bool:
    """The event's first word is capitalised only because it opens the line."""
    first = text.split(" ", 1)[0]
    sent = sentence_of(verb)
    return any(t.text == first[:1].lower() + first[1:] and t.i != sent.start for t in tokens_in(sent))


MAX_REPORTER_WORDS = 6


def reporter(pronoun: Token) -> str | None:
    """'The union said it would strike': the pronoun is the subject of the verb that reports its
    clause, not the last name in the story ('Harborline')."""
    reporter = _reporting_subject(pronoun)
    if reporter is None or reporter.pos_ == "PRON" or reporter.i > pronoun.i:
        return None
    entity = next((e for e in entities_of(pronoun.doc) if e.start <= reporter.i < e.end), None)
    if entity is not None:
        return entity.text
    # without its clauses and apposition, whole: "the tribunal, whose judges were sworn in last autumn, told"
    skip = {t.i for c in reporter.children if c.dep_ in ("relcl", "appos", "acl") for t in c.subtree}
    words = [t for t in reporter.subtree if t.i not in skip and t.dep_ != "punct"]
    if len(words) > MAX_REPORTER_WORDS:
        return None
    text = joined(words)
    return text[:1].upper() + text[1:]


def _reporting_subject(pronoun: Token) -> Token | None:
    """The subject of the verb that reports the clause the pronoun is the subject (or owner) in."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass", "poss"):
        return None
    verb = clause_verb(pronoun.head) if pronoun.dep_ == "poss" else pronoun.head
    if verb is None or verb.dep_ not in ("ccomp", "xcomp", "advcl"):
        return None
    # "the line set out plans to drop the route if its partner has not ...": a condition's pronoun is the subject
    # of the clause the condition hangs from, which may lend it to an infinitive ("to act")
    frame = verb.head
    for _ in range(MAX_FRAME_CLIMB):
        subject = next((c for c in frame.children if c.dep_ == "nsubj"), None)
        if subject is None and _a_sentence_read_as_a_noun(frame):
            return frame.head  # "The regulator, whose ..., announced that it ...": the noun is the subject
        if subject is not None or frame.dep_ != "xcomp":
            return subject
        frame = frame.head
    return None


MAX_FRAME_CLIMB = 3  # "wanted to try to act": the subject of the frames above an infinitive


def _a_sentence_read_as_a_noun(frame: Token) -> bool:
    """A long subject can make the parser take the whole sentence for a noun phrase, its verb for a
    participle on that noun ('The regulator, whose chair ..., announced that ...'): the noun is then the
    sentence's root and the verb that reports hangs from it."""
    head = frame.head
    return frame.dep_ == "acl" and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN") and head.i < frame.i


_CONDITION_MARKS = word_set("event_condition_marks")


def marked_condition(clause: Token) -> bool:
    """The clause opens on a mark of condition ('if', 'unless', 'provided'): one home for the check the
    possibility test and the event wording both make."""
    return any(c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in clause.children)


def joined(tokens: list[Token]) -> str:
    """Tokens back to text with the article's own spacing: 'highest-ranking', not 'highest - ranking'."""
    out = []
    for i, t in enumerate(tokens):
        adjacent = i + 1 < len(tokens) and tokens[i + 1].i == t.i + 1
        out.append(t.text_with_ws if adjacent else t.text + " ")
    return "".join(out).strip()


def clause_verb(tok: Token) -> Token | None:
    """The verb of the clause a token sits in; a 'be' heading its own clause counts ('there will be no
    treaty soon'), an auxiliary of another verb does not."""
    for t in [tok, *tok.ancestors]:
        if t.pos_ == "VERB" or (t.pos_ == "AUX" and t.dep_ not in ("aux", "auxpass")):
            return t
    return None
