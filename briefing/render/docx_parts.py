"""DOCX header, footer and document properties: the organisation, marking and logo in the header, the
source and page numbers in the footer (Word fields), and the core properties (title, author, fixed
timestamps)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING

from docx.document import Document as DocumentObject
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.image.exceptions import UnrecognizedImageError
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Length, Mm, Twips
from docx.text.paragraph import Paragraph as DocxParagraph
from lxml import etree

from briefing import __version__
from briefing.errors import RenderError
from briefing.model import Brief
from briefing.render.context import footer_source
from briefing.render.docx_package import (
    PAGE_SETUP,
    BaseDocument,
)
from briefing.render.docx_styles import (
    FOOTER,
    HEADER,
    MARKING,
    StyleIndex,
)
from briefing.theme import Theme

if TYPE_CHECKING:
    from docx.section import _Footer, _Header


LOGO_HEIGHT = Mm(9)


# Characters XML 1.0 cannot carry at all; an article may still contain them.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def clean(text: str) -> str:
    """Text that XML 1.0 can hold: control characters and lone surrogates dropped."""
    return _XML_INVALID.sub("", text)


def page_text_width(doc: DocumentObject) -> int:
    section = doc.sections[-1]
    width = section.page_width or PAGE_SETUP["A4"][0]
    return int(width - (section.left_margin or 0) - (section.right_margin or 0))


def header_and_footer(doc: DocumentObject, brief: Brief, theme: Theme, base: BaseDocument, styles: StyleIndex) -> None:
    section = doc.sections[-1]
    width = page_text_width(doc)
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


def _right_tab(p: DocxParagraph, width: int, styles: StyleIndex) -> None:
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


def set_core_properties(doc: DocumentObject, brief: Brief, theme: Theme, stamp: dt.datetime) -> None:
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
