"""Challenge suite (issue #25, class 1): speakers bound to the right side.

A titled official belongs to the state or body his title and the story give; a state named only
as the home of a company or in a job title is not a side; a side's own names and leaders are
never its third parties; a group that speaks is a side even when it has no proper name.
Invented articles; each case fails until its mechanism lands (xfail, strict)."""

from __future__ import annotations

from . import brief_of, side_points


def side_names(text: str) -> list[str]:
    return [side.name for side in brief_of(text).sides]


def third_party_names(text: str) -> list[str]:
    return [tp.name for tp in brief_of(text).third_parties]


def positions_of(text: str, name_word: str) -> list[str]:
    return side_points(brief_of(text), name_word)


PRIME_MINISTER_OUTSIDE_THE_DISPUTE = (
    "Maple Air Norway and the Norwegian Flight Attendants Guild resumed talks on Monday. The guild said its "
    "members would strike on Friday. Maple Air Norway said it had made a fair offer. Norway's Prime Minister "
    "Arlen Voss said the government would not intervene."
)
HOME_STATE_OF_A_COMPANY = (
    "Kestrel Mining and the Copperbelt Miners Union failed to agree on wages on Monday. The union's leader "
    "Tomas Berg said the union would strike next week. Kestrel Mining, a Canadian-based company, said it "
    "would keep its offer on the table."
)
UNNAMED_GROUP_THAT_SPEAKS = (
    "The Portugal Rugby Federation and its national team players are at odds over pay. The players said "
    "they would boycott the next match unless their fees were doubled. The Portugal Rugby Federation said "
    "it could not afford the increase."
)
ALIAS_OF_A_SIDE = (
    "The Democratic Republic of the Congo and Rwanda signed a framework in Geneva on Monday. Congo said "
    "Rwanda must withdraw its troops. Rwanda said it would withdraw once the militias were disarmed. "
    "Congo's foreign minister said the deal was a start."
)
A_SIDES_OWN_MINISTER = (
    "Delegations of Valdoria and the Tamari Front met in Geneva on Monday. The Tamari Front said it would "
    "not disarm. Valdoria's interior minister said the army would stay in its positions."
)
ENVOY_TITLE = (
    "Norland and Valdoria resumed talks on Monday. The U.S. Middle East envoy said the United States wanted "
    "both sides to sign. Norland said it was ready to sign. Valdoria said it was ready to talk."
)

REGIONAL_ENVOY = (
    "Envoys from Norland and the United States resumed talks on Sunday. The talks, led by Norland Foreign "
    "Minister Abe Kass and U.S. Middle East envoy Sam Pike, were held in Muscat. Pike said Norland must "
    "dismantle its sites."
)

GOVERNED_STATE = (
    "Valdoria's cabinet has ordered the army to draw up a plan to disarm the Tamari Front by the end of the "
    "year, under pressure from Norland, which has kept striking the Front's positions. Prime Minister Ana Berg "
    'said the government "tasked the army with drafting a scheme to gather weapons" held outside state forces. '
    "The plan is due before the cabinet in late August, Berg told reporters. The Tamari Front said it would not "
    "disarm while Norlandic raids continue. Norland has said its strikes will go on. Norland carried out new "
    "strikes on Tuesday. Norland's army said it hit depots."
)


def test_an_unplaced_prime_minister_serves_the_state_whose_cabinet_is_at_work() -> None:
    speakers = {
        side.name: {p.speaker for p in side.positions + side.preconditions} for side in brief_of(GOVERNED_STATE).sides
    }
    assert "Ana Berg" in speakers.get("Valdoria", set()), speakers
    assert not any("Ana Berg" in names for side, names in speakers.items() if side != "Valdoria"), speakers


def test_a_state_whose_leader_only_comments_is_not_a_side() -> None:
    names = side_names(PRIME_MINISTER_OUTSIDE_THE_DISPUTE)
    assert "Norway" not in names, names
    assert any("Guild" in n for n in names), names


def test_the_home_state_of_a_company_is_not_its_side() -> None:
    names = side_names(HOME_STATE_OF_A_COMPANY)
    assert "Canada" not in names, names
    assert "Kestrel Mining" in names, names


def test_a_side_named_with_a_state_is_not_the_state() -> None:
    names = side_names(UNNAMED_GROUP_THAT_SPEAKS)
    assert "Portugal" not in names, names


def test_what_a_group_says_is_not_the_other_sides_stance() -> None:
    federation = positions_of(UNNAMED_GROUP_THAT_SPEAKS, "Federation")
    assert not any("boycott" in text for text in federation), federation


def test_a_group_that_speaks_is_a_side() -> None:
    names = side_names(UNNAMED_GROUP_THAT_SPEAKS)
    assert any("player" in n.lower() for n in names), names


def test_a_sides_full_name_is_not_a_third_party() -> None:
    assert not any("Congo" in n for n in third_party_names(ALIAS_OF_A_SIDE))


def test_what_a_side_demands_of_the_other_is_not_the_others_position() -> None:
    rwanda = positions_of(ALIAS_OF_A_SIDE, "Rwanda")
    assert not any("must withdraw" in text for text in rwanda), rwanda


def test_a_ministers_words_belong_to_his_state_alone() -> None:
    front = positions_of(A_SIDES_OWN_MINISTER, "Tamari")
    assert not any("army would stay" in text for text in front), front


def test_a_job_title_is_not_a_party_name() -> None:
    names = side_names(ENVOY_TITLE) + third_party_names(ENVOY_TITLE)
    assert not any("envoy" in n.lower() for n in names), names


def test_a_region_in_an_envoys_title_is_no_party() -> None:
    names = side_names(REGIONAL_ENVOY)
    assert "United States" in names, names
    assert not any("Middle East" in n for n in names), names


# --- mechanisms landed: a mediator speaks for no side; a state closing a company's name is the company;
# --- a name given short and long is one party -----------------------------------------------------------
MEDIATOR = (
    "Talks between the Harbor Pilots Guild and Skyward Airlines broke down on Monday. According to mediator Ana "
    "Lindqvist, who met Skyward Airlines' lawyers in Oslo, Skyward Airlines will not sign a new contract. Lindqvist "
    "said there was no reason to schedule another meeting. The guild said the strike would go on."
)
ARM_OF_A_COMPANY = (
    "Workers at Kestrel Sweden walked out on Monday after talks with the Metalworkers Guild failed. Kestrel "
    "Sweden refuses to sign a collective agreement, the guild said. Kestrel said its employees were free to "
    "choose. The Metalworkers Guild said the strike would go on until Kestrel Sweden signs."
)


def test_a_mediators_words_are_no_sides_and_the_mediator_is_listed() -> None:
    brief = brief_of(MEDIATOR)
    assert not any(side.name == "Norway" for side in brief.sides), side_names(MEDIATOR)
    assert any("Lindqvist" in tp.name and tp.role == "mediator" for tp in brief.third_parties), brief.third_parties


def test_a_state_closing_a_company_name_is_the_company_and_its_short_name_the_same_party() -> None:
    names = side_names(ARM_OF_A_COMPANY)
    assert "Sweden" not in names, names
    assert "Kestrel Sweden" in names and "Kestrel" not in names, names


CONVENER = (
    "Maple Air Norway and the Norwegian Flight Attendants Guild resumed talks on Monday. The guild said its "
    "members would strike on Friday. Maple Air Norway said it had made a fair offer. Norway's Prime Minister "
    'Arlen Voss said on Tuesday: "I urge both parties to settle their differences without delay."'
)
PROCESS_BODY = (
    "Dockworkers at Harborline stayed off the job on Monday. The Board for Conciliation and Mediation "
    "Services (BCMS) is proposing a 6% rise for the first year. The BCMS said the proposal was fair and "
    "that a deal was within reach. The Dockers Union said it would consult its members on the proposal."
)


def test_a_speaker_who_urges_both_sides_on_is_not_a_side() -> None:
    assert "Norway" not in side_names(CONVENER), side_names(CONVENER)


def test_a_body_named_for_conciliation_is_not_a_side() -> None:
    names = side_names(PROCESS_BODY)
    assert not any(word in n for n in names for word in ("Conciliation", "Mediation", "BCMS")), names


def test_a_minister_who_expects_both_parties_to_work_with_a_mediator_is_not_a_side() -> None:
    text = (
        "Talks between the Postal Workers Guild and Royal Mailways stalled on Wednesday. The guild said it would "
        "issue a strike notice on Thursday. Canada's Labour Minister Ana Berg said she had proposed a special "
        'mediator. "I expect both parties to cooperate with the new mediator and settle this," Berg said. '
        '"I will monitor the situation closely," Berg added. Royal Mailways has refused to extend the '
        "mediator's mandate, the guild said."
    )
    assert side_names(text) == ["Postal Workers Guild", "Royal Mailways"], side_names(text)


UNNAMED_UNION = (
    "Kestrel Mining has asked the government for mediation in its wage dispute at the Corvo copper mine. "
    "Last week the workers turned down the company's latest pay offer and voted to strike. Earlier on Monday, the "
    'union said its members were getting ready to walk out. "We want to reach an agreement," Kestrel Mining\'s vice '
    "president Ana Ruiz said. But the union wanted a signing bonus nearly twice the one the company "
    "put forward."
)


def test_what_unnamed_workers_and_their_union_say_is_not_the_companys() -> None:
    brief = brief_of(UNNAMED_UNION)
    company = [s for s in brief.sides if "Kestrel" in s.name or "Kestrel Mining" in s.actors]
    texts = [it.text for s in company for it in s.positions + s.preconditions]
    assert not any(w in t for t in texts for w in ("strike", "walk out", "signing bonus")), texts


def test_an_arm_named_by_a_sides_acronym_is_not_a_third_party() -> None:
    text = (
        "The Kestrel Port Authority and the Harbor Pilots Guild failed to agree on Monday. The guild said its "
        "members would strike on Friday. The Kestrel Port Authority said it had made a fair offer. KPA Catering "
        "Services stopped deliveries to the piers on Tuesday."
    )
    assert not any(n.startswith("KPA") for n in third_party_names(text)), third_party_names(text)
