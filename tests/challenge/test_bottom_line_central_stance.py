"""Challenge suite (issue #25, class 7): the bottom line names the issue whole and each side's central stance.

A side's terms come before its narration even when they take more words; a plan told in the past
(often since dropped) and a line whose noun points back at something it does not name are never a
side's stance; the issue keeps the participle that says which thing is in dispute ('metered fares')
and a short participle phrase after a bare noun ('fares tied to peak hours'). Invented articles."""

from __future__ import annotations

from tests.challenge import brief_of

LONG_TERMS = (
    "Ostria and Pellan clash over timber levies\n\n"
    "Ostria will impose duties on Pellan's steel unless Pellan lifts its new timber levy before the logging "
    "season opens next spring, Forestry Minister Ilse Varga said on Monday. "
    '"We have been a good neighbour for a century," Varga said. Pellan\'s trade office said the levy was '
    "needed to protect its own sawmills and would stay until the end of the year."
)
SHORT_TERMS = (
    "Ostria and Pellan clash over timber levies\n\n"
    "Ostria will impose duties on Pellan's steel unless Pellan lifts its new timber levy before the logging "
    "season opens, Forestry Minister Ilse Varga said on Monday. Varga said Ostria would not accept the levy. "
    "Pellan's trade office said the levy was needed to protect its own sawmills and would stay "
    "until the end of the year."
)


def _stance_of(summary: str, name: str) -> str:
    """The words the bottom line gives after the side's name opens its stance."""
    stances = summary.split(". ", 1)[1] if ". " in summary else summary
    part = next((p for p in stances.split("; ") if p.startswith(name) or p.startswith("the " + name)), "")
    return part


def test_terms_longer_than_the_narration_are_the_stance() -> None:
    summary = brief_of(LONG_TERMS).summary
    assert "lifts its new timber levy" in _stance_of(summary, "Ostria"), summary
    assert "good neighbour" not in summary, summary


def test_control_a_short_stance_is_kept_over_longer_terms() -> None:
    summary = brief_of(SHORT_TERMS).summary
    assert "good neighbour" not in summary, summary
    assert _stance_of(summary, "Ostria"), summary


SHELVED_PLAN = (
    "Pilots' guild threatens night-shift boycott\n\n"
    "The Harbour Pilots Guild will refuse night shifts from April unless the Quayside Authority hires twelve "
    "more pilots, the guild's chair Nils Brandt said on Monday. The Quayside Authority had planned to offer a "
    "new roster on March 20 but has shelved it. The Quayside Authority said pilot numbers were a matter for "
    "its board. Brandt said the guild would not accept a bonus instead of staff."
)


def test_a_plan_told_in_the_past_is_not_a_stance() -> None:
    summary = brief_of(SHELVED_PLAN).summary
    assert "planned to offer" not in summary, summary


POINTING = (
    "Pilots' guild threatens night-shift boycott\n\n"
    "The Harbour Pilots Guild will refuse night shifts from April unless the Quayside Authority hires twelve "
    "more pilots, the guild's chair Nils Brandt said on Monday. \"No port in the country would leave that "
    "choice to a guild,\" the authority's director Eva Lind said. Lind said pilot numbers were a matter for "
    "the Quayside Authority's board. Brandt said the guild would not accept a bonus instead of staff."
)


def test_a_line_pointing_at_what_it_does_not_name_is_not_a_stance() -> None:
    summary = brief_of(POINTING).summary
    assert "that choice" not in summary, summary


def _issue_line(text: str) -> str:
    return brief_of(text).summary.split(". ")[0]


PARTICIPLE = (
    "Tram drivers escalate row\n\n"
    "The Lindvik Tram Workers Union said on Tuesday its members would stop overtime, escalating a long fight "
    "with Lindvik Transit over metered fares. The union said metered fares would cut 300 jobs. Lindvik Transit "
    "said metered fares would keep every job. The union demanded that metered fares be withdrawn. Lindvik "
    "Transit said it would not withdraw metered fares."
)


def test_the_issue_keeps_the_participle_that_says_which_thing() -> None:
    assert "over metered fares" in _issue_line(PARTICIPLE), brief_of(PARTICIPLE).summary


TIED = (
    "Tram drivers escalate row\n\n"
    "The Lindvik Tram Workers Union said on Tuesday its members would stop overtime, escalating a long fight "
    "with Lindvik Transit over fares tied to peak hours. The union said fares tied to peak hours would cut "
    "ridership. Lindvik Transit said the fares would keep the trams running. The union demanded that the fares "
    "be withdrawn. Lindvik Transit said it would not withdraw the fares."
)
DATED = PARTICIPLE.replace("over metered fares", "over fares announced on Monday").replace("metered fares", "the fares")


def test_the_issue_keeps_a_short_participle_phrase_after_a_bare_noun() -> None:
    assert "fares tied to peak hours" in _issue_line(TIED), brief_of(TIED).summary


def test_control_a_participle_phrase_of_when_stays_out_of_the_issue() -> None:
    assert "announced" not in _issue_line(DATED), brief_of(DATED).summary


DELAYED = (
    "Council and teachers at odds\n\n"
    "The Brannock Teachers Union said on Monday it would boycott the delayed vote on school hours. The union "
    "said longer school hours would exhaust its members. The Brannock Council said longer school hours were "
    "needed. The union demanded that the council drop longer school hours. The council said it would not "
    "drop them."
)


def test_control_a_participle_of_a_step_of_the_talks_is_not_the_issue() -> None:
    assert "delayed" not in _issue_line(DELAYED), brief_of(DELAYED).summary


RIVER = (
    "Dravic and Molvia at odds over river tolls\n\n"
    "Molvia raised its river tolls on Monday, Molvia's port office said. Dravic's transport minister Oren Pask "
    "said Dravic had sent barges down the river for a century. Dravic would close the river locks to every "
    "Molvian barge if the new tolls stayed in place after the spring floods, Pask said. Molvia said the tolls "
    "would pay for dredging."
)


def test_a_longer_stance_told_by_a_modal_comes_before_narration() -> None:
    summary = brief_of(RIVER).summary
    assert "close the river locks" in _stance_of(summary, "Dravic"), summary
    assert "for a century" not in summary, summary


THIS_YEAR = (
    "Dravic and Molvia at odds over river tolls\n\n"
    "Molvia raised its river tolls on Monday, Molvia's port office said. Dravic's transport minister Oren Pask "
    "said Dravic would close the river locks to Molvian barges this year. Molvia said the tolls "
    "would pay for dredging."
)


def test_control_a_time_pointed_at_from_now_names_no_thing_left_out() -> None:
    summary = brief_of(THIS_YEAR).summary
    assert "close the river locks to Molvian barges this year" in summary, summary
