"""Every `briefing` command the README shows runs as written, in order, in one fresh folder holding the
files it names.

The commands are read from the README itself, so an example that stops working (or a new one)
fails here. Mail goes to a real SMTP server on loopback; nothing leaves the machine."""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from smtp_server import smtp_server

from briefing.config import SMTP_ENV

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
# Lines indented as code that run the tool; the synopsis ("ARTICLE... [options]") is not a command.
_COMMAND = re.compile(r"^    (briefing (?!generate ARTICLE).*)$", re.MULTILINE)


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return [re.sub(r"\s+#\s.*$", "", line).strip() for line in _COMMAND.findall(text)]


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with every file the examples name: articles, a theme, a Word style file, an inbox."""
    work = tmp_path_factory.mktemp("readme")
    articles = sorted(SAMPLES.glob("*.txt"))
    shutil.copy(articles[0], work / "article.txt")
    shutil.copy(articles[0], work / "a.txt")
    (work / "article.md").write_text("# Port talks\n\n" + articles[0].read_text(encoding="utf-8"), encoding="utf-8")
    (work / "org.toml").write_text('organisation = "Harbor Desk"\nmarking = "OFFICIAL"\n', encoding="utf-8")
    docx.Document().save(str(work / "house-style.docx"))
    (work / "inbox").mkdir()
    for article in articles[:2]:
        shutil.copy(article, work / "inbox" / article.name)
    bin_dir = work / "bin"
    bin_dir.mkdir()
    shim = bin_dir / "briefing"  # the installed console script, as the README's reader has it
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m briefing "$@"\n', encoding="utf-8")
    shim.chmod(shim.stat().st_mode | stat.S_IXUSR)
    return work


def test_the_readme_shows_commands() -> None:
    commands = readme_commands()
    assert len(commands) >= 15
    assert any(c.startswith("briefing send") for c in commands)


def test_every_readme_command_runs(workdir: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFING_")}
    env["PATH"] = f"{workdir / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    env["BRIEFING_CONFIG"] = str(workdir / "config.toml")
    with smtp_server() as (controller, recorder):
        env.update(
            {
                SMTP_ENV["host"]: "127.0.0.1",
                SMTP_ENV["port"]: str(controller.port),
                SMTP_ENV["security"]: "none",
                SMTP_ENV["from"]: "briefs@example.org",
            }
        )
        # In order, in one folder, exactly as printed: a reader who runs them one after another
        # meets each example's briefs in the next (`send out/*.pdf` sends what example 2 wrote).
        failures = []
        for command in readme_commands():
            done = subprocess.run(
                ["bash", "-c", command], cwd=workdir, env=env, capture_output=True, text=True, timeout=300
            )
            if done.returncode != 0:
                failures.append(f"{command}\n  -> exit {done.returncode}: {done.stderr.strip()[-300:]}")
        sent = len(recorder.messages)
    assert not failures, "\n".join(failures)
    assert sent >= 3  # generate --email-to, send, and the README's mail example each sent one
