"""Standard output that is full or whose reader stopped early: a one-line error or a quiet end with
the conventional status, never a traceback. Real processes and real file descriptors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

# The command as `briefing` runs it, from this interpreter: CI runs pytest without the venv on PATH.
BRIEFING = [sys.executable, "-m", "briefing"]


def test_a_reader_that_stops_early_ends_the_command_quietly_with_sigpipes_status() -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before anything is written
    try:
        done = subprocess.run([*BRIEFING, "schema"], stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=60)
    finally:
        os.close(write_end)
    assert done.returncode == 141
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
    assert sorted(p.name for p in out.iterdir()) == ["a0.md", "a1.md", "a2.md"]
