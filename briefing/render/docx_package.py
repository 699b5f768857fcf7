"""The DOCX package: the base document (python-docx's template or the user's --reference-docx, its body
cleared, its page set up) and the zip rewritten with fixed entry metadata and order, so the same
brief gives the same bytes."""

from __future__ import annotations

import datetime as dt
import functools
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import docx
from docx.document import Document as DocumentObject
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.shared import Inches, Mm
from lxml import etree

from briefing.errors import InputError, RenderError
from briefing.reading import read_regular_file
from briefing.render.docx_styles import (
    default_template,
    ensure_styles,
    owned_styles,
    prune_styles,
    style_document,
)
from briefing.render.refdocx import without_external_links
from briefing.theme import Theme

if TYPE_CHECKING:
    from docx.section import _Footer, _Header


TEMPLATE_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"


DOCUMENT_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"


PAGE_SETUP = {  # width, height, left/right margin, top/bottom margin, header/footer distance
    "A4": (Mm(210), Mm(297), Mm(22), Mm(22), Mm(10)),
    "Letter": (Inches(8.5), Inches(11), Inches(1), Inches(1), Mm(10)),
}


ZIP_EPOCH = dt.datetime(1980, 1, 1)


FIRST_ENTRIES = ("[Content_Types].xml", "_rels/.rels")


@dataclass(frozen=True)
class BaseDocument:
    data: bytes
    keep_header: bool  # the reference DOCX has a header of its own
    keep_footer: bool


@dataclass(frozen=True)
class _ReferenceKey:
    """A reference file as a cache key: its contents may change under the same name."""

    path: Path
    mtime_ns: int
    size: int


def reference_key(path: Path | None) -> _ReferenceKey | None:
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


@functools.lru_cache(maxsize=16)
def base_document(theme: Theme, reference: _ReferenceKey | None) -> BaseDocument:
    doc = _open_reference(reference.path) if reference else docx.Document(io.BytesIO(default_template()))
    _clear_body(doc)
    _drop_stale_parts(doc)
    if reference is None:
        prune_styles(doc)
    added = ensure_styles(doc)
    owned = owned_styles(doc) if reference is None else added
    style_document(doc, theme, owned, restyle_defaults=reference is None)
    section = doc.sections[-1]
    if reference is None or section.page_width is None:
        _page_setup(doc, theme)
    keep_header = reference is not None and _has_content(section.header)
    keep_footer = reference is not None and _has_content(section.footer)
    out = io.BytesIO()
    doc.save(out)
    return BaseDocument(out.getvalue(), keep_header, keep_footer)


MAX_REFERENCE_BYTES = 50_000_000  # a house-style document with its images; no real template is larger


def _open_reference(path: Path) -> DocumentObject:
    data = read_regular_file(path, MAX_REFERENCE_BYTES, "reference DOCX", RenderError)
    data = without_external_links(data, path)  # no brief carries a link out (attached template, image)
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


def normalised_zip(data: bytes, stamp: dt.datetime) -> bytes:
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
