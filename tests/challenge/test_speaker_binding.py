"""Challenge suite (issue #25, class 2): every stance goes to the side whose speaker said it.

Each case is an invented article; each failed before its mechanism landed."""

from __future__ import annotations

from . import brief_of, points_of

# A side's grievance about the other side, told in its own reported words.
GRIEVANCE = (
    "Talks between Harrowgate Rail and the Signal Workers Guild broke down on Monday. The Signal Workers Guild "
    "said Harrowgate Rail had refused to offer any pay rise for three years. Harrowgate Rail said its offer "
    "was fair and final."
)
# The same shape told by a voice outside the dispute: the act stays with the party that did it.
NEUTRAL_TELLER = (
    "Talks between Norland and Valdoria resumed in Geneva on Monday. Norland said it wanted a new border "
    "commission. A spokesman for the United Nations said Valdoria would not join the border commission. "
    "Valdoria said it would answer by Friday."
)


def test_a_sides_claim_about_the_other_side_is_its_own() -> None:
    rail = points_of(GRIEVANCE, "Harrowgate")
    assert not any("refused" in text for text in rail), rail
    guild = points_of(GRIEVANCE, "Guild")
    assert any("refused" in text for text in guild), guild


def test_an_act_told_by_an_outside_voice_stays_with_its_party() -> None:
    valdoria = points_of(NEUTRAL_TELLER, "Valdoria")
    assert any("not join" in text for text in valdoria), valdoria


# "they" in a reported clause is its reporter, even when the reporter is no named party.
GROUP_PRONOUN = (
    "The Coastal Ferry Company and its deckhands have been at odds over rosters since January. The "
    "Coastal Ferry Company said it would publish new rosters in April. The deckhands said they would refuse "
    "all overtime until the rosters were withdrawn."
)


def test_a_pronoun_in_reported_words_is_its_reporter_not_the_party_named_last() -> None:
    company = points_of(GROUP_PRONOUN, "Ferry")
    assert not any("overtime" in text for text in company), company


# A generic noun takes up only a party of its kind: 'the army' is never a rebel front's.
GENERIC_OF_ANOTHER_KIND = (
    "Envoys of Norland and the Mirel Liberation Front met on Monday. The Mirel Liberation Front said it "
    "would not hand over its weapons. Norland's defence minister Ivo Rask said the army would remain in "
    "the northern districts until the spring."
)


def test_a_generic_noun_of_another_kind_is_not_the_last_party() -> None:
    front = points_of(GENERIC_OF_ANOTHER_KIND, "Mirel")
    assert not any("remain" in text for text in front), front


# A party named after 'on', 'against', 'over' in a subject is what the subject acts on, not who speaks.
TARGET_IN_THE_SUBJECT = (
    "Norland and Valdoria ended a third round of trade talks on Monday. Valdoria said it wanted a deal "
    "by June. Existing duties on steel from Valdoria will stay in place pending further talks."
)


def test_a_party_a_subject_acts_on_does_not_speak() -> None:
    valdoria = points_of(TARGET_IN_THE_SUBJECT, "Valdoria")
    assert not any("duties" in text.lower() for text in valdoria), valdoria


# An untitled speaker is not bound to the party their condition is laid on.
CONDITION_ON_THE_OTHER_SIDE = (
    "Norland and Valdoria failed to agree on steel quotas on Monday. Valdoria said it wanted the quotas lifted "
    "by June. Peter Hughes said the duties would rise from Friday unless he was convinced Valdoria had "
    "ended the dumping."
)


def test_a_speaker_is_not_bound_to_the_side_his_condition_presses() -> None:
    valdoria = points_of(CONDITION_ON_THE_OTHER_SIDE, "Valdoria")
    assert not any("duties" in text.lower() for text in valdoria), valdoria


# A speaker given a title of their own is someone new, not the speaker described just before.
TITLED_AFTER_DESCRIBED = (
    "Norland and Valdoria resumed border talks in Geneva on Monday. Valdoria's chief negotiator said the map "
    "was a fair basis. Foreign Minister Ivo Rask told reporters that Norland would not accept the map."
)


def test_a_titled_speaker_is_not_the_one_described_before() -> None:
    valdoria = points_of(TITLED_AFTER_DESCRIBED, "Valdoria")
    assert not any("not accept" in text for text in valdoria), valdoria
    norland = points_of(TITLED_AFTER_DESCRIBED, "Norland")
    assert any("not accept" in text for text in norland), norland


# A passive verb of speech: the agent speaks, the subject is told or accused.
TOLD_BY_THE_REGULATOR = (
    "Harbor Telecom and the Valdoria Broadcasting Authority are at odds over a licence. Harbor Telecom said it "
    "would appeal. Harbor Telecom's licence expired on Monday after it was told by the Valdoria Broadcasting "
    "Authority that the licence would not be renewed over safety concerns."
)


def test_the_agent_of_a_passive_verb_of_speech_speaks() -> None:
    company = points_of(TOLD_BY_THE_REGULATOR, "Telecom")
    assert not any("renewed" in text for text in company), company
    regulator = points_of(TOLD_BY_THE_REGULATOR, "Authority")
    assert any("renewed" in text for text in regulator), regulator


# A party after 'anti-' or 'pro-' is what a phrase opposes or backs, never who acts.
STANCE_PREFIX = (
    "The Farmers League of Portugal and the Portuguese government resumed talks in Lisbon on Monday. The "
    "government said it would cut fuel prices by five cents. League leader Ana Torres said that the "
    "anti-government strike that has shut the capital for a week would continue until a deal is signed."
)


def test_a_party_after_a_stance_prefix_does_not_act() -> None:
    government = [
        it.text
        for side in brief_of(STANCE_PREFIX).sides
        if side.name == "Portugal"
        for it in side.positions + side.preconditions
    ]
    assert not any("strike" in text for text in government), government


# A state's demonym on people who act for themselves names no party that acts.
DEMONYM_PEOPLE = (
    "The Portuguese government and the Farmers League of Portugal met in Lisbon on Monday. The government said "
    "it would cut fuel prices. Portuguese farmers have refused to end their protests until diesel taxes are cut."
)


def test_a_demonym_on_people_of_their_own_is_not_the_state() -> None:
    government = [
        it.text
        for side in brief_of(DEMONYM_PEOPLE).sides
        if side.name == "Portugal"
        for it in side.positions + side.preconditions
    ]
    assert not any("protests" in text or "diesel" in text.lower() for text in government), government


# A demand told inside an 'if' is supposed, not set: no side's precondition.
DEMAND_IN_A_HYPOTHESIS = (
    "Norland and the Valdorian Trade Bloc met in Geneva on Monday to discuss a trade pact. The Valdorian Trade "
    "Bloc said it wanted the pact signed this month. If the Valdorian Trade Bloc insists on signing before "
    "Saturday, Norland will vote against it."
)


def test_a_demand_supposed_in_an_if_clause_is_no_sides_condition() -> None:
    bloc = [
        it.text for side in brief_of(DEMAND_IN_A_HYPOTHESIS).sides if "Bloc" in side.name for it in side.preconditions
    ]
    assert not any("Saturday" in text for text in bloc), bloc


# A leader's own "the government" takes up no state for him, nor does a state he talks of ("talks with").
LEADER_OF_UNNAMED_STATE = (
    "Zambia suspended the fisheries pact last month. Zambia blamed Malawi for the raid on its "
    "trawlers. The cabinet chose to halt the pact to press Malawi to rein in the smugglers.\n"
    "On Monday, Prime Minister Jon Vale, in a speech to parliament, restated the government’s firm line, "
    "saying “Nets and guns do not mix.”\n"
    "He also emphasised that talks with Malawi can happen on a single subject, smuggling, and on the "
    "issue of the Malawi-held islands."
)


def test_a_leader_is_not_bound_to_the_state_he_talks_of() -> None:
    malawi = points_of(LEADER_OF_UNNAMED_STATE, "Malawi")
    assert not any("single subject" in text or "do not mix" in text for text in malawi), malawi


# A family name written first ("Lee Jin Ho"), later used alone ("Lee"): a 'he said' after it is his.
FAMILY_NAME_FIRST = (
    "Norland and Valdoria held a day of talks in Geneva on Saturday. Norland's chief negotiator Lee Jin Ho "
    "led his delegation. “Valdoria came with creative ideas and had good talks with us,” Valdorian "
    "spokeswoman Ana Berg said. Norland's Lee brushed off the Valdorian offers.\n"
    "“Valdoria raised our hopes, but it has brought nothing new to the table,” he said."
)


def test_a_family_name_used_alone_is_the_same_speaker() -> None:
    valdoria = points_of(FAMILY_NAME_FIRST, "Valdoria")
    assert not any("nothing new" in text for text in valdoria), valdoria
    norland = points_of(FAMILY_NAME_FIRST, "Norland")
    assert any("nothing new" in text for text in norland), norland


# A quote that opens by telling what someone else said, in a quote of its own, is that voice's words.
RELAYED_QUOTE = (
    "Norland and the Tamari Front traded fire across the river on Monday. Norland said it would keep its "
    "patrols on the river. “They said ‘please stop the shelling and we will stop firing at your boats’,” "
    "Norland's president Jon Vale said of the rebels."
)


def test_a_quote_within_a_quote_is_not_the_speakers_stance() -> None:
    norland = points_of(RELAYED_QUOTE, "Norland")
    assert not any("firing at your boats" in text for text in norland), norland


# A quote closed by a name the parser made no speaker of ('Mr. Ferrsaid', a typo) is that person's,
# not the last voice's.
NAME_AFTER_QUOTE = (
    "Norland and Valdoria agreed a trade deal in Geneva on Monday. Norland said it would lift its tariffs in "
    "May. “Both sides will finish the needed legal steps soon and set a date for the signing,” Mr. Ferrsaid."
)


def test_a_quote_closed_by_a_name_is_not_the_last_voices() -> None:
    norland = points_of(NAME_AFTER_QUOTE, "Norland")
    assert not any("legal steps" in text for text in norland), norland


# One sentence, two voices: "..., which the guild said ..." gives the guild's voice a clause of its own.
TWO_VOICES = (
    "Harborline and the Dockers Guild ended a week of talks on Friday without a deal. Harborline first tabled its "
    "final offer on May 3, which the guild said was never negotiated. The guild said it would strike on Monday."
)


def test_a_clause_of_another_voice_is_evidence_apart() -> None:
    quotes = [ev.quote for side in brief_of(TWO_VOICES).sides for it in side.positions for ev in it.evidence]
    assert not any("tabled" in q and "guild said" in q for q in quotes), quotes


def test_a_relative_clause_cut_from_its_noun_is_no_point() -> None:
    texts = [it.text for side in brief_of(TWO_VOICES).sides for it in side.positions + side.preconditions]
    assert not any(t.lower().startswith(("which", "was never")) for t in texts), texts
