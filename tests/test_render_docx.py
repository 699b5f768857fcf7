"""DOCX writer: real Word styles, links, properties, reference documents, determinism, real clients."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pypdf
import pytest
from click.testing import CliRunner
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from briefing.cli import cli
from briefing.errors import RenderError
from briefing.model import Brief, Event, Evidence, Item, Side, Source, ThirdParty
from briefing.pipeline import Options, generate_one
from briefing.render import RenderOptions, render
from briefing.render import docx as docx_writer
from briefing.render.context import footer_source
from briefing.theme import Theme

ROOT = Path(__file__).resolve().parents[1]

TEXT = (
    "Northland's Foreign Minister Ana Berg said her government was ready to sign a framework agreement. "
    '"We will not negotiate under the barrel of a gun," Berg said. '
    "Southland's president, Tomas Vidal, rejected the demand. "
    '"Our forces will stay until the refugees can return home safely," he said. '
    "Switzerland, which hosts the talks, said the next round would open on March 12. "
    "The African Union has offered to guarantee any deal. "
    "A referendum on the agreement is planned for September. "
    "The border war of 2019 displaced 40,000 people."
)
URL = "https://example.org/news/border?a=1&b=2"
SECTIONS = ["The sides", "Third parties", "Upcoming dates", "Background", "Cited quotes"]
THEME = Theme(organisation="Ministry of Foreign Affairs", marking="OFFICIAL – SENSITIVE", author="Desk Officer")


def span(quote: str, text: str = TEXT) -> Evidence:
    start = text.index(quote)
    return Evidence(quote, start, start + len(quote))


def make_brief(**changes: object) -> Brief:
    brief = Brief(
        title="Northland and Southland agree to resume border talks",
        source=Source("Border talks to resume", URL, "Wire", dt.date(2026, 3, 3)),
        summary="Talks resume on 12 March; each side sets conditions the other rejects.",
        sides=[
            Side(
                "Northland",
                ["Ana Berg"],
                [Item("Ready to sign a framework agreement", "Ana Berg", [span("ready to sign a framework")])],
                [Item("No talks under threat", "Ana Berg", [span("We will not negotiate under the barrel")])],
            ),
            Side(
                "Southland",
                ["Tomas Vidal"],
                [
                    Item(
                        "Forces stay for now",
                        "Tomas Vidal",
                        [span("Our forces will stay until the refugees")],
                    )
                ],
                [],
            ),
        ],
        third_parties=[
            ThirdParty("Switzerland", "Host of the talks", [span("Switzerland, which hosts the talks")]),
            ThirdParty("African Union", "Guarantor", [span("The African Union has offered to guarantee")]),
        ],
        upcoming=[
            Event("2026-03-12", "March 12", "Next round opens", [span("the next round would open on March 12")]),
            Event("2026-09", "September", "Referendum", [span("A referendum on the agreement is planned")]),
        ],
        background=[Event("2019", "2019", "Border war", [span("The border war of 2019 displaced 40,000 people")])],
    )
    for key, value in changes.items():
        setattr(brief, key, value)
    return brief


def render_docx(brief: Brief | None = None, **options: object) -> bytes:
    options.setdefault("theme", THEME)
    return render(brief or make_brief(), "docx", RenderOptions(**options))  # type: ignore[arg-type]


def open_docx(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def style_of(doc: docx.document.Document, text: str) -> str:
    return next(p.style.name for p in doc.paragraphs if p.text == text)


def body_xml(doc: docx.document.Document) -> str:
    return doc.element.xml


@pytest.fixture(autouse=True)
def _no_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


# --- structure and styles ---------------------------------------------------------------------------------


def test_headings_lists_and_quotes_use_word_styles() -> None:
    doc = open_docx(render_docx())
    assert style_of(doc, "Northland and Southland agree to resume border talks") == "Title"
    for section in SECTIONS:
        assert style_of(doc, section) == "Heading 1"
    assert style_of(doc, "Northland") == style_of(doc, "Southland") == "Heading 2"
    assert style_of(doc, "Ready to sign a framework agreement — Ana Berg [1]") == "List Bullet"
    quotes = [p for p in doc.paragraphs if p.style.name == "Quote Citation"]
    # Quotes are numbered in the order the brief cites them; every cited quote is listed once.
    assert sorted(p.text.split("”")[0] for p in quotes) == sorted(f"“{e.quote}" for e in make_brief().evidence())
    assert style_of(doc, f"Wire, published 3 March 2026. {URL}") == "Brief Source"
    assert next(p for p in doc.paragraphs if p.text.startswith("Bottom line up")).style.name == "Bottom Line"


def test_custom_styles_are_defined_once_and_based_on_built_ins() -> None:
    doc = open_docx(render_docx())
    assert doc.styles["Brief Source"].base_style.name == "Normal"
    assert doc.styles["Bottom Line"].base_style.name == "Normal"
    assert doc.styles["Quote Citation"].base_style.name == "List Number"
    names = [s.name for s in doc.styles]
    assert all(names.count(n) == 1 for n in ("Brief Source", "Bottom Line", "Quote Citation", "Hyperlink"))
    # Formatting lives in the styles, not on the runs.
    runs = [r for p in doc.paragraphs for r in p.runs]
    assert not any(r.font.size or r.font.color.rgb or r.font.name for r in runs)


def test_bold_and_italic_spans_become_run_properties() -> None:
    doc = open_docx(render_docx())
    bluf = next(p for p in doc.paragraphs if p.style.name == "Bottom Line")
    assert bluf.runs[0].text == "Bottom line up front." and bluf.runs[0].bold
    speaking = next(p for p in doc.paragraphs if p.text.startswith("Speaking for Northland"))
    assert speaking.runs[0].italic and not speaking.runs[-1].italic


def test_tables_have_header_rows_widths_and_a_table_style() -> None:
    doc = open_docx(render_docx())
    assert len(doc.tables) == 2
    parties, dates = doc.tables
    assert [c.text for c in parties.rows[0].cells] == ["Party", "Role", "Quote"]
    assert [c.text for c in parties.rows[1].cells] == ["Switzerland", "Host of the talks", "[4]"]
    assert [c.text for c in dates.rows[0].cells] == ["Date", "Event", "Quote"]
    assert dates.rows[1].cells[0].text == "12 March 2026"
    for table in doc.tables:
        assert table.style.name in docx_writer.TABLE_STYLES
        assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
        widths = [c.width for c in table.rows[0].cells]
        assert widths[2] < widths[0] < widths[1]  # citations narrow, prose wide
        assert sum(widths) <= Mm(166.1)  # A4 less 22 mm margins, give or take twip rounding


def test_citations_link_to_bookmarks_on_the_numbered_quotes() -> None:
    doc = open_docx(render_docx())
    xml = doc.element.body
    anchors = [h.get(qn("w:anchor")) for h in xml.iter(qn("w:hyperlink")) if h.get(qn("w:anchor"))]
    bookmarks = {b.get(qn("w:name")): b for b in xml.iter(qn("w:bookmarkStart"))}
    count = len(make_brief().evidence())
    assert set(anchors) == {f"q{n}" for n in range(1, count + 1)} == set(bookmarks)
    for name, mark in bookmarks.items():
        paragraph = mark.getparent()
        number = int(name[1:])
        assert paragraph.style == doc.styles["Quote Citation"].style_id
        assert 1 <= number <= count  # numbered in the order the brief cites them
        assert any(e.quote in "".join(t.text for t in paragraph.iter(qn("w:t"))) for e in make_brief().evidence())
    ids = [b.get(qn("w:id")) for b in bookmarks.values()]
    assert len(set(ids)) == len(ids)


def test_quote_numbering_starts_at_one_even_after_other_lists() -> None:
    doc = open_docx(render_docx())
    numbering = doc.part.numbering_part.element
    quote = next(p for p in doc.paragraphs if p.style.name == "Quote Citation")
    num_id = quote._p.pPr.numPr.numId.val
    num = next(n for n in numbering.iterchildren(qn("w:num")) if n.get(qn("w:numId")) == str(num_id))
    assert num.find(f"{qn('w:lvlOverride')}/{qn('w:startOverride')}").get(qn("w:val")) == "1"


def test_source_url_is_an_external_hyperlink() -> None:
    doc = open_docx(render_docx())
    links = [r for r in doc.part.rels.values() if r.reltype.endswith("/hyperlink")]
    assert [(r.target_ref, r.is_external) for r in links] == [(URL, True)]
    source = next(p for p in doc.paragraphs if p.style.name == "Brief Source")
    assert source.hyperlinks[0].address == URL and source.hyperlinks[0].text == URL


# --- header, footer, page, properties ---------------------------------------------------------------------


def test_header_has_organisation_and_marking_footer_has_page_fields_and_source() -> None:
    doc = open_docx(render_docx())
    section = doc.sections[0]
    header = section.header.paragraphs[0]
    assert header.text == "Ministry of Foreign Affairs\tOFFICIAL – SENSITIVE"
    assert header.runs[-1].style.name == "Protective Marking"
    footer = section.footer.paragraphs[0]
    assert footer.text.startswith("Source: Wire, 3 March 2026\tPage ")
    codes = [t.text.strip() for t in footer._p.iter(qn("w:instrText"))]
    assert codes == ["PAGE", "NUMPAGES"]
    kinds = [c.get(qn("w:fldCharType")) for c in footer._p.iter(qn("w:fldChar"))]
    assert kinds == ["begin", "separate", "end"] * 2


def test_no_header_without_organisation_or_marking() -> None:
    doc = open_docx(render_docx(theme=Theme()))
    assert doc.sections[0].header.is_linked_to_previous
    assert "Page" in doc.sections[0].footer.paragraphs[0].text


@pytest.mark.parametrize(("page_size", "width", "height"), [("A4", Mm(210), Mm(297)), ("Letter", Pt(612), Pt(792))])
def test_page_size_follows_the_theme(page_size: str, width: int, height: int) -> None:
    section = open_docx(render_docx(theme=Theme(page_size=page_size))).sections[0]
    assert abs(section.page_width - width) < Mm(0.1) and abs(section.page_height - height) < Mm(0.1)
    assert Mm(19) <= section.left_margin <= Mm(26)


def test_core_properties_describe_the_brief() -> None:
    props = open_docx(render_docx()).core_properties
    assert props.title == "Northland and Southland agree to resume border talks"
    assert props.author == props.last_modified_by == "Desk Officer"
    assert props.subject == "Policy brief: Border talks to resume"
    assert props.keywords == "Northland, Southland"
    assert URL in props.comments
    assert props.created == props.modified == props.last_printed == dt.datetime(2026, 3, 3, tzinfo=dt.UTC)
    assert props.revision == 1


def test_author_falls_back_to_organisation_then_briefing() -> None:
    assert open_docx(render_docx(theme=Theme(organisation="ACME"))).core_properties.author == "ACME"
    assert open_docx(render_docx(theme=Theme())).core_properties.author == "briefing"


def test_source_date_epoch_sets_every_timestamp(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    data = render_docx()
    expected = dt.datetime(2023, 11, 14, 22, 13, 20, tzinfo=dt.UTC)
    assert open_docx(data).core_properties.created == expected
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert {i.date_time for i in zf.infolist()} == {(2023, 11, 14, 22, 13, 20)}


def test_bad_source_date_epoch_is_a_render_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(RenderError, match="SOURCE_DATE_EPOCH"):
        render_docx()


# --- determinism ------------------------------------------------------------------------------------------


def test_same_brief_gives_identical_bytes_in_another_process() -> None:
    first = render_docx()
    # A fresh interpreter builds everything again, at another moment: nothing cached, no clock.
    script = (
        "import sys; sys.path.insert(0, 'tests'); from test_render_docx import render_docx; "
        "sys.stdout.buffer.write(render_docx())"
    )
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    second = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, check=True, timeout=120
    ).stdout
    assert hashlib.sha256(first).hexdigest() == hashlib.sha256(second).hexdigest()
    with zipfile.ZipFile(io.BytesIO(first)) as zf:
        core = zf.read("docProps/core.xml").decode()
        # stamped with the publication date, never the time of the run
        assert re.findall(r"<dcterms:(?:created|modified)[^>]*>([^<]+)<", core) == ["2026-03-03T00:00:00Z"] * 2
        names = zf.namelist()
        assert names[:2] == ["[Content_Types].xml", "_rels/.rels"] and names[2:] == sorted(names[2:])
        assert {i.date_time for i in zf.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert {i.compress_type for i in zf.infolist()} == {zipfile.ZIP_DEFLATED}
        assert "docProps/thumbnail.jpeg" not in names


# --- escaping -----------------------------------------------------------------------------------------------


def test_markup_in_article_text_stays_literal_text() -> None:
    text = 'The envoy said "A & B <b>agree</b> <img src=x> {{ x }} {% if %}" on Monday.'
    quote = "A & B <b>agree</b> <img src=x> {{ x }} {% if %}"
    evidence = [span(quote, text)]
    brief = make_brief(
        title="Talks & <b>tensions</b> {{ x }}",
        summary="Summary with <script>alert(1)</script> & *stars* and [brackets](#q1)",
        sides=[Side("A & B <i>", [], [Item("Says <img src=x> {{ x }}", None, evidence)], [])],
        third_parties=[ThirdParty("C <corp>", "Role & {{ y }}", evidence)],
        upcoming=[],
        background=[],
    )
    doc = open_docx(render_docx(brief))
    texts = [p.text for p in doc.paragraphs] + [c.text for t in doc.tables for r in t.rows for c in r.cells]
    assert "Talks & <b>tensions</b> {{ x }}" in texts
    assert "A & B <i>" in texts
    assert any("Summary with <script>alert(1)</script> & *stars* and [brackets](#q1)" in t for t in texts)
    assert any(t.startswith("Says <img src=x> {{ x }}") for t in texts)
    assert "Role & {{ y }}" in texts
    assert any(f"“{quote}”" in t for t in texts)
    assert doc.core_properties.title == "Talks & <b>tensions</b> {{ x }}"
    assert not list(doc.element.body.iter("b", "img", "script"))


def test_control_characters_are_dropped_not_fatal() -> None:
    text = "Officials said \x07the deal\x1b is close\x00 today."
    brief = make_brief(
        title="Deal\x01 close\x08",
        summary="Bell\x07 and escape\x1b",
        sides=[Side("North\x0c", [], [Item("Close\x02", None, [span("the deal\x1b is close", text)])], [])],
        third_parties=[],
        upcoming=[],
        background=[],
    )
    doc = open_docx(render_docx(brief, theme=Theme(organisation="Org\x03", marking="M\x04")))
    texts = [p.text for p in doc.paragraphs]
    assert "Deal close" in texts
    assert any("Bell and escape" in t for t in texts)
    assert any("“the deal is close”" in t for t in texts)
    assert doc.sections[0].header.paragraphs[0].text == "Org\tM"


def test_links_to_unknown_anchors_or_odd_schemes_stay_plain_text(tmp_path: Path) -> None:
    template = tmp_path / "odd.md.j2"
    template.write_text(
        "# {{ brief.title }}\n\nSee [nowhere](#q99), [ftp](ftp://example.org/x) and `code span`.\n\n"
        "> A quoted paragraph.\n\n---\n\n::: custom\nInside an unknown div.\n:::\n\n1. first\n2. second\n",
        encoding="utf-8",
    )
    doc = open_docx(render_docx(template=template))
    assert not list(doc.element.body.iter(qn("w:hyperlink")))
    assert "See nowhere, ftp and code span." in [p.text for p in doc.paragraphs]
    assert style_of(doc, "A quoted paragraph.") == "Quote"
    assert style_of(doc, "Inside an unknown div.") == "Normal"
    code = next(r for p in doc.paragraphs for r in p.runs if r.text == "code span")
    assert code.style.name == "Verbatim Char"


def test_condensed_template_renders(tmp_path: Path) -> None:
    doc = open_docx(render_docx(template="condensed"))
    assert doc.paragraphs[0].style.name == "Title"
    anchors = {h.get(qn("w:anchor")) for h in doc.element.body.iter(qn("w:hyperlink"))} - {None}
    bookmarks = {b.get(qn("w:name")) for b in doc.element.body.iter(qn("w:bookmarkStart"))}
    assert anchors <= bookmarks


# --- reference DOCX ---------------------------------------------------------------------------------------


def make_reference(path: Path) -> Path:
    """A branded Word file: serif red headings, 13 pt body, its own header, a different page size."""
    ref = docx.Document()
    heading = ref.styles["Heading 1"]
    heading.font.name = "Liberation Serif"
    heading.font.color.rgb = RGBColor(0xFF, 0x00, 0x00)
    ref.styles["Normal"].font.size = Pt(13)
    section = ref.sections[0]
    section.header.paragraphs[0].text = "ACME Analytics"
    section.page_width, section.page_height = Mm(200), Mm(280)
    ref.add_paragraph("TEMPLATE BODY TEXT that must not survive")
    ref.save(str(path))
    return path


def test_reference_docx_styles_header_and_page_setup_are_used(tmp_path: Path) -> None:
    ref = make_reference(tmp_path / "acme.docx")
    doc = open_docx(render_docx(reference_docx=ref, theme=Theme(organisation="Ministry", page_size="Letter")))
    heading = doc.styles["Heading 1"]
    assert heading.font.name == "Liberation Serif"
    assert heading.font.color.rgb == RGBColor(0xFF, 0x00, 0x00)
    assert doc.styles["Normal"].font.size == Pt(13)
    assert [p.text for p in doc.paragraphs if p.style.name == "Heading 1"] == SECTIONS
    assert doc.sections[0].header.paragraphs[0].text == "ACME Analytics"
    assert all("TEMPLATE BODY" not in p.text for p in doc.paragraphs)
    assert abs(doc.sections[0].page_width - Mm(200)) < Mm(0.1)
    assert doc.element.body[-1].tag == qn("w:sectPr")
    # Their footer is empty, so ours (page numbers) is added.
    assert "Page" in doc.sections[0].footer.paragraphs[0].text


def test_reference_docx_missing_styles_fall_back_to_defaults(tmp_path: Path) -> None:
    sparse = docx.Document()
    styles = sparse.styles.element
    dropped = {"Title", "heading 2", "List Bullet", "List Number", "Light Grid Accent 1", "Table Grid"}
    dropped.add("footer")
    for style in list(styles.iterchildren(qn("w:style"))):
        if style.find(qn("w:name")).get(qn("w:val")) in dropped:
            styles.remove(style)
    for rid, rel in list(sparse.part.rels.items()):
        if rel.reltype.endswith("/numbering"):
            del sparse.part.rels[rid]
    sparse.save(str(tmp_path / "sparse.docx"))

    doc = open_docx(render_docx(reference_docx=tmp_path / "sparse.docx"))
    assert style_of(doc, "Northland") == "Heading 2"
    assert doc.paragraphs[0].style.name == "Title"
    assert style_of(doc, "Ready to sign a framework agreement — Ana Berg [1]") == "List Bullet"
    assert doc.tables[0].style.name == "Table Grid"
    numbered = [p for p in doc.paragraphs if p.style.name in ("List Bullet", "Quote Citation")]
    assert all(p._p.pPr.numPr is not None for p in numbered)
    formats = {f.get(qn("w:val")) for f in doc.part.numbering_part.element.iter(qn("w:numFmt"))}
    assert formats == {"bullet", "decimal"}


def test_reference_docx_edits_after_caching_are_picked_up(tmp_path: Path) -> None:
    ref = make_reference(tmp_path / "acme.docx")
    render_docx(reference_docx=ref)
    changed = docx.Document(str(ref))
    changed.sections[0].header.paragraphs[0].text = "ACME Analytics v2"
    changed.save(str(ref))
    doc = open_docx(render_docx(reference_docx=ref))
    assert doc.sections[0].header.paragraphs[0].text == "ACME Analytics v2"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.docx", None, "no such file"),
        ("notes.docx", b"just some text\n", "is not a Word document"),
        ("other.docx", "zip", "is not a Word document"),
    ],
)
def test_bad_reference_docx_is_a_one_line_render_error(
    tmp_path: Path, name: str, content: bytes | str | None, message: str
) -> None:
    path = tmp_path / name
    if content == "zip":
        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr("hello.txt", "not a package")
    elif content is not None:
        path.write_bytes(content)  # type: ignore[arg-type]
    with pytest.raises(RenderError) as info:
        render_docx(reference_docx=path)
    assert str(path) in str(info.value) and message in str(info.value) and "\n" not in str(info.value)


def test_cli_reference_docx(tmp_path: Path, article_file: Path) -> None:
    ref = make_reference(tmp_path / "acme.docx")
    out = tmp_path / "brief.docx"
    args = ["generate", str(article_file), "-f", "docx", "-o", str(out), "--published", "2024-03-04", "-q"]
    result = CliRunner().invoke(cli, [*args, "--reference-docx", str(ref)])
    assert result.exit_code == 0, result.output
    doc = docx.Document(str(out))
    assert doc.sections[0].header.paragraphs[0].text == "ACME Analytics"
    assert doc.styles["Heading 1"].font.color.rgb == RGBColor(0xFF, 0x00, 0x00)

    missing = tmp_path / "nope.docx"
    result = CliRunner().invoke(cli, [*args, "--force", "--reference-docx", str(missing)])
    assert result.exit_code == 1
    assert str(missing) in result.output


def test_pipeline_renders_docx_from_an_article(article_file: Path) -> None:
    result = generate_one(article_file, Options(formats=("docx",), published=dt.date(2024, 3, 4)))
    doc = open_docx(result.outputs["docx"])
    assert doc.paragraphs[0].style.name == "Title"
    assert doc.paragraphs[0].text == result.brief.title
    assert "Cited quotes" in [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]


# --- real clients -----------------------------------------------------------------------------------------

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def libreoffice_pdf(docx_path: Path, tmp_path: Path) -> Path:
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(docx_path)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    pdf = tmp_path / f"{docx_path.stem}.pdf"
    assert pdf.is_file(), "LibreOffice produced no PDF"
    return pdf


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_opens_the_docx_and_renders_it(tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    path = tmp_path / "brief.docx"
    path.write_bytes(render_docx())
    pdf = libreoffice_pdf(path, tmp_path)
    text = " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(pdf).pages)
    assert "Northland and Southland agree to resume border talks" in text
    assert "Northland" in text and "Southland" in text
    assert "“We will not negotiate under the barrel”" in text
    assert "OFFICIAL – SENSITIVE" in text
    pages = len(pypdf.PdfReader(pdf).pages)
    assert f"Page 1 of {pages}" in text  # the PAGE and NUMPAGES fields were evaluated

    # LibreOffice resolved every citation to its quote's bookmark and kept the source link.
    links = [a.get_object() for page in pypdf.PdfReader(pdf).pages for a in page.get("/Annots") or []]
    internal = [a for a in links if a.get("/Dest") is not None]
    external = [a["/A"]["/URI"] for a in links if "/A" in a and a["/A"].get("/S") == "/URI"]
    cited = sum(len(i.evidence) for s in make_brief().sides for i in s.positions + s.preconditions)
    cited += sum(len(t.evidence) for t in make_brief().third_parties)
    cited += sum(len(e.evidence) for e in make_brief().upcoming + make_brief().background)
    assert len(internal) == cited
    assert external == [URL]

    if shutil.which("pdftoppm"):
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
            check=True, timeout=60,
        )  # fmt: skip
        (png,) = tmp_path.glob("page*.png")
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 5000


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_renders_a_reference_docx_brief(tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    path = tmp_path / "branded.docx"
    path.write_bytes(render_docx(reference_docx=make_reference(tmp_path / "acme.docx")))
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(libreoffice_pdf(path, tmp_path)).pages)
    assert "ACME Analytics" in text and "Third parties" in text


# --- theme --------------------------------------------------------------------------------------------------


def tiny_png(path: Path) -> Path:
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    pixels = zlib.compress(b"".join(b"\x00" + b"\x1f\x38\x64" * 8 for _ in range(4)))
    header = struct.pack(">IIBBBBB", 8, 4, 8, 2, 0, 0, 0)
    chunks = chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunks)
    return path


def test_theme_colour_and_logo(tmp_path: Path) -> None:
    theme = Theme(organisation="Ministry", primary_color="#00573F", logo=tiny_png(tmp_path / "logo.png"))
    data = render_docx(theme=theme)
    doc = open_docx(data)
    assert doc.styles["Heading 1"].font.color.rgb == RGBColor(0x00, 0x57, 0x3F)
    assert doc.styles["Title"].font.color.rgb == RGBColor(0x00, 0x57, 0x3F)
    header = doc.sections[0].header
    assert header.paragraphs[0].text.strip() == "Ministry"
    assert len(header.part.element.findall(".//" + qn("w:drawing"))) == 1
    assert data == render_docx(theme=theme)


def test_logo_word_cannot_show_is_a_render_error(tmp_path: Path) -> None:
    logo = tmp_path / "logo.svg"
    logo.write_text("<svg xmlns='http://www.w3.org/2000/svg'/>", encoding="utf-8")
    with pytest.raises(RenderError, match=r"logo .*logo\.svg"):
        render_docx(theme=Theme(logo=logo))


def test_brief_with_nothing_found_still_renders() -> None:
    brief = make_brief(sides=[], third_parties=[], upcoming=[], background=[], summary="")
    doc = open_docx(render_docx(brief))
    texts = [p.text for p in doc.paragraphs]
    assert "No parties to the dispute were identified." in texts
    assert "No third parties were identified." in texts
    assert not doc.tables
    assert not [p for p in doc.paragraphs if p.style.name == "Quote Citation"]


def test_bytes_do_not_depend_on_the_process(tmp_path: Path) -> None:
    """Hash randomisation and a cold cache in another interpreter must not change a byte."""
    script = (
        "import sys, hashlib; sys.path.insert(0, sys.argv[1]); import test_render_docx as t; "
        "print(hashlib.sha256(t.render_docx()).hexdigest())"
    )
    here = str(Path(__file__).parent)
    digests = {
        subprocess.run(
            [sys.executable, "-c", script, here], env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True, text=True, check=True, timeout=120,
        ).stdout.strip()
        for seed in ("1", "2")
    }  # fmt: skip
    assert digests == {hashlib.sha256(render_docx()).hexdigest()}


def test_reference_word_template_dotx_is_accepted(tmp_path: Path) -> None:
    ref = make_reference(tmp_path / "acme.docx")
    dotx = tmp_path / "acme.dotx"
    with zipfile.ZipFile(ref) as src, zipfile.ZipFile(dotx, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            dst.writestr(info, data)
    doc = open_docx(render_docx(reference_docx=dotx))
    assert doc.sections[0].header.paragraphs[0].text == "ACME Analytics"


def test_reference_body_without_section_properties_gets_our_page_setup(tmp_path: Path) -> None:
    ref = docx.Document()
    ref.element.body.remove(ref.element.body.sectPr)
    ref.save(str(tmp_path / "bare.docx"))
    section = open_docx(render_docx(reference_docx=tmp_path / "bare.docx")).sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(0.1)


def test_the_pdf_and_the_docx_carry_the_same_footer_and_dates() -> None:
    for brief in (make_brief(), make_brief(source=Source(title="Talks"))):
        document = open_docx(render_docx(brief))
        pdf = pypdf.PdfReader(io.BytesIO(render(brief, "pdf", RenderOptions(theme=THEME))))
        footer = document.sections[0].footer.paragraphs[0].text.split("\t")[0]
        assert footer == footer_source(brief)
        assert not footer or footer in " ".join(pdf.pages[0].extract_text().split())
        created = document.core_properties.created
        assert pdf.metadata["/CreationDate"].startswith(f"D:{created:%Y%m%d%H%M%S}")
