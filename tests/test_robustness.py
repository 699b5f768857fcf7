"""No input crashes the tool: any text gives a grounded brief in every format, or one clean error.

The property test drives the real pipeline (ingest -> spaCy analysis -> every writer) with
generated text; the CLI tests feed bad inputs and check the effects: exit status, a single
stderr line without a traceback, and no file written.
"""

from __future__ import annotations

import importlib.util
import io
import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.analysis import analyse
from briefing.cli import cli
from briefing.errors import BriefingError
from briefing.ingest import article_from_bytes
from briefing.model import MAX_QUOTE_CHARS, Brief
from briefing.render import render

pytestmark = pytest.mark.filterwarnings("ignore:no available font has")  # expected for random code points

WRITERS = ["json", "md"] + [
    fmt for fmt in ("html", "pdf", "docx") if importlib.util.find_spec(f"briefing.render.{fmt}") is not None
]

# Pieces that have broken text tools before: markup and template syntax that must stay text,
# controls, bidirectional text, emoji and combining marks, no sentence ends, huge "words".
NASTY = [
    "<script>alert('x')</script>",
    "<b>bold</b> &amp; &lt;",
    "**not bold** _nor_ `code` [link](x) # h",
    "{{ brief.title }}",
    "{% for x in y %}{% endfor %}",
    "{# comment #}",
    "{{",
    "%}",
    "\\",
    "${HOME}",
    "\x00",
    "\x07\x1b[31m",
    "\x0b\x0c",
    "\r\n",
    "\r",
    "\u2028\u2029",
    "\ufeff",
    "\u200b\u200d",
    "\ufffe",
    "\u202e\u0645\u0631\u062d\u0628\u0627 \u05e9\u05dc\u05d5\u05dd\u202c",
    "\u0627\u0644\u0623\u0645\u0645",
    "👩‍👩‍👧‍👦🇺🇳🔥",
    "e\u0301\u0301\u0301",
    "ﷺ",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "\U0001f600" * 50,
    "x" * 10_000,
    "Wendria" * 1500,
    "- ",
    "1. ",
    "> ",
    "| a | b |",
    "---",
    "::: bluf",
    ":::",
    "\t\t",
    " and",
    " said",
    " the",
    ",",
    "  ",
    "\n\n",
]
SENTENCES = [
    "Estmark and Wendria will resume talks on their disputed border next week, officials said on Monday.",
    '"We will not negotiate under threat," Estmark\'s foreign minister Ana Berg said.',
    "Wendria's president Tomas Vidal rejected the demand and said troops would stay until refugees return.",
    "Norway offered to mediate, and the United Nations envoy Leila Hassan will attend on March 12, 2025.",
    "Estmark will sign only if Wendria withdraws its troops from the Kessel valley first.",
]

fragment = st.one_of(st.sampled_from(NASTY), st.sampled_from(SENTENCES), st.text(max_size=80))
documents = st.one_of(
    st.text(max_size=400),  # anything at all
    st.lists(fragment, min_size=1, max_size=25).map("".join),  # text soup
    st.lists(fragment, min_size=1, max_size=12).map(lambda parts: " ".join(SENTENCES) + "".join(parts)),
    st.lists(st.sampled_from(SENTENCES + NASTY), min_size=1, max_size=10).map("\n\n".join),
)


def check_brief(brief: Brief, text: str) -> None:
    data = json.loads(render(brief, "json"))
    assert data["schema_version"] == 1
    for ev in Brief.from_dict(data).evidence():
        assert 0 <= ev.start < ev.end <= len(text)
        assert text[ev.start : ev.end] == ev.quote
        assert len(ev.quote) <= MAX_QUOTE_CHARS


def check_outputs(brief: Brief) -> None:
    for fmt in WRITERS:
        data = render(brief, fmt)
        assert data
        if fmt in ("md", "html"):
            data.decode("utf-8")
        elif fmt == "pdf":
            assert data.startswith(b"%PDF-") and b"%%EOF" in data[-64:]
        elif fmt == "docx":
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                assert zf.testzip() is None
                assert "word/document.xml" in zf.namelist()


@settings(
    max_examples=60,
    deadline=None,  # the first example loads the model; spaCy time varies with length
    derandomize=True,  # the same examples on every run and machine: a CI failure reproduces locally
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)
@given(
    text=documents,
    kind=st.sampled_from(["text", "markdown", "html"]),
    encoding=st.sampled_from(["utf-8", "utf-8", "utf-16", "utf-8-sig"]),
)
def test_any_text_gives_a_grounded_brief_or_a_clean_error(text: str, kind: str, encoding: str) -> None:
    data = text.encode(encoding, "surrogatepass")
    if kind == "html":
        data = b"<html><body><article><p>" + data + b"</p></article></body></html>"
    try:
        article = article_from_bytes(data, kind=kind, label="generated")
        brief = analyse(article)
    except BriefingError as exc:
        assert "\n" not in str(exc)
        return
    assert isinstance(brief, Brief)
    check_brief(brief, article.text)
    check_outputs(brief)


@pytest.mark.parametrize(
    "text",
    [
        "word " * 20 + "x" * 10_000 + " Estmark said talks would resume.",  # a 10,000-character word
        "estmark wendria talks border troops refugees " * 200,  # no sentence ends, no capitals
        ("Estmark said Wendria must withdraw before talks resume, " * 400).strip(),  # a 20,000-char sentence
        "\u05e9\u05dc\u05d5\u05dd " * 100 + " ".join(SENTENCES),  # right-to-left text first
    ],
    ids=["long-word", "no-sentences", "huge-sentence", "rtl"],
)
def test_extreme_shapes(text: str) -> None:
    article = article_from_bytes(text.encode("utf-8"))
    brief = analyse(article)
    check_brief(brief, article.text)
    check_outputs(brief)


def test_fuzz_finding_long_dated_event() -> None:
    """Found by fuzzing (bench.py --fuzz): a 10,000-character dated event made a PDF table row taller
    than a page. Every line the analysis writes is now clipped."""
    data = (Path(__file__).parent / "fixtures" / "fuzz-long-dated-event.txt").read_bytes()
    article = article_from_bytes(data)
    brief = analyse(article)
    check_brief(brief, article.text)
    check_outputs(brief)


# --- The command line on bad input ---------------------------------------------------------------


def _bad_inputs(tmp: Path, article_text: str) -> dict[str, list[str]]:
    good = tmp / "good.txt"
    good.write_text(article_text, encoding="utf-8")
    (tmp / "empty.txt").write_text("")
    (tmp / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (tmp / "nav.html").write_bytes((Path(__file__).parent / "fixtures" / "nav-only.html").read_bytes())
    (tmp / "no-articles").mkdir()
    (tmp / "no-articles" / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp / "a-file").write_text("not a folder")
    return {
        "empty": [str(tmp / "empty.txt")],
        "binary": [str(tmp / "binary.txt")],
        "nav-only html": [str(tmp / "nav.html")],
        "missing": [str(tmp / "missing.txt")],
        "bad date": [str(good), "--published", "2025-13-45"],
        "unwritable output": [str(good), "--published", "2025-03-03", "-o", str(tmp / "a-file" / "out")],
        "folder without articles": [str(tmp / "no-articles")],
    }


BAD_CASES = [
    "empty",
    "binary",
    "nav-only html",
    "missing",
    "bad date",
    "unwritable output",
    "folder without articles",
]


@pytest.mark.parametrize("case", BAD_CASES)
def test_bad_input_gives_one_line_and_no_file(tmp_path: Path, article_text: str, case: str) -> None:
    args = _bad_inputs(tmp_path, article_text)[case]
    out = tmp_path / "out"
    if "-o" not in args:
        args = [*args, "-o", str(out)]
    before = set(tmp_path.rglob("*"))
    result = CliRunner().invoke(cli, ["generate", *args, "-f", ",".join(WRITERS)])
    assert result.exit_code not in (0, None)
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert set(tmp_path.rglob("*")) == before  # nothing written, not even an output folder
