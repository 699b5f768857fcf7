"""Challenge suite (issue #25, design of the contract): the engine says how a dated event is told
(`Event.firm`, `whole`, `named`), so the condensed page orders its dates from the brief alone and
never reads an event's words again; a date's precision is read in one place (`model.date_precision`).
Invented articles and briefs."""

from __future__ import annotations

import pytest

from briefing.analysis.firmness import judged
from briefing.model import DAY, MONTH, YEAR, Brief, Event, Evidence, Source, date_precision
from briefing.render.context import page_dates
from tests.challenge import brief_in_a_dispute

FIRM = "The fishing board will hold a hearing on 14 June."
UNSURE = "The fishing board might review the quotas on 12 June."


def test_the_engine_marks_an_event_only_possible_as_not_firm() -> None:
    upcoming = brief_in_a_dispute(FIRM + " " + UNSURE).upcoming
    by_date = {ev.date: ev.firm for ev in upcoming}
    assert by_date.get("2026-06-14") is True, upcoming
    assert by_date.get("2026-06-12") is False, upcoming


def test_the_engine_says_whether_an_event_is_named_and_told_whole() -> None:
    upcoming = brief_in_a_dispute(FIRM + " " + UNSURE).upcoming
    by_date = {ev.date: ev for ev in upcoming}
    assert by_date["2026-06-14"].named and by_date["2026-06-14"].whole, upcoming
    assert not by_date["2026-06-12"].named, upcoming  # a review of quotas names no event of a dispute
    (cut,) = judged([Event("2026-06-20", "20 June", "Will be", [])])
    assert not cut.whole  # a line cut to two words is marked cut


@pytest.mark.parametrize("field", ["whole", "firm"])
def test_the_page_reads_how_an_event_is_told_from_the_fields_not_the_words(field: str) -> None:
    """Two lines in the same words: the one the engine marks cut (or only possible) goes after the
    one it marks whole (or firm), though its date comes first."""
    text = "A hearing opens on 3 July. A hearing opens on 1 July."
    first, second = (Evidence(q, text.index(q), text.index(q) + len(q)) for q in text.split(". ", 1))
    brief = Brief(
        title="t",
        source=Source(),
        summary="",
        upcoming=[
            Event("2031-07-01", "1 July", "A hearing opens", [second], **{field: False}),
            Event("2031-07-03", "3 July", "A hearing opens", [first]),
        ],
    )
    assert [ev.date for ev in page_dates(brief)] == ["2031-07-03", "2031-07-01"]


def test_a_date_precision_is_read_from_its_length_in_one_place() -> None:
    assert [date_precision(d) for d in ("2031-07-01", "2031-07", "2031", None, "")] == [DAY, MONTH, YEAR, None, None]


def test_an_older_brief_without_the_field_reads_back_firm() -> None:
    data = Brief(title="t", source=Source(), summary="", upcoming=[Event("2031", "2031", "A vote", [])]).to_dict()
    del data["upcoming"][0]["firm"]
    assert Brief.from_dict(data).upcoming[0].firm is True


def test_an_event_the_engine_built_as_possible_stays_not_firm() -> None:
    """'would' may not be in the words the line keeps; what the parse knew is kept."""
    (event,) = judged([Event("2031-07-03", "3 July", "A hearing opens", [], firm=False)])
    assert event.firm is False
    (event,) = judged([Event("2031-07-03", "3 July", "A hearing opens", [])])
    assert event.firm is True  # positive control: the same words, built as set, are firm
