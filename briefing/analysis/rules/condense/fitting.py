"""Fitting a point in twenty words: a clause that is too long loses its optional parts (relative
clauses, appositions, adverbials), largest first, until the main predicate with its object remains;
no point opens on a connective or ends on a word that leads on."""

from __future__ import annotations

from spacy.tokens import Token

from briefing.analysis.rules.condense.frames import span_of_tokens, turns
from briefing.analysis.rules.condense.gate import completes, condition_of, cut_short, needed_by_its_head
from briefing.analysis.rules.condense.ranking import MAX_ITEM_WORDS
from briefing.analysis.rules.condense.wording import HYPHENS, main_predicate, word_count, words_read
from briefing.analysis.rules.lexicon import names_an_act
from briefing.lang import word_set

# A point whose main predicate would lose a phrase that says what it does ('tasked the army with ...')
# may run this many words past the aim, still well within the length a reader takes for one point.
MAIN_PHRASE_OVERRUN = 4
MAX_PRUNABLE_WORDS = 150  # longer clauses go straight to their core proposition

# Sentence openers that tie a sentence to the one before it; alone they leave an item dangling.
CONNECTIVES = word_set("connectives")
# Hedges and reporter's framing that carry no stance.
HEDGES = word_set("hedges")
# Optional parts of a clause, pruned in this order when it is too long.
# A phrase on the main predicate ('tasked the army with drawing up a plan') goes after the phrases
# inside its arguments: it often says what the predicate does, and without it the predicate reads cut.
_ON_MAIN = "prep-on-main"
_PRUNE_ORDER = (
    ("relcl", "appos", "acl"),
    ("parataxis", "npadvmod", "dep", "intj"),
    ("advcl",),
    ("advmod",),
    ("prep",),
    (_ON_MAIN,),
    ("conj", "cc"),
    ("ccomp",),
)
# What a clause must keep: its predicate, subject, object, negation and modality.
_CORE_DEPS = word_set("grammar/core_deps")
_NP_CORE_DEPS = word_set("grammar/np_core_deps")
# A predicate's core follows a clausal complement down; a kept argument keeps its short modifiers.
_PREDICATE_CORE_DEPS = _CORE_DEPS | {"ccomp", "mark"}
_ARGUMENT_CORE_DEPS = _NP_CORE_DEPS | {"advmod"}
_KEEP_ADVERBS = word_set("keep_adverbs")
DEMAND_VERBS = word_set("condense_demand_verbs")
COMPLEMENTS = frozenset({"dobj", "prep", "ccomp", "xcomp", "attr", "acomp", "oprd"})
# Predicate adjectives that name a condition: "is conditional (on ...)", "is subject (to ...)".
CONDITION_WORDS = word_set("conditional_adjectives")
# Prepositions by which a demand verb takes what it demands: "insists on", "asks for".
ASKED_PREPOSITIONS = word_set("asked_prepositions")


# --- fitting in twenty words ----------------------------------------------------------------------


def fit(tokens: list[Token], *, conditions: bool = False) -> list[Token]:
    """Prune optional parts, largest first, until the clause fits; at worst keep the core proposition.
    With `conditions`, a clause the predicate holds only on is no optional part."""
    # a line that holds a clause turning its first one ('... but has put it off') may run a little
    # longer: both halves keep their dates and objects, or the turn reads as bare as a cut
    limit = MAX_ITEM_WORDS + (TURNED_OVERRUN if _holds_a_turn(tokens) else 0)
    if words_read(tokens) <= limit:
        return tokens
    main = main_predicate(tokens)
    if main is None:
        return tokens[:MAX_ITEM_WORDS]
    # A too-long sentence of several clauses: keep the one around the main predicate.
    clause = span_of_tokens(main)
    tokens = [t for t in tokens if t.i in clause] or tokens
    # a marker whose clause was cut off before ('... from the bay before'): it only leads on
    inside = {t.i for t in tokens}
    tokens = [t for t in tokens if t.dep_ != "mark" or t.head.i in inside]
    if word_count(tokens) > MAX_PRUNABLE_WORDS:
        return tidy_edges(core_proposition(main, tokens))  # a runaway sentence: pruning it piece by piece is too slow
    for deps in _PRUNE_ORDER:
        if deps == (_ON_MAIN,) and words_read(tokens) <= limit + MAIN_PHRASE_OVERRUN and not cut_short(tokens):
            return tidy_edges(tokens)  # a few words over, rather than a predicate cut from what it does
        tokens = _pruned(tokens, deps, main, conditions, limit)
        if words_read(tokens) <= limit:
            return tidy_edges(tokens)
    return tidy_edges(core_proposition(main, tokens))


def _pruned(
    tokens: list[Token], deps: tuple[str, ...], main: Token, conditions: bool = False, limit: int = MAX_ITEM_WORDS
) -> list[Token]:
    """Drop the largest parts hanging by `deps`, one at a time, until the words fit or none is left.
    Whether a point fits at all, and after a pass, `fit` judges by the words a reader counts; inside a
    pass the parse's words are counted, which ranks the parts as the passes always have."""
    while word_count(tokens) > limit:
        candidates = [t for t in _prunable(tokens, deps, main) if not (conditions and condition_of(t.head, t))]
        if not candidates:
            break
        largest = max(candidates, key=lambda t: t.right_edge.i - t.left_edge.i)
        drop = {t.i for t in largest.subtree} | _joining_words(largest) | _commas_around(largest)
        tokens = [t for t in tokens if t.i not in drop]
    return tokens


def _commas_around(part: Token) -> set[int]:
    """'Norland, the largest of the fleets, will ask': an aside set off by two commas takes them with
    it, never leaving 'Norland, will ask'."""
    doc = part.doc
    before, after = part.left_edge.i - 1, part.right_edge.i + 1
    marks: set[int] = set()
    # an aside that ends or opens on a quotation ('the board, which X called "a clerk with a veto",
    # had planned'): the mark the parse leaves outside the part goes with it, and the commas are
    # looked for past it
    while 0 <= before < len(doc) and doc[before].text in _ALL_QUOTE_MARKS and not doc[before].whitespace_:
        marks.add(before)
        before -= 1
    while after < len(doc) and doc[after].text in _ALL_QUOTE_MARKS and doc[after - 1].whitespace_ == "":
        marks.add(after)
        after += 1
    if before < 0 or after >= len(doc) or doc[before].text != "," or doc[after].text != ",":
        return set()
    # an aside on the word before it goes with both commas; one on a word after it ('After the vote,
    # [in May,] the union ...') leaves the comma that closes what opened the sentence
    return marks | ({before, after} if part.head.i < part.i else {after})


_ALL_QUOTE_MARKS = frozenset({'"', "“", "”"})


def without_second_report(tokens: list[Token]) -> list[Token]:
    """'X said A, and that it would rule next week': a second reported clause joined to the first is
    another point (its 'it' is not A's subject); one line never runs the two together."""
    inside = {t.i for t in tokens}
    drop: set[int] = set()
    for t in tokens:
        if _second_report(t) and t.head.i in inside and t.head.i not in drop and _a_report(t.head):
            drop |= {s.i for s in t.subtree} | _joining_words(t)
        elif _report_of_another(t, inside) and t.i not in drop:
            # 'A, and the panel said that it would rule': the frame went, its clause is another point
            drop |= {s.i for s in t.subtree} | _joining_words(t.head)
    kept = [t for t in tokens if t.i not in drop]
    return tidy_edges(kept) if drop and word_count(kept) >= MIN_REPORT_WORDS else tokens


MIN_REPORT_WORDS = 4  # the first report must still be a point of its own without the second


def _report_of_another(t: Token, inside: set[int]) -> bool:
    """A clause said by a reporting verb left out of the words, that verb joined to a kept one."""
    frame = t.head
    return (
        t.dep_ == "ccomp"
        and frame.i not in inside
        and frame.dep_ == "conj"
        and frame.head.i in inside
        and frame.head.i < t.i
    )


def _a_report(verb: Token) -> bool:
    """The first of two reported clauses: a verb that was said ('said it would study the ruling')."""
    return verb.pos_ in ("VERB", "AUX") and verb.dep_ == "ccomp"


def _second_report(t: Token) -> bool:
    return t.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ in _COMPLEMENT_MARKS for c in t.children)


def _joining_words(part: Token) -> set[int]:
    """The 'and' (with its commas and quotation marks) that joined a dropped clause: '..., and that
    X' loses the whole, never leaving '..., and'."""
    if part.dep_ != "conj":
        return set()
    out: set[int] = set()
    i = part.left_edge.i - 1
    while i >= 0 and (part.doc[i].is_punct or part.doc[i].dep_ == "cc"):
        if part.doc[i].text in ("”", '"', "’", ")"):
            i -= 1
            continue  # a closing mark before the 'and' closes the words kept: it stays
        out.add(i)
        i -= 1
    return out if any(part.doc[j].dep_ == "cc" for j in out) else set()


def _prunable(tokens: list[Token], deps: tuple[str, ...], main: Token) -> list[Token]:
    """The parts hanging by `deps` inside the words that may go: never the predicate, what carries
    its content, a negation or an adverb that must stay, nor what completes the word it hangs on
    ('rejected the idea' of 'the idea of a yearly cap': the reader asks 'what idea?'); the parts
    inside such a complement may go instead ('of a yearly cap' of 'on the number of trucks')."""
    inside = {t.i for t in tokens}
    carriers = _content_carriers(main)
    candidates = [
        t
        for t in tokens
        if (
            _hangs_by(t, deps, main, inside) and t.head.i in inside and t not in carriers and not _kept_whole(t, inside)
        )
        or (_remnant(t, main, inside) and "relcl" in deps)
    ]
    candidates = [
        t
        for t in candidates
        if not _part_of_a_word(t) and not _owned(t) and not _negating(t) and not _inside_a_name(t) and not _quoted(t)
    ]
    return _droppable_adverbs(candidates) if deps == ("advmod",) else candidates


_MODIFIER_DEPS = frozenset({"npadvmod", "advmod", "dep"})


def _kept_whole(t: Token, inside: set[int]) -> bool:
    """A part fitting never prunes: what its head needs, or a clause 'but' sets against the first
    ('had planned to open it in May (but has put it off)': without it, the line says the opposite)."""
    return _needed(t, inside) or _set_against(t, inside) or _torn(t)


def _torn(part: Token) -> bool:
    """A part the parse tore: it ends on a preposition without its object, the words after it hung
    elsewhere ('a session that X had scheduled with [residents ...]' read with 'residents' as a
    subject), or the word after it hangs across it. Pruning it leaves the torn-off half in the line,
    so it stays whole."""
    last = part.doc[part.right_edge.i]
    after = part.right_edge.i + 1
    if after >= len(part.doc) or part.doc[after].is_punct:
        return False
    nxt = part.doc[after]
    if last.dep_ == "prep" and not list(last.children):
        return nxt.pos_ in _OBJECT_POS  # 'with [Millbrook growers]', not 'from now on [will]'
    # 'a tasting day [that it had planned for the harvest] fair': the word after the part, hung on a
    # word before it, is the part's own word misread; pruning the part would leave it stranded
    return nxt.pos_ in _TEARING_POS and nxt.head.i < part.left_edge.i and nxt.dep_ not in ("conj", "appos")


_TEARING_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})
_OBJECT_POS = _TEARING_POS | {"DET", "PRON"}


def _negating(t: Token) -> bool:
    """'(in three weeks,) not two': a modifier that holds a negation says the opposite without it."""
    return t.dep_ in _MODIFIER_DEPS and any(w.dep_ == "neg" and _within_the_phrase(w, t) for w in t.subtree)


def _within_the_phrase(word: Token, top: Token) -> bool:
    """Whether no verb stands between the word and the phrase's top: a negation of the phrase itself
    ('not two'), not of a clause inside it ('as long as it does not ...')."""
    head = word.head
    while head.i != top.i:
        if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
            return False
        head = head.head
    return top.pos_ not in ("VERB", "AUX")


_QUOTE_MARKS = frozenset({'"', "“"})


MAX_QUOTED_WORDS = 5  # a quoted phrase ('"very Valdorian"'), not a quotation of whole clauses


def _quoted(t: Token) -> bool:
    """'a "truly Valdorian" buyer': a part that opens a short quoted phrase is the quoted words' own;
    pruning it leaves '" Valdorian"', a quotation the article never wrote. An opening mark clings to
    the word after it; the closing one follows within a few words."""
    doc, left = t.doc, t.left_edge.i
    before = doc[left - 1] if left > 0 else None
    if before is None or before.text not in _QUOTE_MARKS or before.whitespace_:
        return False
    after = doc[t.right_edge.i + 1 : left + MAX_QUOTED_WORDS + 1]
    return any(w.text in _CLOSING_MARKS and not doc[w.i - 1].whitespace_ for w in after)


_CLOSING_MARKS = frozenset({'"', "”"})


def _inside_a_name(t: Token) -> bool:
    """'of Rights' in 'the Bill of Rights Act': a phrase on a word that is part of a longer name is part
    of that name; pruning it leaves 'the Bill Act'."""
    return t.dep_ == "prep" and t.head.pos_ == "PROPN" and t.head.dep_ in ("compound", "nmod")


def _owned(t: Token) -> bool:
    """'the region's capital' parsed with 'capital' hung elsewhere: the word after a possessive is what
    it owns; pruning it would end the point on "'s"."""
    before = t.doc[t.left_edge.i - 1] if t.left_edge.i > 0 else None
    return before is not None and before.dep_ == "case"


def _part_of_a_word(t: Token) -> bool:
    """'fleet' of 'fleet-wide', 'cross' of 'cross-border': a part the parse hangs on the word it is
    hyphenated to is part of that word; pruning it leaves '-wide stoppages'."""
    doc = t.doc
    left, right = t.left_edge.i, t.right_edge.i
    after = doc[right + 1] if right + 1 < len(doc) else None
    before = doc[left - 1] if left > 0 else None
    joined_after = after is not None and after.text in HYPHENS and not doc[right].whitespace_
    joined_before = before is not None and before.text in HYPHENS and not before.whitespace_
    return joined_after or joined_before


_OWN_MODIFIERS = frozenset({"amod", "compound", "nummod"})


def _needed(t: Token, inside: set[int]) -> bool:
    """What the word it hangs on does not read whole without. A noun with an article and nothing else
    ('the idea', 'a repeal') points to a thing only its 'of' phrase names; one with a modifier of its
    own names it already ('the proposed 30-day extension'), and one without an article reads in
    general ('keeping watch'): their 'of' phrase may go."""
    if t.dep_ != "neg" and needed_by_its_head(t, inside):
        return True  # 'is gloomy (about the harvest)', 'cannot count (on the courts)'
    if _limits_a_denial(t) or (t.dep_ == "prep" and any(_limits_a_denial(c) for c in t.subtree)):
        return True  # 'holds no proposals (at the talks that match the losses)': else no proposals at all
    if _says_what_a_bare_object_is(t):
        return True  # 'sought a session (with the chair)', 'wants a cut (in its levies)'
    if not completes(t.head, t):
        return False
    if t.dep_ == "prep" and t.head.pos_ in ("NOUN", "PROPN"):
        own = [c for c in t.head.children if c.i != t.i]
        if _an_act(t.head) and all(_plain_adjective(c) or c.dep_ == "det" for c in own):
            return True  # 'the sudden closure (of the market)': an adjective says how, not what
        return "det" in [c.dep_ for c in own] and not any(c.dep_ in _OWN_MODIFIERS for c in own)
    return True


_OBJECT_DEPS = frozenset({"dobj"})
TURNED_OVERRUN = 4  # words a line with a turning clause may run past the aim: both halves whole


def _holds_a_turn(tokens: list[Token]) -> bool:
    inside = {t.i for t in tokens}
    return any(_set_against(t, inside) for t in tokens)


def _set_against(t: Token, inside: set[int]) -> bool:
    """A clause joined by 'but' or 'yet' to a kept predicate ('had planned to open the quay in May
    but has put it off', 'would take the audit but will never sign the quota'): it turns what the
    first clause says, so a line without it says what the speaker did not mean; never pruned. When
    the line is then too long, the point falls back to the fuller clause rather than lose it."""
    # 'but the union refused' has a subject of its own: another's act, which a cut may take as any clause
    return t.head.i in inside and turns(t.head, t)


_NO_DETERMINERS = word_set("no_determiners")
_DENIED_DEPS = frozenset({"dobj", "attr", "nsubj", "nsubjpass"})
_DENIED_OBJECTS = frozenset({"dobj", "attr"})


def _limits_a_denial(t: Token) -> bool:
    """A clause on what a negation denies ('we hold no proposals that match the losses', 'no deal
    that cuts the quotas will pass'): the clause says which are denied, and without it the line
    denies them all, the opposite of what was said."""
    noun = t.head
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head.head  # 'proposals at the talks that match ...': the parse may hang it on the talks
    if t.dep_ not in ("relcl", "acl") or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in _DENIED_DEPS:
        return False
    if t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ",":
        return False  # 'not to renew the licence, which expires in May': an aside never says which
    if any(c.dep_ == "det" and c.lower_ in _NO_DETERMINERS for c in noun.children):
        return True  # 'no deal that cuts the quotas', subject or object
    # a subject's clause ('the firm, which needs the deal, did not say') says which one, not what is denied
    return noun.dep_ in _DENIED_OBJECTS and any(c.dep_ == "neg" for c in noun.head.children)


def _says_what_a_bare_object_is(t: Token) -> bool:
    """The phrase right after a verb's object that has nothing but its article ('a meeting', 'a cut'):
    'sought a session' and 'wants a cut' say nothing a reader can use; the phrase says with whom or of
    what. An object with words of its own ('a three-day meeting') or a phrase after a comma only adds."""
    noun = t.head
    if t.dep_ != "prep" or noun.pos_ != "NOUN" or noun.dep_ not in _OBJECT_DEPS or t.i != noun.i + 1:
        return False
    return all(c.dep_ == "det" for c in noun.children if c.i < noun.i) and any(c.dep_ == "det" for c in noun.children)


def _an_act(noun: Token) -> bool:
    """A noun of action that takes what it acts on: 'closure', 'withdrawal', 'suspension'."""
    return noun.pos_ == "NOUN" and names_an_act(noun.lower_)


def _plain_adjective(t: Token) -> bool:
    """'sudden', 'full': an adjective, not a participle ('the proposed extension') or a number."""
    return t.dep_ == "amod" and t.pos_ == "ADJ" and t.tag_ == "JJ"


_MODIFIER_CLAUSES = frozenset({"relcl", "acl", "appos", "advcl"})


def _remnant(t: Token, main: Token, inside: set[int]) -> bool:
    """A clause after the main predicate whose head went with the frame ('the idea of a quota, which
    [he said] would leave ...'): it hangs on nothing kept and goes first."""
    if t.i <= main.i or t.head.i in inside or t.head.i == t.i or t.pos_ not in ("VERB", "AUX"):
        return False
    return t.head.dep_ in _MODIFIER_CLAUSES  # not 'is [promise] that X': there the clause is the content


def _hangs_by(t: Token, deps: tuple[str, ...], main: Token, inside: set[int]) -> bool:
    """Whether `t` hangs by one of `deps`; a phrase on the main predicate only in its own pass."""
    if t.i == main.i:
        return False
    if t.dep_ == "prep" and t.head.i == main.i and not _a_time(t):
        return _ON_MAIN in deps
    if _second_report(t):
        return "relcl" in deps  # '..., and that the offer stood': a second reported clause, first to go
    if t.dep_ == "cc" and any(c.dep_ == "conj" and c.i in inside for c in t.head.children):
        return False  # 'and' goes with what it joins, never alone ('Trade Industry Court')
    if t.dep_ == "conj" and t.pos_ == "PROPN" and t.head.pos_ == "PROPN":
        return False  # a name is whole: 'the Trade and Industry Court'
    return t.dep_ in deps


def _droppable_adverbs(candidates: list[Token]) -> list[Token]:
    """Adverbs that may go: not a negation, not one that changes the stance ('only', 'never'), nor
    one such a word qualifies ('too little', 'too long': without it 'has paid the pilots' says no
    complaint at all)."""
    return [
        t
        for t in candidates
        if t.dep_ != "neg" and t.lower_ not in _KEEP_ADVERBS and not any(c.lower_ in _KEEP_ADVERBS for c in t.children)
    ]


def _content_carriers(main: Token) -> list[Token]:
    """What a light main predicate says its stance with: 'is calling for the cuts to be scrapped'.
    Pruning never takes it: the predicate alone ('is calling') is no point."""
    joined = [c for v in main.children if v.dep_ == "conj" and v.pos_ == "VERB" for c in _content_carriers(v)]
    return _own_carriers(main) + joined  # "welcomed the move but insists on seeing steps"


def _own_carriers(main: Token) -> list[Token]:
    after = [c for c in main.children if c.i > main.i]
    named = [c for c in after if c.dep_ == "acomp" and c.lower_ in CONDITION_WORDS]
    if named:
        return _what_the_condition_is_on(named[0], after)
    if main.lemma_.lower() not in DEMAND_VERBS:
        return _clause_of_a_bare_verb(main, after)
    return [c for c in after if c.dep_ in ("prep", "advcl", "dobj", "ccomp", "xcomp")][:1]


def _what_the_condition_is_on(adjective: Token, after: list[Token]) -> list[Token]:
    """'is conditional on a change': the change is the point, on the adjective or on 'is'."""
    return [g for g in (*adjective.children, *after) if g.dep_ == "prep" and g.i > adjective.i][:1]


def _clause_of_a_bare_verb(main: Token, after: list[Token]) -> list[Token]:
    """A verb with no complement carries its content in a clause after it, if any."""
    if main.pos_ != "VERB" or any(c.dep_ in COMPLEMENTS and not _a_time(c) for c in main.children):
        return []
    # "the breakdown occurred when the employer proposed automation": the clause is the content
    return [c for c in after if c.dep_ == "advcl"][:1]


def _a_time(phrase: Token) -> bool:
    """'in March', 'on Friday': a phrase that says when, not what the verb does ('had offered in March
    to open its ports': the offer is in the clause after it)."""
    return phrase.dep_ == "prep" and any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in phrase.children)


def core_proposition(main: Token, tokens: list[Token]) -> list[Token]:
    """The predicate with its subject, modality, negation and object, each as a bare noun phrase."""
    inside = {t.i for t in tokens}
    keep = _core_of(main, inside)
    # the hyphen of a word kept whole ('cease-fire'), never 'cease fire'
    keep |= {t.i for t in tokens if t.text in HYPHENS and t.i - 1 in keep and t.i + 1 in keep}
    out = [t for t in tokens if t.i in keep]
    return _cut_at_a_phrase(out, MAX_ITEM_WORDS + 2) if word_count(out) > MAX_ITEM_WORDS else out


def _cut_at_a_phrase(tokens: list[Token], size: int) -> list[Token]:
    """The first `size` tokens, without the start of a phrase whose head the cut left out: 'in the
    region's' of 'in the region's capital' goes whole, never leaving a point on a possessive."""
    head, rest = tokens[:size], {t.i for t in tokens[size:]}
    kept = {t.i for t in head}
    cut = {t.i for t in head if _hangs_on(t, rest, kept)}
    dangling = {s.i for t in head if t.i in cut for s in t.subtree}
    return tidy_edges([t for t in head if t.i not in dangling]) or head


def _hangs_on(t: Token, rest: set[int], kept: set[int]) -> bool:
    """Whether the word's head is among the words cut away."""
    return t.head.i in rest and t.head.i not in kept


def _core_of(head: Token, inside: set[int]) -> set[int]:
    """A predicate's core, following a verbal complement down: 'has to understand how ready X is'."""
    keep = {head.i}
    for child in head.children:
        if child.i in inside:
            keep |= _core_of_child(head, child, inside)
    return keep


def _core_of_child(head: Token, child: Token, inside: set[int]) -> set[int]:
    """What one dependent of a predicate adds to its core."""
    if _coordinated_verb(head, child):
        # "withdraw its ships and release the crews": coordinated demands stay whole
        return _core_of(child, inside) | {c.i for c in head.children if c.dep_ == "cc" and c.i in inside}
    if _demanded_by(head, child):
        return {t.i for t in child.subtree if t.i in inside}  # "but insists on seeing concrete steps"
    if child.dep_ not in _PREDICATE_CORE_DEPS:
        return set()
    if _verbal_complement(child):
        return _core_of(child, inside)
    return _argument_core(child, inside)


def _argument_core(child: Token, inside: set[int]) -> set[int]:
    """A kept argument with its short modifiers (four words at most each)."""
    keep = {child.i}
    for g in child.children:
        if g.dep_ in _ARGUMENT_CORE_DEPS and g.i in inside and len(list(g.subtree)) <= 4:
            keep |= {s.i for s in g.subtree}
    return keep


def _verbal_complement(child: Token) -> bool:
    """'has to understand ...', 'said it would sign': a clause the predicate's core follows down."""
    return child.dep_ in ("xcomp", "ccomp") and child.pos_ in ("VERB", "AUX")


def _coordinated_verb(head: Token, child: Token) -> bool:
    """A verb joined to the predicate: 'withdraw its ships and release the crews'."""
    return child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and head.pos_ == "VERB"


def _demanded_by(verb: Token, child: Token) -> bool:
    """'insists on X', 'calls for X': the preposition that carries what a demand verb demands."""
    return child.dep_ == "prep" and child.lower_ in ASKED_PREPOSITIONS and verb.lemma_.lower() in DEMAND_VERBS


def tidy_edges(tokens: list[Token]) -> list[Token]:
    """No trailing comma, conjunction or preposition left hanging after pruning."""
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ in ("cc", "prep", "mark", "det", "aux")):
        if tokens[-1].text in (")", "”", '"'):
            break
        tokens = tokens[:-1]
    return strip_openers(tokens)


_COMPLEMENT_MARKS = word_set("complement_marks")


def strip_openers(tokens: list[Token]) -> list[Token]:
    """No item opens on a connective, a conjunction, punctuation or 'that'."""
    while tokens:
        rest = _without_opener(tokens)
        if rest is None:
            break
        tokens = rest
    return tokens


def _without_opener(tokens: list[Token]) -> list[Token] | None:
    """The words without the one they open on, if it is an opener; None if they open on none."""
    first = tokens[0]
    low = first.lower_
    if first_word_of_a_name(first):
        return None  # 'OR Hamnarbetarna has ...': a word in capitals before a name is that name's
    if _degree_word(first):
        # "so far, ...": the word belongs to the one after it; the phrase goes whole, never 'Far, ...'
        drop = {t.i for t in first.head.subtree}
        return [t for t in tokens if t.i not in drop]
    if _leads_on(first):
        if low in CONNECTIVES and first.dep_ in ("advcl", "prep") and len(list(first.subtree)) > 1:
            drop = {t.i for t in first.subtree}  # "Meanwhile, ..." vs "Earlier this week, ..."
            return [t for t in tokens if t.i not in drop]
        return tokens[1:]
    if first.dep_ == "mark" and low in _COMPLEMENT_MARKS:
        return tokens[1:]
    return None


def first_word_of_a_name(first: Token) -> bool:
    """A word in capitals the model took for a conjunction or marker ('OR', 'IF') right before a name."""
    following = first.doc[first.i + 1] if first.i + 1 < len(first.doc) else None
    upper = first.is_upper and first.is_alpha and len(first.text) > 1 and first.pos_ in ("CCONJ", "SCONJ")
    return upper and following is not None and following.pos_ == "PROPN"


def _degree_word(first: Token) -> bool:
    """A connective's word that modifies the adverb or adjective right after it ('so far'): cut
    alone, the point would open on 'Far'."""
    following = first.head
    if first.lower_ not in CONNECTIVES or first.dep_ != "advmod":
        return False
    return following.i == first.i + 1 and following.pos_ in ("ADV", "ADJ")


def _leads_on(first: Token) -> bool:
    """Punctuation, a conjunction, a connective or a hedge: a word no point opens on."""
    low = first.lower_
    return first.is_punct or first.is_space or first.dep_ == "cc" or low in CONNECTIVES or low in HEDGES
