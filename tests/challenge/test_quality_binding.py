"""Challenge suite (issue #25, class 1): who says it. A description ('the union', 'union leaders')
takes up the party it describes and no other; a minister speaks for a government, never for the
people the minister talks to. Each case is an invented article; each failed before its mechanism landed."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span
from spacy.util import filter_spans as spacy_filter

from briefing.analysis.rules.engine import analyse_parsed
from briefing.analysis.rules.parties.registry import build_registry
from briefing.analysis.rules.types import Party, Registry
from briefing.model import Article
from briefing.nlp import load_model

from . import ARTICLE_PUBLISHED, brief_of, points_of, registry_with, side_points


@cache
def registry_of(text: str) -> Registry:
    return build_registry(load_model()(text))


def party_named(reg: Registry, word: str) -> Party | None:
    return next((p for p in reg.parties.values() if word in p.name), None)


# An association of manufacturers is an employers' body: 'union leaders' are never its voice.
EMPLOYERS_ASSOCIATION = (
    "The Velmar Garment Manufacturers Association on Monday urged workers to return to the mills."
    " Union leaders rejected the new wage table and threatened to strike if pay is not raised. The Velmar "
    "Garment Manufacturers Association said the mills would stay open."
)


def test_an_association_of_manufacturers_is_an_employer_not_a_union() -> None:
    association = party_named(registry_of(EMPLOYERS_ASSOCIATION), "Manufacturers")
    assert association is not None and association.kind == "company", association
    points = points_of(EMPLOYERS_ASSOCIATION, "Manufacturers")
    assert not any("strike" in text or "wage table" in text for text in points), points


# 'the TKV trade union' tells what TKV is: a later 'the union' is TKV, not the company named nearer.
UNION_BY_ITS_NOUN = (
    "Lindor's TKV trade union on Monday denounced the offer of early pay talks made by Calloway Oil. Calloway "
    "Oil proposed earlier pay talks provided that the union calls off its walkout. The TKV said the "
    "walkout would go on. The union is demanding a pay rise of 8 percent."
)


def test_a_party_called_a_union_is_the_union_a_description_takes_up() -> None:
    reg = registry_of(UNION_BY_ITS_NOUN)
    tkv, oil = party_named(reg, "TKV"), party_named(reg, "Calloway")
    assert tkv is not None and tkv.kind == "union", tkv
    assert oil is not None and oil.kind != "union", oil
    points = points_of(UNION_BY_ITS_NOUN, "Calloway")
    assert not any("8 percent" in text for text in points), points


# A party that acts on 'the union' ('asked for mediation with the union') is not the union.
ACTS_ON_THE_DESCRIPTION = (
    "Karsfeld Resources wants a state conciliator to broker talks with the union over the Orvik quarry. On "
    "Monday the union announced that it was getting ready to strike. Karsfeld Resources said it hoped for a "
    "deal before the end of the month."
)


def test_a_party_acting_on_a_description_is_not_what_it_describes() -> None:
    karsfeld = party_named(registry_of(ACTS_ON_THE_DESCRIPTION), "Karsfeld")
    assert karsfeld is not None and karsfeld.kind != "union", karsfeld
    points = points_of(ACTS_ON_THE_DESCRIPTION, "Karsfeld")
    assert not any("ready to strike" in text for text in points), points


# An acronym met before its long form is the same party, and takes the long form's kind.
ACRONYM_FIRST = (
    "The RTPA told the Stagehands Guild on Monday that it would not answer the guild's proposal. The Regional "
    "Television Producers Alliance said its offer was generous and final."
)


def test_an_acronym_met_before_its_long_form_is_one_party() -> None:
    reg = registry_of(ACRONYM_FIRST)
    alliance = party_named(reg, "Regional Television")
    assert alliance is not None and "RTPA" in alliance.aliases, [(p.name, p.aliases) for p in reg.parties.values()]
    assert "RTPA" not in reg.parties


# A minister speaks for a government: not for the students the minister's words are about.
MINISTER_ABOUT_PROTESTERS = (
    "Students on Thursday refused an invitation from the government to discuss the fee rise. Interior "
    "Minister Calder Voss said the students would be welcome at the table on any day of their choosing. "
    '"We are ready to meet them this week," Voss said. He asked the protesters to end '
    "the blockade of the campus."
)


def test_a_minister_never_speaks_for_the_protesters_spoken_of() -> None:
    brief = brief_of(MINISTER_ABOUT_PROTESTERS)
    assert any("Student" in side.name for side in brief.sides), [side.name for side in brief.sides]
    students = side_points(brief, "Student")
    assert not any("meet" in text or "blockade" in text for text in students), students
    government = side_points(brief, "government")
    assert any("meet" in text for text in government), government


# A quote of an official the text gives no side continues her voice, not the side heard before her.
AN_OFFICIALS_QUOTE_RUNS_ON = (
    "The Coastal Pilots Guild said on Monday it would serve notice of a walkout by Thursday unless Harlow "
    "Shipping Company improved its offer.\n"
    '"On Sunday I put it to Harlow Shipping Company and the Coastal Pilots Guild that an outside conciliator '
    'should join the talks," Labour Minister Maria Keller told reporters.\n'
    '"I want both sides to cooperate with the conciliator and avert a shutdown. I am watching the talks closely."\n'
    "Harlow Shipping Company said its negotiators would see the conciliator before the weekend."
)


def test_a_quote_after_an_unaffiliated_official_is_not_the_side_heard_before() -> None:
    guild = points_of(AN_OFFICIALS_QUOTE_RUNS_ON, "Guild")
    assert not any("cooperate" in text or "watching" in text for text in guild), guild
    assert any("Guild" in side.name for side in brief_of(AN_OFFICIALS_QUOTE_RUNS_ON).sides)


# 'envoy to Helsinki Tomas Reyes': he serves the state before the title, not the one the title points
# to, though the parse hangs the capital on his name. The model's tags are set as it gives them on
# such a line elsewhere ('Helsinki' a place, the name a person). Real states stand in here: the
# title's capital must be one the registry knows, which no invented state's is.
ENVOY_TO_THE_OTHER_SIDE = (
    "Portugal scrapped its levies on Finnish steel after Finland handed back two impounded trawlers. "
    '"From Monday the steel levies are gone," Portuguese special envoy to Helsinki Tomas Reyes said '
    'following talks with the Finnish premier. "Both capitals gain from this," Reyes said. '
    "Finland said it would return a third trawler by June."
)


def test_an_envoy_serves_the_state_that_sends_her() -> None:
    doc = load_model()(ENVOY_TO_THE_OTHER_SIDE)
    places = [("Portugal", "GPE"), ("Finland", "GPE"), ("Helsinki", "GPE")]
    tags = [*places, ("Tomas Reyes", "PERSON"), ("Reyes", "PERSON")]
    spans: list[Span] = []
    for words, label in tags:
        n = len(words.split())
        spans += [Span(doc, t.i, t.i + n, label=label) for t in doc if doc[t.i : t.i + n].text == words]
    doc.ents = spacy_filter(spans)
    brief = analyse_parsed(Article(text=ENVOY_TO_THE_OTHER_SIDE, published=ARTICLE_PUBLISHED), doc)
    assert any(side.name == "Finland" for side in brief.sides), [side.name for side in brief.sides]
    finland = side_points(brief, "Finland")
    assert not any("gain from this" in text for text in finland), finland
    portugal = side_points(brief, "Portugal")
    assert any("gain from this" in text for text in portugal), portugal


# 'the Velika Herald journalist reported': a newsroom, no side its sources speak for.
A_NEWSROOM_BESIDE_A_SPEAKER = (
    "Norland and Valdoria agreed on Monday to exchange prisoners. Norland said it would free forty "
    "detainees by Friday. Valdoria said it would free thirty. Ana Berg, the sister of one detainee, said "
    'she had spoken with him, the Coastal Herald journalist reported. "We waited for a long time," Berg told '
    'reporters. "It still feels unreal."'
)


def test_a_speaker_beside_a_journalists_newsroom_does_not_speak_for_it() -> None:
    names = [side.name for side in brief_of(A_NEWSROOM_BESIDE_A_SPEAKER).sides]
    assert not any("Herald" in name for name in names), names


def test_a_government_in_a_story_naming_no_state_is_the_side_its_minister_speaks_for() -> None:
    names = [side.name for side in brief_of(MINISTER_ABOUT_PROTESTERS).sides]
    assert any("government" in name.lower() for name in names), names
    government = points_of(MINISTER_ABOUT_PROTESTERS, "government")
    assert any("meet" in text for text in government), government


# A line that ends on a colon names the voice of the quote that follows it.
STATEMENT_INTRODUCED_BY_A_COLON = (
    "The Coastal Pilots Guild is a day away from a strike, and Harlow Shipping Company said on Monday it "
    "was working on a strong offer.\n"
    '"Nothing offered so far comes close to valuing what our members do," the guild said.\n'
    "The company issued a statement after the guild's address.\n"
    "Read the statement from Harlow Shipping Company chief executive Maria Keller:\n"
    '"I can promise you our team remains at the table in good faith, with fair proposals already made to the '
    'guild. We are moving forward on the issues you care about most."'
)


def test_a_quote_after_a_line_ending_on_a_colon_is_the_voice_it_names() -> None:
    brief = brief_of(STATEMENT_INTRODUCED_BY_A_COLON)
    assert any("Guild" in side.name for side in brief.sides), [side.name for side in brief.sides]
    guild = side_points(brief, "Guild")
    assert not any("good faith" in text or "moving forward" in text for text in guild), guild
    company = side_points(brief, "Harlow")
    assert any("moving forward" in text for text in company), company


# 'Tk 12,500' is a sum of money, never an organisation, though the model tags it as one.
A_SUM_TAGGED_AS_A_NAME = (
    "The wage board set the minimum monthly pay at Tk 12,500 on Tuesday, half of what the workers demand. "
    "The Velmar Garment Manufacturers Association said the mills would stay open. Union leaders rejected "
    "the new minimum wage and threatened to strike."
)


def test_a_sum_of_money_is_no_party() -> None:
    tags = [("Tk 12,500", "ORG"), ("Velmar Garment Manufacturers Association", "ORG")]
    names = list(registry_with(A_SUM_TAGGED_AS_A_NAME, tags, keep_others=True).parties)
    assert not any(any(ch.isdigit() for ch in name) for name in names), names
