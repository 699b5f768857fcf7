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

import copy
import datetime as dt
import functools
import io
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast
from xml.sax.saxutils import escape

import docx
from docx.document import Document as DocumentObject
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.image.exceptions import UnrecognizedImageError
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.opc.packuri import PackURI
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.parts.numbering import NumberingPart
from docx.shared import Inches, Length, Mm, Pt, RGBColor, Twips
from docx.styles import BabelFish
from docx.styles.style import ParagraphStyle
from docx.text.paragraph import Paragraph as DocxParagraph
from lxml import etree

from briefing import __version__
from briefing.errors import InputError, RenderError
from briefing.model import Brief
from briefing.reading import read_regular_file
from briefing.render.context import document_time, footer_source, source_date_epoch
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
from briefing.theme import Theme

if TYPE_CHECKING:
    from docx.section import _Footer, _Header

    from briefing.render import RenderOptions

# Built-in Word style names (python-docx maps them to Word's internal lower-case names).
TITLE = "Title"
BODY = "Normal"
LIST_BULLET = "List Bullet"
LIST_NUMBER = "List Number"
BLOCKQUOTE = "Quote"
HYPERLINK = "Hyperlink"
HEADER = "Header"
FOOTER = "Footer"
TABLE_STYLES = ("Light Grid Accent 1", "Table Grid")  # first one the base document has wins
MAX_HEADING = 9

# Our own styles, created once per base document unless a reference DOCX defines them.
SOURCE = "Brief Source"
BOTTOM_LINE = "Bottom Line"
QUOTE_CITATION = "Quote Citation"
MARKING = "Protective Marking"
CODE = "Verbatim Char"

# Paragraph style inside each known div; the quotes div styles its list (Quote Citation), not stray text.
DIV_STYLES = {"source": SOURCE, "bluf": BOTTOM_LINE, "quotes": BODY, "blockquote": BLOCKQUOTE}
EXTERNAL_SCHEMES = ("http://", "https://", "mailto:")
TEMPLATE_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
DOCUMENT_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"

PAGE_SETUP = {  # width, height, left/right margin, top/bottom margin, header/footer distance
    "A4": (Mm(210), Mm(297), Mm(22), Mm(22), Mm(10)),
    "Letter": (Inches(8.5), Inches(11), Inches(1), Inches(1), Mm(10)),
}

ZIP_EPOCH = dt.datetime(1980, 1, 1)
LOGO_HEIGHT = Mm(9)
KEEP_TABLE_ROWS = 12  # tables up to this many rows are kept on one page
CHARS_PER_LINE = 80  # about how many body-size characters fit across the text width
_CITATIONS = re.compile(r"(\[\d+\])*")
FIRST_ENTRIES = ("[Content_Types].xml", "_rels/.rels")
# Characters XML 1.0 cannot carry at all; an article may still contain them.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def write_docx(markdown: str, brief: Brief, options: RenderOptions) -> bytes:
    """The brief as a DOCX file, laid out from the template's Markdown."""
    theme = options.theme
    base = _base_document(theme, _reference_key(options.reference_docx))
    doc = docx.Document(io.BytesIO(base.data))
    styles = _StyleIndex(doc)
    _Writer(doc, styles).write(parse(markdown))
    _header_and_footer(doc, brief, theme, base, styles)
    _core_properties(doc, brief, theme, document_time(brief))
    out = io.BytesIO()
    doc.save(out)
    return _normalised_zip(out.getvalue(), source_date_epoch() or ZIP_EPOCH)


def clean(text: str) -> str:
    """Text that XML 1.0 can hold: control characters and lone surrogates dropped."""
    return _XML_INVALID.sub("", text)


# --- the base document: styles, page setup; cached per theme and reference file -------------------


@dataclass(frozen=True)
class _Base:
    data: bytes
    keep_header: bool  # the reference DOCX has a header of its own
    keep_footer: bool


@dataclass(frozen=True)
class _ReferenceKey:
    """A reference file as a cache key: its contents may change under the same name."""

    path: Path
    mtime_ns: int
    size: int


def _reference_key(path: Path | None) -> _ReferenceKey | None:
    if path is None:
        return None
    path = Path(path)
    try:
        stat = path.stat()
    except FileNotFoundError:
        raise RenderError(f"reference DOCX {path}: no such file") from None
    except OSError as exc:
        raise RenderError(f"reference DOCX {path} cannot be read: {exc.strerror or exc}") from None
    if not path.is_file():
        raise RenderError(f"reference DOCX {path} is not a file")
    return _ReferenceKey(path.resolve(), stat.st_mtime_ns, stat.st_size)


@functools.cache
def _default_template() -> bytes:
    return Path(docx.__file__).with_name("templates").joinpath("default.docx").read_bytes()


@functools.cache
def _default_styles() -> etree._Element:
    """python-docx's own style sheet: where styles missing from a reference DOCX come from."""
    return docx.Document(io.BytesIO(_default_template())).styles.element


@functools.lru_cache(maxsize=16)
def _base_document(theme: Theme, reference: _ReferenceKey | None) -> _Base:
    doc = _open_reference(reference.path) if reference else docx.Document(io.BytesIO(_default_template()))
    _clear_body(doc)
    _drop_stale_parts(doc)
    if reference is None:
        _prune_styles(doc)
    added = _ensure_styles(doc)
    owned = _owned_styles(doc) if reference is None else added
    _style_document(doc, theme, owned, restyle_defaults=reference is None)
    section = doc.sections[-1]
    if reference is None or section.page_width is None:
        _page_setup(doc, theme)
    keep_header = reference is not None and _has_content(section.header)
    keep_footer = reference is not None and _has_content(section.footer)
    out = io.BytesIO()
    doc.save(out)
    return _Base(out.getvalue(), keep_header, keep_footer)


MAX_REFERENCE_BYTES = 50_000_000  # a house-style document with its images; no real template is larger


def _open_reference(path: Path) -> DocumentObject:
    data = read_regular_file(path, MAX_REFERENCE_BYTES, "reference DOCX", RenderError)
    try:
        return docx.Document(io.BytesIO(_as_document_package(data)))
    except PackageNotFoundError:
        raise RenderError(f"reference DOCX {path} is not a Word document (.docx)") from None
    except (ValueError, KeyError, zipfile.BadZipFile, etree.XMLSyntaxError) as exc:
        # python-docx names the in-memory stream ("file '<_io.BytesIO ...>'"); the path says it better.
        detail = re.sub(r"^file '<[^>]*>' is ", "", " ".join(str(exc).split()))
        raise RenderError(f"reference DOCX {path} is not a Word document (.docx): {detail}") from None


def _as_document_package(data: bytes) -> bytes:
    """A Word template (.dotx) differs from a document only in its main part's content type."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as src:
            types = src.read("[Content_Types].xml")
            if TEMPLATE_MAIN not in types:
                return data
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
                for info in src.infolist():
                    body = src.read(info.filename)
                    if info.filename == "[Content_Types].xml":
                        body = body.replace(TEMPLATE_MAIN, DOCUMENT_MAIN)
                    dst.writestr(info, body)
            return out.getvalue()
    except (zipfile.BadZipFile, KeyError):
        return data  # python-docx reports what is wrong with it


def _clear_body(doc: DocumentObject) -> None:
    """Remove the reference's content but keep its final section properties (page setup, header refs)."""
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    body.get_or_add_sectPr()  # a body without one has no page setup to keep; ours is added then


def _drop_stale_parts(doc: DocumentObject) -> None:
    """Parts that would contradict the brief: a thumbnail of the template's first page, and Word 2010's
    copy of the style sheet (stylesWithEffects), which would lack the styles added here."""
    for rels, reltype in ((doc.part.package.rels, RT.THUMBNAIL), (doc.part.rels, STYLES_WITH_EFFECTS)):
        for rid, rel in list(rels.items()):
            if rel.reltype == reltype:
                del rels[rid]


def _page_setup(doc: DocumentObject, theme: Theme) -> None:
    width, height, side, top, distance = PAGE_SETUP.get(theme.page_size, PAGE_SETUP["A4"])
    for section in doc.sections:
        section.page_width, section.page_height = width, height
        section.left_margin = section.right_margin = side
        section.top_margin = section.bottom_margin = top
        section.header_distance = section.footer_distance = distance


def _has_content(story: _Header | _Footer) -> bool:
    """A header or footer of the reference that shows something: text, a picture or a field."""
    if story.is_linked_to_previous:
        return False
    element = story._element
    if any(t.text and t.text.strip() for t in element.iter(qn("w:t"))):
        return True
    visible = {qn("w:drawing"), qn("w:pict"), qn("w:fldSimple"), qn("w:instrText"), qn("w:object")}
    return any(el.tag in visible for el in element.iter())


# --- styles ---------------------------------------------------------------------------------------


def _builtin_styles() -> tuple[str, ...]:
    headings = tuple(f"Heading {n}" for n in range(1, MAX_HEADING + 1))
    return (TITLE, *headings, LIST_BULLET, LIST_NUMBER, BLOCKQUOTE, HEADER, FOOTER)


def _ensure_styles(doc: DocumentObject) -> set[str]:
    """Make every style the writer uses exist; return the names this call added."""
    added: set[str] = set()
    for name in _builtin_styles():
        if name not in doc.styles and _copy_default_style(doc, name):
            added.add(name)
    if not any(name in doc.styles for name in TABLE_STYLES) and _copy_default_style(doc, TABLE_STYLES[-1]):
        added.add(TABLE_STYLES[-1])
    for name, kind, base in (
        (SOURCE, WD_STYLE_TYPE.PARAGRAPH, BODY),
        (BOTTOM_LINE, WD_STYLE_TYPE.PARAGRAPH, BODY),
        (QUOTE_CITATION, WD_STYLE_TYPE.PARAGRAPH, LIST_NUMBER),
        (MARKING, WD_STYLE_TYPE.CHARACTER, None),
        (HYPERLINK, WD_STYLE_TYPE.CHARACTER, None),
        (CODE, WD_STYLE_TYPE.CHARACTER, None),
    ):
        if name not in doc.styles:
            style = doc.styles.add_style(name, kind)
            if base and base in doc.styles:
                style.base_style = doc.styles[base]
            added.add(name)
    return added


def _prune_styles(doc: DocumentObject) -> None:
    """Keep only the styles a brief uses (and what they build on) from python-docx's template.

    Its several hundred table and list style definitions made every DOCX ~800 KB of XML to parse,
    write and compress; Word still offers all its built-in styles from their names alone.
    """
    styles = doc.styles.element
    by_id = {el.get(qn("w:styleId")): el for el in styles.iterchildren(qn("w:style"))}
    names = (*_builtin_styles(), BODY, *TABLE_STYLES, "Subtitle", "Caption")
    wanted = {BabelFish.ui2internal(n) for n in names}
    keep = [el for el in by_id.values() if el.get(qn("w:default")) in ("1", "true", "on")]
    keep += [el for el in by_id.values() if el.find(qn("w:name")).get(qn("w:val")) in wanted]
    kept: set[str] = set()
    while keep:
        el = keep.pop()
        if el.get(qn("w:styleId")) in kept:
            continue
        kept.add(el.get(qn("w:styleId")))
        for ref in ("w:basedOn", "w:link", "w:next"):
            target = el.find(qn(ref))
            if target is not None and target.get(qn("w:val")) in by_id:
                keep.append(by_id[target.get(qn("w:val"))])
    for style_id, el in by_id.items():
        if style_id not in kept:
            styles.remove(el)


def _owned_styles(doc: DocumentObject) -> set[str]:
    """Without a reference every style is ours to theme."""
    names = (el.find(qn("w:name")) for el in doc.styles.element.iterchildren(qn("w:style")))
    return {BabelFish.internal2ui(n.get(qn("w:val"))) for n in names if n is not None}


def _copy_default_style(doc: DocumentObject, name: str) -> bool:
    """Copy a style definition from python-docx's template, with the styles it is based on."""
    source = _find_style(_default_styles(), name)
    if source is None:
        return False
    element = copy.deepcopy(source)
    for tag in ("w:link", "w:rsid"):  # a linked character style would dangle; rsids are editing history
        for child in element.findall(qn(tag)):
            element.remove(child)
    for num_pr in element.iter(qn("w:numPr")):  # numbering ids belong to the other document
        num_pr.getparent().remove(num_pr)
    base = element.find(qn("w:basedOn"))
    if base is not None and _style_by_id(doc.styles.element, base.get(qn("w:val"))) is None:
        base_style = _style_by_id(_default_styles(), base.get(qn("w:val")))
        base_name = base_style.find(qn("w:name")).get(qn("w:val")) if base_style is not None else None
        if not base_name or not _copy_default_style(doc, base_name):
            element.remove(base)
    style_id = element.get(qn("w:styleId"))
    if _style_by_id(doc.styles.element, style_id) is not None:
        element.set(qn("w:styleId"), _unique_style_id(doc, style_id))
    doc.styles.element.append(element)
    return True


def _find_style(styles: etree._Element, name: str) -> etree._Element | None:
    internal = BabelFish.ui2internal(name)
    for style in styles.iterchildren(qn("w:style")):
        el = style.find(qn("w:name"))
        if el is not None and el.get(qn("w:val")) in (name, internal):
            return style
    return None


def _style_by_id(styles: etree._Element, style_id: str | None) -> etree._Element | None:
    for style in styles.iterchildren(qn("w:style")):
        if style.get(qn("w:styleId")) == style_id:
            return style
    return None


def _unique_style_id(doc: DocumentObject, style_id: str) -> str:
    n = 2
    while _style_by_id(doc.styles.element, f"{style_id}{n}") is not None:
        n += 1
    return f"{style_id}{n}"


OwnedStyle = Callable[[str], "ParagraphStyle | None"]  # a style by name, when it is ours to theme
GREY_TEXT = RGBColor(0x59, 0x59, 0x59)


def _style_headings(ours: OwnedStyle, heading_font: str | None, primary: RGBColor, theme: Theme) -> None:
    if style := ours(TITLE):
        _paragraph_style(style, heading_font, 22, primary, bold=True, before=0, after=4)
        _bottom_border(style.element, theme.primary_color[1:], size=8, space=4)
    for level, (size, before, after) in enumerate(((14, 16, 4), (12, 10, 2), (11, 8, 2)), start=1):
        if style := ours(f"Heading {level}"):
            _paragraph_style(style, heading_font, size, primary, bold=True, before=before, after=after)


def _style_blocks(ours: OwnedStyle, theme: Theme) -> None:
    for name in (LIST_BULLET, LIST_NUMBER):
        if style := ours(name):
            style.paragraph_format.space_after = Pt(6)
    if style := ours(SOURCE):
        _paragraph_style(style, None, 9.5, GREY_TEXT, before=0, after=10)
    if style := ours(BOTTOM_LINE):
        _paragraph_style(style, None, None, None, before=6, after=12)
        style.paragraph_format.left_indent = style.paragraph_format.right_indent = Pt(8)
        _box(style.element, theme.primary_color[1:], _tint(theme.primary_color[1:], 0.9))
    if style := ours(QUOTE_CITATION):
        _paragraph_style(style, None, 9.5, None, before=0, after=4)
        style.paragraph_format.keep_together = True
        # List Number packs its items tight; a quote can run to several lines and needs air.
        contextual = OxmlElement("w:contextualSpacing")
        contextual.set(qn("w:val"), "0")
        _insert_ppr_child(style.element.get_or_add_pPr(), contextual)
    for name in (HEADER, FOOTER):
        if style := ours(name):
            _paragraph_style(style, None, 8.5, GREY_TEXT, before=0, after=0)


def _style_characters(ours: OwnedStyle, accent: RGBColor) -> None:
    if style := ours(MARKING):
        style.font.bold = True
        style.font.color.rgb = accent
    if style := ours(HYPERLINK):
        style.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
        style.font.underline = True
    if style := ours(CODE):
        style.font.name = "Consolas"


def _style_document(doc: DocumentObject, theme: Theme, owned: set[str], *, restyle_defaults: bool) -> None:
    """Theme the styles that are ours; a reference DOCX's own styles stay exactly as its author made them."""
    primary = RGBColor.from_string(theme.primary_color[1:])
    accent = RGBColor.from_string(theme.accent_color[1:])
    body_font = _font_family(theme.body_font) or ("Calibri" if restyle_defaults else None)
    heading_font = _font_family(theme.heading_font) or body_font
    styles = doc.styles
    if restyle_defaults:
        _set_doc_defaults(doc, body_font)

    def ours(name: str) -> ParagraphStyle | None:
        # Character styles share the font API used on them here; only paragraph styles get spacing.
        return cast(ParagraphStyle, styles[name]) if name in owned and name in styles else None

    for element in styles.element.iterchildren(qn("w:style")):
        name = element.find(qn("w:name"))
        if name is not None and BabelFish.internal2ui(name.get(qn("w:val"))) in owned:
            _rebrand_theme_colour(element, theme.primary_color[1:])
    _style_headings(ours, heading_font, primary, theme)
    _style_blocks(ours, theme)
    _style_characters(ours, accent)
    if style := next((ours(n) for n in TABLE_STYLES if ours(n)), None):
        _table_cell_padding(style.element, top_bottom=40)


def _font_family(value: str) -> str | None:
    """A family name usable in Word; a font file path (meant for the PDF writer) is not one."""
    if not value or value.lower().endswith((".ttf", ".otf", ".ttc")) or "/" in value or "\\" in value:
        return None
    return value


def _set_doc_defaults(doc: DocumentObject, font: str | None) -> None:
    """Body spacing and font live in the document defaults so table styles can still override them."""
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        return
    ppr = defaults.find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}")
    if ppr is not None:
        spacing = ppr.find(qn("w:spacing"))
        if spacing is None:
            spacing = OxmlElement("w:spacing")
            ppr.append(spacing)
        spacing.set(qn("w:after"), "120")
        spacing.set(qn("w:line"), "264")
        spacing.set(qn("w:lineRule"), "auto")
    rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if rpr is not None and font:
        _set_rfonts(rpr, font)


def _set_rfonts(rpr: etree._Element, family: str) -> None:
    """Name the font outright: theme font attributes would otherwise win over the family name."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{attr}"), None)
    for attr in ("ascii", "hAnsi", "cs", "eastAsia"):
        fonts.set(qn(f"w:{attr}"), family)


def _paragraph_style(
    style: ParagraphStyle,
    font: str | None,
    size: float | None,
    colour: RGBColor | None,
    *,
    bold: bool | None = None,
    before: float,
    after: float,
) -> None:
    if font:
        _set_rfonts(style.element.get_or_add_rPr(), font)
    if size:
        style.font.size = Pt(size)
    if colour is not None:
        style.font.color.rgb = colour
    if bold is not None:
        style.font.bold = bold
    fmt = style.paragraph_format
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)


def _bottom_border(style_el: etree._Element, colour: str, *, size: int, space: int) -> None:
    ppr = style_el.get_or_add_pPr()
    borders = ppr.find(qn("w:pBdr"))
    if borders is not None:
        ppr.remove(borders)
    borders = parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="{size}" w:space="{space}" w:color="{colour}"/></w:pBdr>'
    )
    _insert_ppr_child(ppr, borders)


def _box(style_el: etree._Element, rule: str, fill: str) -> None:
    """A shaded box with a bar on the left; borders in the fill colour pad the text inside the shading."""
    ppr = style_el.get_or_add_pPr()
    for tag in ("w:pBdr", "w:shd"):
        old = ppr.find(qn(tag))
        if old is not None:
            ppr.remove(old)
    pad = f'w:val="single" w:sz="4" w:color="{fill}"'
    _insert_ppr_child(
        ppr,
        parse_xml(
            f'<w:pBdr {nsdecls("w")}><w:top {pad} w:space="4"/>'
            f'<w:left w:val="single" w:sz="24" w:space="6" w:color="{rule}"/>'
            f'<w:bottom {pad} w:space="4"/><w:right {pad} w:space="6"/></w:pBdr>'
        ),
    )
    _insert_ppr_child(ppr, parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


# The schema fixes the order of a paragraph's properties; Word rejects files that break it.
_PPR_ORDER = (
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
)


def _insert_ppr_child(ppr: etree._Element, child: etree._Element) -> None:
    rank = _PPR_ORDER.index(etree.QName(child).localname)
    for i, existing in enumerate(ppr):
        name = etree.QName(existing).localname
        if name in _PPR_ORDER and _PPR_ORDER.index(name) > rank:
            ppr.insert(i, child)
            return
    ppr.append(child)


def _table_cell_padding(style_el: etree._Element, *, top_bottom: int) -> None:
    for margins in style_el.iter(qn("w:tblCellMar")):
        for side in ("top", "bottom"):
            el = margins.find(qn(f"w:{side}"))
            if el is not None:
                el.set(qn("w:w"), str(top_bottom))


def _rebrand_theme_colour(style_el: etree._Element, primary: str) -> None:
    """Replace the template's accent colour (borders, shading, text) with the theme's primary colour.

    Word prefers a theme colour reference over the literal value, so the reference goes and the
    literal takes its place, shaded or tinted as the template asked.
    """
    for el in style_el.iter():
        # Text colour is <w:color w:val>; borders carry w:color; shading carries w:fill.
        colour = "w:val" if el.tag == qn("w:color") else "w:color"
        for colour_attr, theme_attr, shade_attr, tint_attr in (
            (colour, "w:themeColor", "w:themeShade", "w:themeTint"),
            ("w:fill", "w:themeFill", "w:themeFillShade", "w:themeFillTint"),
        ):
            if el.get(qn(theme_attr)) != "accent1" or el.get(qn(colour_attr)) is None:
                continue
            value = primary
            if shade := el.get(qn(shade_attr)):
                value = _shade(primary, int(shade, 16) / 255)
            if tint := el.get(qn(tint_attr)):
                value = _tint(primary, 1 - int(tint, 16) / 255)
            el.set(qn(colour_attr), value)
            for attr in (theme_attr, shade_attr, tint_attr):
                el.attrib.pop(qn(attr), None)


def _shade(hex_colour: str, factor: float) -> str:
    return "".join(f"{round(int(hex_colour[i : i + 2], 16) * factor):02X}" for i in (0, 2, 4))


def _tint(hex_colour: str, amount: float) -> str:
    """Mix toward white: amount 0 keeps the colour, 1 is white."""
    return "".join(
        f"{round(int(hex_colour[i : i + 2], 16) + (255 - int(hex_colour[i : i + 2], 16)) * amount):02X}"
        for i in (0, 2, 4)
    )


# --- the body -------------------------------------------------------------------------------------


class _StyleIndex:
    """Style ids by display name, read once from the XML.

    python-docx resolves a style by scanning the whole style sheet on every assignment (twice, to
    check for the default style); with a few hundred styles that was most of the render time.
    """

    def __init__(self, doc: DocumentObject) -> None:
        self.by_id: dict[str, etree._Element] = {}
        self.by_name: dict[str, str] = {}
        self.default_paragraph: str | None = None
        for el in doc.styles.element.iterchildren(qn("w:style")):
            style_id = el.get(qn("w:styleId"))
            name = el.find(qn("w:name"))
            self.by_id[style_id] = el
            if name is not None:
                self.by_name.setdefault(BabelFish.internal2ui(name.get(qn("w:val"))), style_id)
            if el.get(qn("w:type")) == "paragraph" and el.get(qn("w:default")) in ("1", "true", "on"):
                self.default_paragraph = style_id

    def id(self, name: str) -> str | None:
        return self.by_name.get(name)

    def paragraph_id(self, name: str) -> str | None:
        """The id to put on a paragraph; None for the default style, which needs no reference."""
        style_id = self.id(name)
        return None if style_id == self.default_paragraph else style_id

    def chain(self, style_id: str | None) -> Iterator[etree._Element]:
        """The style and the styles it is based on, nearest first."""
        seen: set[str] = set()
        while style_id and style_id in self.by_id and style_id not in seen:
            seen.add(style_id)
            element = self.by_id[style_id]
            yield element
            base = element.find(qn("w:basedOn"))
            style_id = base.get(qn("w:val")) if base is not None else None


class _Writer:
    """Lays blocks out in one document; holds what must be unique per document (numbering, bookmarks).

    The body is written as WordprocessingML text and parsed once: python-docx builds a paragraph one
    element at a time, finding each child's place in schema order, which cost more than the rest of
    the DOCX writer together. The markup is what python-docx itself would write for the same calls.
    """

    def __init__(self, doc: DocumentObject, styles: _StyleIndex) -> None:
        self.doc = doc
        self.styles = styles
        self.table_style = next((styles.id(n) for n in TABLE_STYLES if styles.id(n)), None)
        self.numbering = _Numbering(doc, styles)
        self.text_width = _text_width(doc)
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
        widths = _column_widths(rows, ncols, self.text_width)
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


def _text_width(doc: DocumentObject) -> int:
    section = doc.sections[-1]
    width = section.page_width or PAGE_SETUP["A4"][0]
    return int(width - (section.left_margin or 0) - (section.right_margin or 0))


def _column_widths(rows: list[list[list[Span]]], ncols: int, total: int) -> list[int]:
    """Column widths in twips sharing the text width (EMU) by content: a citations column keeps its
    width, text columns share the rest."""
    char = total // CHARS_PER_LINE
    measured = [_measure_column([plain_text(r[col]) for r in rows if col < len(r)], char) for col in range(ncols)]
    weights = [weight for weight, _fixed in measured]
    fixed = [width for _weight, width in measured]
    if all(f is not None for f in fixed):
        fixed = [None] * ncols
    rest = total - sum(f for f in fixed if f is not None)
    shared = sum(w for w, f in zip(weights, fixed, strict=True) if f is None)
    return [Length(f if f is not None else rest * w // shared).twips for w, f in zip(weights, fixed, strict=True)]


MAX_COLUMN_WEIGHT = 45  # a column of long sentences shares the width, it does not take all of it
MIN_COLUMN_WEIGHT = 6


def _measure_column(texts: list[str], char: int) -> tuple[int, int | None]:
    """(weight, fixed width or None): a column of citations ('[1] [2]') keeps the width it needs."""
    longest_word = max((len(w) for t in texts for w in t.split()), default=1)
    natural = max((len(t) for t in texts), default=1)
    citations = len(texts) > 1 and all(_CITATIONS.fullmatch(t.strip()) for t in texts[1:])
    fixed = (max(natural, longest_word) + 4) * char if citations else None
    return min(max(natural + 2, longest_word + 3, MIN_COLUMN_WEIGHT), MAX_COLUMN_WEIGHT), fixed


class _Numbering:
    """List numbering: each numbered list restarts at its own `start`, so quote N is numbered N."""

    def __init__(self, doc: DocumentObject, styles: _StyleIndex) -> None:
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


def _header_and_footer(doc: DocumentObject, brief: Brief, theme: Theme, base: _Base, styles: _StyleIndex) -> None:
    section = doc.sections[-1]
    width = _text_width(doc)
    if not base.keep_header and (theme.organisation or theme.marking or theme.logo):
        p = _fresh_story(section.header)
        p._p.style = styles.id(HEADER)
        _right_tab(p, width, styles)
        if theme.logo:
            _add_logo(p, theme.logo)
        if theme.organisation:
            p.add_run(("  " if theme.logo else "") + clean(theme.organisation))
        if theme.marking:
            p.add_run("\t")
            p.add_run(clean(theme.marking))._r.style = styles.id(MARKING)
    if not base.keep_footer:
        p = _fresh_story(section.footer)
        p._p.style = styles.id(FOOTER)
        _right_tab(p, width, styles)
        p.add_run(clean(footer_source(brief)))
        p.add_run("\tPage ")
        _field(p, "PAGE", "1")
        p.add_run(" of ")
        _field(p, "NUMPAGES", "1")


def _add_logo(p: DocxParagraph, logo: Path) -> None:
    try:
        p.add_run().add_picture(str(logo), height=LOGO_HEIGHT)
    except (OSError, UnrecognizedImageError, ValueError) as exc:
        detail = " ".join(str(exc).split()) or "unsupported image format"
        raise RenderError(f"logo {logo} cannot go into the DOCX (use PNG, JPEG or GIF): {detail}") from None


def _fresh_story(story: _Header | _Footer) -> DocxParagraph:
    """The header or footer's single, emptied first paragraph."""
    story.is_linked_to_previous = False
    paragraphs = story.paragraphs
    for extra in paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    p = paragraphs[0]
    for child in list(p._p):
        if child.tag != qn("w:pPr"):
            p._p.remove(child)
    return p


def _right_tab(p: DocxParagraph, width: int, styles: _StyleIndex) -> None:
    """Clear the style's tab stops (Header has a centre one) and put one at the right margin."""
    tabs = p.paragraph_format.tab_stops
    for style in styles.chain(p._p.style):
        for tab in style.iter(qn("w:tab")):
            if tab.get(qn("w:val")) != "clear" and tab.get(qn("w:pos")):
                tabs.add_tab_stop(Twips(int(tab.get(qn("w:pos")))), WD_TAB_ALIGNMENT.CLEAR)
    tabs.add_tab_stop(Length(width), WD_TAB_ALIGNMENT.RIGHT)


def _field(p: DocxParagraph, code: str, placeholder: str) -> None:
    """A complex field (begin, instruction, separate, result, end): the form every Word reader updates."""
    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = f" {code} "
    for element in (_fld_char("begin"), instruction, _fld_char("separate")):
        p.add_run()._r.append(element)
    p.add_run(placeholder)
    p.add_run()._r.append(_fld_char("end"))


def _fld_char(kind: str) -> etree._Element:
    element = OxmlElement("w:fldChar")
    element.set(qn("w:fldCharType"), kind)
    return element


def _core_properties(doc: DocumentObject, brief: Brief, theme: Theme, stamp: dt.datetime) -> None:
    props = doc.core_properties
    author = _limit(theme.author or theme.organisation or "briefing")
    props.title = _limit(brief.title)
    props.author = author
    props.last_modified_by = author
    props.subject = _limit(f"Policy brief: {brief.source.title or brief.title}")
    props.keywords = _limit(", ".join(side.name for side in brief.sides))
    origin = brief.source.url or brief.source.outlet or "an article"
    props.comments = _limit(f"Generated by briefing {__version__} from {origin}")
    props.category = "Policy brief"
    props.created = props.modified = props.last_printed = stamp
    props.revision = 1


def _limit(text: str, size: int = 255) -> str:
    """python-docx refuses core properties longer than 255 characters."""
    text = " ".join(clean(text).split())
    return text if len(text) <= size else text[: size - 1] + "…"


# --- reproducible packaging -----------------------------------------------------------------------


def _normalised_zip(data: bytes, stamp: dt.datetime) -> bytes:
    """Rewrite the package with fixed entry dates, order, permissions and compression."""
    when = min(max(stamp, ZIP_EPOCH), dt.datetime(2107, 12, 31, 23, 59, 58)).timetuple()[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        names = src.namelist()
        first = [n for n in FIRST_ENTRIES if n in names]
        ordered = first + sorted(n for n in names if n not in FIRST_ENTRIES)
        for name in ordered:
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name), compresslevel=6)
    return out.getvalue()


def check_reference_docx(path: Path) -> None:
    """A Word document to take styles from: there, a regular file, and a .docx (zip) at least."""
    if not path.exists():
        raise InputError(f"{path}: no such file (the Word document to take styles from)")
    if not path.is_file():
        raise RenderError(f"{path}: not a regular file (the Word document to take styles from)")
    if not zipfile.is_zipfile(path):
        raise RenderError(f"{path}: not a Word document (.docx) to take styles from")
