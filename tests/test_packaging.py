"""The wheel carries the templates: build it, install it into a fresh virtual environment, brief from there."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(ROOT)],
        check=True,
        timeout=600,
    )
    (found,) = out.glob("briefing-*.whl")
    return found


def test_wheel_contains_every_template(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    for template in (ROOT / "templates").iterdir():
        assert f"briefing/templates/{template.name}" in names


def test_wheel_contains_the_desk(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    for part in ("templates/desk.html", "static/desk.js", "static/desk.css", "static/favicon.svg"):
        assert f"briefing/serve/{part}" in names


def test_fresh_virtualenv_generates_a_brief(wheel: Path, tmp_path: Path, article_file: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    pip = [str(bindir / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, str(wheel)], check=True, timeout=1200)
    work = tmp_path / "elsewhere"  # away from the source tree, so only the installed templates can be found
    work.mkdir()
    briefing = shutil.which("briefing", path=str(bindir))
    assert briefing is not None
    result = subprocess.run(
        [
            briefing,
            "generate",
            str(article_file),
            "-f",
            "json,md,pdf,docx",
            "-o",
            "out",
            "--published",
            "2026-03-03",
        ],
        cwd=work,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    produced = sorted(p.suffix for p in (work / "out").iterdir())
    assert produced == [".docx", ".json", ".md", ".pdf"]
    brief = json.loads(next((work / "out").glob("*.json")).read_text(encoding="utf-8"))
    assert brief["sides"] and brief["schema_version"] == 1
    assert "## The sides" in next((work / "out").glob("*.md")).read_text(encoding="utf-8")
    # Without the `serve` extra, the desk says what to install instead of failing on an import.
    served = subprocess.run([briefing, "serve"], cwd=work, capture_output=True, text=True, timeout=60)
    assert served.returncode == 2
    assert "briefing serve needs the web extra: pip install 'briefing[serve]'" in served.stderr
