"""Signals on a `--jobs 2` batch: SIGTERM behaves like Ctrl-C (workers stopped, no partial files,
one line, status 143), and after SIGTERM or SIGKILL no worker, forkserver or resource tracker
outlives the batch. Real processes, read from /proc."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

# The command as `briefing` runs it, from this interpreter: CI runs pytest without the venv on PATH.
BRIEFING = [sys.executable, "-m", "briefing"]
ARTICLES = 60
pytestmark = [pytest.mark.slow, pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")]


def _children_of(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        if ppid == pid:
            found.add(int(entry.name))
    return found


def _descendants(pid: int) -> set[int]:
    seen: set[int] = set()
    todo = [pid]
    while todo:
        for child in _children_of(todo.pop()):
            if child not in seen:
                seen.add(child)
                todo.append(child)
    return seen


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _start_batch(article_file: Path, tmp_path: Path) -> tuple[subprocess.Popen[str], set[int], Path]:
    articles = tmp_path / "in"
    articles.mkdir()
    text = article_file.read_text(encoding="utf-8")
    for i in range(ARTICLES):
        (articles / f"a{i:03d}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    process = subprocess.Popen(
        [*BRIEFING, "generate", str(articles), "-o", str(out), "-f", "pdf,docx", "--jobs", "2", "-q"],
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    helpers: set[int] = set()
    while time.monotonic() < deadline:
        helpers = _descendants(process.pid)
        if len(helpers) >= 3 and out.exists() and any(out.iterdir()):  # workers busy, briefs coming
            break
        time.sleep(0.2)
    assert helpers, "the batch never started its workers"
    return process, helpers, out


def _all_gone(pids: set[int], within: float = 15.0) -> set[int]:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        left = {p for p in pids if _alive(p)}
        if not left:
            return set()
        time.sleep(0.2)
    return {p for p in pids if _alive(p)}


def test_sigterm_stops_the_batch_like_ctrl_c(article_file: Path, tmp_path: Path) -> None:
    process, helpers, out = _start_batch(article_file, tmp_path)
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 143, stderr
    assert "terminated" in stderr and "Traceback" not in stderr
    assert not list(out.glob("*.part")) and not list(out.glob(".*.part"))
    assert _all_gone(helpers) == set()
    written = sorted(p.stem for p in out.iterdir())
    assert len(written) < 2 * ARTICLES  # it stopped early
    for stem in set(written):
        assert (out / f"{stem}.pdf").stat().st_size > 0


def test_no_helper_outlives_a_killed_batch(article_file: Path, tmp_path: Path) -> None:
    process, helpers, _out = _start_batch(article_file, tmp_path)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    assert _all_gone(helpers) == set()
