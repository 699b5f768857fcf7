"""Challenge suite (issue #25, review 2): a sentence told in the report's present week or month is
news, even when it names an earlier year, so a party acting in it is not history.

Invented articles, published on Tuesday 10 March 2026 (`ARTICLE_PUBLISHED`)."""

from __future__ import annotations

from tests.challenge import brief_of

OPENING = "Norland and Valdoria are at odds over the fishing accord. "
CLOSING = " Valdoria said it wanted a deal. Norland said it wanted a deal too."
# An old broker whose envoy acts now: only the time words of the sentence differ between the cases.
ENVOY = "Arlenia, which brokered the 2019 grain pact between them, sent its envoy to both capitals{when} to mediate."


def mediators(when: str) -> list[str]:
    brief = brief_of(OPENING + ENVOY.format(when=when) + CLOSING)
    return [tp.name for tp in brief.third_parties if tp.role == "mediator"]


def test_this_week_sets_the_sentence_in_the_present() -> None:
    assert mediators(" this week") == ["Arlenia"]
    assert mediators(" last month") == ["Arlenia"]


def test_a_sentence_told_only_in_an_earlier_year_stays_history() -> None:
    # the control: without a present time phrase the broker of the old pact is history
    assert mediators("") == []
    assert mediators(" on Monday") == ["Arlenia"]
