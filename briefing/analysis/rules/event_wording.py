"""How a dated event is worded: the clause that holds its date (who does what), or its event noun,
without the date, trimmed to a few words that read as the event's name."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from briefing.analysis.dates import EVENT_NOUNS
from briefing.analysis.dates.dated_nouns import event_a_participle_qualifies, event_sent_to
from briefing.analysis.doctext import dateline_spans, span_text, text_of
from briefing.analysis.rules.condense.gate import lacking
from briefing.analysis.rules.event_frames import clause_verb, joined, marked_condition
from briefing.analysis.rules.event_parts import (
    moved_thing_named,
    puts_a_question,
    source_of_a_coming,
    without_asides,
)
from briefing.lang import LanguageProfile, active_profile, per_language, word_set


@per_language
def _dangling(profile: LanguageProfile) -> re.Pattern[str]:
    """The function words an event's name must not end on ("a meeting on")."""
    words = profile.alternation("dangling_words")
    return re.compile(rf"(?:\s+(?:{words}))+$", re.IGNORECASE)


MAX_EVENT_WORDS = 16
MIN_CUT_WORDS = 6  # a line cut back to a phrase's end keeps at least this many words


_PHRASE_OPENERS = word_set("phrase_opening_words")


def within_the_limit(words: list[str]) -> list[str]:
    """At most MAX_EVENT_WORDS words, cut before the last phrase or clause that would not fit whole
    ('in', 'unless', 'that'), never inside one ("holdings in the bank's companies X", "a bonus and a")."""
    if len(words) <= MAX_EVENT_WORDS:
        return words
    openers = _PHRASE_OPENERS
    for k in range(MAX_EVENT_WORDS, MIN_CUT_WORDS - 1, -1):
        # the kept words must not end inside a phrase of their own ('as soon | as', 'in the | after')
        if words[k].lower() in openers and not any(w.lower() in openers for w in words[k - 2 : k]):
            return words[:k]
    return words[:MAX_EVENT_WORDS]


PARTICIPANT_DEPS = word_set("grammar/participant_deps")
_EVENT_PARTS = word_set("grammar/event_parts")
_BE_LEMMAS = word_set("be_lemmas")


_ARTICLES = word_set("articles")


def undated_description(noun: Token) -> str:
    """The event as a noun phrase: 'Fourth session', 'Next session of talks in Port Arlen'."""
    words = _noun_phrase_words(noun)
    text = _trimmed(" ".join(within_the_limit(joined(words).split())))
    verb = noun.head if noun.dep_ in PARTICIPANT_DEPS else None
    if len(words) == 1 and verb is not None and verb.pos_ == "VERB":
        # A bare "talks" says little; its verb says what happens: "Talks resume", "Hold a vote".
        text = f"{text} {_verb_group(verb)}" if noun.dep_.startswith("nsubj") else f"{verb.lemma_} {text}"
    return _capitalised(_dangling().sub("", text))


def _verb_group(verb: Token) -> str:
    """The verb after its subject as the text tells it, with its auxiliaries: 'will continue', 'will
    be held' (a bare lemma reads 'Strike continue', 'Discussion hold'); 'resume' when it has none."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i]
    return " ".join(t.text for t in [*auxes, verb]) if auxes else verb.lemma_


def _noun_phrase_words(noun: Token) -> list[Token]:
    """The noun with its modifiers, without its clauses, apposition, punctuation or leading article."""
    cut = [c for c in noun.children if c.dep_ in ("relcl", "acl", "appos", "punct") or _relative_phrase(c)]
    skip = {t.i for c in cut for t in c.subtree}
    return [t for t in noun.subtree if t.i not in skip and not (t.i < noun.i and t.lower_ in _ARTICLES)]


def _relative_phrase(child: Token) -> bool:
    """'a round of which ...', 'whose opening session': a relative word, or a phrase whose object is one,
    opens a clause; it is no part of the noun's name."""
    if child.tag_ == "WP$":
        return True  # "whose opening session": the session, not whose
    return child.dep_ == "prep" and any(c.dep_ == "pobj" and c.tag_ in ("WDT", "WP") for c in child.children)


def describe(
    sent: Span, start: int, end: int, *, whole_clause: bool = False, ahead: bool = False, undated: bool = False
) -> str:
    """The event in a few words: who does what, from the clause that holds the date, without the date.
    With `whole_clause`, the clause even when the date dates a noun of it: what is alleged is the
    clause ('had rigged the February vote'), not the vote. With `ahead`, an event still to come that a
    side wants is told with who wants it."""
    doc = sent.doc
    span = doc.char_span(start, end, alignment_mode="expand")
    noun = (
        _event_noun_holding(span) or _event_a_participle_qualifies(span) or event_sent_to(span.root)
        if span is not None and not whole_clause
        else None
    )
    if span is not None and noun is not None:
        return _described_by_noun(noun, span)
    verb = clause_verb(span.root) if span is not None else None
    words = _clause_text(verb, span, ahead=ahead, undated=undated).split() if span is not None else []
    if len(words) < 3:
        words = _phrase_around(sent, start, end).split()
    text = " ".join(within_the_limit(words))
    text = _trimmed(re.sub(r"\s+([’',.])", r"\1", text))
    text = _dangling().sub("", text)  # "a meeting on" once its date is taken out
    return text[:1].upper() + text[1:] if text else span_text(sent).strip()[:80]


def _clause_text(verb: Token | None, span: Span, *, ahead: bool = False, undated: bool = False) -> str:
    """Who does what in the clause of the date's verb, without the date; with `undated` (words such as
    'as soon as' that set no time), the clause keeps those words, which say when it happens."""
    if verb is None:
        return ""
    verb = _finite_above_a_gerund(verb)
    relative = verb if _free_relative(verb) else None
    if relative is not None:
        verb = clause_verb(relative.head) or relative  # "will hold what X calls a sham vote on May 2": the holding
    if relative is not None and _finite(verb):
        # the holding and what is held, in the article's words: 'will hold what X calls a "sham" vote'
        return joined(_outside(sorted(_clause_parts(verb, span) | set(relative.subtree), key=lambda t: t.i), span))
    planned = _noun_of_passive_infinitive(verb)
    if planned is not None:  # "agreed on snap polls to be staged on May 3": the polls
        noun = _noun_words(planned)
        return joined(noun + [t for t in _clause_words(verb, span) if t.i > planned.i and t not in noun])
    verb = _act_it_completes(verb)
    granted = _time_granted(verb, span) if ahead else None
    if granted is not None:  # "gave the region until Friday to approve the deal"
        return granted
    if _finite(verb):
        words = _clause_words(verb, None if undated else span)
        return moved_thing_named(verb, (_wanted_by(verb) if ahead else []) + words)
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
        # ahead as behind, the date dates the noun: "the cup, scheduled for July 2 in Arlen" is the cup's
        # row, not "Scheduled for July 2 in Arlen" with the cup left out
        return _noun_and_participle(verb, span, places=ahead)
    return _participle_and_object(verb)


_GRANTING = word_set("granting_verbs")


def _time_granted(verb: Token, date: Span) -> str | None:
    """'Norland gave Valdoria until Friday to pull its boats out': the date ends the time granted, so the
    row is the deadline for the one granted it to act ('Deadline for Valdoria to pull its boats out'),
    not 'Norland gave Valdoria'. None unless a verb of granting takes the date, whom and what for."""
    if verb.lemma_.lower() not in _GRANTING or not any(date.start <= t.i < date.end for t in verb.subtree):
        return None
    who = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
    act = next((c for c in verb.children if c.dep_ in ("advcl", "xcomp") and _an_infinitive(c)), None)
    if who is None or act is None or any(date.start <= t.i < date.end for t in (*who.subtree, *act.subtree)):
        return None
    # the act alone, not the alternative joined to it ('to yield to the demands [or face a vote]')
    joined_on = {t.i for c in act.children if c.dep_ in ("conj", "cc") for t in c.subtree}
    what = [t for t in act.subtree if t.i not in joined_on]
    text = active_profile().say("deadline_for", who=f"{joined(list(who.subtree))} {joined(what)}")
    return _capitalised(text)


def _an_infinitive(verb: Token) -> bool:
    return any(a.lower_ in _INFINITIVE_MARKS for a in verb.children)


def _act_it_completes(verb: Token) -> Token:
    """'will stop selling its fuel from August 1': a gerund or bare infinitive that completes a finite
    verb tells the act only with that verb ('stop', 'halt', 'keep', 'start'), so the line is the finite
    verb's clause: 'Norland will stop selling its fuel', never 'Selling its fuel'."""
    head = verb.head
    if _finite(verb) or verb.dep_ != "xcomp" or head.i == verb.i or head.pos_ not in ("VERB", "AUX"):
        return verb
    return head if _finite(head) and head.tag_ not in ("VBG", "VBN") else verb


def _finite_above_a_gerund(verb: Token) -> Token:
    """'a walkout, which the guild has called for starting on Friday': the gerund under a preposition
    says only when; the finite verb above it tells who does what ('a walkout which the guild has
    called for')."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or any(c.dep_.startswith("aux") for c in verb.children):
        return verb
    above = verb.head.head  # only a relative clause's verb: its noun, the event, then opens the row
    return above if above.dep_ == "relcl" and above.pos_ in ("VERB", "AUX") and _finite(above) else verb


def _noun_and_participle(verb: Token, date: Span, *, places: bool = False) -> str:
    """'follows a census of the stock carried out in January': the date dates the census, so the line
    is the noun and its participle ('A census of the stock carried out'), not the clause around it.
    With `places` (an event to come), the noun and where it is held: 'The vote in Arlen' of 'the vote,
    scheduled for May 2 in Arlen' (the participle of its planning says no more than the date did)."""
    noun = verb.head
    skip = {t.i for c in noun.children if c.dep_ in ("relcl", "appos", "punct", "acl") for t in c.subtree}
    phrase = [t for t in noun.subtree if t.i not in skip]
    if places:
        phrase += [t for c in verb.children if c.dep_ == "prep" and _only_a_place(c, date) for t in c.subtree]
    else:
        phrase += [verb, *(c for c in verb.children if c.dep_ == "prt")]
    return joined(_outside(sorted(phrase, key=lambda t: t.i), date))


def _only_a_place(prep: Token, date: Span) -> bool:
    """A phrase of the verb that names a place and holds no date ('to Aug. 20 in Arlen' ends a range)."""
    return _names_a_place(prep) and not any(
        date.start <= t.i < date.end or t.ent_type_ in ("DATE", "TIME") or t.like_num for t in prep.subtree
    )


_WANTING = word_set("wanting_verbs")
_INFINITIVE_MARKS = word_set("infinitive_marks")


def _wanted_by(verb: Token) -> list[Token]:
    """'Valdoria wants the ministers to endorse the draft': who wants it and the wanting, so the
    line does not open on 'The ministers to endorse'."""
    frame = verb.head
    if verb.dep_ != "ccomp" or frame.lemma_.lower() not in _WANTING:
        return []
    if not any(c.lower_ in _INFINITIVE_MARKS for c in verb.children):
        return []
    subject = next((c for c in frame.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return []
    return [*subject.subtree, frame]


def _participle_and_object(verb: Token) -> str:
    """'efforts aimed at reaching a truce by Easter': the participle and its object."""
    parts = [verb, *(t for c in verb.children if c.dep_ in ("dobj", "prt", "attr") for t in c.subtree)]
    return joined(sorted(parts, key=lambda t: t.i))


def _described_by_noun(noun: Token, date: Span) -> str:
    """'ahead of a fifth round of talks in Port Arlen later this week': the round is the event."""
    end = _range_end(date)  # "the June 24-25 summit": without '-25' too
    phrase = [t for t in noun.subtree if not (date.start <= t.i < end)]
    text = _trimmed(" ".join(within_the_limit(joined(phrase).split())))
    return _capitalised(_dangling().sub("", re.sub(r"^['’]s\s+", "", text)))


_QUOTE_MARKS = "“”\"‘’'"


def _free_relative(verb: Token) -> bool:
    """'what Norland calls a sham vote': a clause that only names a thing, inside the clause that acts."""
    return verb.dep_ == "ccomp" and any(c.tag_ in ("WP", "WDT") and c.dep_ == "dobj" for c in verb.children)


def _trimmed(text: str) -> str:
    """Without the punctuation cut at either end; a quotation mark goes only when it has no pair,
    so the article's scare quotes stay: 'a "consultative" referendum', 'what it calls a "sham"'."""
    text = text.strip(" ,;:")
    while text and text[0] in _QUOTE_MARKS and _unpaired(text):
        text = text[1:].strip(" ,;:")
    while text and text[-1] in _QUOTE_MARKS and _unpaired(text):
        text = text[:-1].strip(" ,;:")
    return text


def _unpaired(text: str) -> bool:
    doubles = sum(text.count(q) for q in '“”"')
    return doubles % 2 == 1 or (text[0] in "‘" and "’" not in text[1:])


def _finite(verb: Token) -> bool:
    """A verb that tells its clause; 'a census taken in May', a participle the parse gives its own subject,
    does too, unless it is what someone wants ('want the quotas restored in May' tells no restoring)."""
    if verb.tag_ not in ("VBG", "VBN") or any(c.dep_.startswith("aux") for c in verb.children):
        return True
    return any(c.dep_ == "nsubj" for c in verb.children) and verb.head.lemma_.lower() not in _WANTING


def _subject_and_holder(verb: Token) -> tuple[list[Token], Token]:
    """'the envoys are due to meet': the envoys meet, though their verb is 'are'. Two slips of the
    parse are mended: the subject hung on an adverb of the verb ('the party will likely back', with
    'party' under 'likely'), and a noun's 'due to' hung on the clause before ('was sent a summons to a
    sitting of the panel due to open on May 4': the sitting opens)."""
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    holder = verb
    while not subj and holder.dep_ in ("xcomp", "conj", "acomp") and holder.head.i != holder.i:
        holder = holder.head
        subj = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subj:
        return subj, holder
    adverb = next((c for c in verb.children if c.dep_ == "advmod" and _has_subject(c)), None)
    if adverb is not None:
        return [c for c in adverb.children if c.dep_ in ("nsubj", "nsubjpass")], adverb
    noun = _noun_before_due(holder)
    return ([noun], holder) if noun is not None else (subj, holder)


_DUE = word_set("due_words")


def _has_subject(tok: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _noun_before_due(holder: Token) -> Token | None:
    """The noun phrase that ends right before a 'due' the parse hung elsewhere: its highest noun."""
    if holder.lower_ not in _DUE or holder.pos_ in ("VERB", "AUX") or holder.i == 0:
        return None
    last = holder.doc[holder.i - 1]
    if last.pos_ not in ("NOUN", "PROPN"):
        return None
    noun = last
    # up through 'of' ('a sitting of the panel'), never through another preposition ('a summons to')
    while noun.dep_ == "pobj" and noun.head.lower_ in _OF and noun.head.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head.head
    return noun


_OF = word_set("of_prepositions")


def _clause_words(verb: Token, date: Span | None) -> list[Token]:
    """Who does what in the clause of a finite verb, without the date and any dateline."""
    tokens = _outside(sorted(_clause_parts(verb, date), key=lambda t: t.i), date)
    if verb.dep_ in ("acl", "relcl", "xcomp") and verb.head.pos_ in ("NOUN", "PROPN"):
        tokens = _noun_first(verb, tokens)
    tokens = _completed_row(_without_remnants(tokens, verb), date)
    return [t for t in tokens if t.dep_ != "punct" or t.text in ("-", "–")]


def _without_remnants(tokens: list[Token], verb: Token) -> list[Token]:
    """'hosted a meeting at the shrine, in which X': words after the verb whose own clause verb was
    left out ('in which X' of 'in which X refused to ...') are what is left of a clause; they go."""
    kept = {t.i for t in tokens}
    return [t for t in tokens if t.i <= verb.i or _clause_head(t) is None or _clause_head(t).i in kept]


def _clause_head(token: Token) -> Token | None:
    """The verb of the clause a word stands in, if any ('refused' for 'X' in 'in which X refused')."""
    return next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX") and a.dep_ not in ("aux", "auxpass")), None)


def _completed_row(tokens: list[Token], date: Span | None) -> list[Token]:
    """'Arlen will meet' of 'will meet with the harbour board on Friday': what a kept verb needs
    and lost (the gate's check) goes back, when it holds none of the date and the row still fits."""
    if not tokens:
        return tokens
    kept = {t.i for t in tokens}
    whole = dict.fromkeys(kept)
    for part in lacking(tokens):
        words = {t.i for t in part.subtree}
        next_to = part.left_edge.i - 1 in kept or part.right_edge.i + 1 in kept
        if next_to and not (date is not None and any(date.start <= i < date.end for i in words)):
            whole.update(dict.fromkeys(words))
    if len(whole) == len(kept) or sum(1 for i in whole if not tokens[0].doc[i].is_punct) > MAX_EVENT_WORDS:
        return tokens
    return [tokens[0].doc[i] for i in sorted(whole)]


def _noun_first(verb: Token, tokens: list[Token]) -> list[Token]:
    """'a vote scheduled for Friday': the noun the clause hangs from comes first. 'the Asia Cup in
    Norland which starts on May 3': the noun stands for the relative pronoun ('Asia Cup in Norland
    starts'), so the line does not open on 'which'."""
    relative = _relative_subject(verb)
    if relative is not None:
        head_np = _noun_words(verb.head)[-MAX_HEAD_WORDS:]
        pronoun = set(relative.subtree)
        return head_np + [t for t in tokens if t not in head_np and t not in pronoun]
    head_np = [t for t in verb.head.subtree if t.i < verb.i and t.dep_ not in ("punct",)][-6:]
    return head_np + [t for t in tokens if t not in head_np]


def _noun_of_passive_infinitive(verb: Token) -> Token | None:
    """'elections to be held': the noun right before the 'to' of a passive infinitive, however the
    parse hangs the infinitive."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ != "VBN" or len(auxes) != 2 or auxes[0].lower_ not in _INFINITIVE_MARKS:
        return None
    before = verb.doc[auxes[0].i - 1] if auxes[0].i > 0 else None
    return before if before is not None and before.pos_ == "NOUN" else None


def _relative_subject(verb: Token) -> Token | None:
    """'which' or 'who' as the subject of a relative clause on a common noun, if so."""
    head = verb.head
    if verb.dep_ != "relcl" or head.pos_ != "NOUN" or head.ent_type_ in ("DATE", "TIME"):
        return None
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _RELATIVES), None)


def _noun_words(noun: Token) -> list[Token]:
    """The noun with its modifiers, without its clauses, apposition, punctuation or opening article."""
    skip = {t.i for c in noun.children if c.dep_ in ("relcl", "appos", "punct") for t in c.subtree}
    return [t for t in noun.subtree if t.i not in skip and not (t.i == noun.left_edge.i and t.dep_ == "det")]


MAX_HEAD_WORDS = 8  # the noun a relative clause hangs from, with its own modifiers
_RELATIVES = word_set("replaceable_relatives")


_TOPIC_PREPOSITIONS = word_set("topic_prepositions")


def _clause_parts(verb: Token, date: Span | None) -> set[Token]:
    subj, holder = _subject_and_holder(verb)
    parts = {t for c in subj for t in without_asides(c)} | {verb}
    for child in verb.children:
        if child.dep_ in _EVENT_PARTS or (child.dep_ == "prep" and _names_a_place(child)):
            parts |= set(child.subtree)
        elif _particle_adverb(child, verb) or (child.i > verb.i and _condition_of(child)):
            parts |= set(child.subtree)  # "will walk out", "unless the owners raise their offer"
    parts |= _copular_predicate(verb, date)
    parts |= _bound_phrase(verb, date)
    parts |= _awaited_event(verb, date)
    parts |= _topic_without_object(verb)
    if holder.i != verb.i and subj:
        parts |= _joining_words(verb, subj)
    if holder.dep_ == "advmod" and holder.head.i == verb.i:
        # "the party will likely back": the adverb the parse hung the subject on keeps its auxiliary
        parts |= {holder, *(c for c in holder.children if c.dep_ in ("aux", "neg"))}
    return parts


_PARTICLE_ADVERBS = word_set("particle_adverbs")


def _particle_adverb(child: Token, verb: Token) -> bool:
    """'walk out', read as a verb and an adverb: the adverb right after the verb, or right after its
    object ('summon the envoys back to the capital'), completes it."""
    if child.dep_ != "advmod" or child.lower_ not in _PARTICLE_ADVERBS:
        return False
    after_object = any(c.dep_ == "dobj" and c.right_edge.i + 1 == child.i for c in verb.children)
    return child.i == verb.i + 1 or after_object


MAX_CONDITION_WORDS = 8  # "unless the owners raise their offer"; a longer one would be cut mid-clause


def _condition_of(child: Token) -> bool:
    """'unless the owners raise their offer': the condition the event hangs on stays with it, when
    it is short enough to stay whole in the line (and follows the verb: a leading "if ...," would
    lose its comma)."""
    if child.dep_ != "advcl" or len(list(child.subtree)) > MAX_CONDITION_WORDS:
        return False
    return marked_condition(child)


MAX_BOUND_WORDS = 4  # "go into effect", "go on strike", "take part in the talks"


def _bound_phrase(verb: Token, date: Span | None) -> set[Token]:
    """'the levies will come into force next week': the short phrase right after the verb (or its
    particle) completes it; without it the line reads 'The levies will come'."""
    after = max([verb.i, *(c.i for c in verb.children if c.dep_ == "prt")]) + 1
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.i == after), None)
    if prep is None or (date is not None and any(date.start <= t.i < date.end for t in prep.subtree)):
        return set()
    words = list(prep.subtree)
    if len(words) > MAX_BOUND_WORDS or any(t.ent_type_ in ("DATE", "TIME") or t.like_num for t in words):
        return set()  # "start from 1 April": another date is no part of the act
    subject, _holder = _subject_and_holder(verb)
    return set(words) if subject else set()  # a clause the parse left without its subject keeps its wording


def _topic_without_object(verb: Token) -> set[Token]:
    """'warned of possible renewed strikes': with no object, the 'of' phrase says what; so does a
    phrase that holds the question put ('will vote on whether to call a strike': what the vote is on)."""
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") for c in verb.children):
        return set()
    topics = {
        t
        for c in verb.children
        if c.dep_ == "prep" and (c.lower_ in _TOPIC_PREPOSITIONS or puts_a_question(c))
        for t in c.subtree
    }
    return topics | source_of_a_coming(verb)


def _joining_words(verb: Token, subj: list[Token]) -> set[Token]:
    """'We are ready to sign', 'the envoys are due to meet': the words that join the subject to a
    verb held by another, when they are few."""
    first = min(t.i for c in subj for t in c.subtree)
    return set(verb.doc[first : verb.i + 1]) if verb.i - first <= MAX_JOINING_WORDS else set()


MAX_JOINING_WORDS = 8  # "the envoys are due to meet": further apart, the words between say more


def _outside(tokens: list[Token], date: Span | None) -> list[Token]:
    """The tokens that are neither the date's nor a dateline's."""
    skip = dateline_spans(text_of(tokens[0].doc)) if tokens else []
    end = _range_end(date) if date is not None else 0
    return [
        t
        for t in tokens
        if not (date is not None and date.start <= t.i < end) and not any(s <= t.idx < e for s, e in skip)
    ]


_RANGE_DASHES = frozenset({"-", "–", "—"})


_DAY_PARTS = word_set("day_part_words")


def _range_end(date: Span) -> int:
    """Where the date's words end, with the last day of a range glued to it ('June 24-25') or the part
    of the day after it ('Thursday night'): a line without the date must not keep '-25' or 'night'."""
    doc = date.doc
    end = date.end
    if end < len(doc) and doc[end].lower_ in _DAY_PARTS:
        return end + 1
    if end + 1 < len(doc) and doc[end].text in _RANGE_DASHES and doc[end + 1].like_num:
        return end + 2
    if end < len(doc) and doc[end].text[:1] in _RANGE_DASHES and doc[end].text[1:].isdigit():
        return end + 1
    return end


# "ahead of the vote in November": what the date qualifies is the event the clause waits for.
_AWAITING = word_set("awaiting_words")


def _awaited_event(verb: Token, date: Span | None) -> set[Token]:
    """'would keep its troops in place ahead of the vote in November': the qualifier stays with the
    date, so the line reads 'would keep its troops ahead of the vote', not 'would keep its troops'."""
    if date is None:
        return set()
    for child in verb.children:
        if child.dep_ in ("prep", "advmod") and child.lower_ in _AWAITING and child.i < date.start:
            last = max(t.i for t in child.subtree)
            if date.start - last <= 2 or date.start <= last:
                return set(child.subtree)
    return set()


def _copular_predicate(verb: Token, date: Span | None) -> set[Token]:
    """'The dockers will be in a legal strike position on Friday': with 'be', the first phrase after
    it that is not the date says what happens."""
    if verb.lemma_ not in _BE_LEMMAS:
        return set()
    for child in verb.rights:
        if child.dep_ == "prep":
            # the date's own words drop out later; a phrase that is only the date says nothing
            rest = [t for t in child.subtree if date is None or not date.start <= t.i < date.end]
            if len(rest) > 1:
                return set(rest)
    return set()


def _event_noun_holding(span: Span) -> Token | None:
    """An event noun ('round', 'summit', 'talks') that the date modifies directly, before any verb."""
    for tok in span.root.ancestors:
        if tok.pos_ in ("VERB", "AUX"):
            return None
        if tok.lemma_.lower() in EVENT_NOUNS:
            return tok
    return None


def _event_a_participle_qualifies(span: Span) -> Token | None:
    """'the Kestrel dockers announced a stoppage at three ports, beginning Monday': the stoppage,
    which the participle that holds the date qualifies (the date finder's own test)."""
    verb = clause_verb(span.root)
    return event_a_participle_qualifies(verb) if verb is not None else None


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _names_a_place(prep: Token) -> bool:
    return any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in prep.subtree)


def _phrase_around(sent: Span, start: int, end: int) -> str:
    """The words between the punctuation on either side of a date: 'the three weeks left before ...'."""
    text = text_of(sent.doc)
    left = max(text.rfind(c, sent.start_char, start) for c in ',;:“”"(')
    right_candidates = [i for i in (text.find(c, end, sent.end_char) for c in ',;:“”")') if i != -1]
    right = min(right_candidates) if right_candidates else sent.end_char
    return " ".join(text[max(left + 1, sent.start_char) : right].split())
