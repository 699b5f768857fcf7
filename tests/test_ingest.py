"""Ingest: every supported input form and encoding becomes the same clean article text, or a clear error."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing import ingest
from briefing.cli import cli
from briefing.errors import InputError
from briefing.ingest import article_from_bytes, decode, read_article

FIXTURES = Path(__file__).parent / "fixtures"

ENGLISH = (
    "Talks between Estmark and Wendria stalled on Thursday after the minister said “we cannot share "
    "a harbour” — and the café owners of Portvale protested against the naïve plan. "
) * 2
RUSSIAN = (
    "Переговоры между Эстмарком и Вендрией зашли в тупик в четверг, после того как министр "
    "заявил, что его страна подпишет соглашение только при сокращении флота. "
) * 2
LATIN1 = ENGLISH.replace("“", '"').replace("”", '"').replace("—", "-")


# --- HTML -----------------------------------------------------------------------------------


def test_html_page_gives_body_and_metadata_without_boilerplate() -> None:
    article = read_article(FIXTURES / "article.html")
    assert article.title == "Harbour pact stalls over fishing quotas"
    assert article.outlet == "The Coastal Ledger"
    assert article.url == "https://ledger.example.org/world/2025/04/17/harbour-pact-stalls"
    assert article.published == dt.date(2025, 4, 17)
    assert article.published_from == "document"
    assert article.text.startswith("PORTVALE, April 17 (Ledger) - Talks between Estmark and Wendria")
    assert "next round of talks is scheduled for May 6" in article.text
    for boilerplate in ("Subscribe", "Privacy policy", "Cookie settings", "All rights reserved", "Home"):
        assert boilerplate not in article.text
    # Paragraphs are blank-line separated, as in a text article, and the headline is not repeated.
    assert article.text.count("\n\n") == 3
    assert not article.text.startswith(article.title)


@pytest.mark.parametrize("control", ["&#27;", "&#8;", "&#xFFFF;", "&#x1B;", "\x1b"])
def test_a_control_character_in_html_does_not_lose_the_page(control: str, tmp_path: Path) -> None:
    page = (FIXTURES / "article.html").read_text(encoding="utf-8").replace("Talks between", f"Talks{control} between")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    article = read_article(path)
    assert "next round of talks is scheduled for May 6" in article.text
    assert "\x1b" not in article.text and "\x08" not in article.text


def test_html_date_is_not_taken_from_a_copyright_line() -> None:
    page = (FIXTURES / "article.html").read_text(encoding="utf-8")
    for dated in (
        '<meta property="article:published_time" content="2025-04-17T08:30:00+00:00">',
        "/2025/04/17",
        ", April 17, 2025",
        ", April 17 (Ledger)",
    ):
        page = page.replace(dated, "")
    assert "© 2025" in page or "&copy; 2025" in page
    article = article_from_bytes(page.encode("utf-8"), kind="html")
    assert article.published is None


def test_html_page_without_an_article_is_refused() -> None:
    with pytest.raises(InputError, match="no article text"):
        read_article(FIXTURES / "nav-only.html")


def test_text_file_holding_html_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "saved.txt"
    path.write_bytes((FIXTURES / "article.html").read_bytes())
    assert read_article(path).outlet == "The Coastal Ledger"


def test_html_in_a_declared_legacy_charset(tmp_path: Path) -> None:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
        f"<title>Флот</title></head><body><article><p>{RUSSIAN}</p></article></body></html>"
    )
    path = tmp_path / "ru.htm"
    path.write_bytes(page.encode("cp1251"))
    assert "Переговоры между Эстмарком" in read_article(path).text


# --- Text and Markdown ------------------------------------------------------------------------


def test_markdown_title_from_first_heading_and_syntax_dropped(tmp_path: Path) -> None:
    path = tmp_path / "quota.md"
    path.write_text(
        "# Quota row deepens\n\nTalks between **Estmark** and [Wendria](https://example.org) stalled on "
        "Thursday.\n\n## Reaction\n\n> We cannot share a harbour, the minister said on Friday.\n",
        encoding="utf-8",
    )
    article = read_article(path)
    assert article.title == "Quota row deepens"
    assert "Talks between Estmark and Wendria stalled" in article.text
    assert "Reaction" in article.text and "#" not in article.text and "**" not in article.text


def test_markdown_front_matter_gives_metadata(tmp_path: Path) -> None:
    path = tmp_path / "quota.markdown"
    path.write_text(
        '---\ntitle: "Quota row deepens"\ndate: 2025-03-01\noutlet: The Ledger\nurl: https://x.example\n---\n'
        "Talks between Estmark and Wendria stalled on Thursday after a row over fishing quotas.\n",
        encoding="utf-8",
    )
    article = read_article(path)
    assert (article.title, article.published, article.outlet, article.url) == (
        "Quota row deepens",
        dt.date(2025, 3, 1),
        "The Ledger",
        "https://x.example",
    )
    assert article.text.startswith("Talks between")


def test_text_headline_becomes_title_and_text_is_untouched(article_file: Path, article_text: str) -> None:
    article = read_article(article_file)
    assert article.title == "Northland and Southland agree to resume border talks in Geneva"
    assert article.text == article_text.strip()


def test_text_without_headline_has_no_title(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Talks between Estmark and Wendria stalled on Thursday, officials said.\n\nMore.\n")
    assert read_article(path).title is None


def test_stdin_is_read(article_text: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["generate", "-", "-f", "json", "-o", "-", "--published", "2025-03-03"], input=article_text
    )
    assert result.exit_code == 0
    assert json.loads(result.stdout)["source"]["published"] == "2025-03-03"


# --- Encodings --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (ENGLISH, "utf-8"),
        (ENGLISH, "utf-8-sig"),
        (ENGLISH, "utf-16"),  # with BOM
        (ENGLISH, "utf-16-le"),
        (RUSSIAN, "utf-16-be"),
        (RUSSIAN, "utf-16-le"),
        (ENGLISH, "cp1252"),
        (LATIN1, "latin-1"),
        (RUSSIAN, "koi8-r"),
        (RUSSIAN, "cp1251"),
    ],
)
def test_encodings_decode_to_the_same_text(tmp_path: Path, text: str, encoding: str) -> None:
    path = tmp_path / f"article-{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    assert read_article(path).text == text.strip()


def test_bom_wins_over_guessing() -> None:
    assert decode("\ufeffnaïve".encode("utf-8")) == "naïve"


def test_stray_nul_in_utf8_is_dropped_not_refused() -> None:
    data = ENGLISH.encode("utf-8").replace(b"Thursday", b"Thurs\x00day")
    assert "Thursday" in article_from_bytes(data).text


# --- Refusals ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n\t\n", "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "binary"),
        (b"PK\x03\x04" + b"\x00\x14\x00\x06\x00" * 300, "binary"),
        (b"12345 67890 !!! ??? ... 12345 67890 !!! ??? ... 12345", "no article text"),
        (b"Too short.", "no article text"),
    ],
)
def test_unusable_input_is_refused(data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        article_from_bytes(data, label="x")


def test_text_over_the_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest, "MAX_TEXT_CHARS", 1000)
    with pytest.raises(InputError, match="over the 1,000 limit"):
        article_from_bytes(ENGLISH.encode() * 10)


def test_file_over_the_byte_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest, "MAX_INPUT_BYTES", 1_000_000)
    path = tmp_path / "huge.txt"
    path.write_bytes(ENGLISH.encode() * 4000)
    with pytest.raises(InputError, match="input limit"):
        read_article(path)


def test_characters_no_writer_can_show_are_dropped() -> None:
    text = ENGLISH + "\x07\x1b[31m\ufffe\uffff\U0010fffe\ue000\x0c end."
    clean = article_from_bytes(text.encode("utf-8", "surrogatepass")).text
    assert not set(clean) & {"\x07", "\x1b", "\ufffe", "\uffff", "\U0010fffe", "\ue000", "\x0c"}
    assert clean.endswith("[31m end.")


def test_utf8_with_a_few_bad_bytes_stays_utf8_and_says_how_many(tmp_path: Path) -> None:
    data = ENGLISH.encode("utf-8")
    path = tmp_path / "damaged.txt"
    path.write_bytes(data[:40] + b"\xff" + data[40:])
    result = CliRunner().invoke(cli, ["generate", str(path), "-f", "md", "-o", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    assert "1 byte(s) are not valid UTF-8" in result.output
    brief = next((tmp_path / "o").iterdir()).read_text(encoding="utf-8")
    assert "â€" not in brief  # not read as cp1252 throughout


def test_a_file_with_no_utf8_at_all_is_still_read_as_a_legacy_encoding() -> None:
    assert decode(LATIN1.replace("naïve", "na\u00efve").encode("cp1252")) == LATIN1.replace("naïve", "na\u00efve")
