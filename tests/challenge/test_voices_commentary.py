"""Challenge suite (issue #25, who says it): commentary is filed as no side's line. A commentator's
forecast about a side ("observers say the guild could strike again"), a condition told inside an
analyst's reading of a side, and a rule of thumb about a kind of actor ("courts seldom overturn such
awards") are neither a side's stance or condition nor a third party's role. A side's own officer who
happens to be called an analyst, and a side's forecast of its own act, still speak for the side. A
country's newspapers are the press, not the country's voice; its state media are.

Each case is an invented article; each failed before its mechanism landed (controls aside)."""

from __future__ import annotations

from . import brief_of, points_of

NURSES = (
    "The Tarsk nurses' union and the Orlen Health Authority are at odds over staffing on night wards.\n"
    "The union said its members would walk out on Monday unless forty nurses were hired.\n"
    "The authority said it had no money for new posts.\n"
)


def test_an_analysts_reading_sets_no_condition_for_the_side_it_reads() -> None:
    text = NURSES + "Analysts say the union is unlikely to settle unless the authority restores the night bonus.\n"
    union = points_of(text, "Tarsk")
    assert not any("night bonus" in point for point in union), union
    assert any("forty nurses" in point for point in union), union  # the union's own condition stays


def test_an_observers_forecast_is_no_stance_of_the_side_it_is_about() -> None:
    text = NURSES + "The union could strike again next month, several observers said.\n"
    union = points_of(text, "Tarsk")
    assert not any("strike again" in point for point in union), union


def test_what_watchers_expect_of_a_side_is_not_its_stance() -> None:
    text = (
        "The Halden dockworkers' union and the Brantley Shipping Company are at odds over automation at the port.\n"
        "The union said its members would stay off the quays from Monday if the cranes were installed.\n"
        "Industry watchers expect the company to raise its offer before the holidays.\n"
        "The company said the cranes were needed to stay competitive.\n"
    )
    company = points_of(text, "Brantley")
    assert not any("raise its offer" in point for point in company), company
    assert any("competitive" in point for point in company), company  # its own line stays


def test_a_rule_of_thumb_about_courts_is_no_courts_role() -> None:
    text = NURSES + "Courts seldom overturn an arbitration award of this kind.\n"
    roles = {tp.name: tp.role for tp in brief_of(text).third_parties}
    assert not any("overturn" in (role or "") for role in roles.values()), roles


def test_a_court_that_acts_keeps_its_role() -> None:
    # positive control: one court, told acting, is still a third party with its act
    text = NURSES + "The labour court ordered both camps back to the table on Friday.\n"
    roles = {tp.name: tp.role for tp in brief_of(text).third_parties}
    assert any("ordered" in (role or "") for role in roles.values()), roles


DOCKS = (
    "The Halden dockworkers' union and the Brantley Shipping Company are at odds over automation at the port.\n"
    "The union said its members would stay off the quays from Monday if the cranes were installed.\n"
    '"We will strike next week if the cranes arrive," union leader Pia Holm said.\n'
    "Brantley's chief analyst of freight markets, Omar Vell, said the company would only delay the cranes "
    "if the union accepted a two-year pay freeze.\n"
    "The company said the cranes were needed to stay competitive.\n"
)


def test_a_sides_own_analyst_still_sets_its_condition() -> None:
    # positive control: 'analyst' is his post at the company, not a commentator's
    company = points_of(DOCKS, "Brantley")
    assert any("pay freeze" in point for point in company), company


def test_a_sides_forecast_of_its_own_act_is_its_stance() -> None:
    # positive control: "we will strike next week" is the union's own threat, no forecast
    union = points_of(DOCKS, "union")
    assert any("strike next week" in point for point in union), union


GRAIN = "Norland and Valdoria are at odds over grain tariffs.\n"
GRAIN_SIDES = "Valdoria said it wanted the tariffs lifted first.\nNorland said the deal was fair.\n"


def test_a_countrys_newspapers_are_not_its_voice() -> None:
    text = GRAIN + (
        "Several Norland newspapers wrote on Sunday that the Valdorian cabinet was split over the tariff cut.\n"
    )
    norland = points_of(text + GRAIN_SIDES, "Norland")
    assert not any("cabinet was split" in point for point in norland), norland
    assert any("fair" in point for point in norland), norland


def test_a_states_own_media_are_its_voice() -> None:
    # positive control: state media speak for the state
    text = GRAIN + "Norland state media wrote on Sunday that the Valdorian cabinet was split over the tariff cut.\n"
    norland = points_of(text + GRAIN_SIDES, "Norland")
    assert any("cabinet was split" in point for point in norland), norland


def test_papers_critical_of_the_government_are_not_its_voice() -> None:
    # a word for the state inside a phrase hung on the press noun does not make the press the state's
    for press in ("Norland newspapers critical of the government", "Norland newspapers citing official sources"):
        text = GRAIN + f"{press} wrote on Sunday that the Valdorian cabinet was split over the tariff cut.\n"
        norland = points_of(text + GRAIN_SIDES, "Norland")
        assert not any("cabinet was split" in point for point in norland), (press, norland)


def test_the_ministrys_own_paper_is_its_voice() -> None:
    # positive control: the state's own paper, named by its owner, speaks for the state
    text = GRAIN + "Norland's trade ministry's newspaper wrote on Sunday that the Valdorian cabinet was split.\n"
    norland = points_of(text + GRAIN_SIDES, "Norland")
    assert any("cabinet was split" in point for point in norland), norland
