"""The rendered brief read as a reader reads it, on invented articles.

No point runs over twenty words, opens on a word that points elsewhere ('He', 'But', 'This'),
or says what another point of its side says; the condensed brief fits on one page and lists
only the quotes it cites; the upcoming dates run in date order; the source line never
apologises for what it does not know."""

from __future__ import annotations

import datetime as dt
import io
import re
import textwrap
from functools import cache

import pytest
from pypdf import PdfReader

from briefing.analysis import analyse
from briefing.model import Article, Brief
from briefing.render import RenderOptions, brief_markdown, render

ARTICLES = {
    "fisheries": textwrap.dedent(
        """\
        Norland and Valdoria are locked in a dispute over fishing rights in the Kessel Sea.

        Norland's foreign minister Ana Berg said on Tuesday that Norland would not sign any deal that
        limits its fleet. But she said Norland could return to the talks only if Valdoria lifts the
        blockade of the harbour. "We are willing to sit down with them," Berg said. "We are ready to
        talk in principle, but we need to see how serious Valdoria is."

        Meanwhile, Valdoria's trade minister Tomas Vidal said Valdoria was ready to reopen its ports to
        Norland's trawlers provided Norland withdraws its patrol boats. He added that Valdoria would
        never accept quotas imposed from outside. Therefore, Valdoria has rejected the proposal for a
        shared quota, Vidal said.

        The two ministers are due to meet in Harborline on 24 November. A vote on the quota plan is
        planned for 3 October. Kestrel Air, which flies the ministers, said it would add flights.
        """
    ),
    "airline": textwrap.dedent(
        """\
        Kestrel Air and the pilots' union of the Tamari Front are at odds over a new contract.

        Kestrel Air said on Monday that it would not raise wages by more than 5 percent. The airline
        said it would accept binding arbitration if the union called off its strike. "This offer
        falls short and the pilots know it," chief executive Ana Berg said. The airline
        remains committed to reaching a deal, she said.

        The union demanded a 30 percent pay rise as a condition for ending the strike. Its leader,
        Tomas Vidal, said the pilots would walk out on 12 December unless the airline improved its
        offer. He said the union was ready to talk. The union is ready to talk to the airline, a
        spokesman said. A mediator will meet both sides on 1 December.
        """
    ),
}
PUBLISHED = dt.date(2026, 9, 1)
MAX_WORDS = 20
DANGLING = {"he", "she", "they", "it", "this", "that", "these", "those", "his", "her", "their", "its",
            "therefore", "but", "and", "however", "meanwhile", "so", "also", "thus", "which", "who"}  # fmt: skip


@cache
def brief_of(name: str) -> Brief:
    return analyse(Article(text=ARTICLES[name], published=PUBLISHED))


@cache
def markdown_of(name: str, template: str | None = None) -> str:
    return brief_markdown(brief_of(name), RenderOptions(template=template))


def words(text: str) -> list[str]:
    return re.findall(r"[\w’'-]+", text.lower())


def points(markdown: str) -> list[str]:
    """The bullet points under 'The sides', as a reader sees them: no speaker, no citations."""
    sides = markdown.split("## The sides", 1)[-1].split("## Third parties", 1)[0]
    out = []
    for line in sides.splitlines():
        if not line.startswith("- ") or "No position" in line or "No precondition" in line:
            continue
        text = re.sub(r"\[\\\[\d+\\\]\]\(#q\d+\)", "", line[2:])
        out.append(text.split(" — ")[0].strip())
    return out


@pytest.mark.parametrize("name", ARTICLES)
def test_no_point_runs_over_twenty_words(name: str) -> None:
    found = points(markdown_of(name))
    assert found
    assert all(len(words(p)) <= MAX_WORDS for p in found), [p for p in found if len(words(p)) > MAX_WORDS]


@pytest.mark.parametrize("name", ARTICLES)
def test_no_point_opens_on_a_dangling_word(name: str) -> None:
    openers = [words(p)[0] for p in points(markdown_of(name)) if words(p)]
    assert not set(openers) & DANGLING


@pytest.mark.parametrize("name", ARTICLES)
def test_no_point_is_cut_with_an_ellipsis(name: str) -> None:
    assert not [p for p in points(markdown_of(name)) if p.endswith(("…", "..."))]


@pytest.mark.parametrize("name", ARTICLES)
def test_no_side_says_the_same_thing_twice(name: str) -> None:
    for side in brief_of(name).sides:
        texts = [set(words(it.text)) for it in side.positions + side.preconditions]
        for i, a in enumerate(texts):
            for b in texts[i + 1 :]:
                assert len(a & b) / len(a | b) < 0.6, (a, b)


@pytest.mark.parametrize("name", ARTICLES)
def test_a_side_shows_at_most_five_positions(name: str) -> None:
    shown = points(markdown_of(name))
    preconditions = sum(len(s.preconditions) for s in brief_of(name).sides)
    assert len(shown) - preconditions <= 5 * len(brief_of(name).sides)


@pytest.mark.parametrize("name", ARTICLES)
def test_the_condensed_brief_prints_on_one_page(name: str) -> None:
    pdf = render(brief_of(name), "pdf", RenderOptions(template="condensed"))
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1


@pytest.mark.parametrize("template", [None, "condensed"])
@pytest.mark.parametrize("name", ARTICLES)
def test_the_quote_list_holds_only_the_quotes_the_page_cites(name: str, template: str | None) -> None:
    body, quotes = markdown_of(name, template).split("## Cited quotes", 1)
    cited = set(re.findall(r"\(#q(\d+)\)", body))
    listed = set(re.findall(r"^(\d+)\. ", quotes, flags=re.M))
    assert listed and listed == cited


@pytest.mark.parametrize("name", ARTICLES)
def test_upcoming_dates_run_in_date_order(name: str) -> None:
    dates = [ev.date for ev in brief_of(name).upcoming if ev.date]
    assert dates == sorted(dates)


@pytest.mark.parametrize("name", ARTICLES)
def test_the_bottom_line_is_written_not_copied(name: str) -> None:
    summary = brief_of(name).summary
    first_sentence = ARTICLES[name].split(".")[0]
    assert first_sentence not in summary
    assert not re.search(r"\d{4}-\d{2}", summary)  # dates in words, not ISO
    assert 2 <= len(re.findall(r"[.!?](?:\s|$)", summary)) <= 3


def test_the_bottom_line_names_the_next_date_in_words() -> None:
    assert "on 3 October" in brief_of("fisheries").summary


@pytest.mark.parametrize(
    "outlet, published, expected", [("Harborline Post", None, "Harborline Post"), (None, None, "")]
)
def test_the_source_line_shows_what_is_known(outlet: str | None, published: dt.date | None, expected: str) -> None:
    article = Article(text=ARTICLES["fisheries"], outlet=outlet, published=published)
    markdown = brief_markdown(analyse(article), RenderOptions())
    assert "Source not named" not in markdown
    if expected:
        assert expected in markdown
