"""The PDF writer end to end: Brief -> render(brief, "pdf") -> bytes checked with pypdf, qpdf, poppler."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import shutil
import subprocess
import warnings
from pathlib import Path

import pypdf
import pytest

from briefing.errors import RenderError
from briefing.model import Brief, Event, Evidence, Item, Side, Source, ThirdParty
from briefing.render import RenderOptions, brief_markdown, render
from briefing.render.fonts import MissingGlyphWarning, fontpkg_family
from briefing.theme import Theme

# An article of our own, with the characters that break naive writers: markup, entities,
# template syntax, and names in Cyrillic, Greek and accented Latin.
TEXT = (
    "Kyiv and Athens & Paris discussed the <b>draft</b> accord on Monday. "
    "President Зеленський said the plan was fair. "
    "Foreign Minister Séjourné said France would host a summit. "
    "Prime Minister Μητσοτάκης demanded <img src=x> guarantees first. "
    "The text says {{ x }} in brackets. "
    "A second round is due on 12 May 2025."
)


def span(quote: str, text: str = TEXT) -> Evidence:
    start = text.index(quote)
    return Evidence(quote, start, start + len(quote))


PUBLISHED = dt.date(2025, 5, 5)


def make_brief(
    *,
    sides: int = 2,
    positions_per_side: int = 2,
    third_parties: int = 2,
    summary: str = "Kyiv and Athens & Paris discussed the <b>draft</b> accord. A summit follows.",
    published: dt.date | None = PUBLISHED,
) -> Brief:
    quotes = [
        span("President Зеленський said the plan was fair."),
        span("Foreign Minister Séjourné said France would host a summit."),
        span("Prime Minister Μητσοτάκης demanded <img src=x> guarantees first."),
        span("The text says {{ x }} in brackets."),
    ]
    names = ["Ukraine", "Greece & Partners", "France", "Cyprus", "Malta"]
    return Brief(
        title="Accord talks: Зеленський, Séjourné & Μητσοτάκης <b>meet</b>",
        source=Source(
            title="Accord talks",
            url="https://news.example/world/accord?id=1&lang=en",
            outlet="Example News",
            published=published,
        ),
        summary=summary,
        sides=[
            Side(
                names[i % len(names)] + ("" if i < len(names) else f" {i}"),
                actors=["Зеленський", "Séjourné"],
                positions=[
                    Item(f"Position {j} of side {i}: {{{{ x }}}} & <b>", "Μητσοτάκης", [quotes[(i + j) % 4]])
                    for j in range(positions_per_side)
                ],
                preconditions=[Item("Guarantees <img src=x> first", "Μητσοτάκης", [quotes[2]])],
            )
            for i in range(sides)
        ],
        third_parties=[
            ThirdParty(f"Party {k} & <Co>", "Mediator between the sides", [quotes[k % 4]]) for k in range(third_parties)
        ],
        upcoming=[Event("2025-05-12", "12 May 2025", "Second round", [span("A second round is due on 12 May 2025.")])],
        background=[Event("2025-05-05", "Monday", "Talks in Kyiv", [quotes[0]])],
    )


def pdf_of(brief: Brief, **theme: str) -> bytes:
    return render(brief, "pdf", RenderOptions(theme=Theme(**theme)))


def text_of(data: bytes) -> str:
    """All pages' text with whitespace collapsed, so a line break never splits a phrase we look for."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def page_texts(data: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(data)).pages]


@pytest.fixture(scope="module")
def default_pdf() -> bytes:
    return pdf_of(make_brief(), organisation="Ministry & <Co>", marking="OFFICIAL – SENSITIVE")


# --------------------------------------------------------------------------- text


def test_markup_characters_in_article_text_print_literally(default_pdf: bytes) -> None:
    text = text_of(default_pdf)
    for literal in ("<b>draft</b>", "<img src=x>", "{{ x }}", "Athens & Paris", "Party 0 & <Co>"):
        assert literal in text


def test_cyrillic_greek_and_accented_names_extract_exactly(default_pdf: bytes) -> None:
    text = text_of(default_pdf)
    for name in ("Зеленський", "Séjourné", "Μητσοτάκης"):
        assert name in text


def test_bundled_fonts_are_embedded_subsets_and_nothing_else(default_pdf: bytes) -> None:
    reader = pypdf.PdfReader(io.BytesIO(default_pdf))
    base_fonts = {
        str(font.get_object()["/BaseFont"]) for page in reader.pages for font in page["/Resources"]["/Font"].values()
    }
    assert base_fonts
    assert all("+FiraSans-" in name for name in base_fonts), base_fonts


def test_character_missing_from_bundled_family_uses_fallback_font() -> None:
    # U+2011 NON-BREAKING HYPHEN is common in news copy and absent from Fira Sans.
    fira = fontpkg_family("Fira Sans")
    from briefing.render.fonts import covers

    assert not covers(fira.regular, "\u2011")
    brief = make_brief(summary="A cease\u2011fire holds.")
    with warnings.catch_warnings():
        warnings.simplefilter("error", MissingGlyphWarning)
        data = pdf_of(brief)
    assert "cease\u2011fire" in text_of(data)
    assert b"NotoSans" in data


def test_a_word_that_mixes_fonts_inside_bidi_controls_still_renders() -> None:
    """An Arabic name between right-to-left override and pop marks, as some content systems write
    it: the controls and the letters come from two fonts within one word, which ReportLab's shaping
    cannot give private codes to. The PDF is made, with the letters in it."""
    name = "\u202e\u0645\u0631\u062d\u0628\u0627\u202c"
    data = pdf_of(make_brief(summary=f"The union said {name}'1. on Monday."))
    assert data.startswith(b"%PDF") and "The union said" in text_of(data)


def test_character_no_font_has_is_reported_by_code_point() -> None:
    brief = make_brief(summary="Talks stalled \U0001f600 again.")
    with pytest.warns(MissingGlyphWarning, match="U\\+1F600"):
        data = pdf_of(brief)
    assert "Talks stalled" in text_of(data)


# --------------------------------------------------------------------------- structure


def test_outline_has_sections_with_sides_nested(default_pdf: bytes) -> None:
    outline = pypdf.PdfReader(io.BytesIO(default_pdf)).outline
    titles = [item.title for item in outline if not isinstance(item, list)]
    assert titles == ["The sides", "Third parties", "Upcoming dates", "Background", "Cited quotes"]
    nested = outline[1]
    assert isinstance(nested, list)
    assert [item.title for item in nested] == ["Ukraine", "Greece & Partners"]


def test_citations_are_internal_links_and_source_is_a_uri_link(default_pdf: bytes) -> None:
    reader = pypdf.PdfReader(io.BytesIO(default_pdf))
    page_ids = {page.indirect_reference.idnum for page in reader.pages}
    internal, uris = [], []
    for page in reader.pages:
        for annot in page.get("/Annots", []):
            annot = annot.get_object()
            if "/Dest" in annot:
                internal.append(annot["/Dest"])
            elif "/A" in annot:
                uris.append(annot["/A"]["/URI"])
    markdown = brief_markdown(make_brief(), RenderOptions())
    assert len(internal) == markdown.count("](#q")
    assert all(dest[0].idnum in page_ids for dest in internal)
    assert uris == ["https://news.example/world/accord?id=1&lang=en"]


def test_links_a_pdf_cannot_follow_stay_plain_text(tmp_path: Path) -> None:
    # A custom template may cite without listing the quotes, or link with a scheme ReportLab
    # would treat as a jump inside a PDF; either way the brief still renders.
    template = tmp_path / "mine.md.j2"
    template.write_text("# {{ brief.title }}\n\nSee [\\[9\\]](#q9) and [there](document:nowhere).\n", encoding="utf-8")
    data = render(make_brief(), "pdf", RenderOptions(template=template))
    assert "See [9] and there." in text_of(data)
    assert all("/Annots" not in page for page in pypdf.PdfReader(io.BytesIO(data)).pages)


def test_metadata_names_the_brief() -> None:
    data = pdf_of(make_brief(), organisation="Ministry", author="Desk A")
    meta = pypdf.PdfReader(io.BytesIO(data)).metadata
    assert meta.title == "Accord talks: Зеленський, Séjourné & Μητσοτάκης <b>meet</b>"
    assert meta.author == "Desk A"
    assert meta.subject == "Kyiv and Athens & Paris discussed the <b>draft</b> accord."
    assert meta["/Keywords"] == "Ukraine, Greece & Partners"
    assert meta.creator.startswith("briefing ")


def test_author_defaults_to_organisation_and_subject_to_policy_brief() -> None:
    data = pdf_of(make_brief(summary=""), organisation="Ministry")
    meta = pypdf.PdfReader(io.BytesIO(data)).metadata
    assert meta.author == "Ministry"
    assert meta.subject == "Policy brief"


# --------------------------------------------------------------------------- pages


def test_every_page_has_header_marking_source_and_page_x_of_y() -> None:
    data = pdf_of(
        make_brief(sides=5, positions_per_side=8, third_parties=30),
        organisation="Ministry of Foreign Affairs",
        marking="OFFICIAL – SENSITIVE",
    )
    pages = page_texts(data)
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert "Ministry of Foreign Affairs" in text
        assert "OFFICIAL – SENSITIVE" in text
        assert "Example News, 5 May 2025" in text
        assert f"Page {number} of {len(pages)}" in text


def test_long_table_repeats_its_header_row_on_the_next_page() -> None:
    data = pdf_of(make_brief(sides=1, positions_per_side=1, third_parties=80))
    pages = page_texts(data)
    table_pages = [t for t in pages if "Party 1" in t or "Party 79" in t]
    assert len(table_pages) >= 2
    assert all("Party Role Quote" in t for t in table_pages)


def test_page_size_is_a4_by_default_and_letter_on_request(default_pdf: bytes) -> None:
    a4 = pypdf.PdfReader(io.BytesIO(default_pdf)).pages[0].mediabox
    assert (round(float(a4.width)), round(float(a4.height))) == (595, 842)
    letter = pypdf.PdfReader(io.BytesIO(pdf_of(make_brief(), page_size="Letter"))).pages[0].mediabox
    assert (round(float(letter.width)), round(float(letter.height))) == (612, 792)


def test_logo_is_drawn_in_the_header(tmp_path: Path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 40), (31, 56, 100)).save(logo)
    data = render(make_brief(), "pdf", RenderOptions(theme=Theme(organisation="Ministry", logo=logo)))
    first = pypdf.PdfReader(io.BytesIO(data)).pages[0]
    assert any(x.get_object()["/Subtype"] == "/Image" for x in first["/Resources"]["/XObject"].values())


def test_unreadable_logo_is_a_render_error(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"not an image")
    with pytest.raises(RenderError, match="logo"):
        render(make_brief(), "pdf", RenderOptions(theme=Theme(logo=logo)))


def test_a_logo_with_a_valid_header_and_broken_pixels_is_a_one_line_render_error(tmp_path: Path) -> None:
    from PIL import Image

    good = tmp_path / "good.png"
    Image.new("RGB", (120, 40), (31, 56, 100)).save(good)
    data = good.read_bytes()
    broken = tmp_path / "broken.png"
    broken.write_bytes(data[:60] + b"\x00" * 40 + data[100:])  # the header reads, the pixel data does not
    with pytest.raises(RenderError) as caught:
        render(make_brief(), "pdf", RenderOptions(theme=Theme(logo=broken)))
    message = str(caught.value)
    assert message.startswith(f"cannot use the logo image {broken}:")
    assert "ImageReader@" not in message and "identity=" not in message and "\n" not in message


def test_a_logo_that_is_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "logo.png"
    os.mkfifo(fifo)  # opening it for reading would wait for a writer forever
    with pytest.raises(RenderError, match="not a regular file"):
        render(make_brief(), "pdf", RenderOptions(theme=Theme(logo=fifo)))


def test_a_side_name_of_120_characters_with_no_space_wraps_inside_the_page() -> None:
    name = "Norland" + "Valdoria" * 14 + "Kestrel"[:1]
    assert len(name) == 120
    brief = make_brief(sides=1)
    brief.sides[0].name = name
    reader = pypdf.PdfReader(io.BytesIO(pdf_of(brief)))
    lines = [line for page in reader.pages for line in page.extract_text().splitlines()]
    pieces = [line for line in lines if "ValdoriaValdoria" in line]
    assert len(pieces) >= 2 and name not in lines  # broken over lines, not run off the edge
    assert "".join(p.strip() for p in pieces).startswith(name)


def test_empty_brief_and_condensed_template_render() -> None:
    empty = Brief(title="Nothing found", source=Source(), summary="")
    assert "No parties to the dispute were identified." in text_of(render(empty, "pdf"))
    condensed = render(make_brief(), "pdf", RenderOptions(template="condensed"))
    assert "Where the sides stand" in text_of(condensed)


# --------------------------------------------------------------------------- fonts from the theme


def test_theme_font_may_be_a_ttf_path() -> None:
    import fontpkg

    path = fontpkg.path("Noto Sans", 400, "normal")
    data = pdf_of(make_brief(), body_font=str(path), heading_font=str(path))
    assert b"+NotoSans" in data
    assert b"+FiraSans" not in data  # every character of this brief is in Noto Sans
    assert "Зеленський" in text_of(data)


def test_theme_font_may_be_a_standard_family_with_fallback_for_other_scripts() -> None:
    data = pdf_of(make_brief(), body_font="Helvetica", heading_font="Helvetica")
    text = text_of(data)
    assert "Μητσοτάκης" in text and "Séjourné" in text
    assert b"/Helvetica" in data


def test_unknown_theme_font_is_a_render_error() -> None:
    with pytest.raises(RenderError, match="No Such Font"):
        pdf_of(make_brief(), body_font="No Such Font")


# --------------------------------------------------------------------------- determinism


def test_same_brief_gives_identical_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    first, second = pdf_of(make_brief()), pdf_of(make_brief())
    assert hashlib.sha256(first).hexdigest() == hashlib.sha256(second).hexdigest()
    meta = pypdf.PdfReader(io.BytesIO(first)).metadata
    assert meta["/CreationDate"].startswith("D:20250505000000")


def test_source_date_epoch_sets_the_dates_and_stays_reproducible(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 2023-11-14 22:13:20 UTC
    first, second = pdf_of(make_brief()), pdf_of(make_brief())
    assert first == second
    meta = pypdf.PdfReader(io.BytesIO(first)).metadata
    assert meta["/CreationDate"].startswith("D:20231114221320")
    assert meta["/ModDate"] == meta["/CreationDate"]


def test_malformed_source_date_epoch_is_a_render_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(RenderError, match="SOURCE_DATE_EPOCH"):
        pdf_of(make_brief())


def test_the_publication_date_is_the_creation_date(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    meta = pypdf.PdfReader(io.BytesIO(pdf_of(make_brief(published=dt.date(2024, 11, 5))))).metadata
    assert meta["/CreationDate"].startswith("D:20241105000000")


# --------------------------------------------------------------------------- real tools


def _require(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        pytest.skip(f"{tool} is not installed (CI installs qpdf and poppler-utils)")
    return found


@pytest.fixture(scope="module")
def varied_pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    from PIL import Image

    logo = tmp_path_factory.mktemp("logo") / "logo.png"
    Image.new("RGBA", (60, 60), (192, 0, 0, 128)).save(logo)
    return {
        "default": pdf_of(make_brief()),
        "letter-logo-marking": render(
            make_brief(summary="Cease\u2011fire \U0001f600"),
            "pdf",
            RenderOptions(theme=Theme(page_size="Letter", logo=logo, marking="SECRET", organisation="Org")),
        ),
        "long": pdf_of(make_brief(sides=4, positions_per_side=6, third_parties=40)),
        "condensed": render(make_brief(), "pdf", RenderOptions(template="condensed")),
    }


@pytest.mark.filterwarnings("ignore::briefing.render.fonts.MissingGlyphWarning")
@pytest.mark.parametrize("name", ["default", "letter-logo-marking", "long", "condensed"])
def test_qpdf_finds_no_errors(name: str, varied_pdfs: dict[str, bytes], tmp_path: Path) -> None:
    qpdf = _require("qpdf")
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(varied_pdfs[name])
    result = subprocess.run([qpdf, "--check", str(path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors found" in result.stdout


@pytest.mark.filterwarnings("ignore::briefing.render.fonts.MissingGlyphWarning")
@pytest.mark.parametrize("name", ["default", "letter-logo-marking"])
def test_poppler_renders_page_one(name: str, varied_pdfs: dict[str, bytes], tmp_path: Path) -> None:
    pdftoppm = _require("pdftoppm")
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(varied_pdfs[name])
    result = subprocess.run(
        [pdftoppm, "-png", "-r", "60", "-f", "1", "-l", "1", str(path), str(tmp_path / "page")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    (png,) = tmp_path.glob("page*.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_pipeline_writes_a_pdf_from_an_article_file(article_file: Path) -> None:
    from briefing.pipeline import Options, generate_one

    result = generate_one(article_file, Options(formats=("pdf",)))
    data = result.outputs["pdf"]
    assert data.startswith(b"%PDF-")
    assert "Cited quotes" in text_of(data)


# --------------------------------------------------------------------------- scripts beyond Latin, Greek, Cyrillic

SCRIPTS_TEXT = (
    "Talks resumed in مدينة حلب on Monday. Envoys met at שער הגיא and later in क्षेत्रीय offices. "
    "Monitors from ประเทศไทย joined. Earlier rounds were held in 北京, 東京 and 서울."
)


def scripts_pdf() -> bytes:
    quotes = [span(q, SCRIPTS_TEXT) for q in SCRIPTS_TEXT.split(". ")[:3]]
    brief = Brief(
        title="Talks in حلب and שער הגיא",
        source=Source(title="Talks", url=None, outlet="Example News", published=dt.date(2026, 3, 10)),
        summary="Envoys met in حلب, at שער הגיא, in क्षेत्रीय offices, with ประเทศไทย monitors; earlier in 北京 and 서울.",
        sides=[
            Side(
                "Norland",
                actors=["Ivo Lang"],
                positions=[Item("Wants the crossing at שער הגיא open", "Ivo Lang", quotes[1:2])],
            )
        ],
        upcoming=[],
        background=[Event("2026-03-09", "Monday", "Talks in حلب", quotes[:1])],
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error", MissingGlyphWarning)  # every script has a font
        return pdf_of(brief)


def test_arabic_hebrew_devanagari_thai_and_cjk_each_get_a_font() -> None:
    reader = pypdf.PdfReader(io.BytesIO(scripts_pdf()))
    base_fonts = {
        str(font.get_object()["/BaseFont"]) for page in reader.pages for font in page["/Resources"]["/Font"].values()
    }
    for family in ("NotoSansArabic", "Heebo", "NotoSansDevanagari", "NotoSansThai"):
        assert any(f"+{family}-" in name for name in base_fonts), (family, base_fonts)
    # Chinese, Japanese and Korean use the PDF standard's Asian fonts, supplied by the reader.
    assert {"/STSong-Light", "/HYGothic-Medium"} <= base_fonts


def test_complex_scripts_are_shaped() -> None:
    from reportlab.pdfbase.ttfonts import ShapedStr

    from briefing.render.fonts import bundled_fallbacks, shaped

    bundled_fallbacks()
    devanagari = fontpkg_family("Noto Sans Devanagari").regular
    run, _width = shaped("क्षेत्रीय", devanagari, 10)
    assert isinstance(run, ShapedStr)
    assert len(run) < len("क्षेत्रीय")  # the conjuncts are single glyphs
    latin, _ = shaped("first", fontpkg_family("Fira Sans").regular, 10)
    assert latin == "first" and not isinstance(latin, ShapedStr)  # Latin is left alone


def test_right_to_left_words_are_laid_out_in_reading_order() -> None:
    from briefing.render.fonts import bundled_fallbacks, in_visual_order, split_by_coverage

    assert in_visual_order("at שער הגיא now") == "at הגיא שער now"
    assert in_visual_order("no right-to-left words") == "no right-to-left words"
    # A quote mark after a Hebrew word travels in the word's own run, placed so that HarfBuzz's
    # right-to-left layout leaves it on the right.
    bundled_fallbacks()
    runs = split_by_coverage("at שער” now", fontpkg_family("Fira Sans"), False, False, set())
    assert ("heebo-Regular", "”שער") in runs


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_shaped_scripts_copy_back_out_as_the_same_characters(tmp_path: Path) -> None:
    path = tmp_path / "scripts.pdf"
    path.write_bytes(scripts_pdf())
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    # Conjuncts and joining forms are glyphs of their own; the PDF maps each back to its characters.
    # "مدينة" ends in a letter drawn as another letter's glyph and two dots: it must still copy as "ة".
    for name in ("مدينة حلب", "שער הגיא", "क्षेत्रीय", "ประเทศไทย", "北京", "서울"):
        assert name in text, name
    assert not any(0xE000 <= ord(c) <= 0xF8FF for c in text)  # no private-use stand-ins


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_latin_words_in_a_shaped_paragraph_keep_their_letters(tmp_path: Path) -> None:
    path = tmp_path / "scripts.pdf"
    path.write_bytes(scripts_pdf())
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    # "offices" next to shaped Devanagari: with ReportLab's default ligatures "ffi" would be one glyph
    # with no character of its own, and the word would copy out of the PDF as "oces".
    assert "in क्षेत्रीय offices" in SCRIPTS_TEXT
    assert "offices" in text and "Envoys met" in text


def test_the_template_output_is_parsed_once_for_all_writers() -> None:
    from briefing.render import render_all
    from briefing.render.markup import _parse_once

    brief = make_brief(summary="A brief rendered once for three writers.")
    before = _parse_once.cache_info().misses
    render_all(brief, ["pdf", "docx", "txt"], RenderOptions())
    assert _parse_once.cache_info().misses == before + 1
