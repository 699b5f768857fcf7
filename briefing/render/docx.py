"""DOCX writer: the template's blocks laid out with real Word styles (python-docx).

Every block maps to a named style (Title, Heading 1/2, List Bullet, List Number,
a table style, and our own 'Brief Source', 'Bottom Line', 'Quote Citation'), so
a user restyles the whole brief in Word, or up front with `--reference-docx`,
the way pandoc's `--reference-doc` works: their file is the base document, its
body is cleared and the brief is written with its style names. Styles missing
from their file are copied from python-docx's default template.

Output is byte-for-byte reproducible: timestamps come from SOURCE_DATE_EPOCH or
the article's publication date, and the zip is rewritten with fixed entry
metadata and order.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

import docx
from docx.document import Document as DocumentObject
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.parts.numbering import NumberingPart
from docx.shared import Length
from lxml import etree

from briefing.model import Brief
from briefing.render.columns import holds_text, share_width
from briefing.render.context import document_time, source_date_epoch
from briefing.render.docx_package import (
    ZIP_EPOCH,
    base_document,
    normalised_zip,
    reference_key,
)
from briefing.render.docx_parts import clean, header_and_footer, page_text_width, set_core_properties
from briefing.render.docx_styles import (
    BLOCKQUOTE,
    BODY,
    BOTTOM_LINE,
    CODE,
    HYPERLINK,
    LIST_BULLET,
    LIST_NUMBER,
    MAX_HEADING,
    QUOTE_CITATION,
    SOURCE,
    TABLE_STYLES,
    TITLE,
    StyleIndex,
)
from briefing.render.markup import (
    Block,
    Div,
    Heading,
    ListBlock,
    Paragraph,
    Rule,
    Span,
    Table,
    is_label,
    parse,
    plain_text,
)

if TYPE_CHECKING:
    from briefing.render.options import RenderOptions


# Paragraph style inside each known div; the quotes div styles its list (Quote Citation), not stray text.
DIV_STYLES = {"source": SOURCE, "bluf": BOTTOM_LINE, "quotes": BODY, "blockquote": BLOCKQUOTE}
EXTERNAL_SCHEMES = ("http://", "https://", "mailto:")


KEEP_TABLE_ROWS = 12  # tables up to this many rows are kept on one page
CHARS_PER_LINE = 80  # about how many body-size characters fit across the text width


def write_docx(markdown: str, brief: Brief, options: RenderOptions) -> bytes:
    """The brief as a DOCX file, laid out from the template's Markdown."""
    theme = options.theme
    base = base_document(theme, reference_key(options.reference_docx))
    doc = docx.Document(io.BytesIO(base.data))
    styles = StyleIndex(doc)
    _Writer(doc, styles).write(parse(markdown))
    header_and_footer(doc, brief, theme, base, styles)
    set_core_properties(doc, brief, theme, document_time(brief))
    out = io.BytesIO()
    doc.save(out)
    return normalised_zip(out.getvalue(), source_date_epoch() or ZIP_EPOCH)


# --- the base document: styles, page setup; cached per theme and reference file -------------------


# --- styles ---------------------------------------------------------------------------------------


# --- the body -------------------------------------------------------------------------------------


class _Writer:
    """Lays blocks out in one document; holds what must be unique per document (numbering, bookmarks).

    The body is written as WordprocessingML text and parsed once: python-docx builds a paragraph one
    element at a time, finding each child's place in schema order, which cost more than the rest of
    the DOCX writer together. The markup is what python-docx itself would write for the same calls.
    """

    def __init__(self, doc: DocumentObject, styles: StyleIndex) -> None:
        self.doc = doc
        self.styles = styles
        self.table_style = next((styles.id(n) for n in TABLE_STYLES if styles.id(n)), None)
        self.numbering = _Numbering(doc, styles)
        self.text_width = page_text_width(doc)
        self.anchors: set[str] = set()
        self.bookmarks: set[str] = set()
        self.next_bookmark = 0
        self.after_table = False
        self.parts: list[str] = []

    def write(self, blocks: list[Block]) -> None:
        self.anchors = set(_quote_anchors(blocks))
        for block in blocks:
            self.block(block, None)
        written = parse_xml(f"<w:body {nsdecls('w', 'r')}>{''.join(self.parts)}</w:body>")
        body = self.doc.element.body
        end = body.sectPr
        for element in list(written):
            if end is not None:
                end.addprevious(element)
            else:
                body.append(element)

    def block(self, block: Block, div: str | None) -> None:
        if self.after_table and not isinstance(block, (Heading, Div)):
            # Word has no space below a table; a heading brings its own, anything else gets a spacer.
            self.parts.append('<w:p><w:pPr><w:spacing w:after="0"/></w:pPr></w:p>')
        if not isinstance(block, Div):
            self.after_table = isinstance(block, Table)
        if isinstance(block, Heading):
            name = TITLE if block.level == 1 else f"Heading {min(block.level - 1, MAX_HEADING)}"
            self.parts.append(self.paragraph(block.spans, name))
        elif isinstance(block, Paragraph):
            # A run-in label belongs with the list it introduces.
            style = DIV_STYLES.get(div or "", BODY)
            self.parts.append(self.paragraph(block.spans, style, keep_next=is_label(block.spans)))
        elif isinstance(block, ListBlock):
            self.list(block, div)
        elif isinstance(block, Table):
            self.table(block)
        elif isinstance(block, Div):
            inner = block.cls if block.cls in DIV_STYLES else div
            for child in block.blocks:
                self.block(child, inner)
        elif isinstance(block, Rule):
            self.parts.append(
                '<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="A6A6A6"/>'
                "</w:pBdr></w:pPr></w:p>"
            )

    def paragraph(
        self,
        spans: list[Span],
        style: str | None,
        *,
        keep_next: bool = False,
        num_id: int | None = None,
        bookmark: str | None = None,
        header: bool = False,
    ) -> str:
        style_id = self.styles.paragraph_id(style) if style else None
        props = (
            (f'<w:pStyle w:val="{_attr(style_id)}"/>' if style_id else "")
            + ("<w:keepNext/>" if keep_next else "")
            + (f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>' if num_id is not None else "")
        )
        start, end = self.bookmark(bookmark) if bookmark else ("", "")
        ppr = f"<w:pPr>{props}</w:pPr>" if props else ""
        return f"<w:p>{ppr}{start}{self.runs(spans, header=header)}{end}</w:p>"

    def runs(self, spans: list[Span], *, header: bool = False) -> str:
        """Each span a run; a header cell's plain runs are bold (its links keep their own look)."""
        out = []
        for span in spans:
            text = clean(span.text)
            if not text:
                continue
            link = self.link_target(span.href) if span.href else ""
            style = self.styles.id(CODE) if span.code else (self.styles.id(HYPERLINK) if link else None)
            run = _run_xml(text, style=style, bold=span.bold or (header and not link), italic=span.italic)
            out.append(f'<w:hyperlink {link} w:history="1">{run}</w:hyperlink>' if link else run)
        return "".join(out)

    def link_target(self, href: str) -> str:
        """A hyperlink's target attribute: `#qN` to the quote's bookmark, a web address to its
        relationship; "" for a link to nowhere (or to a scheme Word should not open): plain text."""
        if href.startswith("#") and href[1:] in self.anchors:
            return f'w:anchor="{_attr(href[1:])}"'
        if href.lower().startswith(EXTERNAL_SCHEMES):
            return f'r:id="{self.doc.part.relate_to(clean(href), RT.HYPERLINK, is_external=True)}"'
        return ""

    def list(self, block: ListBlock, div: str | None) -> None:
        quotes = div == "quotes" and block.ordered
        name = QUOTE_CITATION if quotes else (LIST_NUMBER if block.ordered else LIST_BULLET)
        num_id = self.numbering.num_for(self.styles.id(name), ordered=block.ordered, start=block.start)
        for offset, spans in enumerate(block.items):
            bookmark = f"q{block.start + offset}" if quotes else None
            self.parts.append(self.paragraph(spans, name, num_id=num_id, bookmark=bookmark))

    def bookmark(self, name: str) -> tuple[str, str]:
        """Start and end marks of a bookmark; none for a name already used, since Word drops or renames
        a repeated bookmark (the first one wins)."""
        if name in self.bookmarks:
            return "", ""
        self.bookmarks.add(name)
        mark = self.next_bookmark
        self.next_bookmark += 1
        return f'<w:bookmarkStart w:id="{mark}" w:name="{_attr(name)}"/>', f'<w:bookmarkEnd w:id="{mark}"/>'

    def table(self, block: Table) -> None:
        """A table in the first table style the base has, laid out at fixed widths shared by content.
        No row splits across pages; in a short table each row also keeps with the next (Word's way of
        keeping a whole table on one page); the header row repeats on each page."""
        ncols = max([len(block.header), *(len(r) for r in block.rows)], default=0)
        if ncols == 0:
            return
        rows = ([block.header] if block.header else []) + block.rows
        widths = _column_widths(rows, ncols, self.text_width, bool(block.header))
        style = f'<w:tblStyle w:val="{_attr(self.table_style)}"/>' if self.table_style is not None else ""
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        out = [
            f'<w:tbl><w:tblPr>{style}<w:tblW w:type="dxa" w:w="{sum(widths)}"/><w:jc w:val="left"/>'
            f'<w:tblLayout w:type="fixed"/>{TABLE_LOOK}</w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
        ]
        keep_whole = len(rows) <= KEEP_TABLE_ROWS
        for index, cells in enumerate(rows):
            header = index == 0 and bool(block.header)
            keep_next = keep_whole and index < len(rows) - 1
            out.append("<w:tr><w:trPr><w:cantSplit/>" + ("<w:tblHeader/>" if header else "") + "</w:trPr>")
            for col, width in enumerate(widths):
                spans = cells[col] if col < len(cells) else []
                cell = self.paragraph(spans, None, keep_next=keep_next, header=header)
                out.append(f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{width}"/></w:tcPr>{cell}</w:tc>')
            out.append("</w:tr>")
        out.append("</w:tbl>")
        self.parts.append("".join(out))


# Style the header row and banded rows only: a bold first column would read as a second header.
TABLE_LOOK = (
    '<w:tblLook w:firstColumn="0" w:firstRow="1" w:lastColumn="0" w:lastRow="0" w:noHBand="0" w:noVBand="1"'
    ' w:val="0420"/>'
)
_RUN_BREAKS = re.compile(r"([\t\r\n])")


def _attr(value: str) -> str:
    return escape(value, {'"': "&quot;"})


def _run_xml(text: str, *, style: str | None, bold: bool, italic: bool) -> str:
    props = (
        (f'<w:rStyle w:val="{_attr(style)}"/>' if style else "")
        + ("<w:b/>" if bold else "")
        + ("<w:i/>" if italic else "")
    )
    return f"<w:r>{f'<w:rPr>{props}</w:rPr>' if props else ''}{_run_text(text)}</w:r>"


def _run_text(text: str) -> str:
    """A run's text the way python-docx writes it: a tab is <w:tab/>, each line-break character a
    <w:br/>, and a <w:t> keeps its outer spaces only when it says so (xml:space)."""
    out = []
    for piece in _RUN_BREAKS.split(text):
        if piece == "\t":
            out.append("<w:tab/>")
        elif piece in ("\r", "\n"):
            out.append("<w:br/>")
        elif piece:
            keep = ' xml:space="preserve"' if piece != piece.strip() else ""
            out.append(f"<w:t{keep}>{escape(piece)}</w:t>")
    return "".join(out)


def _quote_anchors(blocks: list[Block], in_quotes: bool = False) -> Iterator[str]:
    for block in blocks:
        if isinstance(block, Div):
            yield from _quote_anchors(block.blocks, in_quotes or block.cls == "quotes")
        elif isinstance(block, ListBlock) and block.ordered and in_quotes:
            yield from (f"q{block.start + i}" for i in range(len(block.items)))


def _column_widths(rows: list[list[list[Span]]], ncols: int, total: int, has_header: bool) -> list[int]:
    """Column widths in twips sharing the text width (EMU): each column wants its longest cell in
    characters, and `columns.share_width` shares the width between them, as for the PDF."""
    char = total // CHARS_PER_LINE
    natural = [float(MIN_COLUMN_CHARS * char)] * ncols
    grows = [False] * ncols
    for r, row in enumerate(rows):
        for i, cell in enumerate(row[:ncols]):
            natural[i] = max(natural[i], float((len(plain_text(cell)) + CELL_PADDING_CHARS) * char))
            grows[i] = grows[i] or (not (has_header and r == 0) and holds_text(cell))
    return [Length(int(width)).twips for width in share_width(natural, grows, total)]


MIN_COLUMN_CHARS = 6  # a column of one short word is still this wide
CELL_PADDING_CHARS = 2  # a cell's left and right margins, in characters


class _Numbering:
    """List numbering: each numbered list restarts at its own `start`, so quote N is numbered N."""

    def __init__(self, doc: DocumentObject, styles: StyleIndex) -> None:
        self.doc = doc
        self.styles = styles
        self._root: etree._Element | None = None
        self._fallback: dict[bool, str] = {}

    @property
    def root(self) -> etree._Element:
        if self._root is None:
            self._root = _numbering_part(self.doc).element
        return self._root

    def num_for(self, style_id: str | None, *, ordered: bool, start: int) -> int | None:
        """The w:num to put on each item, or None when the style's own numbering serves as is."""
        abstract = self._style_abstract_num(style_id)
        if abstract is not None and not ordered:
            return None
        if abstract is None:
            abstract = self._fallback_abstract(ordered)
        return self._new_num(abstract, start if ordered else None)

    def _style_abstract_num(self, style_id: str | None) -> str | None:
        """The abstract list a paragraph style numbers with, following its base styles."""
        for style in self.styles.chain(style_id):
            num_id = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
            if num_id is None:
                continue
            for num in self.root.iterchildren(qn("w:num")):
                if num.get(qn("w:numId")) == num_id.get(qn("w:val")):
                    abstract = num.find(qn("w:abstractNumId"))
                    return abstract.get(qn("w:val")) if abstract is not None else None
            return None
        return None

    def _new_num(self, abstract: str, start: int | None) -> int:
        num_id = 1 + max((int(n.get(qn("w:numId"))) for n in self.root.iterchildren(qn("w:num"))), default=0)
        override = (
            f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride>' if start is not None else ""
        )
        num = parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract}"/>{override}</w:num>'
        )
        self._insert_before(num, "w:numIdMacAtCleanup")
        return num_id

    def _insert_before(self, node: etree._Element, tag: str) -> None:
        """Word wants numbering parts in schema order: before the first `tag`, else at the end."""
        anchor = self.root.find(qn(tag))
        if anchor is not None:
            anchor.addprevious(node)
        else:
            self.root.append(node)

    def _fallback_abstract(self, ordered: bool) -> str:
        """Our own list definition, for a base document whose list styles carry no numbering."""
        if ordered in self._fallback:
            return self._fallback[ordered]
        ids = [int(a.get(qn("w:abstractNumId"))) for a in self.root.iterchildren(qn("w:abstractNum"))]
        abstract_id = str(1 + max(ids, default=-1))
        fmt, text = ("decimal", "%1.") if ordered else ("bullet", "\u2022")
        abstract = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
            f'<w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
        )
        self._insert_before(abstract, "w:num")
        self._fallback[ordered] = abstract_id
        return abstract_id


def _numbering_part(doc: DocumentObject) -> NumberingPart:
    try:
        return doc.part.part_related_by(RT.NUMBERING)  # type: ignore[return-value]
    except KeyError:
        # python-docx cannot create one itself (NumberingPart.new is not implemented).
        element = parse_xml(f"<w:numbering {nsdecls('w')}/>")
        part = NumberingPart(PackURI("/word/numbering.xml"), CT.WML_NUMBERING, element, doc.part.package)
        doc.part.relate_to(part, RT.NUMBERING)
        return part


# --- header, footer, properties -------------------------------------------------------------------


# --- reproducible packaging -----------------------------------------------------------------------
