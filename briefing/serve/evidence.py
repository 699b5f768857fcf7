"""The brief beside its article: which words of the article each line of the brief rests on.

The brief pane is the HTML writer's own page body (`<main>`), left as the writer made it except
for attributes: every line that cites a quote (a position, a precondition, a third party's or a
date's row, a numbered quote) becomes a focusable "point" carrying the numbers of its quotes, and
its citation links `[n]` lead to the quote's words in the article instead of to the quote list.
The article pane is the article's own text, escaped, with each cited span wrapped so a stylesheet
or a script can light it up, an anchor where it starts (so the links work without JavaScript) and,
where it ends, links back to the points that cite it.

The writer numbers its quotes as the template cites them; which article span a number stands for
is read from the writer's quote list (`(characters S–E)` in the full template), else by matching
the quote's words against the brief's evidence (the condensed template prints no offsets).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import lxml.html
from lxml.html import HtmlElement
from markupsafe import Markup, escape

from briefing.model import Brief, Evidence

_MAIN = re.compile(r"<main>(.*)</main>", re.S)
_QUOTE_LINK = re.compile(r"#q(\d+)")
_QUOTE_ID = re.compile(r"q(\d+)")
_CHARACTERS = re.compile(r"\(characters (\d+)\D(\d+)\)\s*$")
_QUOTE_MARKS = "“”\"‘’'«» "
_SAFE_HREF = re.compile(r"(?:https?://|mailto:|#)", re.I)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
POINT_HOLDERS = ("li", "tr")  # the element that is one line of the brief: a list item or a table row
LABEL_CHARS = 140  # how much of a point's text a backlink's tooltip shows


@dataclass(frozen=True)
class Point:
    """One line of the brief that cites the article: its element id, its text and its quote numbers."""

    id: str
    text: str
    quotes: tuple[int, ...]
    is_quote: bool = False  # an item of the quote list, not a line of the brief itself


@dataclass
class Annotated:
    """The brief pane's markup, and what the article pane needs to link back to it."""

    brief_html: Markup
    spans: dict[int, tuple[int, int]]  # quote number -> (start, end) in the article text
    points: list[Point] = field(default_factory=list)

    def cited_by(self, number: int) -> list[Point]:
        """The points (not the quote list's items) that cite quote `number`."""
        return [p for p in self.points if number in p.quotes and not p.is_quote]


def writer_body(page: bytes) -> str:
    """The inside of the HTML writer's `<main>`: the brief without the page's head, styles and footer."""
    html = page.decode("utf-8")
    found = _MAIN.search(html)
    if found is None:
        raise ValueError("the HTML writer's page has no <main> element")
    return found.group(1)


def annotate(page: bytes, brief: Brief) -> Annotated:
    """Mark up the writer's page body for the desk (see the module docstring)."""
    root = lxml.html.fragment_fromstring(writer_body(page), create_parent="div")
    _drop_unsafe_links(root)
    spans = _quote_spans(root, brief.evidence())
    points: list[Point] = []
    for holder, numbers, is_quote in _holders(root, spans):
        point_id = holder.get("id") or f"pt-{len(points) + 1}"
        numbers = tuple(n for n in numbers if n in spans)
        if not numbers:
            continue
        holder.set("id", point_id)
        holder.set("class", " ".join(filter(None, [holder.get("class"), "point"])))
        holder.set("tabindex", "0")
        holder.set("data-q", " ".join(map(str, numbers)))
        holder.set("data-evidence", " ".join(f"{spans[n][0]}-{spans[n][1]}" for n in numbers))
        points.append(Point(point_id, _one_line(holder.text_content()), numbers, is_quote))
    for link in root.iter("a"):
        found = _QUOTE_LINK.fullmatch(link.get("href", ""))
        if found and int(found.group(1)) in spans:
            number = found.group(1)
            link.set("href", f"#ev-{number}")
            link.set("class", "cite")
            link.set("data-q", number)
            link.set("aria-label", f"quote {number} in the article")
    inner = "".join(lxml.html.tostring(child, encoding="unicode") for child in root)
    return Annotated(Markup(((root.text and str(escape(root.text))) or "") + inner), spans, points)


def _drop_unsafe_links(root: HtmlElement) -> None:
    """A link can only lead to the web, a mail address or this page: the writer makes no other,
    and if a future template did, an article's `javascript:` could not ride on it."""
    for link in root.iter("a"):
        href = link.get("href")
        if href is not None and not _SAFE_HREF.match(href.strip()):
            del link.attrib["href"]


def _quote_spans(root: HtmlElement, evidence: list[Evidence]) -> dict[int, tuple[int, int]]:
    known = {(e.start, e.end) for e in evidence}
    by_words: dict[str, list[tuple[int, int]]] = {}
    for e in evidence:
        by_words.setdefault(_words(e.quote), []).append((e.start, e.end))
    spans: dict[int, tuple[int, int]] = {}
    for item in root.iter("li"):
        found = _QUOTE_ID.fullmatch(item.get("id", ""))
        if not found:
            continue
        text = item.text_content()
        offsets = _CHARACTERS.search(text)
        if offsets and (int(offsets.group(1)), int(offsets.group(2))) in known:
            spans[int(found.group(1))] = (int(offsets.group(1)), int(offsets.group(2)))
            continue
        candidates = by_words.get(_words(_CHARACTERS.sub("", text)), [])
        taken = set(spans.values())
        free = [span for span in candidates if span not in taken]
        if free:
            spans[int(found.group(1))] = free[0]
    return spans


def _holders(root: HtmlElement, spans: dict[int, tuple[int, int]]) -> Iterable[tuple[HtmlElement, list[int], bool]]:
    """Each line of the brief that cites quotes, with their numbers, in page order; then the quotes."""
    found: dict[HtmlElement, list[int]] = {}
    for link in root.iter("a"):
        cited = _QUOTE_LINK.fullmatch(link.get("href", ""))
        holder = next((a for a in link.iterancestors() if a.tag in POINT_HOLDERS), None)
        if cited and holder is not None:
            found.setdefault(holder, []).append(int(cited.group(1)))
    for holder, numbers in found.items():
        yield holder, numbers, False
    for item in root.iter("li"):
        quote = _QUOTE_ID.fullmatch(item.get("id", ""))
        if quote and int(quote.group(1)) in spans:
            yield item, [int(quote.group(1))], True


def _words(text: str) -> str:
    return " ".join(text.split()).strip(_QUOTE_MARKS)


_CITATIONS = re.compile(r"\s*(?:\[\d+\])+\s*$")


def _one_line(text: str) -> str:
    line = _CITATIONS.sub("", " ".join(text.split()))
    return line if len(line) <= LABEL_CHARS else line[: LABEL_CHARS - 1].rstrip() + "…"


# ---------------------------------------------------------------------------------------------
# The article pane


@dataclass(frozen=True)
class _Piece:
    paragraph: int
    start: int
    end: int
    quotes: tuple[int, ...]


def article_html(text: str, annotated: Annotated) -> Markup:
    """The article as paragraphs of escaped text, each cited span marked (see the module docstring)."""
    pieces = _pieces(text, annotated.spans)
    first = {n: next(i for i, p in enumerate(pieces) if n in p.quotes) for n in annotated.spans if _any(pieces, n)}
    last = {n: max(i for i, p in enumerate(pieces) if n in p.quotes) for n in first}
    out: list[str] = []
    paragraph = -1
    for i, piece in enumerate(pieces):
        if piece.paragraph != paragraph:
            out.append("</p>\n<p>" if paragraph >= 0 else "<p>")
            paragraph = piece.paragraph
        out.extend(f'<span class="anchor" id="ev-{n}"></span>' for n in sorted(first) if first[n] == i)
        words = escape(text[piece.start : piece.end])
        if piece.quotes:
            numbers = " ".join(map(str, piece.quotes))
            out.append(f'<span class="ev" data-q="{numbers}">{words}</span>')
        else:
            out.append(str(words))
        out.extend(_backlinks(n, annotated) for n in sorted(last) if last[n] == i)
    if paragraph >= 0:
        out.append("</p>")
    return Markup("".join(out))


def _any(pieces: list[_Piece], number: int) -> bool:
    return any(number in p.quotes for p in pieces)


def _backlinks(number: int, annotated: Annotated) -> str:
    """`[n]` after the quote's last words, then one ↩ link to each point that cites it."""
    links = "".join(
        f'<a class="backlink" href="#{p.id}" data-point="{p.id}" title="{escape(p.text)}" '
        f'aria-label="back to the brief: {escape(p.text)}">↩</a>'
        for p in annotated.cited_by(number)
    )
    return f'<sup class="cited-by" data-q="{number}">[{number}]{links}</sup>'


def _pieces(text: str, spans: dict[int, tuple[int, int]]) -> list[_Piece]:
    """The text cut into runs, each within one paragraph and covered by the same quotes throughout."""
    pieces: list[_Piece] = []
    for index, (start, end) in enumerate(_paragraphs(text)):
        cuts = {start, end}
        for s, e in spans.values():
            cuts.update(c for c in (s, e) if start < c < end)
        ordered = sorted(cuts)
        for a, b in itertools.pairwise(ordered):
            covering = tuple(n for n, (s, e) in sorted(spans.items()) if s <= a and b <= e)
            pieces.append(_Piece(index, a, b, covering))
    return pieces


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: text between blank lines, its outer white space left out."""
    found = []
    position = 0
    for brk in [*_PARAGRAPH_BREAK.finditer(text), None]:
        stop = brk.start() if brk else len(text)
        chunk = text[position:stop]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            found.append((position + lead, position + len(chunk.rstrip())))
        position = brk.end() if brk else len(text)
    return found
