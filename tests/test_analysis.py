"""Rule families of the analysis, each on short sentences we wrote: positive and negative cases."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.analysis import analyse
from briefing.analysis.dates import find_temporals, is_upcoming
from briefing.model import Article, Brief
from briefing.nlp import load_model

PUB = dt.date(2026, 3, 11)  # a Wednesday


def brief_of(text: str, published: dt.date = PUB) -> Brief:
    return analyse(Article(text=text, published=published))


def side(brief: Brief, name: str):
    found = [s for s in brief.sides if s.name == name]
    assert found, f"no side {name!r} in {[s.name for s in brief.sides]}"
    return found[0]


def speakers(brief: Brief, name: str) -> list[str | None]:
    return [p.speaker for p in side(brief, name).positions]


# --- attribution ---------------------------------------------------------------------------


def test_said_after_the_quote_and_inverted_said() -> None:
    b = brief_of(
        "Norway and Ruritania resumed talks on fishing rights in Oslo on Monday. "
        '"We will not give up our quotas," said Norwegian Fisheries Minister Erik Dahl. '
        "Ruritanian negotiator Anna Vok told reporters that her country wanted a bigger share of the catch."
    )
    assert "Erik Dahl" in speakers(b, "Norway")
    assert "Anna Vok" in speakers(b, "Ruritania") or "Anna Vok" in side(b, "Ruritania").actors


def test_according_to_and_statement_from_a_body() -> None:
    b = brief_of(
        "Talks between Canada and Mexico on auto parts stalled on Tuesday. "
        "According to the Canadian trade ministry, Ottawa is ready to cut duties on steel. "
        "Mexico's economy ministry said in a statement that it rejected any quota on car exports."
    )
    assert side(b, "Canada").positions and side(b, "Mexico").positions


def test_quoted_as_saying_gives_the_words_to_the_quoted_person() -> None:
    b = brief_of(
        "Serbia and Kosovo met in Brussels on Monday. Tanjug quoted Serbian President Marko Ilic as saying "
        "that Belgrade would never recognise the border. Kosovo's prime minister Lina Berisha said the talks failed."
    )
    assert "Marko Ilic" in speakers(b, "Serbia")
    assert all(s.name != "Tanjug" for s in b.sides), "a news agency is a source, not a side"


def test_spokesman_of_a_leader_speaks_for_the_leaders_side() -> None:
    b = brief_of(
        "Russia said on Thursday it was open to talks with Ukraine. The statement was made by Ivan Petrov, "
        "President Oleg Sokol's press secretary, at a briefing in Moscow. "
        '"We are ready to negotiate," Petrov said. Ukraine said it would only talk if Russia withdrew its troops.'
    )
    assert "Ivan Petrov" in side(b, "Russia").actors


def test_pronoun_speaker_and_quote_over_several_sentences() -> None:
    b = brief_of(
        "Norland and the Tamari Front held indirect talks in Cairo. Tamari Front official Khalil Nour said the "
        'group wanted a permanent ceasefire. "We have been clear. There will be no deal without a full '
        'withdrawal," he added. Norland said it would not stop its operations.'
    )
    front = side(b, "Tamari Front")
    quoted = [p for p in front.positions if "We have been clear" in p.evidence[0].quote]
    assert quoted and quoted[0].speaker == "Khalil Nour"


def test_words_inside_a_quote_are_not_an_attribution_to_their_subject() -> None:
    b = brief_of(
        "Harborline and the dockers' union ended two days of talks. "
        '"The union made demands we cannot accept," Harborline executive Mary Lane said. '
        "The union said the company refused to raise wages."
    )
    lane = [p for s in b.sides for p in s.positions if p.speaker == "Mary Lane"]
    assert lane, "the quote belongs to the Harborline executive"
    assert side(b, "Harborline").positions[0].speaker == "Mary Lane"


# --- affiliation and sides -----------------------------------------------------------------


def test_metonyms_and_demonyms_collapse_into_one_side() -> None:
    b = brief_of(
        "The Kremlin said on Monday that Moscow would not accept the plan. Russian officials said Russia "
        "wanted guarantees. Ukraine said Kyiv rejected any freeze of the front line."
    )
    names = [s.name for s in b.sides]
    assert sorted(names) == ["Russia", "Ukraine"]


def test_title_nationality_and_organisation_give_affiliation() -> None:
    b = brief_of(
        "Germany and Poland disagreed on Tuesday over the pipeline. German Economy Minister Karl Weber said "
        "Berlin would finish it. Vice Premier Anna Nowak of the Polish Council of Ministers said Warsaw "
        "would block it unless Germany paid compensation."
    )
    assert "Karl Weber" in side(b, "Germany").actors
    assert "Anna Nowak" in side(b, "Poland").actors


def test_mediator_and_host_are_third_parties_not_sides() -> None:
    b = brief_of(
        "Ethiopia and Egypt held a new round of talks on the dam on Sunday. Egypt said it would not accept "
        "any unilateral filling. Ethiopia said it was ready for a fair deal. The talks were hosted by Qatar, "
        "and the African Union mediated between the two sides."
    )
    assert sorted(s.name for s in b.sides) == ["Egypt", "Ethiopia"]
    roles = {t.name: t.role for t in b.third_parties}
    assert roles.get("Qatar") == "host"
    assert roles.get("African Union") == "mediator"


def test_union_and_company_sides_from_generic_descriptions() -> None:
    b = brief_of(
        "Talks between Harlow Motors and the United Auto Workers collapsed on Friday. The union said the "
        "company refused to restore pensions. The company said its offer was final. A federal mediator "
        "will meet both sides next week."
    )
    names = {s.name for s in b.sides}
    assert "Harlow Motors" in names and "United Auto Workers" in names
    assert any("mediator" in t.name for t in b.third_parties)


# --- preconditions -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Norway said it would sign the deal only if Ruritania lifted the ban.",
        "Norway said it would sign the deal provided that Ruritania lifted the ban.",
        "Norway said it would not sign the deal unless Ruritania lifted the ban.",
        "Norway said there would be no deal until Ruritania lifted the ban.",
        "Norway said Ruritania must first lift the ban before talks can resume.",
        "Norway said it would release the prisoners in exchange for a lifting of the ban.",
        "Norway said its right to fish in the zone was non-negotiable.",
        "Norway said it would sign the deal if Ruritania lifted the ban.",
    ],
)
def test_condition_markers_set_preconditions(sentence: str) -> None:
    b = brief_of("Norway and Ruritania met in Geneva. " + sentence + " Ruritania said it wanted a deal.")
    assert side(b, "Norway").preconditions, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # A hypothetical "if" that sets no condition on the other side.
        "Norway warned of sanctions if the talks fail.",
        "Norway said the fleet could not compete if it was to remain profitable.",
        "Norway said it was disappointed by the talks.",
    ],
)
def test_no_precondition_without_a_condition(sentence: str) -> None:
    b = brief_of("Norway and Ruritania met in Geneva. " + sentence + " Ruritania said it wanted a deal.")
    assert not side(b, "Norway").preconditions, sentence


def test_the_condition_is_credited_to_the_side_that_sets_it() -> None:
    b = brief_of(
        "Russia and Ukraine traded accusations. Russian President Oleg Sokol said Russia would end the war "
        "only if Ukraine gave up its claims. Ukraine rejected the demand."
    )
    assert side(b, "Russia").preconditions
    assert not side(b, "Ukraine").preconditions


# --- dates ---------------------------------------------------------------------------------


def dates_in(sentence: str, published: dt.date = PUB) -> list[tuple[str | None, bool]]:
    doc = load_model()(sentence)
    return [(t.date, is_upcoming(t, published)) for t in find_temporals(doc, published)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The talks will resume in May.", [("2026-05", True)]),
        ("The talks collapsed in May.", [("2025-05", False)]),
        ("The talks will resume in February.", [("2027-02", True)]),
        ("The envoys will meet on Saturday.", [("2026-03-14", True)]),
        ("The envoys met on Saturday.", [("2026-03-07", False)]),
        ("The envoys met on Wednesday.", [("2026-03-11", False)]),
        ("The statement will be published on the 20th.", [("2026-03-20", True)]),
        ("The first round was held on the 2nd.", [("2026-03-02", False)]),
        ("A deal is expected by the end of the year.", [("2026-12", True)]),
        ("The sides will meet again next week.", [("2026-03", True)]),
        ("A swap of detainees is set to happen in the coming days.", [("2026-03", True)]),
        ("A vote will be held later this month.", [("2026-03", True)]),
        ("The summit will be held before the election in November 2026.", [("2026-11", True)]),
        (
            "The truce, agreed in January, runs from February 2 to July 31.",
            [("2026-01", False), ("2026-02-02", False), ("2026-07-31", True)],
        ),
    ],
)
def test_dates_resolve_with_tense(sentence: str, expected: list[tuple[str, bool]]) -> None:
    assert dates_in(sentence) == expected


def test_upcoming_holds_only_future_events_and_background_the_past() -> None:
    b = brief_of(
        "Norland and Valdoria met in Geneva on Monday. The previous round failed in January. "
        "Norland said the envoys would meet again on March 18 in Port Arlen."
    )
    assert [e.date for e in b.upcoming] == ["2026-03-18"]
    assert "2026-01" in [e.date for e in b.background]


# --- grounding and determinism -------------------------------------------------------------


def test_every_item_is_grounded_in_the_text(article_text: str) -> None:
    b = brief_of(article_text)
    items = [i for s in b.sides for i in s.positions + s.preconditions]
    assert items and b.upcoming and b.third_parties
    for ev in b.evidence():
        assert article_text[ev.start : ev.end] == ev.quote
        assert 0 < len(ev.quote) <= 600


def test_same_input_same_brief(article_text: str) -> None:
    assert brief_of(article_text).to_dict() == brief_of(article_text).to_dict()


def test_summary_names_the_sides_and_a_condition(article_text: str) -> None:
    b = brief_of(article_text)
    assert 1 <= b.summary.count(". ") + 1 <= 4
    assert b.title


def test_dateline_city_is_not_a_party_and_employer_descriptions_resolve() -> None:
    b = brief_of(
        "SPRINGFIELD (Wire) — The Springfield Nurses Union and Mercy Health System failed to reach a deal "
        "on Sunday. The union is demanding safe staffing ratios. Hospital officials said the system could not "
        "afford more, and the board said its offer was final."
    )
    assert {s.name for s in b.sides} == {"Springfield Nurses Union", "Mercy Health System"}


def test_untitled_official_speaks_for_the_party_they_speak_of() -> None:
    b = brief_of(
        "Japan and the United States will hold a fifth round of tariff talks next week. Economy Minister "
        "Kenji Sato said Japan would not accept higher U.S. tariffs on its cars as part of any deal."
    )
    assert "Kenji Sato" in side(b, "Japan").actors


def test_scare_quotes_do_not_carry_a_speaker_over() -> None:
    b = brief_of(
        'Japan and the United States met in Washington. "We must protect our interests," Japanese Prime '
        'Minister Taro Kimura said. Japan was hit with a "reciprocal" tariff in April.'
    )
    assert not any("reciprocal" in p.evidence[0].quote for s in b.sides for p in s.positions)


def test_undated_events_still_to_come_and_negated_ones_left_out() -> None:
    b = brief_of(
        "Norway and Ruritania ended two days of talks in Oslo. Both sides agreed to exchange proposals and "
        "will continue discussions. Norway said a deal would not be signed in April."
    )
    assert [e.date for e in b.upcoming] == [None]
    assert "continue discussions" in b.upcoming[0].evidence[0].quote


def test_both_sides_statements_belong_to_each_side() -> None:
    b = brief_of(
        "Norland and Valdoria met in Geneva. Norland's president Marko Ilic said Norland wanted guarantees. "
        "Valdoria's prime minister Lina Berisha said Valdoria would not accept them. "
        "Both sides blamed each other for breaking the truce."
    )
    for name in ("Norland", "Valdoria"):
        assert any("blamed each other" in p.evidence[0].quote for p in side(b, name).positions)


def test_on_condition_of_anonymity_is_no_condition() -> None:
    b = brief_of(
        "Norland and the Tamari Front will resume talks in Cairo. The Tamari Front will not free the captives "
        "unless Norland ends the war, a senior Tamari Front official said, speaking on condition of anonymity. "
        "Norland said it wanted a deal."
    )
    conditions = [c.text for c in side(b, "Tamari Front").preconditions]
    assert conditions and all("anonymity" not in c for c in conditions)


def test_company_the_model_does_not_tag_and_union_named_association() -> None:
    b = brief_of(
        "Nurses at two hospitals will strike after talks broke down, the Lakeside Nurses Association said. "
        "The union said its members voted to walk out unless staffing improved. Harlan Health, which runs the "
        "hospitals, said it had offered a 10% raise. The company said it would hire replacement nurses."
    )
    assert {s.name for s in b.sides} == {"Lakeside Nurses Association", "Harlan Health"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nurses will strike for three days starting Monday.", [("2026-03-16", True)]),
        ("A mediator has scheduled another session for Sunday.", [("2026-03-15", True)]),
        ("Talks ended with three weeks left before the deadline.", [("2026-04", True)]),
    ],
)
def test_participles_and_schedules_look_ahead(sentence: str, expected: list[tuple[str, bool]]) -> None:
    assert dates_in(sentence) == expected


def test_acronyms_by_initials_and_descriptions_that_name_the_party() -> None:
    b = brief_of(
        "Riverton's dock crews union and the terminal owners will return to the table on Monday. HCG-TWU said it "
        "would meet the Alliance of Terminal and Harbour Operators. The union is seeking higher pay. "
        'The ATHO said it was eager to end the strike. "We cannot agree to that," the alliance said.'
    )
    names = {s.name for s in b.sides}
    assert names == {"HCG-TWU", "Alliance of Terminal and Harbour Operators"}
    alliance = side(b, "Alliance of Terminal and Harbour Operators")
    assert any("cannot agree" in p.evidence[0].quote for p in alliance.positions)


def test_a_place_inside_an_organisations_name_is_no_mention_of_it() -> None:
    b = brief_of(
        "The Writers Guild of America and the studios reached a deal on Sunday. The guild said members "
        "would vote next week. The studios said they were pleased."
    )
    assert all(t.name != "United States" for t in b.third_parties)


def test_political_groups_are_parties_and_chambers_are_titles() -> None:
    b = brief_of(
        "Senate Democrats will block the spending bill unless it restores food aid, Senate Majority Leader "
        "Tom Hale said on Tuesday. House Speaker Ann Ruiz said Republicans would not negotiate and urged "
        "Democrats to pass the bill."
    )
    assert {s.name for s in b.sides} == {"Democrats", "Republicans"}
    assert "Tom Hale" in side(b, "Democrats").actors


def test_roles_of_allies_and_conditions_done_first() -> None:
    b = brief_of(
        "Azerbaijan and Armenia met in Washington on Thursday. Azerbaijani President Ali Karimov said Baku "
        "would sign the treaty only after Yerevan amends its constitution. Armenian Prime Minister Aram Sarkis "
        "insisted that the treaty must be signed first. Russia, Armenia's traditional ally, criticised the deal."
    )
    assert side(b, "Armenia").preconditions and side(b, "Azerbaijan").preconditions
    assert {t.name: t.role for t in b.third_parties}.get("Russia") == "ally"
