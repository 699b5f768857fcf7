"""Batch runs: folders and globs in, one uniquely named brief per article out, past any failure."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import warnings
import zipfile
from pathlib import Path

import pypdf
import pytest
from click.testing import CliRunner
from terminal import sigint_as_in_a_terminal

from briefing import batch
from briefing.batch import batch_stems, collect_inputs
from briefing.cli import cli
from briefing.deliver import files
from briefing.errors import OutputError

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"


def article(n: int, base: str) -> str:
    """A distinct article per n: the same dispute, a different city and date."""
    return base.replace("Geneva", f"Geneva{n}").replace("March 3", f"March {n % 27 + 1}, 2025")


def make_corpus(folder: Path, count: int, base: str) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"wire-{n:03d}.txt"
        path.write_text(article(n, base), encoding="utf-8")
        paths.append(path)
    return paths


def no_part_files(folder: Path) -> bool:
    return not [p for p in folder.rglob("*") if p.name.endswith(".part")]


def all_complete(folder: Path) -> int:
    """Open every brief with a reader of its format; a truncated file fails. Returns how many."""
    count = 0
    for path in folder.iterdir():
        if path.suffix == ".json":
            assert json.loads(path.read_text())["schema_version"] == 1
        elif path.suffix == ".pdf":
            assert len(pypdf.PdfReader(path).pages) >= 1
        elif path.suffix == ".docx":
            with zipfile.ZipFile(path) as zf:
                assert zf.testzip() is None and "word/document.xml" in zf.namelist()
        elif path.suffix == ".md":
            assert path.read_text().startswith("# ")
        else:
            raise AssertionError(f"unexpected file {path.name}")
        count += 1
    return count


# --- Inputs and names -------------------------------------------------------------------------


def test_folder_means_its_articles_sorted_and_not_recursive(tmp_path: Path) -> None:
    for name in ("b.txt", "a.md", "c.html", "d.htm", "e.markdown", "notes.pdf", "image.png", ".hidden.txt"):
        (tmp_path / name).write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "z.txt").write_text("x")
    found = collect_inputs([str(tmp_path)])
    assert [Path(s).name for s in found.sources] == ["a.md", "b.txt", "c.html", "d.htm", "e.markdown"]
    assert found.is_batch
    recursive = collect_inputs([str(tmp_path)], recursive=True)
    assert "z.txt" in [Path(s).name for s in recursive.sources]


def test_globs_are_expanded_and_inputs_deduplicated(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.md"):
        (tmp_path / name).write_text("x")
    patterns = [str(tmp_path / "*.txt"), str(tmp_path / "a.txt"), str(tmp_path / "nothing-*.txt")]
    found = collect_inputs(patterns)
    assert [Path(s).name for s in found.sources] == ["a.txt", "b.txt"]
    assert [reason.split(" (")[0] for _, reason in found.problems] == ["no article file"]


def test_a_glob_we_expand_picks_only_article_files(tmp_path: Path) -> None:
    for name in ("a.txt", "b.html", "regenerate.sh", "notes.pdf"):
        (tmp_path / name).write_text("x")
    found = collect_inputs([str(tmp_path / "*")])
    assert [Path(s).name for s in found.sources] == ["a.txt", "b.html"]


def test_single_file_is_not_a_batch(article_file: Path) -> None:
    assert not collect_inputs([str(article_file)]).is_batch


def test_batch_stems_are_unique_traceable_and_deterministic() -> None:
    assert batch_stems(["north/a.txt", "south/a.txt", "b.txt"]) == ["north-a", "south-a", "b"]
    assert batch_stems(["c.txt", "c.html"]) == ["c-txt", "c-html"]
    tricky = ["north/a.txt", "south/a.txt", "south/A.md", "x/north-a.txt", "y/a.txt", "y/a.txt"]
    stems = batch_stems(tricky)
    assert len({s.casefold() for s in stems}) == len(stems)  # also on a case-insensitive disk
    assert batch_stems(tricky) == stems


# --- CLI batches ------------------------------------------------------------------------------


def test_batch_goes_past_failures_and_summarises_them(tmp_path: Path, article_text: str) -> None:
    inbox = tmp_path / "inbox"
    make_corpus(inbox, 4, article_text)
    (inbox / "empty.txt").write_text("")
    (inbox / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 500)
    (inbox / "page.html").write_bytes((FIXTURES / "article.html").read_bytes())
    out = tmp_path / "out"
    args = ["generate", str(inbox), "-f", "json,pdf,docx", "-o", str(out), "--jobs", "2"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1
    assert sorted(p.name for p in out.glob("*.json")) == [
        "page.json",
        "wire-000.json",
        "wire-001.json",
        "wire-002.json",
        "wire-003.json",
    ]
    assert all_complete(out) == 15
    failed = [line for line in result.stderr.splitlines() if line.startswith(str(inbox))]
    assert sorted(Path(line.split(":")[0]).name for line in failed) == ["binary.txt", "empty.txt"]
    assert json.loads((out / "page.json").read_text())["source"]["outlet"] == "The Coastal Ledger"
    assert "Briefing 7 articles" not in result.stderr  # no progress bar when stderr is not a terminal
    assert no_part_files(out)


def test_batch_all_good_exits_zero_in_process(tmp_path: Path, article_text: str) -> None:
    make_corpus(tmp_path / "in", 3, article_text)
    out = tmp_path / "out"
    args = ["generate", str(tmp_path / "in"), "-f", "json", "-o", str(out), "-j", "1"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0
    assert len(list(out.glob("*.json"))) == 3
    assert result.stdout.split() == [str(out / f"wire-00{n}.json") for n in range(3)]


def test_same_stem_in_two_folders_writes_two_briefs(tmp_path: Path, article_text: str) -> None:
    for folder, n in (("d1", 1), ("d2", 2)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_text(article(n, article_text))
    out = tmp_path / "out"
    inputs = [str(tmp_path / "d1" / "a.txt"), str(tmp_path / "d2" / "a.txt")]
    result = CliRunner().invoke(cli, ["generate", *inputs, "-f", "json", "-o", str(out), "-j", "1"])
    assert result.exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == ["d1-a.json", "d2-a.json"]


def test_existing_brief_fails_only_its_article_unless_forced(tmp_path: Path, article_text: str) -> None:
    make_corpus(tmp_path / "in", 2, article_text)
    out = tmp_path / "out"
    out.mkdir()
    (out / "wire-000.json").write_text("keep me")
    args = ["generate", str(tmp_path / "in"), "-f", "json", "-o", str(out), "-j", "1"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1
    assert (out / "wire-000.json").read_text() == "keep me"
    assert (out / "wire-001.json").exists()
    assert CliRunner().invoke(cli, [*args, "--force"]).exit_code == 0
    assert json.loads((out / "wire-000.json").read_text())["schema_version"] == 1


def test_batch_to_one_file_or_stdout_is_a_usage_error(tmp_path: Path, article_text: str) -> None:
    make_corpus(tmp_path / "in", 2, article_text)
    for out in ("-", str(tmp_path / "brief.json")):
        result = CliRunner().invoke(cli, ["generate", str(tmp_path / "in"), "-f", "json", "-o", out])
        assert result.exit_code == 2
    assert not (tmp_path / "brief.json").exists()


def test_unexpected_error_in_one_article_does_not_stop_the_batch(
    tmp_path: Path, article_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_corpus(tmp_path / "in", 3, article_text)
    real = batch.generate_one

    def flaky(source: str, options: object) -> object:
        if source.endswith("wire-001.txt"):
            raise ZeroDivisionError("boom")
        return real(source, options)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "generate_one", flaky)
    out = tmp_path / "out"
    args = ["generate", str(tmp_path / "in"), "-f", "json", "-o", str(out), "-j", "1"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1
    assert sorted(p.name for p in out.iterdir()) == ["wire-000.json", "wire-002.json"]
    assert "Traceback" not in result.stderr and "ZeroDivisionError" in result.stderr


def test_python_warnings_become_one_line_warnings(
    tmp_path: Path, article_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_corpus(tmp_path / "in", 2, article_text)
    real = batch.generate_one

    def glyphless(source: str, options: object) -> object:
        warnings.warn("no font has U+1F525 FIRE;\nthe PDF shows a box", UserWarning, stacklevel=1)
        return real(source, options)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "generate_one", glyphless)
    args = ["generate", str(tmp_path / "in"), "-f", "json", "-o", str(tmp_path / "out"), "-j", "1"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0
    warned = [line for line in result.stderr.splitlines() if "U+1F525" in line]
    assert all(line.startswith("warning: ") for line in warned)
    assert len(warned) == 2 and all("the PDF shows a box" in line for line in warned)


# --- Interrupts and atomic writes -------------------------------------------------------------


def test_write_atomic_leaves_no_temp_file_when_interrupted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(files.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        files.write_atomic(tmp_path / "brief.pdf", b"%PDF-1.7 ...", force=False)
    assert list(tmp_path.iterdir()) == []


def test_write_atomic_leaves_no_temp_file_on_a_failed_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", disk_full)
    with pytest.raises(OutputError, match="No space left"):
        files.write_atomic(tmp_path / "brief.pdf", b"%PDF-1.7 ...", force=False)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and process groups")
def test_ctrl_c_stops_a_batch_cleanly(tmp_path: Path, article_text: str) -> None:
    make_corpus(tmp_path / "in", 120, article_text)
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "briefing",
            "generate",
            str(tmp_path / "in"),
            "-f",
            "json,pdf,docx",
            "-o",
            str(out),
            "--jobs",
            "2",
            "--published",
            "2025-03-03",
        ],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
        preexec_fn=sigint_as_in_a_terminal,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(out.glob("*.json"))) < 5:
        time.sleep(0.05)
    assert proc.poll() is None, "the batch finished before it could be interrupted"
    os.killpg(proc.pid, signal.SIGINT)  # as Ctrl-C does: the parent and its workers alike
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130
    lines = stderr.decode().strip().splitlines()
    assert len(lines) == 1 and "interrupted" in lines[0], stderr
    assert no_part_files(out)
    assert 5 <= len(list(out.glob("*.json"))) < 120
    assert all_complete(out) >= 15  # every file there, PDF and DOCX included, opens whole


def test_more_workers_than_cpus_warns_once(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from briefing.batch import available_cpus
    from briefing.cli import cli

    articles = tmp_path / "in"
    articles.mkdir()
    source = (Path(__file__).parent.parent / "samples" / "port-strike-talks.txt").read_text(encoding="utf-8")
    cpus = available_cpus()
    for i in range(cpus + 1):
        (articles / f"a{i}.txt").write_text(source, encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["generate", str(articles), "-f", "json", "-o", str(tmp_path / "o"), "--jobs", str(cpus + 1)]
    )
    assert result.exit_code == 0, result.output
    assert result.output.count(f"--jobs {cpus + 1} on {cpus} CPU(s)") == 1


@pytest.mark.parametrize("keep", [False, True])
def test_a_batch_keeps_each_brief_only_when_asked(tmp_path: Path, article_text: str, keep: bool) -> None:
    """Briefs are kept for an e-mail made of them; otherwise each is dropped once its files are
    written, so a batch of thousands does not hold them all to the end."""
    from briefing.pipeline import Options

    sources = [str(p) for p in make_corpus(tmp_path / "in", 2, article_text)]
    jobs = [batch.Job(i, src, stem) for i, (src, stem) in enumerate(zip(sources, batch_stems(sources), strict=True))]
    seen: list[batch.Outcome] = []
    outcomes = batch.run_batch(
        jobs,
        Options(formats=("json",)),
        output=tmp_path / "out",
        force=False,
        workers=1,
        on_outcome=seen.append,
        keep_briefs=keep,
    )
    assert [o.ok for o in outcomes] == [True, True]
    assert len(list((tmp_path / "out").glob("*.json"))) == 2
    assert all((o.brief is not None) is keep for o in [*outcomes, *seen])
