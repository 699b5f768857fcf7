"""What a template sees: the brief, its numbered quotes, and small helpers to cite them."""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from briefing import __version__
from briefing.errors import RenderError
from briefing.model import DAY, MONTH, Brief, Event, Evidence, Item, Side, date_precision
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


SHOWN_POSITIONS = 5  # positions a side shows in a brief; the JSON keeps all, lower ranks unmarked as key


_LINKABLE = re.compile(r"(?:https?://|mailto:)", re.IGNORECASE)


def template_context(brief: Brief, theme: Theme) -> dict[str, Any]:
    """What a template sees. Quotes are numbered as the template cites them, so the quote list
    (`cited_quotes()`, rendered after the items) holds exactly the quotes the page cites."""
    in_article_order = brief.evidence()
    quotes = [NumberedQuote(n, e.quote, e.start, e.end) for n, e in enumerate(in_article_order, start=1)]
    by_span = {(e.start, e.end): e for e in in_article_order}
    number_of: dict[tuple[int, int], int] = {}

    def cite(evidence: list[Evidence]) -> Markup:
        """Links to the numbered quotes an item rests on, e.g. `[2][5]`; a quote is numbered when first cited."""
        spans = sorted({(e.start, e.end) for e in evidence if (e.start, e.end) in by_span})
        for span in spans:
            number_of.setdefault(span, len(number_of) + 1)
        numbers = sorted(number_of[span] for span in spans)
        return Markup("").join(Markup(f"[\\[{n}\\]](#q{n})") for n in numbers)

    def cited_quotes() -> list[NumberedQuote]:
        """The quotes cited so far, by number."""
        return [
            NumberedQuote(n, by_span[span].quote, *span) for span, n in sorted(number_of.items(), key=lambda x: x[1])
        ]

    def link(url: str, text: str | None = None) -> Markup:
        """A Markdown link whose destination survives any characters a URL may hold. Only web and
        mail addresses become links: a `javascript:` or `file:` URL from a page is shown as text."""
        if not _LINKABLE.match(url.strip()):
            return markdown_escape(text or url)
        dest = url.replace("\\", "%5C").replace("<", "%3C").replace(">", "%3E").replace(" ", "%20")
        return Markup(f"[{markdown_escape(text or url)}](<{dest}>)")

    return {
        "brief": brief,
        "source": brief.source,
        "source_line": source_line(brief),
        "quotes": quotes,
        "cited_quotes": cited_quotes,
        "shown_positions": shown_positions,
        "page_points": lambda brief: page_points(
            brief, CONDENSED_PAGE_LINES.get(theme.page_size, min(CONDENSED_PAGE_LINES.values()))
        ),
        "page_dates": page_dates,
        "cite": cite,
        "quoted": quoted,
        "link": link,
        "theme": theme,
        "long_date": long_date,
        "version": __version__,
    }


def shown_positions(side: Side, limit: int = SHOWN_POSITIONS) -> list[Item]:
    """The positions a brief shows: the side's key points, at most `limit`."""
    return [it for it in side.positions if getattr(it, "key", True)][:limit]


# The condensed page, measured in printed lines of A4 or Letter at the default theme: a heading
# takes about three lines, a paragraph or list item wraps at about 85 characters and is followed by
# half a line of space. Measured on the 45 dev and 60 train briefs: every page under 69 such lines
# fitted on one A4 page; 64 leaves a margin. Letter is 6% shorter: 58 there.
CONDENSED_PAGE_LINES = {"A4": 64.0, "Letter": 58.0}
LINE_CHARS = 85
HEADING_LINES = 3.0
BLOCK_GAP = 0.5
CONDENSED_CONDITIONS = 2  # conditions a side shows on the condensed page, strongest first
CONDENSED_POSITIONS = 4  # key positions a side shows there at most
CONDENSED_THIRD_PARTIES = 3
CONDENSED_DATES = 3


def page_points(brief: Brief, page: float = CONDENSED_PAGE_LINES["A4"]) -> list[tuple[Side, list[Item], list[Item]]]:
    """(side, positions, conditions) for the condensed page. Each side's key stance and key condition
    always show; then, side by side in rank order, its further key positions and conditions while the
    page has room (each point costs its line and the line of the quote it is first to cite): the
    strongest points of both sides fill the page, never one side's commentary."""
    queues = [_own_first(side, brief.sides) for side in brief.sides]
    chosen: list[list[Item]] = [[] for _ in brief.sides]
    cited: set[tuple[int, int]] = set()
    used = _fixed_lines(brief)
    for rank in range(max((len(q) for q in queues), default=0)):
        for i, queue in enumerate(queues):
            if rank >= len(queue):
                continue
            item = queue[rank]
            cost = _item_lines(item, cited)
            if rank > 1 and used + cost > page:
                continue  # a side's key stance and key condition always show
            used += cost
            cited.update((e.start, e.end) for e in item.evidence)
            chosen[i].append(item)
    return [
        (side, [it for it in items if it in side.positions], [it for it in items if it not in side.positions])
        for side, items in zip(brief.sides, chosen, strict=True)
    ]


def _own_first(side: Side, sides: list[Side]) -> list[Item]:
    """A side's page points in rank order (key stance, key condition, then the rest interleaved), its
    own first: a point resting on a quote another side's point also rests on tells what happened to
    both ("the two sides met for six hours"), not where this side stands, so it goes to the back of the queue."""
    positions = shown_positions(side, CONDENSED_POSITIONS)
    conditions = side.preconditions[:CONDENSED_CONDITIONS]
    others = {(e.start, e.end) for other in sides if other is not side for e in _side_evidence(other)}

    def own(items: list[Item]) -> list[Item]:
        return [it for it in items if not _shared(it, side, others)]

    def shared(items: list[Item]) -> list[Item]:
        return [it for it in items if _shared(it, side, others)]

    mine_p, mine_c = own(positions), own(conditions)
    ranked = mine_p[:1] + mine_c[:1] + _interleaved(mine_p[1:], mine_c[1:])
    return ranked + _interleaved(shared(positions), shared(conditions))


def _side_evidence(side: Side) -> list[Evidence]:
    """The quotes of the points a side could show on the page (a lower-ranked point of one side does
    not take a quote from another)."""
    points = [*shown_positions(side, CONDENSED_POSITIONS), *side.preconditions[:CONDENSED_CONDITIONS]]
    return [e for it in points for e in it.evidence]


def _shared(item: Item, side: Side, others: set[tuple[int, int]]) -> bool:
    """The item rests only on quotes another side's points rest on too, and no speaker of this side
    says it: the side's own spokesman quoted in it keeps it this side's."""
    if item.speaker and item.speaker in side.actors:
        return False
    return bool(item.evidence) and all((e.start, e.end) in others for e in item.evidence)


def _interleaved(first: list[Item], second: list[Item]) -> list[Item]:
    out: list[Item] = []
    for i in range(max(len(first), len(second))):
        out += first[i : i + 1] + second[i : i + 1]
    return out


def _lines(text: str) -> float:
    return max(1, -(-len(text) // LINE_CHARS)) + BLOCK_GAP


def _fixed_lines(brief: Brief) -> float:
    """Lines of the condensed page besides the points: title, source, bottom line, headings, third
    parties and dates."""
    dates = page_dates(brief)
    headings = 4 + len(brief.sides) + bool(brief.third_parties) + bool(dates)
    lines = headings * HEADING_LINES + _lines(source_line(brief)) + _lines("Bottom line up front. " + brief.summary)
    lines += sum(_lines(f"{tp.name}: {tp.role}") for tp in brief.third_parties[:CONDENSED_THIRD_PARTIES])
    lines += sum(_lines(f"{long_date(ev.date)}: {ev.event}") for ev in dates)
    return lines


def page_dates(brief: Brief) -> list[Event]:
    """The condensed page's next dates, at most CONDENSED_DATES, the firmest first, as the engine told
    each (the page reads the fields, never the words): an event told whole before a cut one
    (`Event.whole`), a firm event before one only expected or possible (`Event.firm`), a day before a
    month or a year, a named event (a vote, a hearing, a strike: `Event.named`) before another act,
    then by date. One
    event a date first, so three lines of one day never push out the only other date; an event
    without a date is no date and stays off the page. The chosen are shown firm days first, in date
    order, then months and years, then the unsure."""
    ranked = sorted((ev for ev in brief.upcoming if ev.date), key=_date_rank)
    firsts: list[Event] = []
    for ev in ranked:
        if all(ev.date != kept.date for kept in firsts):
            firsts.append(ev)
    chosen = (firsts + [ev for ev in ranked if ev not in firsts])[:CONDENSED_DATES]
    return sorted(chosen, key=lambda ev: (*_date_rank(ev)[:3], ev.date or ""))  # firm days in date order


def _date_rank(ev: Event) -> tuple[bool, bool, int, bool, str]:
    """How the engine told the event (`Event.whole`, `firm`, `named`) and its date's precision."""
    vagueness = {DAY: 0, MONTH: 1}.get(date_precision(ev.date) or "", 2)
    return not ev.whole, not ev.firm, vagueness, not ev.named, ev.date or ""


def _item_lines(item: Item, cited: set[tuple[int, int]]) -> float:
    """Lines an item adds to the page: its own and those of the quotes it is the first to cite."""
    quotes = [e.quote for e in item.evidence if (e.start, e.end) not in cited]
    return _lines(f"- {item.text} — {item.speaker or ''} [00]") + sum(_lines(f"00. “{q}”") for q in quotes)


def quoted(text: str) -> str:
    """A cited quote with quotation marks that pair and are of one kind, the article's characters
    kept. A quote with no marks of its own is put in curly marks. One cut from a longer quotation
    may hold a mark without its partner: the partner is added at the quote's edge, in the kind the
    quote already uses, and the quote is not wrapped again (marks of two kinds would mix)."""
    stripped = text.strip()
    if not any(mark in stripped for mark in '"“”'):
        return f"“{stripped}”"
    if '"' in stripped:
        return stripped if stripped.count('"') % 2 == 0 else _straight_paired(stripped)
    return _paired(stripped)


def _straight_paired(text: str) -> str:
    """An odd straight mark gets its partner: at the start when the first mark closes (a word or
    punctuation before it), else at the end."""
    first = text.index('"')
    closes = first > 0 and not text[first - 1].isspace() and text[first - 1] not in "([{—–-"
    return '"' + text if closes else text + '"'


def _paired(text: str) -> str:
    """Curly double marks balanced: a closing mark with no opening gets one at the start, an opening
    mark never closed gets its closing mark at the end."""
    depth = unopened = 0
    for ch in text:
        if ch == "“":
            depth += 1
        elif ch == "”":
            if depth:
                depth -= 1
            else:
                unopened += 1
    return "“" * unopened + text + "”" * depth


def long_date(iso: str | dt.date | None) -> str:
    """'2024-11' -> 'November 2024', '2024-11-05' -> '5 November 2024'; unknown stays as given."""
    if isinstance(iso, dt.date):
        return f"{iso.day} {iso:%B %Y}"
    if not iso:
        return "date not given"
    try:
        if date_precision(iso) == DAY:
            d = dt.date.fromisoformat(iso)
            return f"{d.day} {d:%B %Y}"
        if date_precision(iso) == MONTH:
            d = dt.date.fromisoformat(iso + "-01")
            return f"{d:%B %Y}"
    except ValueError:
        pass
    return iso


def footer_source(brief: Brief) -> str:
    """The page footer's source, the same in every paged format: 'Source: Wire, 5 November 2024', or
    'Published 5 November 2024' when no outlet is known; '' for nothing."""
    if brief.source.outlet:
        return f"Source: {source_line(brief)}"
    return f"Published {long_date(brief.source.published)}" if brief.source.published else ""


def source_line(brief: Brief) -> str:
    """'Outlet, 5 November 2024': what is known of the source, for headers and footers; '' for nothing."""
    parts = [brief.source.outlet or "", long_date(brief.source.published) if brief.source.published else ""]
    return ", ".join(p for p in parts if p)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"“(])")


def first_sentence(text: str, limit: int = 300) -> str:
    """The first sentence of `text` on one line (a document's subject or description); '' for none."""
    text = " ".join(text.split())
    return _SENTENCE_END.split(text, maxsplit=1)[0][:limit] if text else ""


# A brief without a publication date still gets fixed document dates: ReportLab's own invariant date.
UNDATED_DOCUMENT_TIME = dt.datetime(2000, 1, 1)


def source_date_epoch() -> dt.datetime | None:
    """SOURCE_DATE_EPOCH (reproducible-builds.org) as a naive UTC time, if set."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not value:
        return None
    try:
        seconds = int(value)
    except ValueError:
        raise RenderError(f"SOURCE_DATE_EPOCH must be a whole number of seconds, not {value!r}") from None
    try:
        return dt.datetime.fromtimestamp(seconds, dt.UTC).replace(tzinfo=None)
    except (ValueError, OverflowError, OSError):
        raise RenderError(
            f"SOURCE_DATE_EPOCH {value} is out of range: give seconds since 1970 before the year 10000"
        ) from None


def document_time(brief: Brief) -> dt.datetime:
    """The dates a document carries (naive UTC): SOURCE_DATE_EPOCH when set, else the publication date
    at midnight. They belong to the brief, never to the run, so the same brief gives the same bytes."""
    epoch = source_date_epoch()
    if epoch is not None:
        return epoch
    published = brief.source.published
    return dt.datetime(published.year, published.month, published.day) if published else UNDATED_DOCUMENT_TIME
