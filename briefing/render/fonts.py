"""Fonts for the PDF writer: a bundled family, user overrides, and per-character fallback.

The bundled family is Fira Sans from the `fontpkg-fira-sans` package: static
TrueType files in every weight and style, covering Latin, Latin Extended,
Greek and Cyrillic, so a brief never depends on the fonts of the machine that
renders it. Noto Sans (`fontpkg-noto-sans`) is the fallback for characters
Fira lacks; it ships only as a variable font, which ReportLab embeds at its
default instance (regular weight), good enough for the odd symbol.

Scripts beyond those: Noto Sans Arabic, Heebo (Hebrew), Noto Sans Devanagari and
Noto Sans Thai are bundled too, and ReportLab shapes them with HarfBuzz (joining
forms, conjuncts, combining marks). Chinese, Japanese and Korean use the PDF
standard's Asian fonts, which every mainstream reader supplies, so a brief
does not carry tens of megabytes of CJK glyphs.

Everything here is loaded once per process: parsing a TrueType file costs
milliseconds, and a brief is rendered in a few tens of them.
"""

from __future__ import annotations

import functools
import hashlib
import re
import struct
import unicodedata
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import fontpkg
from reportlab.lib import fonts as rl_fonts
from reportlab.lib.abag import ABag
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import ShapedStr, TTFError, TTFont, shapeFragWord
from reportlab.platypus import paragraph as rl_paragraph

from briefing.errors import RenderError

BUNDLED_FAMILY = "Fira Sans"
FALLBACK_FAMILY = "Noto Sans"
SCRIPT_FAMILIES = ("Noto Sans Arabic", "Heebo", "Noto Sans Devanagari", "Noto Sans Thai")
_SCRIPT_SLUGS = frozenset(fontpkg.slugify(name) for name in SCRIPT_FAMILIES)
# ReportLab shapes with the standard ligatures on; a ligature glyph has no character of its own, so
# "first" would copy out of the PDF as "rst". Arabic's required ligatures and Indic conjuncts are
# other features, which HarfBuzz applies anyway. The defaults are ReportLab's own dict, set once here.
shapeFragWord.__defaults__[0].update(liga=False, dlig=False)
# Unicode blocks drawn by the PDF standard's Asian fonts (not embedded), in the order they are tried:
# Han as Simplified Chinese, kana as Japanese, Hangul as Korean.
CJK_FACES = (
    ("STSong-Light", ((0x3000, 0x303F), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0xFF00, 0xFFEF))),
    ("HeiseiKakuGo-W5", ((0x3040, 0x30FF), (0x31F0, 0x31FF))),
    ("HYGothic-Medium", ((0x1100, 0x11FF), (0x3130, 0x318F), (0xAC00, 0xD7AF))),
)
# Scripts whose letters change shape or order with their neighbours: a paragraph holding any of them is
# shaped by HarfBuzz. Latin, Greek and Cyrillic are not, which keeps the common brief fast.
_SHAPED_BLOCKS = ((0x0590, 0x08FF), (0x0900, 0x0DFF), (0x0E00, 0x0EFF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF))
# Looked up as one character class: a brief is read character by character for these, and a loop
# in Python over every character was a twentieth of the PDF's time.
_SHAPED = re.compile("[" + "".join(f"{re.escape(chr(lo))}-{re.escape(chr(hi))}" for lo, hi in _SHAPED_BLOCKS) + "]")
_MAYBE_RTL = re.compile("[\u0590-\U0010ffff]")  # every right-to-left letter (Hebrew onwards) is in here
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
    # The script fonts come before Noto Sans, which has unshaped Devanagari of its own.
    families = [BUNDLED_FAMILY, *SCRIPT_FAMILIES, FALLBACK_FAMILY]
    return (*(fontpkg_family(name) for name in families), *(_cjk_family(face) for face, _ in CJK_FACES))


@functools.cache
def _cjk_family(face: str) -> FontFamily:
    pdfmetrics.registerFont(UnicodeCIDFont(face))
    return FontFamily(face, face, face, face, face)  # one face: these fonts come in one weight


def covers(face: str, char: str) -> bool:
    return ord(char) in _coverage(face)


def shaped(run: str, face: str, size: float) -> tuple[str, float]:
    """A run to draw with `canvas.drawString` and its width: shaped by HarfBuzz where its script
    needs it (ReportLab's canvas shapes only through a bidi library we do not ship)."""
    font = pdfmetrics.getFont(face)
    if not (needs_shaping(run) and isinstance(font, TTFont) and font.shapable):
        return run, pdfmetrics.stringWidth(run, face, size)
    width = pdfmetrics.stringWidth(run, face, size)
    word = _shape_and_remember([width, (ABag(fontName=face, fontSize=size), run)], force=True)
    return word[1][1], word[0]


def needs_shaping(text: str) -> bool:
    """Whether any character belongs to a script HarfBuzz must shape (Arabic, Hebrew, Indic, Thai)."""
    return _SHAPED.search(text) is not None


def in_visual_order(text: str) -> str:
    """Consecutive right-to-left words in the order a reader sees them, left to right on the page.

    HarfBuzz puts the letters of each right-to-left word in visual order; the words of a run of
    them ("\u05e9\u05dc\u05d5\u05dd \u05e2\u05dc\u05d9\u05db\u05dd") must swap places too. A
    left-to-right line holding a right-to-left phrase is the case a brief meets: a name or a quote in
    its own script inside English prose.
    """
    if not any(_is_rtl(m.group()) for m in _MAYBE_RTL.finditer(text)):
        return text
    words = text.split(" ")
    out: list[str] = []
    run: list[str] = []
    for word in words:
        if _rtl_word(word) or (run and _neutral_word(word)):
            run.append(word)
            continue
        out.extend(_reversed_run(run))
        run = []
        out.append(word)
    out.extend(_reversed_run(run))
    return " ".join(out)


def _reversed_run(run: list[str]) -> list[str]:
    """A run ends at its last right-to-left word; neutral words after it keep their place."""
    last = max((i for i, w in enumerate(run) if _rtl_word(w)), default=-1)
    return [*reversed(run[: last + 1]), *run[last + 1 :]]


def _is_rtl(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("R", "AL")


def _rtl_word(word: str) -> bool:
    strong = next((c for c in word if unicodedata.bidirectional(c) in ("L", "R", "AL")), None)
    return strong is not None and _is_rtl(strong)


def _neutral_word(word: str) -> bool:
    return bool(word) and not any(unicodedata.bidirectional(c) in ("L", "R", "AL") for c in word)


@functools.cache
def _coverage(face: str) -> frozenset[int] | _Latin1 | _Blocks:
    font = pdfmetrics.getFont(face)
    if isinstance(font, TTFont):
        return frozenset(font.face.charToGlyph)
    blocks = dict(CJK_FACES).get(face)
    if blocks is not None:
        return _Blocks(blocks)
    # The standard PDF fonts draw through WinAnsi encoding: Latin-1 and a few symbols.
    return _Latin1()


class _Blocks:
    """Coverage by Unicode block, for fonts the reader supplies (their glyph tables are not here)."""

    def __init__(self, blocks: tuple[tuple[int, int], ...]) -> None:
        self.blocks = blocks

    def issuperset(self, codepoints: Iterable[int]) -> bool:
        return all(c in self for c in codepoints)

    def __contains__(self, codepoint: object) -> bool:
        return isinstance(codepoint, int) and any(lo <= codepoint <= hi for lo, hi in self.blocks)


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
    faces = [_face_for(char, chain, missing) for char in text]
    for start, end in _words(text):
        _one_face_per_word(text, faces, start, end)
    for face, char in zip(faces, _rtl_words_for_the_shaper(text, faces), strict=True):
        if runs and runs[-1][0] == face:
            runs[-1] = (face, runs[-1][1] + char)
        else:
            runs.append((face, char))
    return runs


def _words(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]


def _one_face_per_word(text: str, faces: list[str], start: int, end: int) -> None:
    """Give a word one face when one face has all its characters: ReportLab shapes a word with the
    font of its first run and would draw the rest with that font's glyph numbers. A script's face
    wins ('שער”' is all Heebo), so the quote mark travels with the word."""
    word_faces = set(faces[start:end])
    if len(word_faces) < 2 or not any(_shapes(f) for f in word_faces):
        return  # unshaped words draw run by run, each in its own font, as before
    ranked = sorted(word_faces, key=lambda f: (not _shapes(f), -faces[start:end].count(f)))
    for face in ranked:
        if all(covers(face, c) for c in text[start:end]):
            faces[start:end] = [face] * (end - start)
            return


def _rtl_words_for_the_shaper(text: str, faces: list[str]) -> str:
    """HarfBuzz lays a right-to-left word out right to left, punctuation and all: 'שער”' would put
    the quote mark on the left. Punctuation at the edges of such a word is moved to the other end,
    and brackets pre-mirrored (HarfBuzz mirrors them back), so it lands where a reader expects."""
    chars = list(text)
    for start, end in _words(text):
        if not (_shapes(faces[start]) and _rtl_word(text[start:end])):
            continue
        word = text[start:end]
        core = [i for i, c in enumerate(word) if unicodedata.bidirectional(c) in ("L", "R", "AL", "EN", "AN")]
        if not core:
            continue
        lead, body, trail = word[: core[0]], word[core[0] : core[-1] + 1], word[core[-1] + 1 :]
        chars[start:end] = _mirrored(trail[::-1]) + body + _mirrored(lead[::-1])
    return "".join(chars)


_MIRRORS = {"(": ")", ")": "(", "[": "]", "]": "[", "{": "}", "}": "{", "<": ">", ">": "<", "«": "»", "»": "«"}


def _mirrored(text: str) -> str:
    return "".join(_MIRRORS.get(c, c) for c in text)


@functools.cache
def _shapes(face: str) -> bool:
    font = pdfmetrics.getFont(face)
    return isinstance(font, TTFont) and font.shapable and face.rsplit("-", 1)[0] in _SCRIPT_SLUGS


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


MAX_FONT_BYTES = 50_000_000  # a CJK font with every weight is about 20 MB


def _register_ttf(face: str, path: Path) -> None:
    try:
        if path.stat().st_size > MAX_FONT_BYTES:
            raise RenderError(f"font file {path} is larger than the {MAX_FONT_BYTES // 1_000_000} MB limit")
        pdfmetrics.registerFont(TTFont(face, str(path)))
    except (TTFError, OSError) as exc:
        raise RenderError(f"cannot use font file {path}: {exc}") from None
    except (ValueError, KeyError, IndexError, TypeError, struct.error) as exc:  # a damaged font's tables
        raise RenderError(f"cannot use font file {path}: not a usable TrueType font ({type(exc).__name__})") from None


def _style_name(bold: bool, italic: bool) -> str:
    return {(False, False): "Regular", (True, False): "Bold", (False, True): "Italic"}.get((bold, italic), "BoldItalic")


# --- copying shaped text back out of the PDF ------------------------------------------------------
#
# A shaped glyph the font's character map does not reach (an Arabic letter's joining form, a
# Devanagari conjunct) gets a private-use code from ReportLab, and the PDF's ToUnicode table then
# maps it to that private code: `pdftotext` would give back U+E000 for "क्ष". We remember which
# characters each such glyph draws, from HarfBuzz's clusters, and write those into the table.

_PRIVATE_USE = range(0xE000, 0xF900)
_DRAWN_TEXT: dict[tuple[str, int], str] = {}  # (PostScript name, private code) -> characters drawn


def _shape_and_remember(word: list, features: dict | None = None, force: bool = False) -> list:
    """ReportLab's `shapeFragWord`, noting the characters behind each glyph it draws."""
    try:
        shaped_word = shapeFragWord(word, force=force) if features is None else shapeFragWord(word, features, force)
    except (AttributeError, KeyError):
        # ReportLab (5.1) gives an unmapped shaped glyph a private code through the font of the
        # fragment it lands in, and only a font it shaped with can: a word that mixes fonts (an Arabic
        # name between bidi controls, which a fallback font draws) raised here. Drawn unshaped instead.
        return word
    if shaped_word is word:
        return shaped_word
    text = "".join(s for f, s in word[1:] if not hasattr(f, "cbDefn"))
    glyphs = [d for _f, s in shaped_word[1:] if isinstance(s, ShapedStr) for d in s.__shapeData__]
    drawn = _cluster_shares(glyphs, text)
    for i, (frag, run) in enumerate(shaped_word[1:], start=1):
        if not isinstance(run, ShapedStr):
            continue
        font = pdfmetrics.getFont(frag.fontName)
        chars = list(run)
        for j, data in enumerate(run.__shapeData__):
            chars[j] = _glyph_for(font, chars[j], drawn[id(data)])
        shaped_word[i] = (frag, ShapedStr("".join(chars), shapeData=run.__shapeData__))
    return shaped_word


def _cluster_shares(glyphs: list, text: str) -> dict[int, str]:
    """The characters each glyph copies out as, such that a cluster's glyphs, read in the order they
    are drawn, give back exactly the characters they were shaped from. A Devanagari cluster is
    drawn in another order than it is written ("ति" draws its vowel sign first; "र्ता" draws the
    reph last) and one character may become several glyphs or several characters one glyph: each
    glyph in drawing order takes the next character, the last glyph all that remain. A text
    extractor reads the glyphs in drawing order, so the cluster copies out as written."""
    starts = sorted({d.cluster for d in glyphs})
    ends = dict(zip(starts, [*starts[1:], len(text)], strict=True))
    members: dict[int, list] = {}
    for d in glyphs:
        members.setdefault(d.cluster, []).append(d)
    shares: dict[int, str] = {}
    for cluster, group in members.items():
        chars = text[cluster : ends[cluster]]
        if len(chars) < len(group) or any(unicodedata.bidirectional(c) in ("R", "AL") for c in chars):
            # A letter drawn as several glyphs ('ة' as a heh and two dots), or right-to-left text,
            # whose glyphs come in visual order: the glyph that advances the pen carries it all.
            carrier = max(group, key=lambda g: g.x_advance)
            shares.update({id(d): chars if d is carrier else "" for d in group})
            continue
        for k, d in enumerate(group):
            last = k == len(group) - 1
            shares[id(d)] = chars[k:] if last else chars[k : k + 1]
    return shares


def _glyph_for(font: TTFont, char: str, drawn: str) -> str:
    """The code to draw a glyph by, such that it copies out as `drawn`. A glyph whose code already
    says something else ('ة' drawn as a final heh and two dots) gets a private code of its own."""
    face = _postscript_name(font.face.name)
    code = ord(char)
    if code in _PRIVATE_USE and (face, code) not in _DRAWN_TEXT:
        _DRAWN_TEXT[(face, code)] = drawn
        return char
    if _characters_of(face, code) == drawn or (not drawn and code not in _PRIVATE_USE):
        return char
    glyph = font.face.charToGlyph[code]
    private = font.hbAddPrivate(f"briefing-{glyph}-{drawn}", glyph, font.face.charWidths[code])
    _DRAWN_TEXT[(face, private)] = drawn
    return chr(private)


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap, with each glyph that draws other characters than its code mapped
    to those characters."""
    face = _postscript_name(fontname).split("+", 1)[-1]
    cmap = _ORIGINAL_CMAP(fontname, subset)
    for i, code in enumerate(subset):
        drawn = _characters_of(face, code)
        if drawn != chr(code):
            cmap = cmap.replace(f"<{i:02X}> <{code:04X}>", f"<{i:02X}> <{_utf16_hex(drawn)}>", 1)
    return cmap


def _characters_of(face: str, code: int) -> str:
    """What a glyph copies out as: the characters it was shaped from, or for a presentation form
    (an Arabic letter's joining form in the font's own map) the letter itself."""
    if (face, code) in _DRAWN_TEXT:
        return _DRAWN_TEXT[(face, code)]
    if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
        return unicodedata.normalize("NFKC", chr(code))
    return chr(code)


def _postscript_name(name: str | bytes) -> str:
    return name.decode("latin-1") if isinstance(name, bytes) else name


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


_ORIGINAL_CMAP = ttfonts.makeToUnicodeCMap
ttfonts.makeToUnicodeCMap = _to_unicode_cmap
rl_paragraph.shapeFragWord = _shape_and_remember
