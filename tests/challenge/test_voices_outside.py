"""Challenge suite (issue #25, who says it): voices from outside the dispute speak for no side. A
commentator (a professor, a bank's analyst) comments; a minister does not voice an independent
regulator; a silence ("did not respond", "declined to comment") is no stance.

Each case is an invented article; each failed before its mechanism landed."""

from __future__ import annotations

from . import brief_of, points_of

# Commentators: an academic in apposition, a bank's analyst titled before the name. Their words are
# commentary, never a side's, and the body their title names is no side.
COMMENTATORS = (
    "The Halden dockworkers' union and the Brantley Shipping Company are at odds over automation at the port. "
    "The union said it would strike on Monday unless the company drops its plan for automated cranes. "
    "The company said the cranes were needed to stay competitive. "
    '"Neither side can afford a long stoppage," said Ana Ruiz, a professor of labour relations at Corvel University. '
    "Merrow Bank analyst Tomas Hale said the company would probably raise its wage offer."
)


def _all_points(text: str) -> list[str]:
    return [it.text for side in brief_of(text).sides for it in side.positions + side.preconditions]


def test_a_professors_words_are_no_sides_and_her_university_is_no_side() -> None:
    brief = brief_of(COMMENTATORS)
    assert not any("Corvel" in side.name for side in brief.sides), [s.name for s in brief.sides]
    assert not any("afford" in text for text in _all_points(COMMENTATORS)), _all_points(COMMENTATORS)
    # the bank analyst's forecast about the company is not the company's stance either
    company = points_of(COMMENTATORS, "Brantley")
    assert not any("wage offer" in text for text in company), company
    assert any("competitive" in text for text in company), company  # the company's own line stays


# Positive control: a side's own officer in apposition still speaks for the side.
OWN_OFFICER = (
    "The Halden dockworkers' union and the Brantley Shipping Company are at odds over automation at the port. "
    '"We will not load a single ship while the cranes are coming," said Lea Moss, the union\'s lead negotiator. '
    "The company said the cranes were needed to stay competitive."
)


def test_a_sides_own_negotiator_in_apposition_still_speaks_for_it() -> None:
    union = points_of(OWN_OFFICER, "union")
    assert any("single ship" in text for text in union), brief_of(OWN_OFFICER).sides


# A government minister named beside an independent regulator is not the regulator's voice.
MINISTER_BESIDE_REGULATOR = (
    "The Telecoms Regulatory Commission and the mobile operator Vexa are at odds over a licence fee. "
    "The commission, an independent regulator, said Vexa must pay the fee by June. "
    "Communications Minister Lina Morr said the cabinet would not interfere in the dispute. "
    "Vexa said the fee was unlawful."
)


def test_a_minister_is_not_the_regulators_speaker() -> None:
    brief = brief_of(MINISTER_BESIDE_REGULATOR)
    commission = next(side for side in brief.sides if "Commission" in side.name)
    assert "Lina Morr" not in commission.actors, commission.actors
    assert not any(it.speaker == "Lina Morr" for it in commission.positions), commission.positions
    assert any("pay the fee" in it.text for it in commission.positions + commission.preconditions), commission


# A silence is no stance: "did not respond to a request for comment", "declined to comment".
SILENCES = (
    "The Halden dockworkers' union and the Brantley Shipping Company are at odds over automation at the port. "
    "The union said it would strike on Monday unless the company drops its plan for automated cranes. "
    "A spokesman for the company did not respond to a request for comment. "
    "The union's treasurer declined to comment on the strike fund. "
    "The company said it would answer the union's letter on Friday."
)


def test_a_silence_is_no_sides_line() -> None:
    lines = _all_points(SILENCES)
    assert not any("respond" in text or "comment" in text for text in lines), lines
    # Positive control: a promise to answer is the company's own line.
    assert any("answer" in text for text in points_of(SILENCES, "Brantley")), lines


# A feeling's content: what one party fears or expects of the other is not the other's stance.
FEELINGS = (
    "Norland and Valdoria are at odds over the fishing accord. "
    "Norland is confident Valdoria will sign the accord next week. "
    "Valdoria's fisheries minister is unhappy the Norland fleet may return to the northern banks. "
    "Valdoria said the quota was unfair."
)


def test_what_one_side_expects_of_the_other_is_not_the_others_stance() -> None:
    valdoria = points_of(FEELINGS, "Valdoria")
    assert not any("will sign" in text for text in valdoria), valdoria
    norland = points_of(FEELINGS, "Norland")
    assert not any("northern banks" in text for text in norland), norland
    assert any("unfair" in text for text in valdoria), valdoria  # Valdoria's own line stays


# Positive control: a quote told after a speaker's verb is still the speaker's, its copula and adjective aside.
EXPLAINED_QUOTE = (
    "Norland and Valdoria are at odds over the fishing accord. "
    "Norland's envoy Ivo Rask also explained the gap over quotas, 'It was never as wide as the papers wrote.' "
    "Valdoria said the quota was unfair."
)


def test_a_quote_after_a_speakers_verb_stays_the_speakers() -> None:
    assert any("wide" in text for text in points_of(EXPLAINED_QUOTE, "Norland")), brief_of(EXPLAINED_QUOTE).sides


# An act told only to date another is the reporter's background, not the actor's stance; the main
# clause's act stays its subject's.
DATED_BY_AN_ACT = (
    "Norland and Valdoria are at odds over the fishing accord. "
    "His comments followed a first round of talks held since Norland President Ivo Rask abandoned the old accord "
    "in 2019. "
    "Valdoria rejected the quota plan after Norland raised its demands. "
    "Norland said it wanted a larger quota."
)


def test_an_act_that_only_dates_another_is_no_sides_stance() -> None:
    norland = points_of(DATED_BY_AN_ACT, "Norland")
    assert not any("first round" in text or "old accord" in text for text in norland), norland
    assert any("larger quota" in text for text in norland), norland
    valdoria = points_of(DATED_BY_AN_ACT, "Valdoria")
    assert any("rejected the quota plan" in text for text in valdoria), valdoria  # the main clause stays


# A region named beside its noun is the region, not the state that owns it: "Valdoria's Kessel region
# will not sign" is Kessel's stance, never Valdoria's; Valdoria's own line stays.
REGION_OF_A_STATE = (
    "Valdoria and the Kessel regional government are at odds over the river dam. "
    "Valdoria's mountainous Kessel region will not sign the water accord before Monday, regional premier "
    "Ivo Rask said on Tuesday. Rask said the plan would flood three valleys. "
    "Valdoria said the dam was needed for power."
)


def test_a_region_named_beside_its_noun_is_the_region_not_its_state() -> None:
    valdoria = points_of(REGION_OF_A_STATE, "Valdoria")
    assert not any("water accord" in text for text in valdoria), valdoria
    assert any("needed for power" in text for text in valdoria), valdoria  # its own line stays
    assert any("water accord" in text for text in points_of(REGION_OF_A_STATE, "Kessel")), brief_of(
        REGION_OF_A_STATE
    ).sides


# What one side's source tells of the other side's official is the source's charge, not the
# official's stance; a source of the doer's own side leaves the doer its act.
ACCORDING_TO_A_SIDE = (
    "Norland and Valdoria are at odds over the fishing accord. Norland said it wanted a new quota. "
    "According to Norland, Valdorian coastguard chief Oren Vask ordered the patrols to fire warning shots. "
    "Valdoria said the quota was fair."
)
ACCORDING_TO_ITS_OWN = (
    "Norland and Valdoria are at odds over the fishing accord. Norland said it wanted a new quota. "
    "According to Valdoria's foreign ministry, Valdoria will reject any quota below last year's. "
    "Valdoria said the quota was fair."
)


def test_an_act_told_according_to_the_other_side_is_not_the_doers_stance() -> None:
    valdoria = points_of(ACCORDING_TO_A_SIDE, "Valdoria")
    assert not any("warning shots" in text for text in valdoria), valdoria
    assert any("warning shots" in text for text in points_of(ACCORDING_TO_A_SIDE, "Norland")), valdoria


def test_an_act_told_according_to_the_doers_own_side_stays_its_own() -> None:
    valdoria = points_of(ACCORDING_TO_ITS_OWN, "Valdoria")
    assert any("reject any quota" in text for text in valdoria), valdoria
