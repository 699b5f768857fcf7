"""Challenge suite (issue #25, class 1): a speaker belongs to the body their own title names, not to the
party written nearest to them.

Each case is an invented article; each failed before its mechanism landed."""

from __future__ import annotations

from . import brief_of

# "an organiser with the guild": 'with' after a serving title names whom the holder serves.
WITH_THE_UNION = (
    "Contract talks between Orvale Mills and two textile unions stalled on Friday. "
    "The walkout will shut the Orvale Mills depots in Brackton and Selby, Tamsin Reyes, an organiser with "
    "the Northern Textile Workers Union, told the Valley Courier. "
    "\u201cWe will not go back until the night shifts are paid properly,\u201d Reyes said. "
    "Orvale Mills said in a statement that its offer was generous."
)

# The parse hangs the name on the company's sites; the name's own title says whom she speaks for.
HUNG_ON_THE_SITES = (
    "Contract talks between Orvale Mills and two textile unions stalled on Friday. "
    "The walkout will impact Orvale facilities in Dunmore and Keswick, Tamsin Reyes, a representative "
    "with the Northern Textile Workers Union, told The Valley Courier. "
    "\u201cWe will not go back until the night shifts are paid properly,\u201d Reyes said. "
    "Orvale Mills said in a statement that its offer was generous."
)

# Positive control: a name set beside a title noun takes the party of that noun.
BESIDE_A_TITLE = (
    "Talks between Norland and Valdoria on the fishing accord resumed on Monday. "
    "Valdoria's chief negotiator, Ana Berg, said the quotas had to be cut by half. "
    "Norland said it would not accept any cut before the autumn."
)


def _side_of(text: str, person: str) -> str | None:
    return next((s.name for s in brief_of(text).sides if any(person in a for a in s.actors)), None)


def test_a_title_with_a_union_makes_the_speaker_the_unions() -> None:
    assert _side_of(WITH_THE_UNION, "Reyes") == "Northern Textile Workers Union"


def test_a_name_hung_on_anothers_sites_keeps_its_own_title() -> None:
    assert _side_of(HUNG_ON_THE_SITES, "Reyes") == "Northern Textile Workers Union"
    company = next(s for s in brief_of(HUNG_ON_THE_SITES).sides if "Orvale" in s.name)
    assert not any("night shifts" in p.text for p in company.positions + company.preconditions)


def test_a_name_beside_a_title_noun_takes_its_party() -> None:
    assert _side_of(BESIDE_A_TITLE, "Berg") == "Valdoria"
