"""Lines that read alone: what the cut of a sentence must not do to a line (invented cases).

Each case is a line a reader could not use as written: a clause joined by a second speaker's verb
left as 'and to restore ...', a phrase cut to its second word ('Far it has ...'), a degree word that
turns the point round ('for long' of 'for too long'), a told-to infinitive without who was told, a
name's first word in capitals read as a function word, and a frame split from its quotation.
"""

from __future__ import annotations

from tests.challenge import points_of

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
        "“But so far it has all been empty talk from the port,” Brisk told reporters."
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
        "OR Hamnarbetarna has also received letters of support from crews in three other ports. "
        "The port said it wanted a deal."
    )
    points = points_of(text, "Hamnarbetarna")
    assert any(p.startswith("OR Hamnarbetarna has also received") for p in points), points


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
