"""Lines a cut leaves whole (issue #25, class 3; invented cases of a water dispute).

A point cut to length must not show the marks the cut left ('the board, , had meant', 'the losses ,
a charge'), must keep a clause that 'but' joins to its verb (without it, the line says the opposite:
'had meant to start rationing in May' of one that 'has pushed it back'), and must keep the phrase a
word holds its object to ('accused the board (of diverting the river)', 'its demand (for a ceiling)',
'hold off (on the tariffs)'). Controls: a 'but' clause with a subject of its own is another's act and
stays out; a stance noun's phrase of time may still go.
"""

from __future__ import annotations

from briefing.analysis.punctuation import tidy_punctuation
from tests.challenge import brief_of, points_of

_OPENING = "The Valley Farmers' Cooperative and the Water Board are at odds over irrigation quotas. "
_CLOSING = " The cooperative said it wanted a fair quota. The board said it wanted a fair quota too."


def _all_points(sentence: str) -> list[str]:
    brief = brief_of(_OPENING + sentence + _CLOSING)
    return [it.text for side in brief.sides for it in side.positions + side.preconditions]


def test_marks_left_by_a_cut_go() -> None:
    assert tidy_punctuation("The board, , had meant to act") == "The board, had meant to act"
    cut = "overstating the losses , a charge it rejected"
    assert tidy_punctuation(cut) == "overstating the losses, a charge it rejected"
    assert tidy_punctuation("said “” it would") == "said it would"
    assert tidy_punctuation("the meters, ; then") == "the meters, then"
    # control: a line that is already whole is left as it is
    whole = 'The board said the quota was "final", and the cooperative disagreed.'
    assert tidy_punctuation(whole) == whole


def test_two_straight_quotations_side_by_side_stay_apart() -> None:
    """Straight marks face no way: the closing mark of one quotation and the opening mark of the next
    are no empty pair, while an empty pair that opens is still taken out."""
    assert tidy_punctuation('called the toll "a trap" "a tax on work"') == 'called the toll "a trap" "a tax on work"'
    assert tidy_punctuation('said "" it would') == "said it would"
    assert tidy_punctuation('a "" b "c" "" d') == 'a b "c" d'


def test_an_aside_that_ends_on_a_quotation_takes_its_commas() -> None:
    points = _all_points(
        'The Water Board, which growers have long dubbed "a tap with a lawyer", had meant to start rationing '
        "on May 2 but has pushed it back to July 8 to give growers more time to respond."
    )
    assert points, points
    assert not any(", ," in p or " ," in p or (p.count(",") == 1 and "Board," in p) for p in points), points


def test_no_space_before_a_comma_when_a_quotation_goes() -> None:
    points = _all_points(
        "Cooperative president Ines Moreau accused the Water Board of inflating the reservoir losses "
        '"to frighten the valley into paying more", a charge it rejects.'
    )
    assert points, points
    assert not any(" ," in p for p in points), points


def test_a_clause_set_against_the_first_stays() -> None:
    points = _all_points(
        'The Water Board, which growers have long dubbed "a tap with a lawyer", had meant to start rationing '
        "on May 2 but has pushed it back to July 8 to give growers more time to respond."
    )
    rationing = [p for p in points if "rationing" in p]
    assert rationing and all("pushed it back" in p for p in rationing), points


def test_a_refusal_joined_by_but_is_not_cut_off() -> None:
    points = _all_points(
        "Moreau said the cooperative would accept weekly meter readings on its farms but would never sign up to "
        'the board\'s demand for pumping limits at every well, calling it "rationing by stealth".'
    )
    readings = [p for p in points if "meter readings" in p]
    assert all("would never sign up" in p for p in readings), points
    assert all("for pumping limits" in p for p in points if "would never sign up" in p), points


def test_a_but_clause_with_its_own_subject_stays_out() -> None:
    points = _all_points(
        "The Water Board said it would open the eastern spillway on Friday to relieve the farms, but the "
        "cooperative insisted that the date was far too late for the spring planting."
    )
    board = [p for p in points if "spillway" in p]
    assert board and not any("insisted" in p for p in board), points


def test_an_accusation_keeps_what_it_charges() -> None:
    points = points_of(
        _OPENING + "Tomas Reyes, spokesman for the Valley Farmers' Cooperative, accused the Ministry of Water of "
        "quietly telling engineers to divert the river after the start of the harvest." + _CLOSING,
        "Cooperative",
    )
    accused = [p for p in points if "accused the Ministry of Water" in p]
    assert accused and all("Water of" in p and "telling engineers" in p for p in accused), points


def test_a_stance_noun_keeps_what_it_is_for() -> None:  # a guard: main kept it here too
    points = _all_points(
        "Water Board chair Ana Lindqvist said the board would lift its drought payment above the current 4% "
        "only if the cooperative withdrew its demand for a ceiling of 50 litres per hectare."
    )
    demand = [p for p in points if "its demand" in p]
    assert demand and all("its demand for a ceiling" in p for p in demand), points


def test_a_phrasal_verb_keeps_its_own_phrase() -> None:  # a guard: main kept it here too
    points = _all_points(
        "The board would hold off on raising the water tariffs, Lindqvist said, provided the cooperative paused "
        "its protest camp while an outside auditor reviewed the accounts."
    )
    held = [p for p in points if "hold off" in p]
    assert held and all("hold off on raising the water tariffs" in p for p in held), points


def test_a_second_act_of_the_same_subject_is_no_frame() -> None:
    points = _all_points(
        "The Water Board said it would obey the tribunal's ruling but would ask the judges to narrow the order."
    )
    obey = [p for p in points if "obey" in p]
    assert obey and all("would ask the judges to narrow the order" in p for p in obey), points


def test_a_clause_the_parse_tore_stays_whole() -> None:
    points = _all_points(
        "The board also called off a tasting day that it had planned with Millbrook growers for the harvest fair, "
        "according to the cooperative."
    )
    called = [p for p in points if "called off" in p]
    assert called and not any(p.endswith("tasting day fair") for p in called), points
    assert all("harvest fair" in p for p in called), points


def test_an_aside_after_a_denied_object_goes_whole() -> None:
    points = _all_points(
        "Citing broken meters at a dozen wells, the board decided in March not to extend the cooperative's pumping "
        "permit, which runs out at the end of April."
    )
    permit = [p for p in points if "pumping permit" in p]
    assert permit and not any(p.endswith("which runs out") for p in permit), points
