"""A reference DOCX made safe to build on: no external links, no zip bomb.

A reference DOCX comes from whoever made the house style, and every brief is built on it. An
external relationship in it would be copied into every brief: an `attachedTemplate` that Word
fetches from a URL when the brief is opened (a known way to run remote macros, and a beacon
telling a server who opened which brief), a linked image or a hyperlink target in a header, a
sub-document. They are dropped, each with its reference in the XML, and a warning says so. A
part that would inflate past `MAX_UNZIPPED_BYTES` is refused before it is read.
"""

from __future__ import annotations

import io
import warnings
import zipfile
from pathlib import Path

from lxml import etree

from briefing.errors import RenderError

MAX_UNZIPPED_BYTES = 200_000_000  # styles, headers and images of a house style; a bomb is far more
MAX_PARTS = 2_000

_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
# Elements that only exist to carry a link: removed whole, since their `r:id` is required.
_LINK_ONLY = frozenset({"attachedTemplate", "subDoc", "frame"})
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


def without_external_links(data: bytes, path: Path) -> bytes:
    """The reference DOCX's bytes with every external relationship (and its uses) removed; the
    bytes unchanged when it is not a zip file, for the caller to report what is wrong."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as src:
            infos = src.infolist()
            _check_size(infos, path)
            parts = {info.filename: src.read(info) for info in infos}
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, NotImplementedError, OSError):
        return data
    dropped: list[str] = []
    for name in [n for n in parts if n.endswith(".rels")]:
        removed = _drop_external(parts, name, dropped)
        owner = _owner_of(name)
        if removed and owner in parts:
            parts[owner] = _drop_uses(parts[owner], removed)
    if not dropped:
        return data
    kinds = ", ".join(sorted(set(dropped)))
    warnings.warn(
        f"reference DOCX {path}: {len(dropped)} external link(s) dropped ({kinds}); briefs never fetch anything",
        stacklevel=2,
    )
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, parts[info.filename])
    return out.getvalue()


def _check_size(infos: list[zipfile.ZipInfo], path: Path) -> None:
    if len(infos) > MAX_PARTS:
        raise RenderError(f"reference DOCX {path} has {len(infos)} parts, over the limit of {MAX_PARTS}")
    if sum(info.file_size for info in infos) > MAX_UNZIPPED_BYTES:
        raise RenderError(f"reference DOCX {path} unpacks to over {MAX_UNZIPPED_BYTES // 1_000_000} MB; not used")


def _drop_external(parts: dict[str, bytes], name: str, dropped: list[str]) -> set[str]:
    """Remove the external relationships of one `.rels` part; their ids."""
    try:
        root = etree.fromstring(parts[name], _PARSER)
    except etree.XMLSyntaxError:
        return set()
    removed = set()
    for rel in root.findall(f"{{{_RELS_NS}}}Relationship"):
        if rel.get("TargetMode", "").lower() == "external":
            removed.add(rel.get("Id", ""))
            dropped.append(rel.get("Type", "").rsplit("/", 1)[-1] or "link")
            root.remove(rel)
    if removed:
        parts[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return removed


def _owner_of(rels_name: str) -> str:
    """`word/_rels/settings.xml.rels` -> `word/settings.xml`."""
    folder, _, file = rels_name.rpartition("_rels/")
    return folder + file.removesuffix(".rels")


def _drop_uses(xml: bytes, removed: set[str]) -> bytes:
    """Remove each use of a dropped relationship: the element when it only carries the link, else
    the attribute (a hyperlink keeps its text, a linked picture its frame)."""
    try:
        root = etree.fromstring(xml, _PARSER)
    except etree.XMLSyntaxError:
        return xml
    for element in list(root.iter()):
        for attribute, value in list(element.attrib.items()):
            if not attribute.startswith(f"{{{_R_NS}}}") or value not in removed:
                continue
            local = etree.QName(element).localname if isinstance(element.tag, str) else ""
            parent = element.getparent()
            if local in _LINK_ONLY and parent is not None:
                parent.remove(element)
                break
            del element.attrib[attribute]
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
