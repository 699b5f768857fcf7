"""Challenge suite (issue #25, classes 8 and 9): the condensed page and quotation marks.

The condensed page spends its page on each side's strongest points: key stances and conditions,
up to the page. Every quotation the PDF and DOCX show balances its marks, and straight and curly
marks are never mixed in one quote. Invented briefs; each case fails until its mechanism lands
(xfail, strict)."""

from __future__ import annotations

import datetime as dt
import io
import re

import docx
import pypdf
import pytest

from briefing.model import Brief, Event, Evidence, Item, Side, Source, ThirdParty
from briefing.render import RenderOptions, render
from briefing.render.context import quoted

TEXT = (
    "The Dockers Union and Harborline resumed talks on Monday. "
    "“We will not negotiate the automation plan,” Harborline said. "
    "“This offer is an insult. "
    "The union will walk out on 1 April unless the cranes plan is dropped, its president said. "
    "The union wants a ban on automation, a 14% raise and a shorter week. "
    'Harborline will sign nothing without that clause," the company said. '
    "Harborline wants a six-year contract and a no-strike clause. "
    "The union will not sign while the lockout threat stands. "
    "A federal mediator will meet both sides on 20 March."
)


def ev(quote: str) -> Evidence:
    start = TEXT.index(quote)
    return Evidence(quote, start, start + len(quote))


def sentences() -> list[str]:
    return re.findall(r"[^.]+\.(?:[”\"])?", TEXT)


def brief() -> Brief:
    s = [x.strip() for x in sentences()]
    union = Side(
        "Dockers Union",
        actors=["Mara Okafor"],
        positions=[
            Item("The union will walk out on 1 April", "Mara Okafor", [ev(s[3])]),
            Item("The union wants a ban on automation", None, [ev(s[4])]),
            Item("The union wants a 14% raise", None, [ev(s[4])]),
            Item("The union wants a shorter week", None, [ev(s[4])]),
            Item("The offer is an insult", None, [ev(s[2])]),
        ],
        preconditions=[
            Item("Harborline drops the cranes plan", "Mara Okafor", [ev(s[3])]),
            Item("The lockout threat is lifted", None, [ev(s[7])]),
        ],
    )
    company = Side(
        "Harborline",
        actors=[],
        positions=[
            Item("Harborline will not negotiate the automation plan", None, [ev(s[1])]),
            Item("Harborline wants a six-year contract", None, [ev(s[6])]),
            Item("Harborline wants a no-strike clause", None, [ev(s[6])]),
            Item("Harborline will not agree to a deal without the plan", None, [ev(s[5])]),
        ],
        preconditions=[
            Item("The automation plan stays", None, [ev(s[1])]),
            Item("A six-year contract", None, [ev(s[6])]),
        ],
    )
    return Brief(
        title="Dockers and Harborline at odds over automation",
        source=Source(title="Port talks", published=dt.date(2026, 3, 10)),
        summary="The Dockers Union and Harborline are at odds over automation at the port.",
        sides=[union, company],
        third_parties=[ThirdParty("federal mediator", "mediator", [ev(s[8])])],
        upcoming=[Event("2026-03-20", "20 March", "A federal mediator meets both sides", [ev(s[8])])],
    )


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)


# --- class 8: the condensed page ------------------------------------------------------------------


def test_the_condensed_page_shows_each_sides_key_points_up_to_the_page() -> None:
    data = render(brief(), "pdf", RenderOptions(template="condensed"))
    assert len(pypdf.PdfReader(io.BytesIO(data)).pages) == 1
    text = " ".join(pdf_text(data).split())
    for side in brief().sides:
        for item in side.preconditions + side.positions[:4]:
            assert item.text in text, item.text


# --- class 9: quotation marks ---------------------------------------------------------------------

UNBALANCED = [
    "“This offer is an insult.",
    'Harborline will sign nothing without that clause," the company said.',
    "He said the plan “was dead.",
]


def balanced_and_unmixed(text: str) -> bool:
    curly = text.count("“") == text.count("”")
    straight = text.count('"') % 2 == 0
    mixed = '"' in text and ("“" in text or "”" in text)
    return curly and straight and not mixed


@pytest.mark.parametrize("quote", UNBALANCED, ids=["open-only", "close-only-straight", "open-inside"])
def test_a_cited_quote_balances_its_marks(quote: str) -> None:
    assert balanced_and_unmixed(quoted(quote)), quoted(quote)


def cited_lines(lines: list[str]) -> list[str]:
    return [line for line in lines if re.match(r"^\d+\.\s", line.strip())]


def test_quotes_in_the_pdf_balance() -> None:
    text = pdf_text(render(brief(), "pdf"))
    joined = " ".join(text.split())
    quotes = re.findall(r"\d+\. (“.*?) \(characters", joined)
    assert quotes and all(balanced_and_unmixed(q) for q in quotes), quotes


def test_quotes_in_the_docx_balance() -> None:
    document = docx.Document(io.BytesIO(render(brief(), "docx")))
    quotes = [p.text for p in document.paragraphs if "(characters" in p.text]
    assert quotes and all(balanced_and_unmixed(q.split(" (characters")[0]) for q in quotes), quotes
