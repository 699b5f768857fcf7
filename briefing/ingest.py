"""Ingest: a file or stdin becomes an `Article` (plain text, title, date, source).

Readers by kind: plain text, Markdown (title from the first heading) and HTML
(main text and metadata through trafilatura). Bytes are decoded with BOM
detection, then UTF-8, then charset detection; anything that is not text is
refused with an `InputError` rather than analysed as noise.
"""

from __future__ import annotations

import codecs
import contextlib
import datetime as dt
import re
import sys
import unicodedata
import warnings
from pathlib import Path
from typing import Any

from briefing.errors import InputError
from briefing.lang import LanguageProfile, per_language
from briefing.model import Article
from briefing.textclean import clean_line, normalise_text

MAX_INPUT_BYTES = 8_000_000  # raw bytes read; HTML pages carry far more markup than text
# Characters of article text: about 80,000 words, a long report rather than an article. spaCy's
# parser needs roughly 3 MB of memory per 1,000 characters, so this caps a worker near 2 GB.
MAX_TEXT_CHARS = 500_000
MIN_TEXT_CHARS = 40  # shorter than a sentence or two is not an article

TEXT_SUFFIXES = {".txt", ".text", ""}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
# What a folder's articles are named: every suffix the readers know, but no bare name (a file without
# an extension is read as text only when it is named on the command line).
FOLDER_SUFFIXES = tuple(sorted((TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES) - {""}))

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


# News is dated within these years; outside them a "date" is noise, and date arithmetic would overflow.
MIN_YEAR, MAX_YEAR = 1900, 2100


def parse_date(value: str) -> dt.date:
    """Parse a YYYY-MM-DD publication date, or raise `InputError`."""
    try:
        date = dt.date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(f"invalid publication date {value!r}: expected YYYY-MM-DD") from None
    if not MIN_YEAR <= date.year <= MAX_YEAR:
        raise InputError(f"publication date {value!r} is outside {MIN_YEAR}-{MAX_YEAR}")
    return date


def read_article(
    source: str | Path,
    *,
    published: dt.date | None = None,
    title: str | None = None,
    stdin_kind: str = "text",
) -> Article:
    """Read one article from a path, or from standard input when `source` is "-"."""
    if str(source) == "-":
        data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        name, kind, label = "stdin", stdin_kind, "standard input"
    else:
        path = Path(source)
        data = _read_bytes(path)
        name, kind, label = path.stem or "article", kind_of(path), str(path)
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"{label}: larger than the {MAX_INPUT_BYTES // 1_000_000} MB input limit")
    return article_from_bytes(data, kind=kind, name=name, label=label, published=published, title=title)


def kind_of(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    return "text"


def article_from_bytes(
    data: bytes,
    *,
    kind: str = "text",
    name: str = "article",
    label: str = "input",
    published: dt.date | None = None,
    title: str | None = None,
) -> Article:
    """Build an `Article` from raw bytes of the given kind ("text", "markdown" or "html")."""
    if not data.strip():
        raise InputError(f"{label}: the file is empty")
    raw = decode(data, label, kind=kind)
    if kind == "html" or (kind == "text" and _looks_like_html(raw)):
        text, meta = _from_html(raw, label)
    elif kind == "markdown":
        text, meta = _from_markdown(raw)
    else:
        text = normalise_text(raw)
        meta = {"title": headline} if (headline := _text_headline(text)) else {}
    _check_text(text, label)
    found_date = meta.get("date") or find_dateline(text)
    if found_date is not None and not MIN_YEAR <= found_date.year <= MAX_YEAR:
        found_date = None
    return Article(
        text=text,
        title=clean_line(title or meta.get("title") or "") or None,
        published=published or found_date,
        url=meta.get("url"),
        outlet=meta.get("outlet"),
        name=name,
        published_from="document" if found_date and not published else "given",  # no date yet: see dated()
    )


def _read_bytes(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read(MAX_INPUT_BYTES + 1)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def decode(data: bytes, label: str = "input", *, kind: str = "text") -> str:
    """Bytes to text: BOM, UTF-16 sniffing, strict UTF-8, the page's declared charset, then detection.

    Refuses binary data with an `InputError` instead of guessing a codec that turns it into noise.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                raise InputError(f"{label}: not valid {encoding} despite its byte-order mark") from None
    if b"\x00" in data:
        text = _try_utf16(data)
        if text is not None:
            return text
        # A stray NUL in otherwise valid UTF-8 is damage, not binary; normalise_text drops it.
        if data.count(b"\x00") > 0.01 * len(data):
            raise InputError(f"{label}: binary data, not a text article")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    damaged = _damaged_utf8(data)
    if damaged is not None:
        text, bad = damaged
        warnings.warn(f"{bad} byte(s) are not valid UTF-8 and show as \ufffd", stacklevel=2)
        return text
    for encoding in _declared_charsets(data) if kind == "html" else ():
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    if _mostly_ascii(data):
        # English with a few curly quotes or accents: charset detection on so little evidence picks
        # cp1250 or cp775 as often as cp1252, and cp1252 is what such files almost always are.
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{label}: binary data or an unknown text encoding")
    return str(best)


MAX_BAD_UTF8_SHARE = 0.01  # a few damaged bytes in UTF-8 text; more, and it is another encoding


def _damaged_utf8(data: bytes) -> tuple[str, int] | None:
    """UTF-8 text with a few invalid bytes, decoded with replacement characters, and how many bytes
    were bad. A file with no valid multi-byte sequence at all is a legacy encoding, not damaged UTF-8."""
    bad = 0

    def count(exc: UnicodeError) -> tuple[str, int]:
        nonlocal bad
        assert isinstance(exc, UnicodeDecodeError)
        bad += exc.end - exc.start
        return "\ufffd", exc.end

    codecs.register_error("briefing_count_bad_utf8", count)
    text = data.decode("utf-8", errors="briefing_count_bad_utf8")
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    if multibyte == 0 or bad > MAX_BAD_UTF8_SHARE * len(data):
        return None
    return text, bad


def _try_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: NUL bytes cluster at one parity (every ASCII character, or spaces and
    punctuation in Cyrillic or Greek text). Accept the decoding only if it reads as text."""
    sample = data[:8000]
    even, odd = sample[0::2], sample[1::2]
    if not even or not odd:
        return None
    candidates = []
    if odd.count(0) > 0.05 * len(odd) and even.count(0) < 0.01 * len(even):
        candidates.append("utf-16-le")
    if even.count(0) > 0.05 * len(even) and odd.count(0) < 0.01 * len(odd):
        candidates.append("utf-16-be")
    for encoding in candidates:
        try:
            text = data[: len(data) // 2 * 2].decode(encoding)
        except UnicodeDecodeError:
            continue
        if _reads_as_text(text):
            return text
    return None


def _reads_as_text(text: str) -> bool:
    sample = text[:4000]
    bad = sum(1 for ch in sample if ch not in "\n\r\t" and unicodedata.category(ch) in {"Cc", "Cn", "Co", "Cs"})
    return bool(sample) and bad <= 0.01 * len(sample)


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# Browsers read these labels as windows-1252 (WHATWG Encoding), and so do pages in the wild.
_CHARSET_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252"}


def _declared_charsets(data: bytes) -> list[str]:
    names = [m.group(1).decode("ascii").lower() for m in _CHARSET.finditer(data[:8192])]
    return [_CHARSET_ALIASES.get(n, n) for n in names if n not in {"utf-8", "utf8"}]


def _mostly_ascii(data: bytes) -> bool:
    high = sum(1 for b in data[:20000] if b >= 0x80)
    return high <= 0.1 * min(len(data), 20000)


def _check_text(text: str, label: str) -> None:
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(f"{label}: {len(text):,} characters of text, over the {MAX_TEXT_CHARS:,} limit")
    letters = sum(ch.isalpha() for ch in text[:20000])
    if len(text) < MIN_TEXT_CHARS or letters < MIN_TEXT_CHARS // 2:
        raise InputError(f"{label}: no article text found")
    sample = text[:20000]
    odd = sum(1 for ch in sample if unicodedata.category(ch) in {"Co", "Cn", "So"} or ch == "\ufffd")
    if odd > 0.2 * len(sample):
        raise InputError(f"{label}: binary data, not a text article")


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html"))


_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(\S.*)$")  # closing #s are cut by `_heading_words`
_MD_SETEXT = re.compile(r"^\s*(=+|-+)\s*$")


def _heading_words(text: str) -> str:
    """'Talks resume ##' -> 'Talks resume': the optional closing #s, in linear time."""
    words = text.rstrip()
    stripped = words.rstrip("#")
    return (stripped if stripped != words and (not stripped or stripped[-1].isspace()) else words).strip()


def _from_markdown(raw: str) -> tuple[str, dict[str, Any]]:
    """The first heading is the title; the body keeps its words and loses the syntax that isn't prose.

    A YAML-style front matter block (`title:`, `date:`, `url:`, `outlet:`) is read and dropped.
    """
    front, text = _front_matter(normalise_text(raw))
    lines = text.split("\n")
    title = front.pop("title", None)
    title_from_front = title is not None
    body: list[str] = []
    skip_next = False
    for i, line in enumerate(lines):
        if skip_next:
            skip_next = False
            continue
        heading = _MD_HEADING.match(line)
        is_setext = i + 1 < len(lines) and line.strip() and _MD_SETEXT.match(lines[i + 1])
        if heading or is_setext:
            words = _heading_words(heading.group(1)) if heading else line.strip()
            skip_next = not heading
            if title is None:
                title = words
            elif not (title_from_front and words == title):
                body.append(words)
            continue
        body.append(_strip_inline_markdown(line))
    meta: dict[str, Any] = dict(front)
    if title:
        meta["title"] = title
    return normalise_text("\n".join(body)), meta


_FRONT_KEYS = {
    "title": "title",
    "date": "date",
    "published": "date",
    "url": "url",
    "outlet": "outlet",
    "source": "outlet",
    "site": "outlet",
}


MAX_FRONT_MATTER_LINES = 60  # a "---" further down is a rule in the text, not the end of front matter


def _front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Split a leading `---` ... `---` block off Markdown; keep only the keys a brief can use."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, text
    try:
        end = next(i for i in range(1, min(len(lines), MAX_FRONT_MATTER_LINES)) if lines[i].strip() in {"---", "..."})
    except StopIteration:
        return {}, text
    meta: dict[str, Any] = {}
    for line in lines[1:end]:
        key, sep, value = line.partition(":")
        field = _FRONT_KEYS.get(key.strip().lower())
        value = value.strip().strip("\"'").strip()
        if not sep or not field or not value:
            continue
        if field == "date":
            try:
                meta["date"] = dt.date.fromisoformat(value[:10])
            except ValueError:
                continue
        else:
            meta[field] = value
    return meta, "\n".join(lines[end + 1 :])


def _text_headline(text: str) -> str | None:
    """A plain-text article's first line is its headline when it is short, unpunctuated and set apart."""
    first, _, rest = text.partition("\n")
    first = first.strip()
    if not rest.startswith("\n") or not rest.strip() or not 2 <= len(first.split()) <= 25:
        return None
    if len(first) > 150 or first.endswith((".", "!", "?", ":", ";", ",", '"', "”")):
        return None
    return first


# Each span is bounded: an unbounded `(.+?)` retried from every `*` or `[` of a line is quadratic
# (20,000 unclosed asterisks took minutes). No link text or emphasis runs this long in an article.
_SPAN = 500
_MD_IMAGE = re.compile(rf"!\[([^\]]{{0,{_SPAN}}})\]\([^)]{{0,{_SPAN}}}\)")
_MD_LINK = re.compile(rf"\[([^\]]{{1,{_SPAN}}})\]\([^)]{{0,{_SPAN}}}\)")
_MD_STRONG = re.compile(rf"(\*\*|__)(.{{1,{_SPAN}}}?)\1")
_MD_EMPHASIS = re.compile(rf"(?<![\w*])\*(?!\s)(.{{1,{_SPAN}}}?)(?<!\s)\*(?![\w*])")


MAX_MARKUP_MARKS = 200  # a line with more `*`, `_` and `[` than this is not marked-up prose


def _strip_inline_markdown(line: str) -> str:
    if line.count("*") + line.count("_") + line.count("[") > MAX_MARKUP_MARKS:
        return re.sub(r"^\s{0,3}>\s?", "", line)  # symbols, not markup: kept as they are
    line = _MD_IMAGE.sub(r"\1", line)  # images -> alt text
    line = _MD_LINK.sub(r"\1", line)  # links -> their words
    line = _MD_STRONG.sub(r"\2", line)
    line = _MD_EMPHASIS.sub(r"\1", line)
    line = re.sub(r"^\s{0,3}>\s?", "", line)  # block quotes
    return line


# Control characters, raw or as numeric references (&#27; &#x8; &#xFFFF;), that XML forbids: lxml
# refuses a whole page over one of them, so they go before extraction. Tab, LF and CR stay.
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_CONTROL_REFERENCES = re.compile(
    r"&#(?:0*(?:[0-8]|1[124-9]|2\d|3[01]|127)|[xX]0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F]|7[fF]|[fF]{3}[eEfF]));"
)


def _without_control_characters(html: str) -> str:
    return _CONTROL_CHARACTERS.sub("", _CONTROL_REFERENCES.sub("", html))


def _from_html(raw: str, label: str) -> tuple[str, dict[str, Any]]:
    """Main text and metadata (title, date, outlet, canonical URL) of an article page.

    Boilerplate (navigation, footers, cookie notices) is left behind by trafilatura; a page that
    has nothing else, such as a section front of links, is refused rather than briefed.
    """
    import logging

    import trafilatura

    # trafilatura and htmldate log parse trouble as warnings; a CLI user would see them as
    # stray stderr lines, and the outcome is reported through the result anyway.
    for name in ("trafilatura", "htmldate", "courlan"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    try:
        doc = trafilatura.bare_extraction(
            _without_control_characters(raw),
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            # Dates from markup only (meta tags, <time>, the URL): the extensive search also reads
            # free text and turns a footer's "© 2025" into a publication date of 1 January 2025.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken pages
        raise InputError(f"{label}: cannot parse the HTML ({type(exc).__name__})") from None
    if doc is None:
        raise InputError(f"{label}: no article text found in the HTML page")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    meta: dict[str, Any] = {}
    if data.get("title"):
        meta["title"] = " ".join(str(data["title"]).split())
    if data.get("url"):
        meta["url"] = str(data["url"])
    outlet = data.get("sitename") or data.get("hostname")
    if outlet:
        meta["outlet"] = str(outlet)
    if data.get("date"):
        with contextlib.suppress(ValueError):
            meta["date"] = dt.date.fromisoformat(str(data["date"])[:10])
    return _html_body(str(data.get("text") or ""), meta.get("title")), meta


def _html_body(text: str, title: str | None) -> str:
    """One paragraph per block, blank-line separated as in a text file, without the repeated headline."""
    paragraphs = [p.strip() for p in normalise_text(text).split("\n") if p.strip()]
    if paragraphs and title and " ".join(paragraphs[0].split()) == title:
        paragraphs = paragraphs[1:]
    return "\n\n".join(paragraphs)


@per_language
def _dateline_dates(profile: LanguageProfile) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The full dates a dateline or byline may give, in the active language (`dateline_dates.tsv`):
    the order of their year, month and day groups ("ymd", "mdy", "dmy"), and the regex."""
    return tuple(
        (order.strip(), re.compile(source))
        for order, source in (r.split("\t", 1) for r in profile.rows("dateline_dates"))
    )


DATELINE_CHARS = 400  # a dateline or byline sits in the first few lines


def find_dateline(text: str) -> dt.date | None:
    """A full date in the first lines (a dateline or byline), if the article has one."""
    from briefing.analysis.dates import date_patterns  # the one month table; imported here, as it loads spaCy

    months = date_patterns().months
    head = text[:DATELINE_CHARS]
    for order, pattern in _dateline_dates():
        m = pattern.search(head)
        if not m:
            continue
        parts = dict(zip(order, m.groups(), strict=True))
        month = parts["m"]
        month_no = int(month) if month.isdigit() else months.get(month.lower())
        if not month_no or not MIN_YEAR <= int(parts["y"]) <= MAX_YEAR:
            continue
        try:
            return dt.date(int(parts["y"]), month_no, int(parts["d"]))
        except ValueError:
            continue
    return None
