"""PDF writer: the parsed template output laid out with ReportLab platypus.

The blocks from `markup.parse` map onto flowables: headings (H2 sections with
a rule, H3 per side), paragraphs, bullet lists, tables with a repeating header
row, and the known divs (`source`, `bluf` as a shaded callout, `quotes` as the
numbered quotes each carrying anchor `qN`). Page furniture (organisation,
marking, logo, source, "Page X of Y") is drawn on the canvas.

All text reaches ReportLab's paragraph markup through `_escape`, so article
text such as `<b>` or `&` prints as written. The output is byte-for-byte
reproducible: ReportLab runs in invariant mode and the document dates come
from SOURCE_DATE_EPOCH or the article's publication date.
"""

from __future__ import annotations

import functools
import io
import re
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape as xml_escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError
from reportlab.platypus.flowables import AnchorFlowable

from briefing.errors import RenderError
from briefing.model import Brief
from briefing.render import markup
from briefing.render.columns import holds_text, share_width
from briefing.render.fonts import (
    FontFamily,
    in_visual_order,
    needs_shaping,
    resolve_family,
    split_by_coverage,
    warn_missing,
)
from briefing.render.markup import Block, Div, Heading, ListBlock, Rule, Span
from briefing.render.markup import Paragraph as ParaBlock
from briefing.render.markup import Table as TableBlock
from briefing.render.pdf_page import (
    HAIRLINE,
    MARGIN_X,
    PAGE_SIZES,
    BriefCanvas,
    BriefDocTemplate,
    Furniture,
    document_timestamp,
)
from briefing.render.pdf_styles import BODY_SIZE, SMALL_SIZE, Styles, paragraph_styles
from briefing.theme import Theme

if TYPE_CHECKING:
    from briefing.render.options import RenderOptions


ZEBRA = colors.HexColor("#F3F5F8")


# --------------------------------------------------------------------------- entry point


def write_pdf(markdown: str, brief: Brief, options: RenderOptions) -> bytes:
    """The brief as PDF bytes, laid out from the template's Markdown."""
    theme: Theme = options.theme
    body = resolve_family(theme.body_font)
    heading = resolve_family(theme.heading_font) if theme.heading_font else body
    styles = paragraph_styles(body, heading, theme.primary_color, theme.accent_color)
    missing: set[str] = set()
    frame_width = PAGE_SIZES.get(theme.page_size, A4)[0] - 2 * MARGIN_X
    story = _StoryBuilder(styles, missing, frame_width).story(markup.parse(markdown))
    furniture = Furniture.for_brief(brief, theme, body, missing)
    data = _build(story, brief, theme, furniture)
    warn_missing(missing)
    return data


def _build(story: list[Flowable], brief: Brief, theme: Theme, furniture: Furniture) -> bytes:
    buffer = io.BytesIO()
    doc = BriefDocTemplate(buffer, brief, theme, furniture)
    canvasmaker = functools.partial(BriefCanvas, furniture=furniture, stamp=document_timestamp(brief))
    try:
        doc.build(story, canvasmaker=canvasmaker)
    except (LayoutError, ValueError) as exc:  # ValueError: ReportLab's paragraph parser on bad markup
        raise RenderError(f"the brief cannot be laid out as PDF: {_one_line(str(exc))}") from None
    return buffer.getvalue()


def _one_line(message: str, limit: int = 200) -> str:
    """ReportLab's messages span lines and quote whole flowables; an error is one short line."""
    text = " ".join(message.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --------------------------------------------------------------------------- styles


# --------------------------------------------------------------------------- blocks -> flowables


class _StoryBuilder:
    """Turns parsed blocks into flowables; collects characters no font can draw into `missing`."""

    def __init__(self, styles: Styles, missing: set[str], width: float) -> None:
        self.s = styles
        self.missing = missing
        self.width = width
        self._outline_count = 0
        self._have_section = False
        self._title_done = False
        self.anchors: set[str] = set()

    def story(self, blocks: list[Block]) -> list[Flowable]:
        self.anchors = _quote_anchors(blocks)
        out: list[Flowable] = []
        for block in blocks:
            out.extend(self.block(block))
        return out

    def block(self, block: Block, context: str = "") -> list[Flowable]:
        if isinstance(block, Heading):
            return self.heading(block)
        if isinstance(block, ParaBlock):
            return [self.paragraph(block, context)]
        if isinstance(block, ListBlock):
            return self.list_block(block, context)
        if isinstance(block, TableBlock):
            return [self.table(block)] if block.header or block.rows else []
        if isinstance(block, Rule):
            return [HRFlowable(width="100%", thickness=0.5, color=HAIRLINE, spaceBefore=4, spaceAfter=6)]
        if isinstance(block, Div):
            return self.div(block)
        return []

    # ---- headings

    def heading(self, block: Heading) -> list[Flowable]:
        if block.level == 1 and not self._title_done:
            self._title_done = True
            return [_paragraph(self.markup(block.spans, self.s.title), self.s.title)]
        level = 0 if block.level <= 2 or not self._have_section else 1
        self._have_section = self._have_section or block.level <= 2
        style = self.s.h2 if block.level <= 2 else self.s.h3
        key = self._next_outline_key()
        flowables = _anchored(key, self.markup(block.spans, style), style)
        flowables[-1]._briefing_outline = (key, markup.plain_text(block.spans), level)  # read in afterFlowable
        if block.level > 2:
            return flowables
        rule = HRFlowable(width="100%", thickness=0.8, color=self.s.primary, spaceBefore=1, spaceAfter=7)
        rule.keepWithNext = 1  # a section title and its rule never end a page alone
        return [*flowables, rule]

    def _next_outline_key(self) -> str:
        self._outline_count += 1
        return f"section{self._outline_count}"

    # ---- paragraphs and lists

    def paragraph(self, block: ParaBlock, context: str) -> Paragraph:
        style = {
            "source": self.s.source,
            "bluf": self.s.bluf,
            "marking": self.s.marking,
            "blockquote": self.s.blockquote,
        }.get(context, self.s.body)
        if style is self.s.body and markup.is_label(block.spans):
            style = self.s.label
        return _paragraph(self.markup(block.spans, style), style)

    def list_block(self, block: ListBlock, context: str) -> list[Flowable]:
        if context == "quotes" and block.ordered:
            return [f for n, spans in enumerate(block.items, start=block.start) for f in self._quote_item(n, spans)]
        out: list[Flowable] = []
        style = self.s.bullet
        for n, spans in enumerate(block.items, start=block.start):
            bullet = f"{n}." if block.ordered else "•"
            out.append(_paragraph(self.markup(spans, style), style, bulletText=bullet))
        return out

    def _quote_item(self, number: int, spans: list[Span]) -> list[Flowable]:
        # The anchor makes every `[N]` citation in the text a working link to this quote.
        return _anchored(f"q{number}", self.markup(spans, self.s.quote), self.s.quote, bulletText=f"{number}.")

    # ---- tables

    def table(self, block: TableBlock) -> Table:
        ncols = max([len(block.header)] + [len(r) for r in block.rows])
        header = [self._cell(c, self.s.header_cell) for c in _pad(block.header, ncols)]
        rows = [[self._cell(c, self.s.cell) for c in _pad(r, ncols)] for r in block.rows]
        data = ([header] if block.header else []) + rows
        table = Table(
            data,
            colWidths=_column_widths(block, ncols, self.width, self.s.body_family),
            repeatRows=1 if block.header else 0,
            hAlign="LEFT",
            splitInRow=24,  # a very long cell may break across pages rather than fail the layout
            spaceBefore=2,
            spaceAfter=8,
        )
        table.setStyle(self._table_style(has_header=bool(block.header)))
        return table

    def _cell(self, spans: list[Span], style: ParagraphStyle) -> Paragraph:
        return _paragraph(self.markup(spans, style), style)

    def _table_style(self, has_header: bool) -> TableStyle:
        first_body_row = 1 if has_header else 0
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            # Cells hold Paragraphs; the cell font only stops ReportLab naming its default Helvetica.
            ("FONT", (0, 0), (-1, -1), self.s.body_family.regular, SMALL_SIZE),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
            ("ROWBACKGROUNDS", (0, first_body_row), (-1, -1), [colors.white, ZEBRA]),
            ("LINEBELOW", (0, first_body_row), (-1, -1), 0.4, HAIRLINE),
        ]
        if has_header:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), self.s.primary))
        return TableStyle(commands)

    # ---- divs

    def div(self, block: Div) -> list[Flowable]:
        inner: list[Flowable] = []
        for child in block.blocks:
            inner.extend(self.block(child, context=block.cls))
        if block.cls == "bluf" and inner:
            return [self._callout(inner), Spacer(1, 4)]
        return inner

    def _callout(self, flowables: list[Flowable]) -> Table:
        """The bottom line up front: a tinted box with a heavy rule in the theme colour down its left side."""
        box = Table([[f] for f in flowables], colWidths=[self.width], splitInRow=24, hAlign="LEFT")
        box.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), self.s.body_family.regular, BODY_SIZE),
                    ("BACKGROUND", (0, 0), (-1, -1), self.s.bluf_background),
                    ("LINEBEFORE", (0, 0), (0, -1), 3, self.s.primary),
                    ("LEFTPADDING", (0, 0), (-1, -1), 11),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("TOPPADDING", (0, 0), (-1, 0), 8),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 9),
                ]
            )
        )
        return box

    # ---- inline text

    def markup(self, spans: list[Span], style: ParagraphStyle) -> str:
        """Spans as ReportLab paragraph markup: escaped text, explicit faces, links."""
        family = self.s.heading_family if style.fontName in _faces(self.s.heading_family) else self.s.body_family
        base_bold = style.fontName == family.bold and family.bold != family.regular
        parts = []
        for span in spans:
            text = self._text(span.text, family, base_bold or span.bold, span.italic, style.fontName)
            parts.append(self._link(span.href, text) if span.href else text)
        return "".join(parts)

    def _text(self, text: str, family: FontFamily, bold: bool, italic: bool, style_face: str) -> str:
        out = []
        for face, run in split_by_coverage(in_visual_order(text), family, bold, italic, self.missing):
            escaped = _escape(run)
            out.append(escaped if face == style_face else f'<font name="{face}">{escaped}</font>')
        return "".join(out)

    def _link(self, href: str, text: str) -> str:
        color = self.s.primary.hexval()[2:]
        if href.startswith("#"):
            if href[1:] not in self.anchors:
                # ReportLab fails the whole document on a dangling internal link; a custom
                # template that cites without listing the quotes still deserves a PDF.
                return text
            return f'<a href="{_escape_attr(href)}" color="#{color}">{text}</a>'
        if href.split(":", 1)[0].lower() in ("document", "pdf"):
            return text  # ReportLab reads these schemes as jumps inside this or another PDF, not as URLs
        return f'<a href="{_escape_attr(href)}" color="#{color}" underline="1">{text}</a>'


def _paragraph(markup: str, style: ParagraphStyle, **kw: Any) -> Paragraph:
    """A paragraph, shaped by HarfBuzz when it holds a script that needs it (Arabic, Hebrew, Indic,
    Thai); Latin text is not shaped, which keeps the common brief fast."""
    return _Paragraph(markup, _shaping(style) if needs_shaping(markup) else style, **kw)


class _Paragraph(Paragraph):
    """A paragraph that keeps its line breaks for the width it was last laid out at.

    The frame, a keep-together group, a list and a table cell each ask a paragraph for its size,
    mostly at the same width, and ReportLab breaks the lines again at every call: 2.5 times per
    paragraph in a long brief. The breaks depend on the width alone; they are kept only while
    ReportLab still holds them (`split` drops them when the paragraph moves to the next page).
    """

    _wrapped: tuple[float, tuple[float, float], object] | None = None  # width, size, line breaks

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        kept = self._wrapped
        if kept is not None and kept[0] == availWidth and kept[2] is getattr(self, "blPara", None):
            return kept[1]
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, size, getattr(self, "blPara", None))
        return size


def _anchored(key: str, markup: str, style: ParagraphStyle, **kw: Any) -> list[Flowable]:
    """A paragraph that links can jump to, its anchor a flowable right before it. An inline `<a name>`
    makes an empty fragment that ReportLab's shaper fails on, and that keeps the first word from
    being split when it is wider than the page (a 120-character name would run off the edge)."""
    anchor = AnchorFlowable(key)
    anchor.keepWithNext = 1  # the anchor stays on the page of the paragraph it marks
    return [anchor, _paragraph(markup, style, **kw)]


@functools.cache
def _shaping(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)


def _quote_anchors(blocks: list[Block]) -> set[str]:
    """`qN` for every item of an ordered list inside a `quotes` div: the targets citations may link to."""
    anchors: set[str] = set()
    for block in blocks:
        if isinstance(block, Div):
            for child in block.blocks:
                if block.cls == "quotes" and isinstance(child, ListBlock) and child.ordered:
                    anchors.update(f"q{n}" for n in range(child.start, child.start + len(child.items)))
            anchors |= _quote_anchors(block.blocks)
    return anchors


def _faces(family: FontFamily) -> tuple[str, ...]:
    return (family.regular, family.bold, family.italic, family.bold_italic)


def _pad(cells: list[list[Span]], n: int) -> list[list[Span]]:
    return cells + [[] for _ in range(n - len(cells))]


CELL_PADDING = 10  # left + right padding of a table cell, as set in `_table_style`


def _column_widths(block: TableBlock, ncols: int, width: float, family: FontFamily) -> list[float]:
    """Share the width so short columns (dates, citations) stay tight and wordy ones get the rest.

    Each column wants its unwrapped width in the table's font; `columns.share_width` shares the
    page's width between them, as it does for the DOCX writer.
    """
    natural = [CELL_PADDING + 8.0] * ncols
    citations_only = [True] * ncols
    for is_header, row in [(True, block.header)] + [(False, r) for r in block.rows]:
        face = family.bold if is_header else family.regular
        for i, cell in enumerate(row[:ncols]):
            text = markup.plain_text(cell)
            natural[i] = max(natural[i], pdfmetrics.stringWidth(text, face, SMALL_SIZE) + CELL_PADDING)
            if not is_header and holds_text(cell):
                citations_only[i] = False
    return share_width(natural, [not only for only in citations_only], width)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _escape(text: str) -> str:
    """Text as literal characters in ReportLab paragraph markup."""
    return xml_escape(_CONTROL.sub("", text))


def _escape_attr(value: str) -> str:
    return xml_escape(_CONTROL.sub("", value), {'"': "&quot;"})


# --------------------------------------------------------------------------- page furniture


# --------------------------------------------------------------------------- document and canvas
