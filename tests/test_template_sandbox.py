"""Templates are shared like Word files, so a template must not be able to run code. Every payload
here reaches Python's internals in a plain Jinja environment; in ours each ends in a one-line error
naming the template file and line, with no output written."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import cli

PAYLOADS = [
    "{{ lipsum.__globals__['os'].popen('id').read() }}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ joiner.__init__.__globals__.os.popen('id').read() }}",
    "{{ namespace.__init__.__globals__.os.popen('id').read() }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ self._TemplateReference__context }}",
    "{{ brief.__class__.__init__.__globals__ }}",
    "{{ (brief.sides|attr('__class__')).__mro__ }}",
    "{{ brief.sides.append(1) }}",
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_a_template_cannot_reach_python(payload: str, article_file: Path, tmp_path: Path) -> None:
    template = tmp_path / "shared.md.j2"
    template.write_text("# {{ brief.title }}\n" + payload + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        cli, ["generate", str(article_file), "-f", "md", "-o", str(out), "--template", str(template)]
    )
    assert result.exit_code == 1, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "shared.md.j2, line 2" in lines[0], result.output
    assert "uid=" not in result.output and "Traceback" not in result.output
    assert not out.exists() or not any(out.iterdir())


def test_an_ordinary_template_still_renders(article_file: Path, tmp_path: Path) -> None:
    template = tmp_path / "plain.md.j2"
    template.write_text(
        "# {{ brief.title }}\n{% for side in brief.sides %}- {{ side.name }}\n{% endfor %}", encoding="utf-8"
    )
    out = tmp_path / "out"
    result = CliRunner().invoke(
        cli, ["generate", str(article_file), "-f", "md", "-o", str(out), "--template", str(template)]
    )
    assert result.exit_code == 0, result.output
    assert next(out.iterdir()).read_text(encoding="utf-8").startswith("# ")
