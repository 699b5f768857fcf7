"""Fonts for the PDF writer: a bundled family, user overrides, and per-character fallback.

The bundled family is Fira Sans from the `fontpkg-fira-sans` package: static
TrueType files in every weight and style, covering Latin, Latin Extended,
Greek and Cyrillic, so a brief never depends on the fonts of the machine that
renders it. Noto Sans (`fontpkg-noto-sans`) is the fallback for characters
Fira lacks; it ships only as a variable font, which ReportLab embeds at its
default instance (regular weight), good enough for the odd symbol.

Everything here is loaded once per process: parsing a TrueType file costs
milliseconds, and a brief is rendered in a few tens of them.
"""

from __future__ import annotations

import functools
import hashlib
import unicodedata
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import fontpkg
from reportlab.lib import fonts as rl_fonts
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from briefing.errors import RenderError

BUNDLED_FAMILY = "Fira Sans"
FALLBACK_FAMILY = "Noto Sans"
STYLES = ((False, False), (True, False), (False, True), (True, True))  # (bold, italic)


class MissingGlyphWarning(UserWarning):
    """A character no available font can draw; the PDF shows a blank or a box in its place."""


@dataclass(frozen=True)
class FontFamily:
    """Four registered faces under one family name; faces may repeat when a family has fewer files."""

    name: str
    regular: str
    bold: str
    italic: str
    bold_italic: str

    def face(self, bold: bool = False, italic: bool = False) -> str:
        if bold and italic:
            return self.bold_italic
        if bold:
            return self.bold
        return self.italic if italic else self.regular


def resolve_family(spec: str) -> FontFamily:
    """A theme's font setting as a registered family.

    `spec` is empty (the bundled family), a path to a .ttf file, the name of an
    installed fontpkg family ("Noto Serif"), or a family already registered with
    ReportLab ("Helvetica", "Times-Roman").
    """
    spec = spec.strip()
    if not spec:
        return fontpkg_family(BUNDLED_FAMILY)
    if spec.lower().endswith((".ttf", ".otf")) or "/" in spec or "\\" in spec:
        return ttf_family(str(Path(spec).expanduser().resolve()))
    if _fontpkg_installed(spec):
        return fontpkg_family(spec)
    if _registered_with_reportlab(spec):
        return registered_family(spec)
    raise RenderError(f"font {spec!r} is neither a .ttf file, an installed fontpkg family nor a font ReportLab knows")


@functools.cache
def fontpkg_family(name: str) -> FontFamily:
    """An installed fontpkg family, registered under its slug; missing styles fall back to regular/italic.

    A family shipped only as a variable font draws every weight at its default instance.
    """
    try:
        files = {style: _fontpkg_file(name, *style) for style in STYLES}
    except fontpkg.FontpkgError as exc:
        raise RenderError(f"font family {name!r} is not usable: {exc}") from None
    slug = fontpkg.slugify(name)
    return _register(slug, files)


@functools.cache
def ttf_family(path: str) -> FontFamily:
    """A family from one .ttf file; sibling files named -Bold, -Italic, -BoldItalic complete it."""
    regular = Path(path)
    if not regular.is_file():
        raise RenderError(f"font file not found: {regular}")
    files = {style: _sibling_face(regular, *style) for style in STYLES}
    digest = hashlib.sha1(path.encode("utf-8")).hexdigest()[:8]
    return _register(f"{regular.stem}-{digest}", files)


@functools.cache
def registered_family(name: str) -> FontFamily:
    faces = [rl_fonts.tt2ps(name, int(bold), int(italic)) for bold, italic in STYLES]
    return FontFamily(name, *faces)


@functools.cache
def bundled_fallbacks() -> tuple[FontFamily, ...]:
    """Families tried, in order, for a character the theme's family lacks."""
    return (fontpkg_family(BUNDLED_FAMILY), fontpkg_family(FALLBACK_FAMILY))


def covers(face: str, char: str) -> bool:
    return ord(char) in _coverage(face)


@functools.cache
def _coverage(face: str) -> frozenset[int] | _Latin1:
    font = pdfmetrics.getFont(face)
    if isinstance(font, TTFont):
        return frozenset(font.face.charToGlyph)
    # The standard PDF fonts draw through WinAnsi encoding: Latin-1 and a few symbols.
    return _Latin1()


class _Latin1:
    def issuperset(self, codepoints: Iterable[int]) -> bool:
        return all(c in self for c in codepoints)

    def __contains__(self, codepoint: object) -> bool:
        if not isinstance(codepoint, int):
            return False
        try:
            chr(codepoint).encode("cp1252")
        except UnicodeEncodeError:
            return False
        return True


def split_by_coverage(
    text: str, family: FontFamily, bold: bool, italic: bool, missing: set[str]
) -> list[tuple[str, str]]:
    """`text` as (face, run) pairs: each character drawn by the first family that has it.

    Characters no family has stay with the theme's face (so the text is still
    extractable) and are added to `missing` for the caller to report.
    """
    primary = family.face(bold, italic)
    if _coverage(primary).issuperset(map(ord, text)):
        return [(primary, text)]  # the common case, checked in C rather than per character
    chain = [primary] + [f.face(bold, italic) for f in bundled_fallbacks() if f != family]
    runs: list[tuple[str, str]] = []
    for char in text:
        face = _face_for(char, chain, missing)
        if runs and runs[-1][0] == face:
            runs[-1] = (face, runs[-1][1] + char)
        else:
            runs.append((face, char))
    return runs


def _face_for(char: str, chain: list[str], missing: set[str]) -> str:
    if char.isspace() or unicodedata.category(char) in ("Cc", "Cf"):
        return chain[0]  # spacing and invisible format characters need no glyph of their own
    for face in chain:
        if covers(face, char):
            return face
    missing.add(char)
    return chain[0]


def warn_missing(chars: Iterable[str]) -> None:
    """One warning naming every character no font could draw, e.g. `U+1F600 GRINNING FACE`."""
    names = [f"U+{ord(c):04X} {unicodedata.name(c, 'unnamed')}" for c in sorted(set(chars))]
    if names:
        warnings.warn(
            f"no available font has {', '.join(names)}; the PDF shows an empty box in its place",
            MissingGlyphWarning,
            stacklevel=3,
        )


def _fontpkg_installed(name: str) -> bool:
    return fontpkg.slugify(name) in fontpkg.families()


def _registered_with_reportlab(name: str) -> bool:
    try:
        rl_fonts.tt2ps(name, 0, 0)
    except ValueError:
        return False
    return True


def _fontpkg_file(name: str, bold: bool, italic: bool) -> Path:
    """The file for one style, preferring the exact style and settling for the nearest weight."""
    style = "italic" if italic else "normal"
    weight = 700 if bold else 400
    try:
        return fontpkg.path(name, weight, style, nearest=True)
    except fontpkg.StyleNotAvailable:
        return fontpkg.path(name, weight, "normal", nearest=True)


def _sibling_face(regular: Path, bold: bool, italic: bool) -> Path:
    if not (bold or italic):
        return regular
    suffix = {(True, False): "Bold", (False, True): "Italic", (True, True): "BoldItalic"}[(bold, italic)]
    stem = regular.stem.removesuffix("-Regular").removesuffix("Regular")
    for candidate in (f"{stem}-{suffix}", f"{stem}{suffix}"):
        path = regular.with_name(candidate + regular.suffix)
        if path.is_file():
            return path
    return regular


def _register(family_name: str, files: dict[tuple[bool, bool], Path]) -> FontFamily:
    """Register each distinct file once and map all four styles, so `<b>`/`<i>` resolve within the family."""
    face_of_file: dict[Path, str] = {}
    faces: list[str] = []
    for bold, italic in STYLES:
        path = files[(bold, italic)]
        if path not in face_of_file:
            face_of_file[path] = f"{family_name}-{_style_name(bold, italic)}"
            _register_ttf(face_of_file[path], path)
        faces.append(face_of_file[path])
    family = FontFamily(family_name, *faces)
    pdfmetrics.registerFontFamily(
        family_name,
        normal=family.regular,
        bold=family.bold,
        italic=family.italic,
        boldItalic=family.bold_italic,
    )
    return family


def _register_ttf(face: str, path: Path) -> None:
    try:
        pdfmetrics.registerFont(TTFont(face, str(path)))
    except (TTFError, OSError) as exc:
        raise RenderError(f"cannot use font file {path}: {exc}") from None


def _style_name(bold: bool, italic: bool) -> str:
    return {(False, False): "Regular", (True, False): "Bold", (False, True): "Italic"}.get((bold, italic), "BoldItalic")
