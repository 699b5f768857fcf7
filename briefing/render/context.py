"""What a template sees: the brief, its numbered quotes, and small helpers to cite them."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from briefing import __version__
from briefing.model import Brief, Evidence
from briefing.render.templates import markdown_escape
from briefing.theme import Theme


@dataclass(frozen=True)
class NumberedQuote:
    number: int
    quote: str
    start: int
    end: int

    @property
    def anchor(self) -> str:
        return f"q{self.number}"


def template_context(brief: Brief, theme: Theme) -> dict[str, Any]:
    quotes = [NumberedQuote(n, e.quote, e.start, e.end) for n, e in enumerate(brief.evidence(), start=1)]
    number_of = {(q.start, q.end): q.number for q in quotes}

    def cite(evidence: list[Evidence]) -> Markup:
        """Links to the numbered quotes an item rests on, e.g. `[2][5]`."""
        numbers = sorted({number_of[(e.start, e.end)] for e in evidence if (e.start, e.end) in number_of})
        return Markup("").join(Markup(f"[\\[{n}\\]](#q{n})") for n in numbers)

    def link(url: str, text: str | None = None) -> Markup:
        """A Markdown link whose destination survives any characters a URL may hold."""
        dest = url.replace("\\", "%5C").replace("<", "%3C").replace(">", "%3E").replace(" ", "%20")
        return Markup(f"[{markdown_escape(text or url)}](<{dest}>)")

    return {
        "brief": brief,
        "source": brief.source,
        "quotes": quotes,
        "cite": cite,
        "quoted": quoted,
        "link": link,
        "theme": theme,
        "long_date": long_date,
        "version": __version__,
    }


def quoted(text: str) -> str:
    """Text in quotation marks, unless the article's words already open with one."""
    stripped = text.strip()
    if stripped[:1] in "“\"‘'«":
        return stripped
    return f"“{stripped}”"


def long_date(iso: str | None) -> str:
    """'2024-11' -> 'November 2024', '2024-11-05' -> '5 November 2024'; unknown stays as given."""
    if not iso:
        return "date not given"
    try:
        if len(iso) == 10:
            d = dt.date.fromisoformat(iso)
            return f"{d.day} {d:%B %Y}"
        if len(iso) == 7:
            d = dt.date.fromisoformat(iso + "-01")
            return f"{d:%B %Y}"
    except ValueError:
        pass
    return iso


def source_line(brief: Brief) -> str:
    """'Outlet, 5 November 2024': the one-line source for page footers and headers."""
    outlet = brief.source.outlet or "Source not named"
    return f"{outlet}, {long_date(brief.source.published)}" if brief.source.published else outlet


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"“(])")


def first_sentence(text: str, limit: int = 300) -> str:
    """The first sentence of `text` on one line (a document's subject or description); '' for none."""
    text = " ".join(text.split())
    return _SENTENCE_END.split(text, maxsplit=1)[0][:limit] if text else ""
