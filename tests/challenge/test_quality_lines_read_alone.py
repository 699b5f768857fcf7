"""Lines that read alone: what the cut of a sentence must not do to a line (invented cases).

Each case is a line a reader could not use as written: a clause joined by a second speaker's verb
left as 'and to restore ...', a phrase cut to its second word ('Far it has ...'), a degree word that
turns the point round ('for long' of 'for too long'), a told-to infinitive without who was told, a
name's first word in capitals read as a function word, and a frame split from its quotation.
"""

from __future__ import annotations

from tests.challenge import brief_in_a_dispute, points_of

_OPENING = (
    "The Harbour Pilots Guild and the Port of Velmar are at odds over the night rosters, and talks broke "
    "off on Monday. "
)


def test_a_second_clause_with_its_own_speaker_keeps_its_subject_and_verb() -> None:
    text = _OPENING + (
        "“We sat down with the port's managers on Friday and they promised to restore the night rosters "
        "for every crew,” guild secretary Ana Brisk said."
    )
    points = points_of(text, "Guild")
    assert any("promised to restore the night rosters" in p for p in points), points
    assert not any("and to restore" in p for p in points), points


def test_a_line_never_opens_on_the_second_word_of_so_far() -> None:
    text = _OPENING + (
        "Guild secretary Ana Brisk said the port had offered a new roster. "
        "“So far the port has offered us nothing but talk,” Brisk told reporters."
    )
    points = points_of(text, "Guild")
    assert not any(p.startswith("Far") for p in points), points


def test_a_degree_word_stays_with_the_word_it_qualifies() -> None:
    text = _OPENING + (
        "Pilots' spokeswoman Mira Olt said the harbour board had kept its safety report locked away too long "
        "and the guild would not board another tanker until the full report was published."
    )
    points = points_of(text, "Guild")
    assert any("locked away too long" in p for p in points), points


def test_a_told_to_infinitive_keeps_who_told_whom() -> None:
    text = _OPENING + (
        "In a letter on Tuesday, the Harbour Pilots Guild urged the harbour master not to disrupt the talks "
        "between the crews and the port."
    )
    points = points_of(text, "Guild")
    assert not any(p.lower().startswith("not to") for p in points), points
    assert any("urged the harbour master not to disrupt the talks" in p for p in points), points


def test_a_name_opening_on_a_word_in_capitals_keeps_that_word() -> None:
    text = (
        "The dockers' union OR Hamnarbetarna and the Port of Velmar are at odds over the night rosters. "
        "OR Hamnarbetarna has also sent letters of support to crews in three other ports. "
        "The port said it wanted a deal."
    )
    points = points_of(text, "Hamnarbetarna")
    # (the union sends the letters: support a side only receives is the senders' stance, not its own)
    assert any(p.startswith("OR Hamnarbetarna has also sent") for p in points), points


def test_a_frame_split_from_its_quotation_does_not_pass_the_gate() -> None:
    from briefing.analysis.rules.condense.gate import readable, whole_enough
    from briefing.nlp import load_model

    frame = list(load_model()("The guild president added."))[:-1]
    assert not readable("The guild president added", frame)
    assert not whole_enough("The guild president added", frame)
    said = list(load_model()("The guild president added a warning."))[:-1]
    assert readable("The guild president added a warning", said)


def test_a_line_that_reads_alone_stays_as_written() -> None:
    text = _OPENING + "The Harbour Pilots Guild has rejected the port's latest roster offer."
    points = points_of(text, "Guild")
    assert "The Harbour Pilots Guild has rejected the port's latest roster offer" in points, points


# --- a frame that is the point stays; an emptied aside takes its dashes --------------------------


def _valdoria_lines(sentence: str) -> list[str]:
    brief = brief_in_a_dispute(sentence)
    return [p.text for side in brief.sides if side.name == "Valdoria" for p in side.positions + side.preconditions]


def test_a_negated_frame_is_never_cut_from_its_clause() -> None:
    lines = _valdoria_lines("Valdoria has not confirmed that its trawlers will leave the strait before the winter.")
    assert any(line.startswith("Valdoria has not confirmed that") for line in lines), lines
    assert not any(line.startswith("Valdoria’s trawlers will leave") for line in lines), lines


def test_a_frame_around_a_question_keeps_it() -> None:
    lines = _valdoria_lines("Valdoria did not explain why it had sent its trawlers back into the strait last week.")
    assert not any(line.lower().startswith("why") for line in lines), lines
    assert any("did not explain why" in line for line in lines), lines


def test_a_relative_word_before_the_frame_is_no_question() -> None:
    lines = _valdoria_lines(
        "Valdoria's fisheries minister Ivo Rask said Norland's cutters had crossed into the strait, which he said "
        "was a plain breach of the accord."
    )
    assert any(line.startswith("Norland's cutters had crossed into the strait") for line in lines), lines


def test_an_aside_cut_from_between_dashes_takes_the_dashes() -> None:
    lines = _valdoria_lines(
        "“Norland still has time – before and after the regional summit in the spring – to pull its cutters out "
        "of the strait and restore the old quotas for every fleet,” Valdoria's minister Ivo Rask said."
    )
    assert any(
        "still has time to pull its cutters" in line or "has time to pull its cutters" in line for line in lines
    ), lines
    assert not any("– –" in line or "— —" in line for line in lines), lines


def test_a_placing_verb_keeps_where_it_puts_its_object() -> None:
    lines = _valdoria_lines(
        "“Norland still has time – before and after the regional summit in the spring – to pull its cutters out "
        "of the strait and restore the old quotas for every fleet,” Valdoria's minister Ivo Rask said."
    )
    assert any("pull its cutters out of the strait" in line for line in lines), lines


# --- one person, one way of naming them ------------------------------------------------------------


def test_a_later_i_after_the_speaker_is_named_names_them_again() -> None:
    lines = _valdoria_lines(
        "“My cabinet will study the quota plan, and I expect a reply from the guild by the spring,” Valdoria's "
        "minister Ivo Rask said on Monday."
    )
    assert not any(" I " in line for line in lines), lines
    assert any("Rask expects a reply" in line for line in lines), lines


def test_a_line_with_one_i_names_it_once() -> None:
    lines = _valdoria_lines("“I will not sign any new quota deal,” Valdoria's minister Ivo Rask said on Monday.")
    assert "Ivo Rask will not sign any new quota deal" in lines, lines


def test_they_after_people_who_say_so_is_those_people() -> None:
    lines = _valdoria_lines("Many Valdorian skippers say they've lost half their catch since the cutters arrived.")
    assert any(line.startswith("Many Valdorian skippers have lost half their catch") for line in lines), lines


def test_they_after_the_side_that_says_so_is_the_side() -> None:
    lines = _valdoria_lines("Valdoria said they would not sign any new quota deal.")
    assert "Valdoria would not sign any new quota deal" in lines, lines


def test_a_verb_keeps_what_it_is_about_even_past_the_aim() -> None:
    lines = _valdoria_lines(
        "“This morning Norland notified the regional fisheries commission that its ministers will not reply to "
        "our detailed quota proposal handed to their staff two weeks ago,” Valdoria's minister Ivo Rask said."
    )
    assert not any(line.endswith("will not reply") for line in lines), lines
    assert any("will not reply to Valdoria’s detailed quota proposal" in line for line in lines), lines


def test_a_speaker_told_by_a_description_keeps_a_later_i() -> None:
    lines = _valdoria_lines("“I expect no reply, and I will go on waiting,” the Valdorian fisheries minister said.")
    assert not any("minister will go on" in line or "minister’s" in line for line in lines), lines
