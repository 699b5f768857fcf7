"""Items as propositions: what a side does or wants, in at most twenty words.

The text of a position or precondition is rebuilt from the parse of its sentence:
the attribution frame ("X said", "according to X"), discourse connectives
("But", "Meanwhile") and parentheticals go; negation, modality and the object
stay; a leading pronoun becomes the name it stands for. A clause that is still
too long loses its optional parts (relative clauses, appositions, adverbials)
until the main predicate with its object remains. Nothing is ever cut with an
ellipsis, and the evidence is never touched: only the words shown change.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from briefing.analysis.doctext import children_of, lower_words_of, sentence_of, stage_cache, tokens_in
from briefing.analysis.rules.condense.addressed import without_address
from briefing.analysis.rules.condense.empty import calls_that_its_stance, points_elsewhere, said_instead
from briefing.analysis.rules.condense.fitting import (
    ASKED_PREPOSITIONS,
    COMPLEMENTS,
    CONDITION_WORDS,
    DEMAND_VERBS,
    HEDGES,
    core_proposition,
    first_word_of_a_name,
    fit,
    strip_openers,
    tidy_edges,
    without_second_report,
)
from briefing.analysis.rules.condense.frames import (
    content_tokens,
    ends_a_marker,
    is_reporting,
    marked_clause_words,
    sentence_words,
    span_of_tokens,
    told_to_act,
    without_frame,
)
from briefing.analysis.rules.condense.gate import (
    CLOSING_FUNCTION_WORDS,
    OPENING_REFERRERS,
    completed,
    conditions_lost,
    cut_short,
    readable,
    whole_enough,
    words_of,
)
from briefing.analysis.rules.condense.polarity import ended, refused
from briefing.analysis.rules.condense.ranking import MAX_ITEM_WORDS
from briefing.analysis.rules.condense.subjects import lost_subject, said_by, subject_left_behind, without_vague_subject
from briefing.analysis.rules.condense.wording import (
    demanded,
    main_predicate,
    others_in_a_quote,
    present_tense,
    render,
    small_clause,
    third_person,
    without_edges,
    word_count,
)
from briefing.analysis.rules.grammar import inverted_if
from briefing.lang import LanguageProfile, per_language, word_keys, word_set

CONDITION_MARKERS = word_keys("condition_markers")

MIN_POINT_WORDS = 4  # fewer words than this is no point: fall back to the whole sentence
MIN_CONDITION_WORDS = 2  # "if talks resume": a condition may be short


# Words that open a condition clause and add nothing once the item is labelled a condition.
@per_language
def _condition_openers(profile: LanguageProfile) -> re.Pattern[str]:
    """A condition marker (longest first) and an optional 'that' opening a clause."""
    return re.compile(
        r"^(?:"
        + "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in sorted(CONDITION_MARKERS, key=len, reverse=True))
        + r")(?:\s+(?:"
        + profile.alternation("that_complementisers")
        + r"))?\s+",
        re.IGNORECASE,
    )


# Markers of a conditional clause inside a stance: the position leaves them to the precondition.
_CONDITION_MARKS = word_set("condition_marks")


def condensed(
    statement,
    marker: int | None = None,
    span: tuple[int, int] | None = None,
    polarity: str = "",
    conditioned: bool = True,
) -> str:
    """The point of a statement in at most twenty words.

    With `marker`, the condition that starts there (the precondition); with `span`, the clause
    given; otherwise what was said, without any conditional clause it holds (the position) when the
    statement is `conditioned` (its condition is a point of its own). A condition of `polarity` "no"
    reads "No X"; "ended", that its clause stops holding."""
    sent: Span = statement.sent
    is_condition = marker is not None or span is not None
    tokens = _point_words(statement, marker, span, conditioned)
    if word_count(tokens) < (MIN_CONDITION_WORDS if is_condition else MIN_POINT_WORDS):
        tokens = strip_openers(_without_asides(without_frame(sentence_words(sent), statement)))
    opened = tokens
    if not is_condition and calls_that_its_stance(tokens, statement.verb):
        return ""  # "This has been our view": the stance is in the sentence before, not in this line
    if is_condition:
        tokens = _without_condition_opener(tokens)
    # a stance whose condition is no point of its own keeps it, or is left out: never read as certain
    holds = not is_condition and not conditioned
    tokens = fit(without_vague_subject(tokens, statement), conditions=holds)
    if polarity:
        return _turned(tokens, statement, polarity)
    tokens = completed(tokens, MAX_ITEM_WORDS, conditions=holds)
    if not is_condition and points_elsewhere(tokens):
        # "held to her view, adding X": X is the point; "brushed aside that claim" is none
        tokens = completed(fit(said_instead(opened)), MAX_ITEM_WORDS)
        if word_count(tokens) < MIN_POINT_WORDS:
            return ""
    text = render(tokens, statement, present_tense(tokens) if is_condition else None)
    if not is_condition and demanded(tokens):
        text = _capitalise(_with_demand_verb(text, statement, tokens[0]))
    elif not is_condition and small_clause(tokens):  # 'the vote delayed': who wants it so
        text = _capitalise(_with_demand_verb(text, statement, tokens[0], that=False))
    if marker is not None and _verbless(tokens):
        text = _with_its_stance(opened, statement) or text
    text = _capitalise(_balanced_quotes(without_edges(text)))
    return _shown(text, tokens, opened, statement, is_condition, holds)


def _shown(text: str, tokens: list[Token], opened: list[Token], statement, is_condition: bool, holds: bool) -> str:
    """The point if it reads alone, else its fallback."""
    if _reads_alone(text, tokens, is_condition, statement.sent, holds):
        return text
    lost = holds and bool(conditions_lost(tokens))
    garbled = lost or not (is_condition or whole_enough(text, tokens))
    return _fallback(text, tokens, opened, statement, is_condition, lost, garbled)


def _point_words(statement, marker: int | None, span: tuple[int, int] | None, conditioned: bool) -> list[Token]:
    """The words of the point before it is fitted: the condition, the clause or what was said, with
    its subject and modality, without its frame, condition clauses, label, asides and openers."""
    tokens = content_tokens(statement, marker, span)
    if marker is None:
        tokens = _with_subject_and_modality(tokens)
    tokens = without_frame(tokens, statement)
    if marker is None and span is None and conditioned:
        # "left the meeting without any purpose": a marker word that set no condition stays
        tokens = _without_condition_clauses(_before_condition_marker(tokens))
    if span is not None:
        tokens = _demanded_thing(tokens)
    return strip_openers(_without_asides(without_second_report(tokens)))


def _fallback(
    text: str,
    tokens: list[Token],
    opened: list[Token],
    statement,
    is_condition: bool,
    holds: bool = False,
    cut: bool = False,
) -> str:
    """A point that does not read alone (`text`, made of `tokens`): a condition's whole marked clause, else
    the gate's fallback, else the text without an open end; with `holds`, a stance that lost what it holds on
    is left out rather than read as certain, and with `cut`, one that lost its main clause or a part
    a word needs is left out rather than shown garbled."""
    marked = _capitalise(_balanced_quotes(without_edges(render(fit(opened), statement)))) if is_condition else ""
    if marked and _reads_alone(marked, fit(opened), is_condition, statement.sent):
        return marked  # "As long": a cut condition falls back to its whole marked clause first
    trimmed = lightly_trimmed(statement, conditions=holds) or lightly_trimmed(statement, strict=False, conditions=holds)
    if trimmed or cut or holds:
        return trimmed or ""
    # the last resort opening on 'it' or 'they' ('it remains to be decided whether ...') says who says it;
    # with no one to name, a line opening on a word pointing back names nothing and is left out
    # nor does one whose subject went with a word pointing back ('Included a pay rise', of 'That included ...')
    last = said_by(statement, without_open_end(text), tokens)
    words = words_of(last)
    lost = set(words[:1]) & OPENING_REFERRERS or lost_subject(words, statement.sent)
    lost = lost or subject_left_behind(words, statement.sent)
    return "" if lost else last


def _with_demand_verb(text: str, statement, first: Token, that: bool = True) -> str:
    """'the board drop its plan' is what was demanded, not a stance: as a position it keeps who
    demanded it ('Iza insisted that the board drop its plan'); a small clause keeps who wants it so,
    without 'that' ('the vote delayed' -> 'the league wants the vote delayed')."""
    verb, who = statement.verb, statement.speaker or (statement.party.name if statement.party else None)
    if verb is None or not who or verb.pos_ != "VERB":
        return text
    clause = text if first.pos_ == "PROPN" else text[:1].lower() + text[1:]
    said = third_person(verb.lower_) if verb.tag_ == "VBP" else verb.text  # one name: 'wants', not 'want'
    whole = f"{who} {said} {'that ' if that else ''}{clause}"
    return whole if len(whole.split()) <= MAX_ITEM_WORDS + MAX_STANCE_OVERRUN else text


def _verbless(tokens: list[Token]) -> bool:
    """No verb at all: a condition that is a bare noun phrase ('only after the withdrawal of the tanks')."""
    return not any(t.pos_ in ("VERB", "AUX") for t in tokens)


def _turned(tokens: list[Token], statement, polarity: str) -> str:
    """A condition the right way round: "no" reads "No X"; "ended", that its clause stops holding."""
    while tokens and (tokens[-1].pos_ in _HANGING_POS or tokens[-1].is_punct):
        tokens = tokens[:-1]  # "No timetable drawn up under": the words after it were cut in the article
    text = refused(tokens, statement) if polarity == "no" else ended(tokens, statement)
    return _capitalise(_balanced_quotes(without_edges(text)))


_HANGING_POS = frozenset({"ADP", "CCONJ", "SCONJ", "DET"})  # parts of speech that can only lead on


def _reads_alone(text: str, tokens: list[Token], is_condition: bool, sent: Span, holds: bool = False) -> bool:
    """The gate; a condition may be a noun phrase, never one that lost its subject ('Must be addressed')."""
    readable_ = readable(text, tokens, needs_predicate=not is_condition, conditions=holds)
    return readable_ and not lost_subject(words_of(text), sent)


_IN_PREPOSITIONS = word_set("in_prepositions")


def _with_its_stance(opened: list[Token], statement) -> str:
    """'only after the withdrawal of the tanks' is no proposition alone: a condition that is a bare
    noun phrase keeps the stance it conditions ('Valdoria would sign only after the withdrawal ...')."""
    if opened and opened[0].lower_ in _IN_PREPOSITIONS:
        return ""  # "in exchange for access to the ports": the terms of a trade; the offer is the position
    stance = stance_core(statement)
    if not stance:
        return ""
    clause = without_edges(render(opened, statement))
    if stance.split()[-1:] == clause.split()[:1] or stance.split()[-1:] == [clause.split()[0].lower()]:
        stance = stance.rsplit(" ", 1)[0]  # "is conditional" + "conditional on X": the word once
    if words_of(clause) and _holds_run(words_of(stance), words_of(clause)):
        return stance  # "no deal without a vote": the stance holds the condition already; never twice
    text = stance + " " + (clause[:1].lower() + clause[1:] if opened and opened[0].pos_ != "PROPN" else clause)
    return text if len(text.split()) <= MAX_ITEM_WORDS + MAX_STANCE_OVERRUN else ""


def _holds_run(words: list[str], run: list[str]) -> bool:
    """Whether `run` stands in `words` as one unbroken run."""
    n = len(run)
    return any(words[i : i + n] == run for i in range(len(words) - n + 1))


MAX_STANCE_OVERRUN = 4  # a condition with its stance may run a little past one point's length, no more


def lightly_trimmed(statement, *, strict: bool = True, conditions: bool = False) -> str | None:
    """The gate's fallback for a point that would be a fragment: the clause without its attribution
    frame, asides and openers, else the sentence itself, fitted to length; None if neither reads.
    Not `strict`, a clause that opens on a word pointing back will do: it is a whole sentence. Asked
    again of a statement (its stance, its condition, the fallback), the first answer is kept."""
    known = stage_cache(statement.sent.doc, "condense")
    found = known.get(key := ("lightly_trimmed", id(statement), strict, conditions))
    if found is None or found[0] is not statement:  # the statement kept with it: its id is not reused
        found = known[key] = (statement, _lightly_trimmed(statement, strict, conditions))
    return found[1]


def _lightly_trimmed(statement, strict: bool, conditions: bool) -> str | None:
    sent: Span = statement.sent
    for trimmed in (without_frame(sentence_words(sent), statement), sentence_words(sent)):
        said = without_second_report(without_address(trimmed))  # the frame kept, what is said to "you" not
        tokens = fit(strip_openers(_without_asides(said)), conditions=conditions)
        if strict:  # not strict, the point says who said it ('..., X said') on purpose
            tokens = _without_trailing_frame(tokens)
        text = _capitalise(_balanced_quotes(without_edges(render(tokens, statement))))
        if conditions and conditions_lost(tokens):
            continue  # what the stance holds on, cut: it would read as certain
        whole = whole_enough(text, tokens) and not points_elsewhere(tokens)
        if whole and readable(text, tokens, needs_predicate=strict, referrers=not strict):
            named = text if strict else said_by(statement, text, tokens)
            if named:  # '' when its subject points back to what the line never names
                return named
    return None


def _without_trailing_frame(tokens: list[Token]) -> list[Token]:
    """'workers are ready to meet, X said': the whole sentence fitted around a frame that follows what
    was said keeps what was said only. Only a reporting verb and its subject closing the words are a
    frame here: a verb that leads ('urged the union to ...') is the point itself."""
    words = [t for t in tokens if not t.is_punct]
    if len(words) < 2 or not is_reporting(words[-1]) or words[-1].dep_ != "ROOT":
        return tokens
    verb = words[-1]
    subject = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    if subject is None or not any(c.dep_ == "ccomp" and c.i < subject.i for c in children_of(verb)):
        return tokens
    said = [t for t in tokens if t.i < subject.left_edge.i]
    while said and said[-1].is_punct:
        said.pop()  # the comma and closing mark before the frame; 'agreed to' keeps its 'to'
    return said or tokens


# Words that can only lead on to more ("... better to negotiate and"). "before", "over" and the like
# may end a clause as adverbs ("never seen before"), but a reader who sees a point
# end on one takes it for cut off: the last resort drops them too ("never seen").
_OPEN_ENDS = CLOSING_FUNCTION_WORDS


def without_open_end(text: str) -> str:
    """The text without conjunctions, prepositions or articles left hanging at its end."""
    words = text.rstrip(" ,;:").split(" ")
    while len(words) > 1 and words[-1].lower().strip(",;:") in _OPEN_ENDS:
        words.pop()
    return " ".join(words).rstrip(" ,;:")


# --- which words ----------------------------------------------------------------------------------


_ARGUMENT_DEPS = word_set("grammar/argument_deps")


def _with_subject_and_modality(tokens: list[Token]) -> list[Token]:
    """What was done, with who does it and how surely: 'accept a deal' -> 'Norland may accept a deal';
    'to halve tariffs' (after 'offered') -> 'Valdoria offered to halve tariffs'."""
    main = main_predicate(tokens)
    if main is None or main.pos_ not in ("VERB", "AUX"):
        return tokens
    keep = {t.i for t in tokens}
    heads = [main]
    if _wanted_of_someone(main):
        # "wants the board to resign": 'the board to resign' cannot stand without who wants it
        heads.append(main.head)
        keep.add(main.head.i)
        keep |= _given_before(main.head, main)
    keep |= _arguments_before(heads)
    low, high = min(keep), max(keep)
    sent = sentence_of(main)
    first = tokens[0].i
    return [t for t in tokens_in(sent) if t.i in keep or (low <= t.i <= high and t.i > first)]


_GIVEN_DEPS = frozenset({"dative", "dobj"})


def _given_before(head: Token, main: Token) -> set[int]:
    """'has given the firm a month (to sell)': the one given and the thing given, between the verb and
    its infinitive; without them the line reads 'has given to sell'."""
    given = [c for c in head.children if head.i < c.i < main.i and c.dep_ in _GIVEN_DEPS]
    if not any(c.dep_ == "dative" for c in given):
        return set()  # 'assembling a team to engage in talks': no one given anything; the team may go
    return {t.i for c in given for t in c.subtree}


def _wanted_of_someone(main: Token) -> bool:
    """'(wants) the board to resign', '(offered) to halve tariffs': a complement of a verb that is
    not one of reporting, or an infinitive with a subject of its own."""
    return (main.dep_ == "xcomp" and not is_reporting(main.head)) or told_to_act(main)


def _arguments_before(heads: list[Token]) -> set[int]:
    """The words of the subjects and auxiliaries before each head: who does it, and how surely."""
    words = {
        t.i
        for head in heads
        for child in children_of(head)
        if child.dep_ in _ARGUMENT_DEPS and child.i < head.i
        for t in child.subtree
    }
    before = min(words) - 1 if words else -1
    if before >= 0 and first_word_of_a_name(heads[0].doc[before]):
        words.add(before)  # 'OR Hamnarbetarna has ...': the model took the name's first word for a conjunction
    return words


_AS_PREPOSITIONS = word_set("as_prepositions")


def _demanded_thing(tokens: list[Token]) -> list[Token]:
    """'Valdoria demanded the release of the crews as a condition' -> 'the release of the crews';
    'gave it until Friday to withdraw the plan' -> 'withdraw the plan'."""
    tokens = _without_leading_to(tokens)
    main = main_predicate(tokens)
    if main is None or main.lemma_.lower() not in DEMAND_VERBS:
        return tokens
    thing = next((c for c in children_of(main) if c.dep_ in ("dobj", "ccomp", "xcomp")), None)
    if thing is None:
        return tokens
    kept = _thing_without_label(thing, tokens)
    return kept if word_count(kept) >= MIN_CONDITION_WORDS else tokens


_CONDITION_NOUNS = word_set("condition_nouns")


def _without_leading_to(tokens: list[Token]) -> list[Token]:
    """'to withdraw the plan' -> 'withdraw the plan'."""
    return tokens[1:] if tokens and tokens[0].tag_ == "TO" and tokens[0].dep_ == "aux" else tokens


def _thing_without_label(thing: Token, tokens: list[Token]) -> list[Token]:
    """The demanded thing's words among the tokens, without an 'as a condition' label."""
    label = _condition_label(thing)
    given = {x.i for x in tokens}
    return [t for t in thing.subtree if t.i in given and t.i not in label]


def _condition_label(thing: Token) -> set[int]:
    """The words of an 'as a condition' phrase inside the demanded thing."""
    return {t.i for p in thing.subtree if p.lower_ in _AS_PREPOSITIONS and _names_condition(p) for t in p.subtree}


def _names_condition(prep: Token) -> bool:
    """'as a condition', 'as a precondition for talks': a label, not part of the demand."""
    return any(c.lemma_.lower() in _CONDITION_NOUNS for c in children_of(prep))


def _without_condition_clauses(tokens: list[Token]) -> list[Token]:
    """A stance without its 'if ...' clause: that clause is the precondition's text."""
    keep = {t.i for t in tokens}
    for tok in tokens:
        if _opens_a_condition_clause(tok):
            rest = keep - _condition_clause_words(tok)
            if sum(1 for t in tokens if t.i in rest and t.is_alpha) >= MIN_POINT_WORDS:
                keep = rest
    return [t for t in tokens if t.i in keep]


def _condition_clause_words(tok: Token) -> set[int]:
    """The clause the marker opens (an inverted auxiliary heads its own clause), with its marker phrase."""
    return marked_clause_words(tok)


def _opens_a_condition_clause(tok: Token) -> bool:
    """'if', 'unless' marking an adverbial clause, or an inverted 'Should X refuse'."""
    marked = tok.dep_ == "mark" and tok.head.dep_ == "advcl" and (tok.lower_ in _CONDITION_MARKS or ends_a_marker(tok))
    return marked or inverted_if(tok)


def _without_asides(tokens: list[Token]) -> list[Token]:
    """Drop bracketed asides and hedges: '(a port city of 40,000)', 'reportedly'."""
    out: list[Token] = []
    depth = 0
    for t in tokens:
        if t.text in ("(", "["):
            depth += 1
            continue
        if t.text in (")", "]"):
            depth = max(0, depth - 1)
            continue
        if depth or (t.lower_ in HEDGES and t.dep_ == "advmod"):
            continue
        out.append(t)
    return out


def _without_condition_opener(tokens: list[Token]) -> list[Token]:
    """'only if Valdoria withdraws' -> 'Valdoria withdraws': the label already says it is a condition."""
    head = " ".join(t.lower_ for t in tokens[:5]) + " "
    found = _condition_openers().match(head)
    if not found:
        return tokens
    rest = tokens[len(found.group(0).split()) :]
    if rest and others_in_a_quote(rest[0]):
        return tokens  # '"as long as they keep the truce"': no name for 'they', so the clause keeps its connective
    return rest if word_count(rest) >= MIN_CONDITION_WORDS else tokens


# --- words to text --------------------------------------------------------------------------------


def _balanced_quotes(text: str) -> str:
    """'The rules will be “temporary' -> '... “temporary”': trimming the end of a point
    may take the closing mark of a quoted word with it; a quote opened in the point is closed, and
    one closed in it but opened before it is opened at its start."""
    if text.count("“") > text.count("”"):
        text += "”"
    elif text.count("”") > text.count("“"):
        text = "“" + text
    if text.count('"') % 2:
        text += '"'
    return text


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


# --- one point once -------------------------------------------------------------------------------


def stance_core(statement, *, complete: bool = True, cut: bool = True) -> str:
    """The bare stance of a statement, for when its full clause is already the condition:
    'Norland will resume talks only if Valdoria withdraws' -> 'Norland will resume talks'. With
    `complete`, a word keeps the object or complement it needs ('a chance to meet', not 'a chance');
    without it and without `cut`, a stance cut before one is none."""
    tokens = without_frame(content_tokens(statement, None, None), statement)
    tokens = strip_openers(_without_asides(_without_condition_clauses(_with_subject_and_modality(tokens))))
    tokens = _before_condition_marker(without_vague_subject(tokens, statement))
    main = main_predicate(tokens)
    if main is None:
        return ""
    clause = span_of_tokens(main)
    core = tidy_edges(core_proposition(main, [t for t in tokens if t.i in clause]))
    core = completed(core, MAX_ITEM_WORDS) if complete else core
    if not cut and cut_short(core):
        return ""
    if _light(main, core) or _ends_on_condition_word(core) or points_elsewhere(core):
        return ""  # "Valdoria is insisting", "the signing is conditional": the stance is in what it lost
    text = _capitalise(_balanced_quotes(without_edges(render(core, statement))))
    if demanded(core):
        text = _capitalise(_with_demand_verb(text, statement, core[0]))
    return text if readable(text, core) else lightly_trimmed(statement) or ""


def _ends_on_condition_word(core: list[Token]) -> bool:
    words = [t for t in core if not t.is_punct]
    return bool(words) and words[-1].lower_ in CONDITION_WORDS


def _light(main: Token, core: list[Token]) -> bool:
    """A predicate that had a complement and kept none: 'insists' of 'insists on a veto'."""
    kept = {t.i for t in core}
    demanding = main.lemma_.lower() in DEMAND_VERBS
    complements = _complements_of(main, demanding)
    if demanding and _lost_what_was_asked(main, kept):
        return True  # "asked the board for a cut": 'asked the board' lost what was asked for
    if any(_infinitive(c) and c.i not in kept for c in children_of(main)):
        return True  # "gave the board until Friday to withdraw": 'gave the board' lost what it gave
    return bool(complements) and not any(c.i in kept for c in complements)


def _complements_of(main: Token, demanding: bool) -> list[Token]:
    """The verb's complements; a preposition counts only for a verb of demanding ('insists on')."""
    return [c for c in children_of(main) if c.dep_ in COMPLEMENTS and (c.dep_ != "prep" or demanding)]


def _lost_what_was_asked(main: Token, kept: set[int]) -> bool:
    """A preposition of asking ('for', 'on') on the verb that the core left out."""
    return any(c.dep_ == "prep" and c.lower_ in ASKED_PREPOSITIONS and c.i not in kept for c in children_of(main))


def _infinitive(clause: Token) -> bool:
    """A 'to' clause a verb takes: 'to withdraw the plan'."""
    return clause.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.tag_ == "TO" for c in children_of(clause))


_MARKER_WORDS = word_set("marker_words")


_BARE_CONDITION_MARKS = word_set("bare_condition_marks")


def _before_condition_marker(tokens: list[Token]) -> list[Token]:
    """The words before a condition starts: 'resume talks provided X withdraws' -> 'resume talks'."""
    words = lower_words_of(tokens[0].doc) if tokens else []
    text = [words[t.i] for t in tokens]
    for n, tok in enumerate(tokens):
        if text[n] not in _MARKER_WORDS or n < MIN_CONDITION_WORDS or _a_deadline(tok):
            continue
        if text[n] in _BARE_CONDITION_MARKS or _condition_openers().match(" ".join(text[n : n + 4]) + " "):
            return tidy_edges(tokens[:n])
    return tokens


def _a_deadline(marker: Token) -> bool:
    """'giving it until 11 p.m. on Friday' sets a time, not a condition: a date or hour follows."""
    following = marker.doc[marker.i + 1] if marker.i + 1 < len(marker.doc) else None
    return following is not None and following.ent_type_ in ("DATE", "TIME")
