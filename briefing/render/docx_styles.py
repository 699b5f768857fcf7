"""DOCX styles: the named styles every block maps to (Title, Heading 1/2, List Bullet, 'Brief Source',
'Bottom Line', 'Quote Citation' ...), made sure of in the base document (copied from python-docx's
default template when a reference file lacks one), given the theme's fonts and colours, and pruned
of styles the brief never uses."""

from __future__ import annotations

import copy
import functools
import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import cast

import docx
from docx.document import Document as DocumentObject
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor
from docx.styles import BabelFish
from docx.styles.style import ParagraphStyle
from lxml import etree

from briefing.theme import Theme

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


@functools.cache
def default_template() -> bytes:
    return Path(docx.__file__).with_name("templates").joinpath("default.docx").read_bytes()


@functools.cache
def _default_styles() -> etree._Element:
    """python-docx's own style sheet: where styles missing from a reference DOCX come from."""
    return docx.Document(io.BytesIO(default_template())).styles.element


def _builtin_styles() -> tuple[str, ...]:
    headings = tuple(f"Heading {n}" for n in range(1, MAX_HEADING + 1))
    return (TITLE, *headings, LIST_BULLET, LIST_NUMBER, BLOCKQUOTE, HEADER, FOOTER)


def ensure_styles(doc: DocumentObject) -> set[str]:
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


def prune_styles(doc: DocumentObject) -> None:
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


def owned_styles(doc: DocumentObject) -> set[str]:
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


def style_document(doc: DocumentObject, theme: Theme, owned: set[str], *, restyle_defaults: bool) -> None:
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


class StyleIndex:
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
