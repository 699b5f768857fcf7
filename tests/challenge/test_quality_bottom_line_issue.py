"""Challenge suite (issue #25, class 7): the bottom line names what is fought over.

The issue is the thing both sides' stances share, said as a noun even when both use it only as a
verb; who the sides are never names it; when the sides share no word, the lead's noun that their
points use does. Each side's stance in the bottom line is a stance, not commentary about the
other. Invented articles; each case failed before its mechanism landed."""

from __future__ import annotations

import datetime as dt
from functools import cache

from briefing.analysis import analyse
from briefing.model import Article

PUB = dt.date(2026, 3, 10)

# Both sides say 'demobilise' only as a verb; the noun stands in a sentence neither side's point cites.
MILITIA = (
    "Tarnholm's cabinet ordered the army on Monday to draw up a plan to demobilise the Ridge Brigades by "
    "autumn. The Ridge Brigades said they would not demobilise while the army keeps shelling their villages. "
    "Tarnholm's defence minister said the army was ready to demobilise every unit within six months. "
    "A donor conference on the Brigades' demobilisation opens next month."
)

# Both sides' points speak of the authority that is one of them: that is who, not what.
WATER = (
    "Brightwell Utilities will challenge in court a cap on its water charges set by the Coastal Water "
    "Authority. Brightwell said the cap would leave the authority's own audit of its costs unanswered and "
    "that it would keep its charges until a judge ruled. The authority said Brightwell must apply the cap "
    "from May 1 and that the authority could fine it for every month of delay."
)

# The sides share no word; the lead names what their talks are about, and the article keeps to it.
STEEL = (
    "Ostmark and Sundria held a first round of talks on Monday in a bid to head off new tariffs on steel. "
    "Ostmark's trade minister said the tariffs would cost its mills thousands of jobs. "
    "Sundria's commerce secretary said Sundria was waiting for written proposals from Ostmark. Traders expect "
    "the tariffs to lift prices; the tariffs would add a quarter to the cost of a tonne of rolled steel."
)

# A side's condition, not its comment on the other side, is its stance.
QUOTA = (
    "The Dairy Farmers Union and Marlow Foods broke off talks over the milk quota this week. The union said it "
    "would not sign unless Marlow rehired the dismissed drivers. Marlow said the union would have to accept a "
    "smaller quota. The union's chair, Ada Kell, criticised Marlow's handling of the milk quota."
)


@cache
def summary(text: str) -> str:
    return analyse(Article(text=text, published=PUB)).summary


def _first(text: str) -> str:
    return summary(text).split(". ")[0]


def test_a_verb_both_sides_use_is_named_by_the_articles_noun() -> None:
    assert "demobilisation" in _first(MILITIA), summary(MILITIA)


def test_a_noun_of_action_keeps_whose_it_is() -> None:
    assert "over the Brigades' demobilisation" in _first(MILITIA), summary(MILITIA)


def test_a_word_of_a_sides_name_is_not_the_issue() -> None:
    first = _first(WATER)
    assert "over the authority" not in first, summary(WATER)
    assert "cap" in first, summary(WATER)  # a noun of three letters may name the issue


def test_the_leads_noun_names_the_issue_when_the_sides_share_none() -> None:
    assert "tariffs" in _first(STEEL), summary(STEEL)


def test_a_stance_comes_before_commentary_on_the_other_side() -> None:
    text = summary(QUOTA)
    assert "handling" not in text and "rehire" in text, text


# A step dated only by its month is no sooner than a step on a day of that month.
PILOTS = (
    "The Harbour Pilots Guild and Tidewater Ports failed to agree on pensions on Monday. The guild said it would "
    "strike unless the pension cuts were dropped. Tidewater said the cuts would stay. The port authority will "
    "publish its new tariff schedule in March. The two sides will meet again on March 18 at the labour ministry."
)


def test_a_step_of_the_month_does_not_pass_ahead_of_a_dated_day() -> None:
    text = summary(PILOTS)
    assert "on 18 March" in text and "in March 2026" not in text, text


def test_a_side_whose_only_point_tells_of_both_gets_no_stance() -> None:
    text = summary(PILOTS)
    stances = text.split(". ")[1]
    assert "failed to agree" not in stances, text  # narration of both sides, said as one side's stance


# Both sides are given the same sentence: it is where both stand, not one side's central stance.
SHARED = (
    "Norland and Valdoria broke up their fishing talks on Monday. Norland said the gaps on fishing "
    "quotas remain wide. Valdoria said the gaps on fishing quotas remain wide. Valdoria said it would not cut "
    "its fleet unless Norland reopened its ports to Valdorian boats."
)


def test_a_point_both_sides_hold_is_not_one_sides_stance() -> None:
    text = summary(SHARED)
    assert "gaps" not in text, text


# The city a meeting is held in gives a host, not a mediator.
HOSTED = (
    "Norland and Valdoria traded blame on Monday over fishing quotas. Norland said it would not cut its catch "
    "unless Valdoria opened its ports. Valdoria said its ports would stay closed. A round of talks on the "
    "quotas opens in Oslo next month."
)


def test_a_host_is_not_called_a_mediator() -> None:
    text = summary(HOSTED)
    assert "mediated by" not in text, text
