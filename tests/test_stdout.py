"""Standard output that is closed, full or whose reader stopped early: a one-line error, or a quiet
end where the reader left, and status 1 in every command, never a traceback. Real processes and
real file descriptors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

# The command as `briefing` runs it, from this interpreter: CI runs pytest without the venv on PATH.
BRIEFING = [sys.executable, "-m", "briefing"]


def test_a_reader_that_stops_early_ends_the_command_quietly_with_status_1() -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before anything is written
    try:
        done = subprocess.run([*BRIEFING, "schema"], stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=60)
    finally:
        os.close(write_end)
    assert done.returncode == 1  # what was asked for was not all delivered
    assert done.stderr == ""


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_stdout_is_a_one_line_error() -> None:
    with open("/dev/full", "w") as full:
        done = subprocess.run([*BRIEFING, "schema"], stdout=full, stderr=subprocess.PIPE, text=True, timeout=60)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "cannot write to standard output" in lines[0]


def test_briefs_written_to_files_do_not_depend_on_stdout(article_file: Path, tmp_path: Path) -> None:
    articles = tmp_path / "in"
    articles.mkdir()
    for i in range(3):
        (articles / f"a{i}.txt").write_text(article_file.read_text(encoding="utf-8"), encoding="utf-8")
    read_end, write_end = os.pipe()
    os.close(read_end)
    out = tmp_path / "out"
    try:
        done = subprocess.run(
            [*BRIEFING, "generate", str(articles), "-f", "md", "-o", str(out), "--jobs", "1"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=300,
        )
    finally:
        os.close(write_end)
    assert "Traceback" not in done.stderr
    assert done.returncode == 1  # the list of briefs did not reach its reader
    assert sorted(p.name for p in out.iterdir()) == ["a0.md", "a1.md", "a2.md"]


def _closed_stdout_run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """`briefing ARGS >&-`: the command starts with file descriptor 1 closed."""

    def close_stdout() -> None:
        os.close(1)

    return subprocess.run(
        [*BRIEFING, *args], cwd=cwd, stderr=subprocess.PIPE, text=True, timeout=300, preexec_fn=close_stdout
    )


def test_every_command_with_stdout_closed_is_one_line_and_status_1(article_file: Path, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(article_file.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "x.md").write_text("# Brief\n", encoding="utf-8")
    commands = [
        ["generate", "a.txt", "-f", "json", "-o", "-", "--published", "2026-11-18"],
        ["generate", "a.txt", "-f", "md", "-o", "out", "--published", "2026-11-18"],
        ["schema"],
        ["--help"],
        ["--version"],
        ["generate", "--help"],
        ["templates"],
        ["templates", "copy", "brief", "copied"],
        ["config", "show"],
        ["send", "x.md", "--to", "a@example.org", "--dry-run"],
        ["send", "x.md", "--to", "a@example.org", "--eml", "draft.eml"],
    ]
    for args in commands:
        done = _closed_stdout_run(args, tmp_path)
        lines = done.stderr.strip().splitlines()
        assert done.returncode == 1, (args, done.stderr)
        assert "Traceback" not in done.stderr, args
        assert len(lines) == 1 and "cannot write to standard output" in lines[-1], (args, done.stderr)
    # What the commands were to write to files is written whole, and nothing landed in a file that
    # took the closed descriptor's number.
    assert list((tmp_path / "out").glob("*.md"))
    assert (tmp_path / "copied" / "brief.md.j2").read_text(encoding="utf-8").startswith("{#")
    assert b"a@example.org" in (tmp_path / "draft.eml").read_bytes()
    assert "cannot write" not in (tmp_path / "copied" / "brief.md.j2").read_text(encoding="utf-8")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_batch_whose_path_list_cannot_be_written_fails(article_file: Path, tmp_path: Path) -> None:
    articles = tmp_path / "in"
    articles.mkdir()
    for i in range(2):
        (articles / f"a{i}.txt").write_text(article_file.read_text(encoding="utf-8"), encoding="utf-8")
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [*BRIEFING, "generate", str(articles), "-f", "md", "-o", str(tmp_path / "out"), "--jobs", "1"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=300,
        )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines()[-1].startswith("Error: cannot write to standard output: No space left")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a0.md", "a1.md"]
