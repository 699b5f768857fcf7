"""The well-formedness gate every point passes before it is kept.

A point a reader can take alone has at least three words, a predicate, a subject before its verb,
no function word at its end and quotation marks that pair. A point that fails is rebuilt from the
lightly trimmed clause (propositions.py), never shown as a fragment.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from briefing.analysis.doctext import WORD, children_of, head_indices
from briefing.analysis.rules.lexicon import REPORTING_VERBS, pronouns
from briefing.lang import word_set

MIN_POINT_WORDS_SHOWN = 3  # "Time", "Russia withdraws": a word or two is no point
CLOSING_FUNCTION_WORDS = word_set("closing_function_words")
# A point that opens on a word pointing back ("It is a position", "This should be") cannot be read
# alone; the names they stand for are put in while the point is worded (wording.py).
# From the language profile's pronouns: third-person subjects and possessives ("His room for manoeuvre
# is shrinking") and demonstratives.
OPENING_REFERRERS = pronouns(
    "words pointing back",
    lambda p: "demonstrative" in p.forms or (bool(p.forms & {"subject", "possessive"}) and p.person == "3"),
)


def words_of(text: str) -> list[str]:
    return [w.lower().strip("’'-") for w in WORD.findall(text) if w.strip("’'-")]


def readable(
    text: str, tokens: list[Token], *, needs_predicate: bool = True, referrers: bool = False, conditions: bool = False
) -> bool:
    """Whether a point built from `tokens` reads alone. A condition may be a noun phrase ("the
    release of the crews"); a position needs its predicate, with all each kept word needs (with
    `conditions`, the condition its verb holds on too). With `referrers`, a point may open on a
    word pointing back ("It is time to act"), as a last resort."""
    words = words_of(text)
    if len(words) < MIN_POINT_WORDS_SHOWN or words[-1] in CLOSING_FUNCTION_WORDS:
        return False
    if text.count('"') % 2 or text.count("“") != text.count("”"):
        return False
    if words[0] in OPENING_REFERRERS and not referrers:
        return False
    if not needs_predicate:
        return True
    if _headless(tokens) or _opens_on_its_verb(tokens) or _frame_after(tokens) or _says_nothing(tokens):
        return False
    return _has_a_predicate(tokens) and not lacking(tokens, conditions=conditions)


_AGENT_WORDS = word_set("agent_prepositions")
_HEADLESS_POS = frozenset({"ADJ", "ADP", "NOUN", "PROPN"})


def _headless(tokens: list[Token]) -> bool:
    """'Vital to hold off for the ruling', 'Unclear if X signed it', 'The accord reached by the
    leaders': words whose top is no verb lost their main clause (its subject and 'be', or its verb)."""
    kept = {t.i for t in tokens}
    heads = head_indices(tokens[0].doc) if tokens else []
    tops = [t for t in tokens if (heads[t.i] not in kept or heads[t.i] == t.i) and not t.is_punct]
    orphans = any(t.dep_ in ("nsubj", "nsubjpass") for t in tops)  # '..., Minister R Ostrel'
    return orphans or any((t.pos_ in _HEADLESS_POS and not _owned_stance(t)) or _says_no_clause(t) for t in tops)


def _owned_stance(noun: Token) -> bool:
    """'Harborline's refusal to reopen the scheme', 'an offer by Harborline to ...': a stance told as
    a noun with its owner reads as the owner's stance."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "poss" or c.lower_ in _AGENT_WORDS for c in children_of(noun))


def _frame_after(tokens: list[Token]) -> bool:
    """'The strike will go on, captain Ana Brisk said': a verb of saying on top of the words, after
    what it said, is the attribution, not the point."""
    kept = {t.i for t in tokens}
    heads = head_indices(tokens[0].doc) if tokens else []
    tops = [t for t in tokens if (heads[t.i] not in kept or heads[t.i] == t.i) and not t.is_punct]
    return any(t.lemma_.lower() in REPORTING_VERBS and _said_before(t, kept) for t in tops)


# What a verb of saying may have beside it and still say nothing: who, when, how surely.
_SAYING_NOTHING_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "neg", "advmod", "npadvmod", "punct"})


def _says_nothing(tokens: list[Token]) -> bool:
    """', the union's president added.': a verb of saying on top of the words with nothing it said
    anywhere in its sentence (the quotation it closes was split off) is a frame, not a point."""
    kept = {t.i for t in tokens}
    heads = head_indices(tokens[0].doc) if tokens else []
    tops = [t for t in tokens if (heads[t.i] not in kept or heads[t.i] == t.i) and not t.is_punct]
    return any(_a_bare_saying(t) for t in tops)


def _a_bare_saying(verb: Token) -> bool:
    saying = verb.lemma_.lower() in REPORTING_VERBS and verb.pos_ == "VERB"
    return saying and all(c.dep_ in _SAYING_NOTHING_DEPS for c in children_of(verb))


def _said_before(verb: Token, kept: set[int]) -> bool:
    return any(c.i in kept and c.i < verb.i and c.dep_ in _SAID_DEPS for c in children_of(verb))


_SAID_DEPS = frozenset({"ccomp", "dep", "parataxis"})


def _says_no_clause(verb: Token) -> bool:
    """'Agreement, the envoy tweeted': what a verb of saying said kept as a bare word, its clause cut."""
    if verb.lemma_.lower() not in REPORTING_VERBS:
        return False
    return any(c.dep_ in ("ccomp", "dep", "parataxis") and c.pos_ in _HEADLESS_POS for c in children_of(verb))


def whole_enough(text: str, tokens: list[Token]) -> bool:
    """What a point that may keep its frame ('X said ...') still needs: a main clause, each kept word
    with what it needs, and no quotation emptied by the cut."""
    return not _headless(tokens) and not lacking(tokens) and not _EMPTY_QUOTE.search(text) and not _says_nothing(tokens)


_EMPTY_QUOTE = re.compile(r"[“\"]\s*[”\"]")


def _has_a_predicate(tokens: list[Token]) -> bool:
    return any(t.pos_ in ("VERB", "AUX") for t in tokens)


_INFINITIVE_MARKS = word_set("infinitive_marks")


def _opens_on_its_verb(tokens: list[Token]) -> bool:
    """'Is for an additional cut', 'To meet', 'Demanded changes': the verb with its subject cut off."""
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    if not words:
        return True
    first = words[0]
    if first.dep_ == "neg" and len(words) > 1 and words[1].tag_ == "TO":
        return True  # 'Not to disrupt the talks': who was told so was cut
    if first.tag_ == "TO" or first.lower_ in _INFINITIVE_MARKS:
        return True
    return first.pos_ in ("VERB", "AUX") and first.tag_ != "VB" and first.dep_ not in ("nsubj", "nsubjpass")


_COMPLEMENT_DEPS = word_set("grammar/complement_deps")


def cut_short(tokens: list[Token]) -> list[Token]:
    """The complements cut away after the words they complete ('the only fee X means to bargain over',
    'had put an 11% raise' for 'put forward', 'an end to'): each word's object, complement, particle or a
    preposition's object that follows it and is not among `tokens`."""
    kept = {t.i for t in tokens}
    # only what follows on from the kept words: a complement far off is not what the reader misses
    return [
        c
        for t in tokens
        for c in children_of(t)
        if c.i > t.i and c.i not in kept and c.left_edge.i - 1 in kept and completes(t, c)
    ]


_NOUN_COMPLEMENT_DEPS = word_set("grammar/noun_complement_deps")
_OF_PREPOSITIONS = word_set("of_prepositions")
_IMPASSE_NOUNS = word_set("impasse_nouns")
_OVER_PREPOSITIONS = word_set("over_prepositions")


def completes(word: Token, child: Token) -> bool:
    """A dependent the word does not read whole without: a verb's object or complement, the phrase
    after a bare 'be', and a noun's 'of' phrase or infinitive ('the repeal of the law', 'a chance to
    meet'; after a comma it only adds to it). A relative clause is not one: 'the repeal of a levy'
    reads whole without 'that ...'."""
    if child.dep_ in _COMPLEMENT_DEPS:
        return True
    if child.dep_ == "prep" and word.dep_ == "prep":
        return True  # 'according to the agency', 'ahead of the vote': the second word completes the first
    if child.dep_ == "prep" and _bare_copula(word):
        return _what_be_says(word, child)
    if child.dep_ == "prep" and word.pos_ in ("NUM", "PRON"):
        return child.lower_ in _OF_PREPOSITIONS  # 'three of its ports', 'none of the crews'
    if word.pos_ not in ("NOUN", "PROPN"):
        return False
    if child.dep_ == "prep":
        over = word.lemma_.lower() in _IMPASSE_NOUNS and child.lower_ in _OVER_PREPOSITIONS
        return child.lower_ in _OF_PREPOSITIONS or over  # 'a deadlock over the quotas'
    return _completes_the_noun(word, child)


def _what_be_says(be: Token, phrase: Token) -> bool:
    """'the weapons are in the hands of the monitors': the first phrase is what 'are' says; one that
    says when ('on Friday') or one after it only adds."""
    first = next(c for c in children_of(be) if c.dep_ == "prep")
    return phrase.i == first.i and not any(g.ent_type_ in ("DATE", "TIME") for g in children_of(phrase))


def _completes_the_noun(word: Token, child: Token) -> bool:
    """A clause the noun needs: 'a plan to disarm', 'a guarantee that ...'; never after a comma, and
    never a participle, which only adds ('a roadmap proposed by the envoy', 'trucks crossing it')."""
    before = child.doc[child.left_edge.i - 1] if child.left_edge.i > 0 else None
    if before is not None and before.is_punct:
        return False
    # 'a reason to return': an infinitive, whichever label the parse gives it
    to_clause = any(g.tag_ == "TO" for g in children_of(child))
    if child.dep_ == "relcl":
        return to_clause or _defining_clause(word, child)
    participle = child.tag_ in ("VBN", "VBG") and not to_clause
    return child.dep_ in _NOUN_COMPLEMENT_DEPS and not participle


_BE_LEMMAS = word_set("be_lemmas")
_ASKED_PREPOSITIONS = word_set("asked_prepositions")


def _bare_copula(word: Token) -> bool:
    """'be' with no noun or adjective after it: a phrase after it is its predicate."""
    return word.lemma_.lower() in _BE_LEMMAS and not any(c.dep_ in ("attr", "acomp") for c in children_of(word))


def _defining_clause(word: Token, child: Token) -> bool:
    """'is asking for a wage that keeps up with rents': a bare noun that a verb takes, with no word of
    its own but its article, says what is asked only with the clause that defines it ('asking for a
    wage' leaves the reader asking which). Elsewhere ('the repeal of a levy that ...', 'under any deal
    that ...') it only adds."""
    if child.dep_ != "relcl" or any(g.dep_ != "det" for g in children_of(word) if g.i != child.i):
        return False
    if word.dep_ == "pobj":  # 'asking for a wage that ...', not 'under any deal that ...'
        return word.head.lower_ in _ASKED_PREPOSITIONS and word.head.head.pos_ in ("VERB", "AUX")
    return word.dep_ == "dobj" and word.head.pos_ in ("VERB", "AUX")


def completed(tokens: list[Token], max_words: int, *, conditions: bool = False) -> list[Token]:
    """The words with what they were cut before put back, when the whole still fits in `max_words`:
    each missing part whole, else without the clauses and asides inside it ('respond to the offer'
    of 'respond to the offer made last week'); else the words as they are (the gate then judges them)."""
    missing = [c for c in lacking(tokens, conditions=conditions) if _next_to(c, tokens)]
    if not missing:
        return tokens
    for limit, parts in (
        (max_words, _whole_parts),
        (max_words, _bare_parts),
        (max_words + COMPLETION_OVERRUN, _bare_parts),
    ):
        whole = {t.i: t for t in tokens} | {s.i: s for c in missing for s in parts(c)}
        out = [whole[i] for i in sorted(whole)]
        if limit > max_words and _adds_a_clause(out, tokens):
            continue  # past the aim, only a phrase goes back ('reply (to the plan)'), never a clause
        fits = sum(not t.is_punct for t in out) <= limit and not lacking(out, conditions=conditions)
        if fits and paired("".join(t.text_with_ws for t in out)) and _one_stretch(out, tokens):
            return out
    return tokens


# A word's missing phrase may take a point this many words past the aim: 'will not reply' reads cut at
# sixteen words, 'will not reply to the quota plan' whole at nineteen.
COMPLETION_OVERRUN = 4


def _adds_a_clause(out: list[Token], tokens: list[Token]) -> bool:
    kept = {t.i for t in tokens}
    return any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in out if t.i not in kept)


def _next_to(part: Token, tokens: list[Token]) -> bool:
    """A part that follows on from the kept words: one far off is no part the reader misses there."""
    kept = {t.i for t in tokens}
    return part.left_edge.i - 1 in kept and part.i > tokens[0].i


def _whole_parts(part: Token) -> list[Token]:
    return list(part.subtree)


_ASIDE_DEPS = frozenset({"relcl", "acl", "appos", "advcl", "parataxis", "npadvmod"})


def _bare_parts(part: Token) -> list[Token]:
    """The part without the clauses, asides and commas that hang inside it; what a kept word needs stays."""
    drop = {
        s.i
        for t in part.subtree
        for c in children_of(t)
        if (c.dep_ in _ASIDE_DEPS and not completes(t, c)) or c.dep_ == "punct"
        for s in c.subtree
    }
    return [t for t in part.subtree if t.i not in drop]


def _one_stretch(out: list[Token], tokens: list[Token]) -> bool:
    """A part put back before the words ('The leaders announced' needs what was announced, said
    before it) would open a second point: only parts after the first kept word go back."""
    return out[0].i == tokens[0].i


_PAIRS = (("(", ")"), ("[", "]"), ("“", "”"))


def paired(text: str) -> bool:
    """Brackets and quotation marks that open and close within the text."""
    return text.count('"') % 2 == 0 and all(text.count(a) == text.count(b) for a, b in _PAIRS)


# --- the kept words keep what each head needs ------------------------------------------------------

_GOVERNED_PREPOSITIONS = word_set("governed_prepositions")
_PARTICLE_ADVERBS = word_set("particle_adverbs")
_VERB_NEEDS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "prt", "agent"})
_COMPARED_MARKS = word_set("compared_marks")
_ADJECTIVE_NEEDS = frozenset({"xcomp", "ccomp"})
_OBJECT_DEPS = frozenset({"dobj", "attr", "acomp", "oprd", "dative"})


def lacking(tokens: list[Token], *, conditions: bool = False) -> list[Token]:
    """The dependents a kept head needs and lost wholly: what `cut_short` finds, and, wherever it stood,
    a verb's object, clause or particle ('announced' without what was announced, 'come' without
    'back'), an adjective's complement ('is keen' without 'on ...'), a noun's content
    clause ('faced criticism' without 'that ...'), a verb's only phrase of what it is about ('can't
    rely' without 'on ...') and a negation. With `conditions`, the clause a kept verb holds only on
    ('will strike [until the offer improves]'): a point whose condition is not a point of its own
    never reads as certain."""
    kept = {t.i for t in tokens}
    holding = _holding(tokens)
    found = {c.i: c for c in cut_short(tokens) if not _named_already(c)}
    for t in tokens:
        for c in children_of(t):
            if c.i in found or c.is_punct or c.i in holding:
                continue
            if _needs(t, c, kept) or (conditions and condition_of(t, c)):
                found[c.i] = c
        if _frame_without_its_clause(t, kept):
            found[t.head.i] = t.head
    return [found[i] for i in sorted(found)]


def _holding(tokens: list[Token]) -> set[int]:
    """The kept words and every word above one: a dependent keeps part of its subtree exactly when it
    is among them. One climb from each kept word instead of a walk down every dependent's subtree."""
    holding: set[int] = set()
    if not tokens:
        return holding
    heads = head_indices(tokens[0].doc)
    for t in tokens:
        i = t.i
        while i not in holding:
            holding.add(i)
            if heads[i] == i:
                break
            i = heads[i]
    return holding


_OWN_MODIFIERS = frozenset({"amod", "compound", "nummod"})


def _named_already(child: Token) -> bool:
    """'a night premium (of ...)': a noun with a modifier of its own names its thing without its 'of'
    phrase; 'the repeal (of ...)' does not."""
    noun = child.head
    if child.dep_ != "prep" or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.pos_ == "PROPN":
        return noun.dep_ not in ("compound", "nmod")  # a name names itself ('the President of X'), unless inside a name
    # 'keeping watch (of the harbour)': a noun without an article reads in general; one with a
    # modifier of its own names its thing ('a night premium')
    own = [c.dep_ for c in children_of(noun) if c.i != child.i]
    return "det" not in own or any(d in _OWN_MODIFIERS for d in own)


def _frame_without_its_clause(verb: Token, kept: set[int]) -> bool:
    """'The crews will stay out, the leaders announced': the frame kept without what it announced,
    which the parse hangs the frame on."""
    if verb.dep_ not in ("advcl", "parataxis"):
        return False
    head = verb.head
    return (
        not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in children_of(verb))
        and head.i < verb.i
        and head.i not in kept
        and verb.lemma_.lower() in REPORTING_VERBS
        and head.pos_ in ("VERB", "AUX")
    )


def _needs(word: Token, child: Token, kept: set[int]) -> bool:
    if child.dep_ == "neg":
        return True
    if word.pos_ in ("VERB", "AUX"):
        return _verb_needs(word, child, kept)
    if _compared(word, child):
        return True  # 'as soon (as the survey is out)', 'costlier (than a strike)'
    if word.pos_ == "ADJ" and word.dep_ in ("acomp", "attr", "ROOT", "conj"):
        return child.i > word.i and (child.dep_ in _ADJECTIVE_NEEDS or _governed(child))
    if word.pos_ in ("NOUN", "PROPN") and child.i > word.i:
        return _content_clause(child) or _what_the_stance_is_on(word, child)
    return False


_CONTENT_TAKING_NOUNS = word_set("content_taking_nouns")
_CONTENT_PREPOSITIONS = word_set("content_prepositions")


def _what_the_stance_is_on(noun: Token, prep: Token) -> bool:
    """'the board's demand (for metered wells)', 'no objection (to the inspectors)': the phrase
    says what a stance noun is about; 'rejected the board's demand' leaves the reader
    asking which. A phrase of when ('a freeze until May') or from whom only adds."""
    if prep.dep_ != "prep" or noun.lemma_.lower() not in _CONTENT_TAKING_NOUNS:
        return False
    if any(c.dep_ == "prep" and c.lower_ in _CONTENT_PREPOSITIONS and c.i < prep.i for c in children_of(noun)):
        return False  # 'the demand for live data (on every trip)': the first phrase said what; the next adds
    return prep.lower_ in _CONTENT_PREPOSITIONS and _governed_object(prep)


def _governed_object(prep: Token) -> bool:
    """The phrase's own noun says a thing, not a time ('on Friday')."""
    return not any(o.ent_type_ in ("DATE", "TIME") for o in children_of(prep) if o.dep_ in ("pobj", "pcomp"))


_STANCE_CONDITION_MARKS = word_set("stance_condition_marks")
_WHILE_MARKS = word_set("while_marks")
_AS_LONG_WORDS = word_set("as_long_words")
_COMPARISON_AS = "as"


def conditions_lost(tokens: list[Token]) -> list[Token]:
    """The clauses a kept verb holds only on that the words lost."""
    holding = _holding(tokens)
    return [c for t in tokens for c in children_of(t) if c.i not in holding and condition_of(t, c)]


def condition_of(verb: Token, child: Token) -> bool:
    """Whether `child` is a clause `verb` holds only on: 'only if ...', 'until ...', 'but only if ...',
    'as long as ...', 'so long as ...', 'while ...' on a negated or modal verb."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if child.dep_ == "advmod" and child.lower_ in _AS_LONG_WORDS:
        return any(g.dep_ == "advcl" and _marked(g, {_COMPARISON_AS}) for g in children_of(child))  # 'as long as'
    if child.dep_ not in ("advcl", "conj") or _conceded(child):
        return False
    if _marked(child, _STANCE_CONDITION_MARKS):
        return True
    if _marked(child, _WHILE_MARKS):
        return any(c.dep_ == "neg" or c.tag_ == "MD" for c in children_of(verb))
    # 'so long as': the adverb hangs on the verb beside the 'as' clause
    long_before = any(c.dep_ == "advmod" and c.lower_ in _AS_LONG_WORDS and c.i < child.i for c in children_of(verb))
    return child.dep_ == "advcl" and long_before and _marked(child, {_COMPARISON_AS})


def _conceded(clause: Token) -> bool:
    """'even if X': the stance holds whatever X, so X is no condition of it."""
    return any(c.dep_ == "advmod" and c.lower_ == "even" for c in children_of(clause))


def _marked(clause: Token, marks) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in marks for c in children_of(clause))


def needed_by_its_head(part: Token, kept: set[int]) -> bool:
    """Whether the word `part` hangs on needs it: fitting a point never prunes such a part."""
    # a comparison's second half is left to the gate: 'as long as X' is a condition, which fitting
    # takes out of a stance as a whole
    head = part.head
    return head.i in kept and head.i != part.i and _needs(head, part, kept) and not _compared(head, part)


def _compared(word: Token, child: Token) -> bool:
    return word.pos_ in ("ADJ", "ADV") and child.i > word.i and child.left_edge.lower_ in _COMPARED_MARKS


def _verb_needs(verb: Token, child: Token, kept: set[int]) -> bool:
    if _where_it_is_put(verb, child, kept) or _what_it_holds_the_object_to(verb, child, kept):
        return True
    if child.dep_ in _VERB_NEEDS:
        if any(c.dep_ == child.dep_ and c.i in kept for c in children_of(verb)):
            return False  # a second object the parse gives the verb is a misreading, not a part it lost
        # a clause before the verb is what a verb of saying said ('..., the leaders announced'); before
        # any other verb it is its frame, and an object before its verb is a relative word
        return child.i > verb.i or (child.dep_ == "ccomp" and verb.lemma_.lower() in REPORTING_VERBS)
    if child.i != _after_its_particle(verb) or child.dep_ not in ("advmod", "prep"):
        return False
    if child.dep_ == "advmod":
        return child.lower_ in _PARTICLE_ADVERBS  # 'come back', 'walk out'
    has_object = any(c.dep_ in _OBJECT_DEPS and c.i in kept for c in children_of(verb))  # not a clause: "rely to halt"
    return not has_object and _governed(child)  # 'rely on the courts', 'respond to the offer'


_PLACING_VERBS = word_set("placing_verbs")
_OBJECT_AND_PHRASE = word_set("object_and_phrase_verbs")


def _after_its_particle(verb: Token) -> int:
    """Where the verb's own phrase stands: right after it, or after its particle ('hold off (on the
    duties)', 'back down (from the demand)')."""
    particle = next((c for c in children_of(verb) if c.dep_ == "prt" and c.i == verb.i + 1), None)
    return (particle.i if particle is not None else verb.i) + 1


def _what_it_holds_the_object_to(verb: Token, child: Token, kept: set[int]) -> bool:
    """'accused the ministry (of hiding the figures)', 'blamed the union (for the delays)': the phrase
    that says what the verb holds its kept object to; without it the line says only that someone
    was accused."""
    if child.dep_ != "prep" or f"{verb.lemma_.lower()} {child.lower_}" not in _OBJECT_AND_PHRASE:
        return False
    thing = next((c for c in children_of(verb) if c.dep_ == "dobj" and c.i in kept), None)
    return thing is not None and child.i > thing.i


def _where_it_is_put(verb: Token, child: Token, kept: set[int]) -> bool:
    """'pull the crews (out of the yard)', 'set the fee (at a tenth)': the phrase right after a placing
    verb's kept object says where the object goes; not a time ('set the vote for Friday')."""
    if child.dep_ != "prep" or verb.lemma_.lower() not in _PLACING_VERBS:
        return False
    thing = next((c for c in children_of(verb) if c.dep_ == "dobj" and c.i in kept), None)
    if thing is None or child.i != thing.right_edge.i + 1:
        return False
    return not any(c.ent_type_ in ("DATE", "TIME") for c in child.subtree)


def _governed(prep: Token) -> bool:
    """A phrase of what a word is about ('on the courts'), not of when ('on Friday')."""
    if prep.dep_ != "prep" or prep.lower_ not in _GOVERNED_PREPOSITIONS:
        return False
    # the phrase's own noun says when ('on Friday'); a date inside a clause on it ('to the offer made a
    # week ago') does not make the phrase a time
    return not any(o.ent_type_ in ("DATE", "TIME") for o in children_of(prep) if o.dep_ == "pobj")


def _content_clause(child: Token) -> bool:
    """'criticism that the minister is absent': a clause with its own subject or 'that', which says
    what the noun holds."""
    if child.dep_ not in ("acl", "ccomp"):
        return False
    return any(g.dep_ in ("mark", "nsubj", "nsubjpass") for g in children_of(child) if g.i < child.i)
