"""The two sides of the dispute: the parties named together ("talks between A and B", "A-B
negotiations", "A and B met"), speaking, or acting on the dispute, weighed by how much they say and
do; a party that serves the process (a conciliation board, a mediator, one who urges both sides on)
weighs nothing, a host, backer, lender (`side_backers`) or international body little."""

from __future__ import annotations

import re
from collections import defaultdict

from spacy.tokens import Doc, Token

from briefing.analysis.doctext import text_of, tokens_from, tokens_tagged
from briefing.analysis.rules.lexicon import is_news_source, lookup_place
from briefing.analysis.rules.role_denials import disclaimed_part
from briefing.analysis.rules.roles import _label, role_of
from briefing.analysis.rules.side_acts import dispute_acts
from briefing.analysis.rules.side_backers import puts_up_the_money
from briefing.analysis.rules.side_names import name_words
from briefing.analysis.rules.side_onlookers import (
    decides_by_name,
    fighters_of_a_pair,
    joint_pair,
    onlookers,
    rules_on_disputes,
)
from briefing.analysis.rules.types import Party, Registry, Statement
from briefing.lang import LanguageProfile, per_language, word_set


@per_language
def _between(profile: LanguageProfile) -> re.Pattern[str]:
    """'between Kestrel Air and the pilots union': the two names, up to a word that ends the pair."""
    between, the, and_, ends = (
        profile.alternation(name) for name in ("pair_prepositions", "definite_articles", "and_words", "pair_ends")
    )
    return re.compile(
        rf"\b(?:{between}) (?:(?:{the}) )?(?P<a>[^,.;]+?) (?:{and_}) (?:(?:{the}) )?(?P<b>[^,.;]+?)"
        rf"(?=[,.;]| (?:{ends})\b)"
    )


# "the Norland-Valdoria negotiations". The capital comes first and the word before it is tested
# behind it (no word character or dot before the name): a pattern that opens with a set of letters
# lets the engine skip to the next capital, where one that opens with a lookbehind tries every place.
@per_language
def hyphened_pair(profile: LanguageProfile) -> re.Pattern[str]:
    nouns = profile.alternation("pair_nouns")
    return re.compile(rf"([A-Z](?<![\w.][A-Z])[\w.]+)[-–]([A-Z][\w.]+)(?= (?:{nouns}))")


_MEDIATION_ROLES = word_set("mediation_roles")


def choose_sides(doc: Doc, reg: Registry, statements: list[Statement], max_sides: int = 2) -> list[Party]:
    scores = _statement_scores(reg, statements)
    pairs = _pairs_between(doc, reg)
    for a, b in pairs:
        scores[a.name] += 4.0
        scores[b.name] += 4.0
    acts = dispute_acts(doc, reg)
    for doer, done_to in acts:
        # one who acts on another in the quarrel, and the one acted on, are in it: the more so as a pair
        act_score = PAIR_ACT_SCORE if doer is not None and done_to is not None else LONE_ACT_SCORE
        for party in (doer, done_to):
            if party is not None and not rules_on_disputes(party):
                scores[party.name] += act_score
    backers = _weigh(doc, reg, statements, scores, _joined_to_another(acts, pairs))
    outside = onlookers(doc, reg, statements, acts, pairs)
    ranked = _onlookers_behind(reg, scores, _ranked(reg, scores, backers), outside)
    engaged = [(a, b) for a, b in acts if a and b and not (_looks_on(a, outside) or _looks_on(b, outside))]
    ranked = _fighter_against_the_pair(ranked, scores, pairs, fighters_of_a_pair(reg, statements))
    return _one_side_each(_opponent_first(ranked, scores, engaged, pairs))[:max_sides]


def _fighter_against_the_pair(
    ranked: list[Party], scores: dict[str, float], pairs: list[tuple[Party, Party]], fighters: set[str]
) -> list[Party]:
    """'the growers vowed to block the pact between A and B': when the two best are the named pair of
    an affair and a party that fights that affair scores as a side, it is the side against the pair,
    facing the pair's first."""
    top = {ranked[0].name, ranked[1].name} if len(ranked) > 1 else set()
    if len(ranked) < 3 or not any({a.name, b.name} == top for a, b in pairs):
        return ranked
    fighter = next((p for p in ranked[2:] if p.name in fighters and scores[p.name] >= SIDE_SCORE), None)
    if fighter is None:
        return ranked
    return [ranked[0], fighter, *(p for p in ranked[1:] if p is not fighter)]


def _weigh(
    doc: Doc, reg: Registry, statements: list[Statement], scores: defaultdict[str, float], joined: set[str]
) -> set[str]:
    """Add each party's mentions to its score, then weigh it by the part it plays (`_side_weight`). One
    that asks both sides to settle stands between them, unless an act, a pair or words of each
    other (`_naming_each_other`) make it one of the two. Returns the lenders and funders of the deal."""
    conveners = {
        st.party.name
        for st in statements
        if st.party is not None
        and (_appeals_to_both_sides(st) or _meets_both_sides(st, reg) or _declares_itself_neutral(st, reg))
    }
    in_the_quarrel = joined | _naming_each_other(reg, statements)
    conveners -= in_the_quarrel  # 'the two sides' that take the speaker in
    backers = {p.name for p in reg.parties.values() if p.name not in in_the_quarrel and puts_up_the_money(doc, p)}
    for party in reg.parties.values():
        scores[party.name] += 0.3 * party.proper_mentions + 0.1 * (len(party.mentions) - party.proper_mentions)
        scores[party.name] *= _side_weight(doc, reg, party, statements, conveners)
        if party.name in backers:
            scores[party.name] *= HELPER_WEIGHT  # a lender or funder of the deal, in no quarrel of its own
    return backers


def _naming_each_other(reg: Registry, statements: list[Statement]) -> set[str]:
    """The parties whose own words name another party whose own words name them: two that talk of
    each other are the two sides, so 'we want the two sides to settle' in one's mouth takes itself in."""
    named: defaultdict[str, set[str]] = defaultdict(set)
    for st in statements:
        if st.party is not None:
            named[st.party.name].update(p.name for p in reg.parties_in(*st.content) if p is not st.party)
    return {a for a, others in named.items() if any(a in named.get(b, ()) for b in others)}


def _joined_to_another(acts: list[tuple[Party | None, Party | None]], pairs: list[tuple[Party, Party]]) -> set[str]:
    """The parties an act of dispute or a named pair joins to another party."""
    linked = [(a, b) for a, b in acts if a is not None and b is not None] + pairs
    return {p.name for a, b in linked if a is not b for p in (a, b)}


def _one_side_each(ranked: list[Party]) -> list[Party]:
    """A state and a court, tribunal or ministry of its own ('Norland' and 'the Norlandic Supreme
    Court') are one side, not two: the state yields to the body that acts in the story."""
    organs = [p for p in ranked[:2] if p.kind == "government" or decides_by_name(p)]
    return [p for p in ranked if not any(_organ_of(organ, p) for organ in organs if organ is not p)]


def _organ_of(organ: Party, state: Party) -> bool:
    """Whether `organ`'s name opens with the state's name or one of its demonyms."""
    place = lookup_place(state.name) if state.kind in ("state", "place") else None
    if place is None:
        return False
    first = organ.name.split()[0].replace("’", "'").removesuffix("'s")
    return first in (place.name, *place.names, *place.demonyms)


def _looks_on(party: Party, outside: set[str]) -> bool:
    return party.name in outside or rules_on_disputes(party)


def _onlookers_behind(reg: Registry, scores: dict[str, float], ranked: list[Party], outside: set[str]) -> list[Party]:
    """A court that hears the case, a lobby that comments on it, a speaker who tells of two others
    (`side_onlookers`) ranks behind the parties that are in the dispute, when two of those score as
    sides; with fewer, the onlooker may be the one the others contest, so the order stands."""
    if not any(p.name in outside for p in ranked[:2]):
        return ranked
    inside = _ranked(reg, defaultdict(float, {name: s for name, s in scores.items() if name not in outside}))
    if len(inside) < 2:
        return ranked
    return inside + [p for p in ranked if p.name in outside]


def _opponent_first(
    ranked: list[Party],
    scores: dict[str, float],
    engaged: list[tuple[Party, Party]],
    pairs: list[tuple[Party, Party]],
) -> list[Party]:
    """The second side is the first side's opponent: when the first side acts on, or is acted on by,
    a party that scores as a side, that party comes before one the first side never engages (a
    state whose leader comments on a strike at a company's plants). A second side named with the
    first ('talks between A and B') stays: a fine or an accusation may be aimed at a third party."""
    if not ranked:
        return ranked
    first = ranked[0]
    opponents = [p for p in _partners(first, engaged) if scores[p.name] >= OTHER_SIDE_SCORE]
    if not opponents or (len(ranked) > 1 and ranked[1] in opponents + _partners(first, pairs)):
        return ranked
    best = max(opponents, key=lambda p: scores[p.name])
    return [first, best, *(p for p in ranked[1:] if p is not best)]


def _partners(party: Party, links: list[tuple[Party, Party]]) -> list[Party]:
    """The parties linked to `party` by a pair or an act."""
    return [b if a is party else a for a, b in links if party in (a, b) and a is not b]


def _ranked(reg: Registry, scores: dict[str, float], backers: frozenset[str] | set[str] = frozenset()) -> list[Party]:
    """The parties that score as sides, best first (ties by name)."""
    ordered = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    ranked = [reg.parties[name] for name, score in ordered if score >= SIDE_SCORE]
    if len(ranked) == 1:
        # A dispute has two sides: the other one may only be talked about, never heard; a lender to
        # the deal is never that other side (the parties it lends to may all be unnamed).
        ranked += [
            reg.parties[name] for name, score in ordered[1:2] if score >= OTHER_SIDE_SCORE and name not in backers
        ]
    return ranked


def _statement_scores(reg: Registry, statements: list[Statement]) -> defaultdict[str, float]:
    """What the statements give each party: its own words, and being named in another's."""
    scores: defaultdict[str, float] = defaultdict(float)
    for st in statements:
        if st.party is not None:
            scores[st.party.name] += 3.0 if st.reported else 2.0
            # Sides talk about each other: a party named in another's words is in the dispute.
            for other in reg.parties_in(*st.content):
                if other is not st.party:
                    scores[other.name] += 1.0
    return scores


def _side_weight(doc: Doc, reg: Registry, party: Party, statements: list[Statement], conveners: set[str]) -> float:
    """How much a party's score counts towards being a side: nothing for one that serves the talks
    (a conciliation board, one who urges both sides on), less for a mediator, host, news source,
    silent bloc or international body."""
    if _named_for_the_process(party) or party.name in conveners:
        return 0.0
    role = _mediation_role(doc, reg, party)
    weight = MEDIATOR_WEIGHT if role in _BETWEEN_THE_SIDES else HELPER_WEIGHT if role else 1.0
    if is_news_source(party.name) or (party.kind == "bloc" and not any(st.party is party for st in statements)):
        weight *= 0.5
    if party.kind == "body":
        weight *= 0.5  # the UN, the IMF, the Red Cross: convenors and monitors far more than sides
    return weight


MEDIATOR_WEIGHT = 0.0  # a mediator or facilitator speaks a great deal, for neither side
HELPER_WEIGHT = 0.35  # a host, backer, guarantor or observer: at times a side's ally, rarely a side
_BETWEEN_THE_SIDES = frozenset({"mediator", "facilitator"})
PAIR_ACT_SCORE = 2.0  # one party sues, fines, sanctions or strikes against another: both in the quarrel
LONE_ACT_SCORE = 1.0  # an act of dispute whose other end is no party the text names
SIDE_SCORE = 2.0  # a statement of its own, a "between A and B", or a great many mentions
OTHER_SIDE_SCORE = 1.0  # named in the one side's words, or several times by name


_PAIR_PREPOSITIONS = word_set("pair_prepositions")


def _pairs_between(doc: Doc, reg: Registry) -> list[tuple[Party, Party]]:
    """'talks between Kestrel Air and the pilots union', 'the Norland-Valdoria negotiations'."""
    text = text_of(doc)
    between = _between().finditer(text) if any(w + " " in text for w in _PAIR_PREPOSITIONS) else ()
    found = [_parties_paired(reg, m.span("a"), m.span("b")) for m in between]
    found += [_parties_paired(reg, m.span(1), m.span(2)) for m in hyphened_pair().finditer(text)]
    return [pair for pair in found if pair is not None] + _meeting_pairs(doc, reg) + _joint_pairs(doc, reg)


_PAIR_NOUNS = word_set("pair_nouns")


def _joint_pairs(doc: Doc, reg: Registry) -> list[tuple[Party, Party]]:
    """'A and B negotiators met', 'the A and B talks': two parties named jointly with a noun of
    talks between two sides (`side_onlookers.joint_pair`)."""
    pairs = []
    for tok in tokens_tagged(doc, "NOUN"):
        pair = joint_pair(reg, tok, _PAIR_NOUNS) if tok.lower_ in _PAIR_NOUNS else None
        if pair is not None and _two_sides(*pair):
            pairs.append(pair)
    return pairs


def _parties_paired(reg: Registry, first: tuple[int, int], second: tuple[int, int]) -> tuple[Party, Party] | None:
    """The two different parties named at two places of the text, if both are parties."""
    a = _party_in(reg, *first)
    b = _party_in(reg, *second)
    return (a, b) if a is not None and b is not None and a is not b else None


def _meeting_pairs(doc: Doc, reg: Registry) -> list[tuple[Party, Party]]:
    """'Norland and Valdoria held talks', 'Kestrel and the guild met on Monday', 'Norland and Valdoria
    agreed to build the line': two parties that meet or come to terms, as the joint subject of a verb
    of meeting or agreeing, are the two sides of the talks."""
    pairs = []
    for tok in tokens_tagged(doc, "VERB"):
        pair = _meeting_pair(reg, tok) if tok.lemma_.lower() in _MEETING_VERBS else None
        if pair is not None:
            pairs.append(pair)
    return pairs


def _meeting_pair(reg: Registry, verb: Token) -> tuple[Party, Party] | None:
    """The two parties that are the joint subject ('A and B') of a verb of meeting, if any."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    other = next((c for c in subject.children if c.dep_ == "conj"), None) if subject is not None else None
    if other is None:
        return None
    a = reg.party_at(subject.idx, subject.idx + len(subject.text))
    b = reg.party_at(other.idx, other.idx + len(other.text))
    if a is None or b is None:
        return None
    return (a, b) if _two_sides(a, b) else None


def _two_sides(a: Party, b: Party) -> bool:
    """Two different parties, neither of them a bloc."""
    return a is not b and a.kind != "bloc" != b.kind


def _party_in(reg: Registry, start: int, end: int) -> Party | None:
    found = reg.party_at(start, end)
    if found is not None:
        return found
    inside = reg.parties_in(start, end)
    return inside[0] if inside else None


_PROCESS_BODY_WORDS = word_set("process_body_words")


def _named_for_the_process(party: Party) -> bool:
    """'the Board for Conciliation and Mediation Services', 'the National Mediation Board'."""
    return not _PROCESS_BODY_WORDS.isdisjoint(name_words(party.name))


def _mediation_role(doc: Doc, reg: Registry, party: Party) -> str | None:
    if disclaimed_part(doc, party) is not None:
        return "onlooker"  # "says it backs neither camp": a party that disclaims a part is no side's
    role, _ = role_of(doc, party)
    if (role is None and _named_for_the_process(party)) or (role == "leader" and _leads_the_mediation(doc, party)):
        return "mediator"
    return role if role in _MEDIATION_ROLES else None


def _leads_the_mediation(doc: Doc, party: Party) -> bool:
    """'Norlandic-led mediation', 'the Norland-led mediation effort': a party that leads the mediation
    is its mediator, whatever its statements ('Norland-led talks' may be led by a side)."""
    text = text_of(doc)
    for _start, end in party.mentions:
        led = re.match(r"-led (\w+)(?: (\w+))?", text[end : end + 40]) if text.startswith("-led ", end) else None
        if led is not None and any(_label(w.lower()) == "mediator" for w in led.groups() if w):
            return True
    return False


_BOTH_WORDS = word_set("both_words")
_APPEAL_MODALS = word_set("appeal_modals")
_APPEAL_VERBS = word_set("appeal_verbs")


_SIDE_NOUNS = word_set("side_nouns")
_APPEALED_TO = word_set("appealed_to_prepositions")


def _appeals_to_both_sides(st: Statement) -> bool:
    """'I call on both parties to settle', 'both sides should go back to talks': a speaker who
    asks the two sides to act stands between them, not on one side."""
    words = tokens_from(st.sent, *st.content)  # the statement's own words, from the article's one token list
    return any(_both_sides_in_words(st, tok) and _asked_to_act(tok) for tok in words)


_WITH = word_set("with_prepositions")


def _meets_both_sides(st: Statement, reg: Registry) -> bool:
    """'We held talks with both Skylane and the guild': a speaker who meets both of two other
    parties stands between them, as the one who brings them together."""
    if st.party is None:
        return False  # no speaker's party to stand apart from the two it met
    for tok in tokens_from(st.sent, *st.content):
        if tok.lower_ not in _BOTH_WORDS or tok.head.dep_ != "pobj" or tok.head.head.lower_ not in _WITH:
            continue
        met = [tok.head, *(c for c in tok.head.children if c.dep_ == "conj")]
        parties = [reg.party_at(t.idx, t.idx + len(t.text)) for t in met]
        named = {p.name for p in parties if p is not None}
        if len(met) > 1 and None not in parties and len(named) == len(met) and st.party.name not in named:
            return True
    return False


_NEUTRAL_WORDS = word_set("neutrality_adjectives")
_SIDE_TAKING_VERBS = word_set("side_taking_verbs")
_NEGATIONS = word_set("negation_words")


def _declares_itself_neutral(st: Statement, reg: Registry) -> bool:
    """'The commission said it would not take sides', 'we remain neutral': a speaker who says of
    itself that it stands with neither side is no side, whatever else it says."""
    neutral, side_taking = _NEUTRAL_WORDS.now(), _SIDE_TAKING_VERBS.now()
    for tok in tokens_from(st.sent, *st.content):
        if tok.lemma_.lower() in neutral and tok.dep_ in ("acomp", "attr") and not _refused(tok.head):
            verb = tok.head  # 'we are not neutral' declares the opposite
        elif tok.lemma_.lower() in side_taking and _refused(tok) and _takes_a_side_noun(tok):
            verb = tok
        else:
            continue
        subject = _subject_up_the_conjuncts(verb)
        if subject is not None and (subject.pos_ == "PRON" or reg.party_at(subject.idx, subject.idx + 1) is st.party):
            return True
    return False


def _refused(verb: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in _NEGATIONS for c in verb.children)


def _takes_a_side_noun(verb: Token) -> bool:
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _SIDE_NOUNS for c in verb.children)


def _subject_up_the_conjuncts(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb it is coordinated with."""
    while True:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or verb.dep_ != "conj":
            return subject
        verb = verb.head


def _both_sides_in_words(st: Statement, tok: Token) -> bool:
    """'both parties', 'both sides' (plural) in the statement's own words."""
    if not (st.content[0] <= tok.idx < st.content[1]) or tok.lemma_.lower() not in _SIDE_NOUNS:
        return False
    return any(c.lower_ in _BOTH_WORDS for c in tok.children) and tok.tag_ in ("NNS",)


def _asked_to_act(tok: Token) -> bool:
    """The two sides as the ones called on, or the subject of what they should do."""
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    if verb.lemma_.lower() in _APPEAL_VERBS and (tok.dep_ == "dobj" or tok.head.lower_ in _APPEALED_TO):
        return True
    if tok.dep_ == "nsubj" and any(c.lower_ in _APPEAL_MODALS for c in tok.head.children):
        return True
    # "I expect both parties to cooperate with the mediator", parsed as a clause
    return tok.dep_ == "nsubj" and tok.head.head.lemma_.lower() in _APPEAL_VERBS and tok.head.dep_ in ("ccomp", "xcomp")


_MEETING_VERBS = word_set("meeting_verbs") | word_set("joint_agreeing_verbs")
