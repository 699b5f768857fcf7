"""The generate command end to end on real files: every format, read back by the libraries that open them."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import docx
import jsonschema
import pytest
from click.testing import CliRunner, Result
from pypdf import PdfReader

from briefing.cli import cli
from briefing.model import brief_json_schema

SECTIONS = ("The sides", "Third parties", "Upcoming dates", "Cited quotes")


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False, env=env)


@pytest.fixture()
def outputs(article_file: Path, tmp_path: Path) -> dict[str, Path]:
    out = tmp_path / "out"
    result = run(
        "generate", str(article_file), "-f", "pdf,docx,json,md,html", "-o", str(out), "--published", "2026-03-03"
    )
    assert result.exit_code == 0, result.output
    return {p.suffix[1:]: p for p in out.iterdir()}


def brief_of(outputs: dict[str, Path]) -> dict:
    return json.loads(outputs["json"].read_text(encoding="utf-8"))


def test_every_format_is_written_under_a_name_from_title_and_date(outputs: dict[str, Path]) -> None:
    assert sorted(outputs) == ["docx", "html", "json", "md", "pdf"]
    stems = {p.stem for p in outputs.values()}
    assert len(stems) == 1 and stems.pop().endswith("-2026-03-03")


def test_json_matches_the_schema_and_every_quote_is_grounded(outputs: dict[str, Path], article_text: str) -> None:
    brief = brief_of(outputs)
    jsonschema.validate(brief, brief_json_schema())
    text = article_text.strip()
    quotes = [e for s in brief["sides"] for i in s["positions"] + s["preconditions"] for e in i["evidence"]]
    quotes += [e for t in brief["third_parties"] + brief["upcoming"] + brief["background"] for e in t["evidence"]]
    assert quotes
    for e in quotes:
        assert text[e["start"] : e["end"]] == e["quote"]


def test_pdf_holds_every_section_the_sides_and_the_quotes(outputs: dict[str, Path]) -> None:
    brief = brief_of(outputs)
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(outputs["pdf"]).pages)
    for heading in SECTIONS:
        assert heading in text
    for side in brief["sides"]:
        assert side["name"] in text
    first_quote = brief["sides"][0]["positions"][0]["evidence"][0]["quote"]
    assert marks_folded(" ".join(first_quote.split())[:60]) in marks_folded(text)


def test_docx_holds_every_section_the_sides_and_the_quotes(outputs: dict[str, Path]) -> None:
    brief = brief_of(outputs)
    document = docx.Document(str(outputs["docx"]))
    paragraphs = [p.text for p in document.paragraphs]
    headings = {p.text for p in document.paragraphs if p.style.name.startswith("Heading")}
    for heading in SECTIONS:
        assert heading in headings
    for side in brief["sides"]:
        assert side["name"] in headings
    # The documents show each quote on one line; the article's own line breaks become spaces.
    quotes = [" ".join(q["quote"].split()) for s in brief["sides"] for i in s["positions"] for q in i["evidence"]]
    assert quotes and all(any(marks_folded(q) in marks_folded(p) for p in paragraphs) for q in quotes)


def marks_folded(text: str) -> str:
    """The documents print a quote with balanced curly marks of one kind (inner ones single): the
    words are the article's, the quotation marks are typography."""
    return re.sub("[\"“”‘’']", "'", text)


def test_stdout_json_for_one_article(article_file: Path) -> None:
    result = run("generate", str(article_file), "-f", "json", "-o", "-", "--published", "2026-03-03")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["schema_version"] == 1


def test_an_existing_brief_is_never_overwritten_without_force(article_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "brief.pdf"
    target.write_bytes(b"the analyst's annotated copy")
    result = run("generate", str(article_file), "-f", "pdf", "-o", str(target), "--published", "2026-03-03")
    assert result.exit_code == 1
    assert target.read_bytes() == b"the analyst's annotated copy"
    result = run("generate", str(article_file), "-f", "pdf", "-o", str(target), "--published", "2026-03-03", "--force")
    assert result.exit_code == 0 and target.read_bytes().startswith(b"%PDF")


def test_markup_in_the_article_stays_text_in_every_format(tmp_path: Path) -> None:
    article = tmp_path / "markup.txt"
    article.write_text(
        "Norway and Sweden resumed talks on Monday. Norwegian Foreign Minister Ola Berg said Norway would "
        "sign only if Sweden dropped the <b>tariff</b> & the {{ quota }} rule <img src=x>. "
        "Sweden said it wanted a *fair* deal.",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert (
        run("generate", str(article), "-f", "pdf,docx,html,md", "-o", str(out), "--published", "2026-03-03").exit_code
        == 0
    )
    files = {p.suffix: p for p in out.iterdir()}
    pdf_text = " ".join(page.extract_text() for page in PdfReader(files[".pdf"]).pages)
    assert "<b>tariff</b> & the {{ quota }} rule <img src=x>" in " ".join(pdf_text.split())
    docx_text = "\n".join(p.text for p in docx.Document(str(files[".docx"])).paragraphs)
    assert "<b>tariff</b> & the {{ quota }} rule <img src=x>" in docx_text
    html = files[".html"].read_text(encoding="utf-8")
    assert "&lt;b&gt;tariff&lt;/b&gt; &amp; the {{ quota }} rule &lt;img src=x&gt;" in html and "<img" not in html


def test_theme_from_the_config_file_reaches_the_pdf(article_file: Path, tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[theme]\norganisation = "Harbour Analysis Unit"\nmarking = "OFFICIAL"\n', encoding="utf-8")
    out = tmp_path / "out"
    result = run(
        "generate", str(article_file), "-f", "pdf", "-o", str(out), "--published", "2026-03-03",
        env={"BRIEFING_CONFIG": str(config)},
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    text = PdfReader(next(out.iterdir())).pages[0].extract_text()
    assert "Harbour Analysis Unit" in text and "OFFICIAL" in text


def test_schema_command_prints_the_json_schema() -> None:
    result = run("schema")
    assert json.loads(result.stdout)["title"] == "Brief"


def test_templates_are_listed_and_copied(tmp_path: Path) -> None:
    listing = run("templates").stdout
    assert "brief" in listing and "condensed" in listing
    result = run("templates", "copy", "condensed", str(tmp_path))
    assert result.exit_code == 0 and (tmp_path / "condensed.md.j2").is_file()


def test_an_edited_template_changes_pdf_and_docx_alike(article_file: Path, tmp_path: Path) -> None:
    run("templates", "copy", "brief", str(tmp_path))
    template = tmp_path / "brief.md.j2"
    template.write_text(
        template.read_text(encoding="utf-8").replace("## Third parties", "## Other players"), encoding="utf-8"
    )
    out = tmp_path / "out"
    result = run(
        "generate", str(article_file), "-f", "pdf,docx", "-o", str(out), "--template", str(template),
        "--published", "2026-03-03",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    files = {p.suffix: p for p in out.iterdir()}
    assert "Other players" in " ".join(page.extract_text() for page in PdfReader(files[".pdf"]).pages)
    assert "Other players" in [p.text for p in docx.Document(str(files[".docx"])).paragraphs]


def test_a_broken_template_is_reported_with_its_file_and_line(article_file: Path, tmp_path: Path) -> None:
    template = tmp_path / "mine.md.j2"
    template.write_text("# {{ brief.title }}\n\n{% for side in brief.sides %}\n{{ side.name }\n", encoding="utf-8")
    result = run("generate", str(article_file), "-f", "md", "-o", str(tmp_path / "o"), "--template", str(template))
    assert result.exit_code == 1
    assert "mine.md.j2" in result.output and "line 4" in result.output
    assert "Traceback" not in result.output and not (tmp_path / "o").exists()


@pytest.mark.parametrize("module", ["briefing", "briefing.cli"])
def test_the_module_runs_the_command_line(module: str) -> None:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", module, "--version"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.startswith("briefing, version"), done.stdout + done.stderr


def test_a_missing_reference_docx_is_named_missing(article_file: Path, tmp_path: Path) -> None:
    missing = tmp_path / "nope.docx"
    result = run(
        "generate", str(article_file), "-f", "docx", "-o", str(tmp_path / "o"), "--reference-docx", str(missing)
    )
    assert result.exit_code != 0
    assert "no such file" in result.output and "not a Word document" not in result.output
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize("option", ["--theme", "--reference-docx"])
def test_a_theme_or_reference_that_is_a_fifo_is_refused_without_blocking(
    option: str, article_file: Path, tmp_path: Path
) -> None:
    fifo = tmp_path / ("house.docx" if option == "--reference-docx" else "theme.toml")
    os.mkfifo(fifo)  # reading it would wait for a writer that never comes
    result = run("generate", str(article_file), "-f", "docx", "-o", str(tmp_path / "o"), option, str(fifo))
    assert result.exit_code == 1
    assert "not a regular file" in result.output and len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "o").exists()


def test_a_title_from_the_command_line_is_cleaned_like_article_text(article_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "o"
    title = "Port \x1b[31mtalks\x1b[0m \u202estall"
    result = run("generate", str(article_file), "-f", "md,json,html,docx", "-o", str(out), "--title", title)
    assert result.exit_code == 0, result.output
    brief = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    assert brief["title"] == "Port talks stall"
    for path in out.iterdir():
        data = path.read_bytes() if path.suffix == ".docx" else path.read_text(encoding="utf-8").encode()
        if path.suffix == ".docx":
            document = docx.Document(str(path))
            data = "\n".join(p.text for p in document.paragraphs).encode()
        assert b"\x1b" not in data and "\u202e".encode() not in data, path.name


def test_a_javascript_url_in_the_source_line_is_never_a_link(article_file: Path, tmp_path: Path) -> None:
    article = tmp_path / "page.md"
    text = article_file.read_text(encoding="utf-8")
    article.write_text('---\ntitle: Port talks\nurl: "javascript:alert(1)"\n---\n' + text, encoding="utf-8")
    out = tmp_path / "o"
    result = run("generate", str(article), "-f", "md,html,pdf,docx", "-o", str(out))
    assert result.exit_code == 0, result.output
    html = next(out.glob("*.html")).read_text(encoding="utf-8")
    assert 'href="javascript' not in html
    assert "](<javascript" not in next(out.glob("*.md")).read_text(encoding="utf-8")
    assert b"javascript" not in next(out.glob("*.pdf")).read_bytes()
    document = docx.Document(str(next(out.glob("*.docx"))))
    assert not any("javascript" in rel.target_ref for rel in document.part.rels.values() if rel.is_external)


def test_theme_strings_are_cleaned_like_article_text(article_file: Path, tmp_path: Path) -> None:
    theme = tmp_path / "theme.toml"
    theme.write_text('organisation = "Harbor \\u001b[31mDesk\\u001b[0m \\u202eNews"\nmarking = "OFFICIAL\\u202e"\n')
    out = tmp_path / "o"
    result = run("generate", str(article_file), "-f", "html", "-o", str(out), "--theme", str(theme))
    assert result.exit_code == 0, result.output
    page = next(out.glob("*.html")).read_text(encoding="utf-8")
    assert "Harbor Desk News" in page and "OFFICIAL" in page
    assert "\x1b" not in page and "\u202e" not in page


def test_plain_text_format_reads_on_a_terminal(article_file: Path) -> None:
    result = run("generate", str(article_file), "-f", "txt", "-o", "-", "--published", "2026-03-03")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[1].startswith("====") and "The sides" in lines and "Cited quotes" in lines
    assert all(len(line) <= 78 for line in lines)
    assert "<" not in result.output and "**" not in result.output  # no markup left


def test_a_new_format_is_one_row_in_the_table() -> None:
    from briefing.formats import EXTENSIONS, FORMATS, MEDIA_TYPES, TEXT_FORMATS

    assert "txt" in FORMATS and EXTENSIONS["txt"] == "txt" and MEDIA_TYPES["txt"] == "text/plain"
    assert "txt" in TEXT_FORMATS
    assert "txt" in CliRunner().invoke(cli, ["generate", "--help"]).output
