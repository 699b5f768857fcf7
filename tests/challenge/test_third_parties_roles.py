"""Challenge suite (issue #25, class 5): the third parties a brief must name, and the sides and
their own organs it must not list as third parties (briefing/analysis/rules/role_grammar.py).

Invented articles. Each case failed before its mechanism landed and passes now."""

from __future__ import annotations

import pytest

from . import third_parties

INVENTED = (
    "Norland and Valdoria resumed talks on Monday. Norland's envoy said Norland wanted a full withdrawal. "
    "Valdoria said it would not withdraw while the raids go on. "
)
STATES = (
    "Chile and Peru resumed talks on Monday over the border. Chile said it wanted a full withdrawal. "
    "Peru said it would not withdraw while the raids go on. "
)
LABOUR = (
    "Kestrel Air and the Kestrel Pilots Union resumed talks on Monday. The union said it wanted a pay rise. "
    "Kestrel Air said it would not raise pay while fuel costs stay high. "
)


REQUIRED = [
    # the host of the talks: the state beside its city, or the demonym on the place
    ("The summit, planned for June 4 in Accra, Ghana, will not go ahead.", "Ghana", "host"),
    ("Negotiators gathered in the Chilean port city of Valparaiso on Friday.", "Chile", "host"),
    # a major city's state hosts the talks held there, the city named once or in the talks' name
    ("Norland and Valdoria will hold talks in Geneva on Friday.", "Switzerland", "host"),
    ("The Geneva talks ended without a deal.", "Switzerland", "host"),
    # a role a party claims through a pronoun
    ("Iceland says it mediated the exchange of prisoners.", "Iceland", "mediator"),
    # the role of the office holder a demonym is part of
    ("Mediated by Ghanaian President Kofi Mensah, the round produced no text.", "Ghana", "mediator"),
    # the role noun a '-led' names ("Finnish-led mediation"), not "leader"
    ("The accord came out of two years of Finnish-led mediation.", "Finland", "mediator"),
    # every party an effort involves
    ("The ceasefire came after mediation efforts involving Peru, Malta and Finland.", "Malta", "mediator"),
    ("The ceasefire came after mediation efforts involving Peru, Malta and Finland.", "Finland", "mediator"),
    # a person the grammar makes a mediator, though no title or party says so
    ("President Mensah heads the regional mediation effort.", "Mensah", "mediator"),
    # the party a deal is made with
    ("Valdoria signed a customs deal with ASEAN last year.", "ASEAN", "party to the deal"),
    # the country a side's minister met to discuss the dispute
    ("Norland's foreign minister met with Finnish Foreign Minister Anna Virtanen on Friday.", "Finland", "met"),
    ("Norland's premier, who met with Finnish President Anna Virtanen last week, wants a deal.", "Finland", "met"),
    (
        "Norland's premier met with Polish Premier Jan Nowak on May 3 and German Chancellor Karl Weber on May 4.",
        "Germany",
        "met",
    ),
    # what a party's office holder does, the object given by a preposition
    (
        "Portuguese Prime Minister Rui Costa pressed for a settlement.",
        "Rui Costa (Portugal)",
        "pressed for a settlement",
    ),
    ("Norland's premier met with Polish Premier Jan Nowak and German Chancellor Karl Weber.", "Germany", "met"),
    # a role noun the party is said to be
    ("Finland is a firm advocate of the accord.", "Finland", "backer"),
    # the court or organisation the dispute is taken to
    ("Valdoria will take its complaint to the World Trade Organization.", "World Trade Organization", "forum"),
    ("Norland has filed a challenge to the vote count at the Supreme Court.", "Supreme Court", "forum"),
    # the mediator the text takes as known
    ("Neither side would comment on the proposals, citing the mediator.", "unnamed mediator", "mediator"),
]


@pytest.mark.parametrize(("sentence", "name", "role"), REQUIRED, ids=[f"{c[1]}-{c[0][:30]}" for c in REQUIRED])
def test_a_required_third_party_is_found_with_its_role(sentence: str, name: str, role: str) -> None:
    found = third_parties(INVENTED, sentence)
    assert name in found, found
    assert role in found[name], found


def test_a_named_mediator_leaves_no_unnamed_one() -> None:
    sentence = "The talks were mediated by Switzerland. At the request of the mediator, no details were released."
    found = third_parties(INVENTED, sentence)
    assert found.get("Switzerland") == "mediator", found
    assert "unnamed mediator" not in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "The Ministry of Finance published its estimate of the cost.",
        "The Cabinet Committee on Defence ordered a review of the border plan.",
    ],
)
def test_a_side_states_own_organ_is_not_a_third_party(sentence: str) -> None:
    assert third_parties(STATES, sentence) == {}


def test_a_labour_ministry_in_a_strike_is_a_third_party() -> None:
    # No side is a state: the ministry is the government stepping in, not a side's own organ.
    found = third_parties(LABOUR, "The Ministry of Labour ordered both sides to return to the table.")
    assert "Ministry of Labour" in found, found


def test_the_city_a_union_and_a_company_meet_in_does_not_host_them() -> None:
    found = third_parties(LABOUR, "The two sides will meet again in Lisbon on Friday.")
    assert "Portugal" not in found, found


def test_states_meeting_in_a_capital_are_hosted() -> None:
    found = third_parties(STATES, "The two sides will meet again in Lisbon on Friday.")
    assert found.get("Portugal") == "host", found


def test_a_city_and_its_state_are_one_host() -> None:
    sentence = "Delegates met in Geneva on Monday. Geneva will host the next round. Switzerland hosted them."
    found = third_parties(STATES, sentence)
    assert list(found) == ["Switzerland"], found


@pytest.mark.parametrize(
    ("sentence", "last_word"),
    [
        # the place of the enclave is part of what is to be founded
        ("Finland pressed for the founding of a semi-autonomous enclave in the north.", "north"),
        # the zone is whole by itself: the role ends on its noun, never on "a new"
        ("Finland pressed for the founding of a new buffer zone in the north.", "zone"),
    ],
)
def test_a_role_cut_short_ends_on_a_whole_phrase(sentence: str, last_word: str) -> None:
    # Never half of "semi-autonomous", never "a new" without its noun; and since a role cut before its
    # point reads whole (role_text.py), never "pressed for the founding" without what is to be founded.
    role = third_parties(INVENTED, sentence).get("Finland", "")
    assert role.startswith("pressed for the founding of a ") and role.split()[-1] == last_word, role


def test_a_name_spelled_two_ways_is_listed_once() -> None:
    sentence = (
        "Valdoria took its complaint to the World Trade Organization. The World Trade Organisation heard the case."
    )
    found = third_parties(INVENTED, sentence)
    assert len([n for n in found if n.startswith("World Trade")]) == 1, found


def test_the_oval_office_is_the_united_states() -> None:
    opening = "The United States and Valdoria resumed talks on Monday. Valdoria said it wanted a deal. "
    found = third_parties(opening, "The United States said it wanted a deal after an Oval Office meeting on Monday.")
    assert "Oval Office" not in found, found


# A role cut to its length never ends inside a name ("from the Bank of Northern") nor on a verb whose
# object the cut left out ("pushed the province to give"): a role the cut would leave half-said reads
# whole up to a fuller length (role_text.py), else the cut goes back to a whole phrase.
CUT_ROLES = [
    (
        "Arlenia asked for a waiver from the Valdorian Office of Civil Aviation.",
        "asked for a waiver from the Valdorian Office of Civil Aviation",
    ),
    (
        "Arlenia sought help from the Bank of Northern Valdoria on the loans.",
        "sought help from the Bank of Northern Valdoria",
    ),
    (
        "Arlenia asked for a waiver from Valdoria’s Office of Civil Aviation.",
        "asked for a waiver from Valdoria’s Office of Civil Aviation",
    ),
    (
        "Arlenia gave the rebel northern province until Friday to send back a signed copy of the pact.",
        "gave the rebel northern province",
    ),
    (
        "Arlenia has pushed the northern province to sign its part of the pact.",
        "pushed the northern province to sign its part of the pact",
    ),
    (
        "Arlenia helped the two sides to draft a new text of the pact.",
        "helped the two sides to draft a new text of the pact",
    ),
]


@pytest.mark.parametrize(("sentence", "role"), CUT_ROLES, ids=[c[0][:40] for c in CUT_ROLES])
def test_a_role_cut_to_length_ends_on_a_whole_phrase(sentence: str, role: str) -> None:
    assert third_parties(INVENTED, sentence).get("Arlenia") == role
