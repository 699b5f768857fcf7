"""`--force` replaces briefs and nothing else, and stale temporary files of ours are cleared."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import cli
from briefing.deliver.files import STALE_PART_SECONDS, Target, write_targets
from briefing.errors import OutputError


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_force_refuses_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "brief.md"
    os.mkfifo(fifo)
    with pytest.raises(OutputError, match="not a regular file"):
        write_targets([Target(fifo, b"x")], force=True)
    assert fifo.exists() and not fifo.is_file()


def test_force_refuses_a_link_out_of_the_folder(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.txt"
    outside.write_text("keep me")
    folder = tmp_path / "out"
    folder.mkdir()
    link = folder / "brief.md"
    link.symlink_to(outside)
    with pytest.raises(OutputError, match="outside the output folder"):
        write_targets([Target(link, b"x")], force=True)
    assert outside.read_text() == "keep me"


def test_force_replaces_a_link_to_a_brief_in_the_folder(tmp_path: Path) -> None:
    real = tmp_path / "real.md"
    real.write_text("old")
    link = tmp_path / "brief.md"
    link.symlink_to(real)
    write_targets([Target(link, b"new")], force=True)
    assert link.read_bytes() == b"new"


def test_an_eml_draft_never_replaces_a_pipe(article_file: Path, tmp_path: Path) -> None:
    # A FIFO stands in for a device such as /dev/null: the same refusal, without touching /dev.
    pipe = tmp_path / "draft.eml"
    os.mkfifo(pipe)
    out = tmp_path / "out"
    result = run("generate", str(article_file), "-f", "md", "-o", str(out), "--eml", str(pipe), "--force")
    assert result.exit_code != 0
    assert "not a regular file" in result.output
    assert pipe.exists() and not pipe.is_file()


def test_a_stale_part_file_of_ours_is_removed_on_the_next_run(tmp_path: Path) -> None:
    stale = tmp_path / ".brief.md.abc123.part"
    stale.write_bytes(b"half a brief")
    old = time.time() - STALE_PART_SECONDS - 5
    os.utime(stale, (old, old))
    other = tmp_path / ".notes.txt.part"
    other.write_bytes(b"not ours")
    write_targets([Target(tmp_path / "brief.md", b"whole")], force=False)
    assert not stale.exists() and other.exists()
    assert (tmp_path / "brief.md").read_bytes() == b"whole"
