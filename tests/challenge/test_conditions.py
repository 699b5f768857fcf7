"""Challenge suite: conditions read from clause structure (briefing/analysis/rules/conditions.py).

Each case is an invented sentence and the words the condition must (or must not) hold; `None`
means the sentence sets no condition."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.analysis import analyse
from briefing.analysis.rules.conditions.finder import find_condition
from briefing.model import Article
from briefing.nlp import load_model


def condition_words(sentence: str) -> str | None:
    doc = load_model()(sentence)
    sent = next(iter(doc.sents))
    found = find_condition(sent)
    return None if found is None else doc.text[found.start : found.end]


def check(sentence: str, expected: str | None) -> None:
    found = condition_words(sentence)
    if expected is None:
        assert found is None, f"no condition expected, found {found!r}"
    else:
        assert found is not None, "a condition expected"
        assert expected.lower() in found.lower()


# --- strong markers: a condition whatever the main clause says ------------------------------------
STRONG = [
    ("Valdoria will sign only if the blockade is lifted.", "the blockade is lifted"),
    ("The guild will return to work unless the airline cuts pensions.", "the airline cuts pensions"),
    ("Norland said it would keep talking as long as the ceasefire holds.", "the ceasefire holds"),
    ("The union accepted the offer on condition that no jobs are cut.", "no jobs are cut"),
    ("Harborline offered a 6 percent rise in exchange for longer shifts.", "longer shifts"),
    ("The lenders will extend the loan provided that the budget is passed.", "the budget is passed"),
    ("The Tamari Front will only free the captives if Norland ends its raids.", "Norland ends its raids"),
    ("A new contract is contingent on the board's approval.", "the board's approval"),
    ("Valdoria agreed to the truce under the condition that monitors stay.", "monitors stay"),
    ("The players will play on so long as the league shares its revenue.", "the league shares its revenue"),
]

# --- weak markers with a main clause that refuses, holds out, agrees or is negated -----------------
WEAK_THAT_CONDITION = [
    ("Valdoria will not sign until the checkpoints are removed.", "the checkpoints are removed"),
    ("Until every checkpoint is gone, Valdoria's team will stay home.", "every checkpoint is gone"),
    ("The nurses will stay out until the hospital hires more staff.", "the hospital hires more staff"),
    ("Norland is ready to resume talks if Valdoria withdraws its tanks.", "Valdoria withdraws its tanks"),
    ("The union would accept arbitration if the company calls off the lockout.", "calls off the lockout"),
    ("There can be no deal while the troops remain in the valley.", "the troops remain in the valley"),
    ("Kestrel Air refuses to negotiate before the strike ends.", "the strike ends"),
    ("The regulator will not clear the merger without the sale of three mills.", "the sale of three mills"),
    ("The board will approve the plan once the union signs the deal.", "the union signs"),
    ("Harborline will bargain when the union is ready to drop its pay demand.", "the union is ready"),
    ("The council must act before the strike begins.", "the council must act"),
    # an "if" told by inversion
    ("Should the board refuse arbitration, the pilots will not return to work.", "the board refuse arbitration"),
    ("Should the airline accept arbitration, the pilots would call off the walkout.", "the airline accept"),
]

# --- weak markers that only tell time or forecast: no condition ------------------------------------
NOT_CONDITIONS = [
    "If the strike goes ahead, flights will be cut.",
    "The talks ended before a deal was reached.",
    "When the envoys met in Geneva, they discussed prisoners.",
    "The union warned of more strikes if talks fail.",
    "Even if talks resume, the gap is wide.",
    "It is not clear whether the talks will resume.",
    "The envoy spoke on condition of anonymity.",
    "Norland is ready to talk without preconditions.",
    "If we are to stay competitive, we need new routes.",
    "The rebels freed five captives in exchange for fuel last week.",
    "After the meeting, the ministers had dinner.",
    "If no agreement is reached, this would be the first stoppage in years.",
    "While the union wants more pay, the company wants flexibility.",
    "The talks continued until late at night.",
    "Had the board accepted arbitration, the pilots would not have walked out.",  # looks back, sets nothing
    "Should the union accept the offer? Its members will vote on Friday.",
]

# --- demand nouns and ultimatums --------------------------------------------------------------------
DEMAND_NOUNS = [
    ("Norland repeated its demand that the fleet leave the strait.", "the fleet leave the strait"),
    ("The guild issued a 48-hour ultimatum to restore the old rosters.", "restore the old rosters"),
    ("Grants are our red line, the island states said.", "Grants"),
    ("Our conditions are: an end to the raids and the return of the captives.", "an end to the raids"),
    ("The talks broke down over the union's insistence on a four-day week.", "a four-day week"),
    ("Valdoria's demand for a buffer zone stalled the talks.", "a buffer zone"),
    ("The precondition for any deal is a full withdrawal.", "a full withdrawal"),
    ("The lenders set a requirement that the deficit fall below 3 percent.", "the deficit fall"),
    ("Norland has sought assurances from Valdoria regarding the release of the crews.", "the release of the crews"),
    ("The guild is firm on the return of pensions as a prerequisite of a settlement.", "the return of pensions"),
]

DEMAND_NOUN_NEGATIVES = [
    "The guild says the airline never made demands of the pilots.",
    "Few envoys, if any, will sign the accord.",
    "Valdoria rejected Norland's demand for a buffer zone.",
    "Harborline faces wage demands from the union that it cannot meet.",
    "The Tamari Front published its preconditions.",
    "The company said the demands from the union were too high.",
    "The ministry received assurances from the lenders regarding the schedule.",
]

# --- line-drawing predicates -----------------------------------------------------------------------
LINES = [
    (
        "A treaty that relies on pledges alone would not be acceptable, the envoy said.",
        "A treaty that relies on pledges",
    ),
    ("The border is non-negotiable, Norland's foreign minister said.", "The border"),
    ("Any cut to pensions is unacceptable, the union said.", "Any cut to pensions"),
]

LINE_NEGATIVES = [
    "The guild pulled its members over unacceptable working hours.",
    "The offer is acceptable, the union said.",
]

# --- demand verbs -----------------------------------------------------------------------------------
DEMAND_VERBS = [
    ("The guild insists on a veto over new routes.", "a veto over new routes"),
    ("The union has demanded a 30 percent rise.", "a 30 percent rise"),
    ("Valdoria called on Norland to withdraw its ships.", "withdraw its ships"),
    ("The creditors require a new budget law.", "a new budget law"),
    ("Norland insisted that the monitors leave the zone.", "the monitors leave the zone"),
    ("Velika demanded the rebels to give up their weapons.", "give up their weapons"),
    ("Velika will sign the accord if any talks are to be held.", "any talks are to be held"),
    ("We need a fair contract to end this dispute, the guild's secretary said.", "a fair contract"),
]

DEMAND_VERB_NEGATIVES = [
    "Norland insisted that a deal could still be reached.",
    "The envoy called the proposal a good start.",
    "We need to talk about the rosters, the guild's secretary said.",
    "The airline needs more pilots for the summer.",
]

# --- obligations laid on someone else ----------------------------------------------------------------
OBLIGATIONS = [
    ("All drone bases must go, Norland's envoy said.", "All drone bases must go"),
    ("The company has to restore the old pay scale, the union said.", "restore the old pay scale"),
]

OBLIGATION_NEGATIVES = [
    "The ministry will need to intervene, the carrier said.",
    "We must first understand what the other side wants.",
    "The envoy must have known about the raid.",
]

POSITIVE = STRONG + WEAK_THAT_CONDITION + DEMAND_NOUNS + LINES + DEMAND_VERBS + OBLIGATIONS
NEGATIVE = NOT_CONDITIONS + DEMAND_NOUN_NEGATIVES + LINE_NEGATIVES + DEMAND_VERB_NEGATIVES + OBLIGATION_NEGATIVES


@pytest.mark.parametrize(("sentence", "expected"), POSITIVE, ids=[c[0][:48] for c in POSITIVE])
def test_sets_condition(sentence: str, expected: str) -> None:
    check(sentence, expected)


@pytest.mark.parametrize("sentence", NEGATIVE, ids=[c[:48] for c in NEGATIVE])
def test_sets_no_condition(sentence: str) -> None:
    check(sentence, None)


# --- the condition belongs to whoever sets it, not to whoever reports it --------------------------
PUB = dt.date(2026, 3, 10)


def preconditions_by_side(text: str) -> dict[str, list[str]]:
    brief = analyse(Article(text=text, published=PUB))
    return {side.name: [p.text for p in side.preconditions] for side in brief.sides}


def test_reported_condition_goes_to_its_setter() -> None:
    found = preconditions_by_side(
        "Kestrel Air and the Harbor Pilots Guild met on Monday. "
        "Kestrel Air said the Harbor Pilots Guild insists on a veto over new routes. "
        "The Harbor Pilots Guild said it wanted a deal."
    )
    assert not any("veto" in text for text in found.get("Kestrel Air", []))
    assert any("veto" in text for text in found.get("Harbor Pilots Guild", []))


def test_a_rejected_demand_is_not_the_rejecting_sides_condition() -> None:
    found = preconditions_by_side(
        "Norland and Valdoria held talks in Geneva. Valdoria rejected Norland's demand for a buffer zone. "
        "Norland said it was ready to talk."
    )
    assert not any("buffer zone" in text for text in found.get("Valdoria", []))


def test_an_ultimatum_told_in_narration_goes_to_the_side_that_gave_it() -> None:
    found = preconditions_by_side(
        "The Tamari Front and Norland resumed talks. The Tamari Front gave Norland a 72-hour ultimatum "
        "to release the detainees. Norland said the talks would go on."
    )
    assert any("release the detainees" in text.lower() for text in found.get("Tamari Front", []))


def test_what_the_speaker_would_have_to_do_is_no_condition() -> None:
    check("The hospital said it could not pay more without cutting services.", None)


def test_a_condition_reads_without_its_marker() -> None:
    found = preconditions_by_side(
        "The Dockers Union and Harborline met on Monday. The Dockers Union said its members will strike on "
        "2 April unless Harborline improves its pay offer. Harborline said it wanted a deal."
    )
    texts = found.get("Dockers Union", [])
    assert texts and not any(text.lower().startswith("unless") for text in texts)


def test_a_demand_point_does_not_open_with_its_preposition() -> None:
    brief = analyse(
        Article(
            text="Norland and Valdoria resumed talks on Monday. Valdoria insisted on keeping control of the "
            "northern ports, which Norland turned down.",
            published=dt.date(2026, 3, 10),
        )
    )
    texts = [i.text for s in brief.sides for i in s.preconditions]
    assert any(t.startswith("Keeping control of the northern ports") for t in texts), texts


def test_an_inverted_condition_is_the_setters_and_leaves_the_stance_whole() -> None:
    brief = analyse(
        Article(
            text="Harborline and the Dockers Union resumed contract talks on Monday. Should Harborline refuse "
            "arbitration, the Dockers Union will not return to work, its leader said.",
            published=PUB,
        )
    )
    sides = {side.name: side for side in brief.sides}
    union = sides["Dockers Union"]
    assert [p.text for p in union.preconditions] == ["Should Harborline refuse arbitration"]
    assert [p.text for p in union.positions] == ["The Dockers Union will not return to work"]
    assert "Harborline" not in sides or not sides["Harborline"].positions


def test_a_deadline_is_not_cut_off_as_a_condition() -> None:
    brief = analyse(
        Article(
            text="Harborline and the Dockers Union resumed contract talks on Monday. The Dockers Union said "
            "it would give Harborline until 11 p.m. on Friday to improve its offer.",
            published=PUB,
        )
    )
    union = next(side for side in brief.sides if side.name == "Dockers Union")
    assert any("until 11 p.m. on Friday" in p.text for p in union.positions), union.positions


def test_an_obligation_laid_on_a_party_is_not_its_own_condition() -> None:
    found = preconditions_by_side(
        "Norland and Valdoria resumed talks on Monday. Norland's envoy said Valdoria must withdraw its tanks "
        "from the border as part of any deal. Valdoria said it wanted a deal."
    )
    assert not any("withdraw its tanks" in text for text in found.get("Valdoria", []))
    assert any("withdraw its tanks" in text for text in found.get("Norland", []))


def test_a_condition_told_as_what_it_is_about_does_not_open_with_the_preposition() -> None:
    found = preconditions_by_side(
        "Norland and Valdoria resumed talks on Monday. Norland has sought assurances from Valdoria regarding "
        "the release of the crews. Valdoria said it wanted a deal."
    )
    assert found.get("Norland") == ["The release of the crews"], found
