"""Challenge suite (issue #25, class 3): a dated line reads alone.

An upcoming line whose few words do not read alone ("The ministers of both states will", cut before
its verb) falls back to its sentence when that is short, never to a fragment: the event stays, since
its date and quote are the finding.

A background line reads alone or is not shown.

The reader review found most background rows garbled: a date pinned on a cut clause ("Sent to the
crane drivers"), an empty noun phrase ("A power last used in 2010"), a name and its relative clause
("Kestrel which opened a review"). Background is context, not a finding, so a row that does not read
as a clause with its subject, in the article's own words, is left out. Rows that do read whole stay,
including a possessive subject ("The board's review began") and the second verb of a pair ("The
group reported a profit and paid a dividend"). Invented articles; each "left out" case failed before
the gate (its row was shown), each "kept" case guards it."""

from __future__ import annotations

import pytest

from tests.challenge import brief_in_a_dispute


def background(sentence: str) -> list[tuple[str | None, str]]:
    brief = brief_in_a_dispute(sentence)
    return [(ev.date, ev.event) for ev in brief.background]


LEFT_OUT = [
    ("The ministry can impose a cooling-off period, a power last used in 2010.", "2010"),
    ("The layoff letters, sent to the crane drivers in February, warned of deep cuts.", "2026-02"),
    ("Kestrel Mining, which opened the Orsa pit in 2011, employs 900 people there.", "2011"),
    ("The union blamed the harbour board, whose chairman has shuttled between the parties since May.", "2026-05"),
]

KEPT = [
    ("The board's review began in January after a run of complaints.", "2026-01", "review began"),
    ("Kestrel Mining reported a record profit and paid a special dividend in March.", "2026-03", "dividend"),
    ("Talks between the two governments broke down on May 27.", "2026-05-27", "broke down"),
]


@pytest.mark.parametrize(("sentence", "date"), LEFT_OUT, ids=[c[1] for c in LEFT_OUT])
def test_a_row_that_does_not_read_alone_is_left_out(sentence: str, date: str) -> None:
    assert not [row for row in background(sentence) if row[0] == date], background(sentence)


@pytest.mark.parametrize(("sentence", "date", "words"), KEPT, ids=[c[1] for c in KEPT])
def test_a_row_that_reads_whole_is_kept(sentence: str, date: str, words: str) -> None:
    rows = background(sentence)
    assert any(d == date and words in text for d, text in rows), rows


UPCOMING_FALLBACK = [
    ("The ministers of both states will on Friday sign, in Ostel, the accord.", "2026-06-12", "sign, in Ostel"),
    ("The committee, which is due to rule on the complaint on Friday, said little.", "2026-06-12", "The committee"),
]


def upcoming(sentence: str) -> list[tuple[str | None, str]]:
    brief = brief_in_a_dispute(sentence)
    return [(ev.date, ev.event) for ev in brief.upcoming]


@pytest.mark.parametrize(("sentence", "date", "words"), UPCOMING_FALLBACK, ids=[c[1] for c in UPCOMING_FALLBACK])
def test_an_upcoming_line_that_does_not_read_alone_falls_back_to_its_short_sentence(
    sentence: str, date: str, words: str
) -> None:
    rows = upcoming(sentence)
    assert any(d == date and words in text for d, text in rows), rows


SENTENCES = [
    ("The envoys meet again in Ostel on Friday.", True),
    ("And what if no deal is struck by Friday?", False),
    ("If no deal is struck by Friday, the crews will strike.", False),
]


@pytest.mark.parametrize(("sentence", "told"), SENTENCES, ids=["statement", "question", "if-clause"])
def test_a_question_or_a_leaning_clause_is_no_fallback_line(sentence: str, told: bool) -> None:
    from briefing.analysis.rules.reading import short_sentence
    from briefing.nlp import load_model

    sent = next(iter(load_model()(sentence).sents))
    assert (short_sentence(sent) == sentence) is told
