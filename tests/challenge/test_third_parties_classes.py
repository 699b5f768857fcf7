"""Challenge suite (issue #25, class 5): classes of wrong and missing third parties, each a
mechanism over the parse (briefing/analysis/rules/roles.py, role_grammar.py).

Invented articles. Each case failed before its mechanism landed and passes now."""

from __future__ import annotations

import pytest

from . import third_parties

INVENTED = (
    "Norland and Valdoria resumed talks on Monday. Norland's envoy said Norland wanted a full withdrawal. "
    "Valdoria said it would not withdraw while the raids go on. "
)
STATES = (
    "Valdoria and Peru resumed talks on Monday over the border. Valdoria said it wanted a full withdrawal. "
    "Peru said it would not withdraw while the raids go on. "
)
LABOUR = (
    "Kestrel Air and the Kestrel Pilots Union resumed talks on Monday. The union said it wanted a pay rise. "
    "Kestrel Air said it would not raise pay while fuel costs stay high. "
)

TWO_UNIONS = (
    "Kestrel Air resumed talks on Monday with the Kestrel Pilots Union and the Kestrel Engineers Union. "
    "The pilots union said it wanted a pay rise. Kestrel Air said it would not raise pay while fuel costs stay high. "
)


# "Talks between A and B" are A's and B's: with a side among two names, the other is its
# counterpart (a side under another name), and a state named inside a party's name is no party to them.
NOT_PARTY_TO_THE_TALKS = [
    (INVENTED, "Peace talks between the People's Liberation Front of Portugal and Norland will resume next month."),
    (LABOUR, "Talks between the employer and the Norland Aviators Guild resumed on Tuesday."),
    (
        STATES,
        "In the opening round of talks between the government and the Andean Farmers Confederation of Peru, "
        "fuel prices dominated.",
    ),
    (
        INVENTED,
        "A fresh round of negotiations between the Freedom Movement of Portugal-Southern Wing (FMPSW) hinges on "
        "Norland.",
    ),
]


@pytest.mark.parametrize(
    ("opening", "sentence"), NOT_PARTY_TO_THE_TALKS, ids=[c[1][:40] for c in NOT_PARTY_TO_THE_TALKS]
)
def test_the_counterpart_in_talks_between_two_is_not_a_third_party(opening: str, sentence: str) -> None:
    found = third_parties(opening, sentence)
    assert not any(role.startswith("party to") for role in found.values()), found


def test_a_state_named_inside_a_partys_name_is_no_party_to_the_talks() -> None:
    found = third_parties(
        INVENTED, "Peace talks between the Socialist Party of Portugal and the Northern Army resumed."
    )
    assert "Portugal" not in found, found


def test_a_third_name_in_the_talks_is_a_party_to_them() -> None:
    found = third_parties(INVENTED, "Talks between Norland, Valdoria and Portugal will resume next month.")
    assert found.get("Portugal") == "party to the talks", found


# A court or a labour board that decides the dispute is a third party though the text names it by
# its noun alone; a bare "board" is most often a company's own.
DECIDING_BODIES = [
    ("The wage board for cabin crews has set the minimum monthly pay at 900 euros.", "wage board", "set the minimum"),
    ("The pilots' appeal still lies pending before the high court.", "high court", ""),
    ("The ministry said it would abide by the court's ruling.", "court", "gives the ruling"),
    ("The union has lodged an appeal in court against the dismissals.", "court", "forum of the appeal"),
]


@pytest.mark.parametrize(("sentence", "name", "role"), DECIDING_BODIES, ids=[c[0][:40] for c in DECIDING_BODIES])
def test_an_unnamed_court_or_board_that_decides_is_a_third_party(sentence: str, name: str, role: str) -> None:
    found = third_parties(LABOUR, sentence)
    assert name in found, found
    assert found[name].startswith(role), found


@pytest.mark.parametrize(
    "sentence", ["The board approved the new fleet plan on Monday.", "The company's board met on Monday."]
)
def test_a_bare_board_is_no_deciding_body(sentence: str) -> None:
    assert third_parties(LABOUR, sentence) == {}


def test_the_court_after_a_named_court_is_the_same_body() -> None:
    found = third_parties(
        STATES, "Valdoria has taken its complaint to the Constitutional Court. The court will rule soon."
    )
    assert list(found) == ["Constitutional Court"], found


# A state that acts through its office holder ("Portugal's King asked ...") is named with the office,
# and what a party asks for is the clause it asks, kept whole or not at all.
OFFICE_ACTING = [
    (
        "Late on Friday, Portugal's King requested that a shared water council be set up once the envoys had left.",
        "Portugal (King)",
        "requested that a shared water council be set up",
    ),
    ("Portugal's president urged that the talks resume within a week.", "Portugal (president)", "urged that the talks"),
]


@pytest.mark.parametrize(("sentence", "name", "role"), OFFICE_ACTING, ids=[c[1] for c in OFFICE_ACTING])
def test_a_state_acting_through_its_office_holder_is_a_third_party(sentence: str, name: str, role: str) -> None:
    found = third_parties(INVENTED, sentence)
    assert found.get(name, "").startswith(role), found


def test_what_a_party_says_is_not_what_it_does() -> None:
    assert third_parties(INVENTED, "Portugal's president warned that the talks could collapse.") == {}


# A role tells what the party itself does, in words that read alone: not what another does in a
# relative clause on it, not words before its verb, not a relative pronoun.
@pytest.mark.parametrize(
    "sentence",
    [
        "Norland accuses Valdoria of arming the Tamari Front, which Valdoria denies.",
        "Among the top contenders to broker a deal, Portugal remains the most likely.",
        "Among the goods that Portugal buys from Norland are fertilisers.",
    ],
)
def test_no_role_is_made_of_another_clause_or_a_pronoun(sentence: str) -> None:
    found = third_parties(INVENTED, sentence)
    assert not any(role.split()[0].lower() in {"which", "that", "among"} for role in found.values()), found


def test_a_party_a_side_refuses_to_talk_with_is_named() -> None:
    found = third_parties(INVENTED, "Valdoria again ruled out any dialogue with the Kestrel Brigade.")
    assert found.get("Kestrel Brigade") == "refused as a party to talks", found


def test_a_prime_minister_in_a_strike_is_a_third_party() -> None:
    sentence = "Prime Minister Ana Berg will meet with the airline's chief executive on Friday."
    # the modal stays now that the role is not cut before its point: the meeting is still to come
    found = third_parties(LABOUR, sentence)
    assert found.get("Ana Berg", "").startswith("will meet with"), found
    assert "Ana Berg" not in third_parties(INVENTED, sentence)  # between states, most often a side's own leader


def test_what_a_party_is_asked_to_do_is_its_part() -> None:
    sentence = "On Sunday the pilots' union asked the Civil Aviation Agency to audit the duty rosters."
    found = third_parties(LABOUR, sentence)
    assert found.get("Civil Aviation Agency") == "asked by the pilots union to audit the duty rosters", found


@pytest.mark.parametrize(
    "sentence",
    [
        "Peruvian Secretary of State Ana Berg proposed a potential compromise on the border.",
        "Peru's Secretary of State Ana Berg proposed a potential compromise on the border.",
    ],
)
def test_an_official_titled_for_a_side_is_not_a_third_party(sentence: str) -> None:
    # "Secretary of State" names no party of its own: the side in the title is the official's.
    assert third_parties(STATES, sentence) == {}


def test_a_title_does_not_reach_into_the_sentence_before() -> None:
    sentence = "The talks stalled in Valdoria. Secretary of State Ana Berg of Portugal proposed a compromise."
    assert "Ana Berg (Portugal)" in third_parties(STATES, sentence)


# A role cut to its few words never leaves a clause half-said, and a list keeps its commas.
ROLE_CUTS = [
    (
        "The Kestrian Competition Board has ordered shipping giant Lusamar, formerly known as Lusa Lines, "
        "to sell its stake in the port.",
        "Kestrian Competition Board",
        # the description set off by commas goes; the order's point stays (role_text.py)
        "ordered shipping giant Lusamar to sell its stake in the port",
    ),
    (
        "Portugal is seeking engineering proposals that would let the river be shared fairly.",
        "Portugal",
        "seeking engineering proposals",
    ),
    (
        "Portugal has supported farmers, fishermen, miners and traders in the border region.",
        "Portugal",
        "supported farmers, fishermen, miners and traders",
    ),
]


@pytest.mark.parametrize(("sentence", "name", "role"), ROLE_CUTS, ids=[c[2] for c in ROLE_CUTS])
def test_a_role_cut_short_leaves_no_clause_half_said(sentence: str, name: str, role: str) -> None:
    assert third_parties(INVENTED, sentence).get(name) == role


@pytest.mark.parametrize(
    "sentence",
    [
        "The striking workers rejected the latest pay offer from management.",
        "The players want more of a voice in how matches are scheduled.",
    ],
)
def test_a_workforce_is_never_a_third_party_to_its_own_dispute(sentence: str) -> None:
    # Two unions: the workers fold into neither, and stay the labour side's people.
    assert third_parties(TWO_UNIONS, sentence) == {}


def test_a_long_name_followed_by_a_sides_short_name_is_that_side() -> None:
    # The registry may keep only the part of a long name before its hyphen ("Norland Kestrel" of
    # "Norland Kestrel-Harborline (NKH)"): the short name in brackets says which side it is.
    from briefing.analysis.rules.roles import _bracketed_as_a_side
    from briefing.analysis.rules.types import Party

    text = "Norland Kestrel-Harborline (NKH) Speaker Tomas Vell set a ten-day deadline for the cabinet."
    kept = Party("Norland Kestrel", "org", {"Norland Kestrel"}, mentions=[(0, 15)])
    side = Party("NKH", "org", {"NKH"}, mentions=[(28, 31)])
    other = Party("Valdoria", "state", {"Valdoria"})
    assert _bracketed_as_a_side(text, kept, [side, other])
    assert not _bracketed_as_a_side(text, kept, [other])


def test_a_surname_that_reads_as_a_company_is_the_person() -> None:
    # "the Mara Nordcorp cabinet", then "Nordcorp used ...": a premier, not a firm.
    sentence = (
        "The Mara Nordcorp cabinet put the override clause in its new bill. "
        "Nordcorp used the same clause twice last year."
    )
    found = third_parties(LABOUR, sentence)
    assert not any("Nordcorp" in name for name in found), found


def test_a_day_before_the_asker_is_no_word_of_who_asks() -> None:
    sentence = "On Sunday Kestrel Air asked the Civil Aviation Agency to audit the duty rosters."
    found = third_parties(LABOUR, sentence)
    assert found.get("Civil Aviation Agency") == "asked by Kestrel Air to audit the duty rosters", found
