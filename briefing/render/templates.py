"""Jinja2 templates: where they live, how article text is escaped, and how errors are reported.

A brief template produces Markdown with a few conventions (see `markup.py`).
Every value that reaches the output passes through `markdown_escape`, so text
taken from an article (`*`, `<b>`, `{{ x }}`, `&`) stays text in every format.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError
from markupsafe import Markup

from briefing.errors import TemplateError
from briefing.reading import read_regular_file
from briefing.render.bounded import MAX_TEMPLATE_BYTES, BoundedSandbox, ConfinedLoader, bound_filters, render_bounded

TEMPLATE_SUFFIX = ".md.j2"
DEFAULT_TEMPLATE = "brief"


def templates_dir() -> Path:
    """The built-in templates: inside the installed package, else the source tree's `templates/`."""
    packaged = Path(__file__).resolve().parent.parent / "templates"
    if packaged.is_dir():
        return packaged
    source_tree = Path(__file__).resolve().parents[2] / "templates"
    if source_tree.is_dir():
        return source_tree
    raise TemplateError("the built-in templates are missing from this installation")


def builtin_templates() -> dict[str, Path]:
    """Brief templates by name (`brief`, `condensed`, ...); partials and e-mail templates are excluded."""
    found = {}
    for path in sorted(templates_dir().glob(f"*{TEMPLATE_SUFFIX}")):
        name = path.name[: -len(TEMPLATE_SUFFIX)]
        if not name.startswith("_"):
            found[name] = path
    return found


DESCRIPTION_CHARS = 400  # the leading comment of a template, where its one-line description is


def template_description(path: Path) -> str:
    """The first line of the template's leading `{# ... #}` comment."""
    head = path.read_text(encoding="utf-8")[:DESCRIPTION_CHARS]
    m = re.match(r"\s*\{#\s*(.+?)\s*(?:\n|#\})", head)
    return m.group(1) if m else ""


def resolve_template(name_or_path: str | Path | None) -> Path:
    """A built-in template name or a path to a user's template file."""
    if name_or_path is None or str(name_or_path) == "":
        name_or_path = DEFAULT_TEMPLATE
    builtin = builtin_templates()
    if str(name_or_path) in builtin:
        return builtin[str(name_or_path)]
    path = Path(name_or_path)
    if path.is_file():
        return path
    if os.path.lexists(path):
        raise TemplateError(f"template {path} is not a regular file")
    names = ", ".join(builtin) or "none"
    raise TemplateError(f"no template {str(name_or_path)!r}: give a file or one of the built-in names ({names})")


def copy_template(name: str, dest_dir: Path, *, force: bool = False) -> Path:
    """Export a built-in template so a user can customise it: written whole or not at all (a
    temporary file, then a rename), never through a link, never over a file without `force`."""
    from briefing.deliver.files import write_atomic  # the same atomic, no-clobber write as a brief's
    from briefing.errors import OutputError

    source = resolve_template(name)
    data = read_regular_file(source, MAX_TEMPLATE_BYTES, "template", TemplateError)
    if os.path.lexists(dest_dir) and not dest_dir.is_dir():
        raise TemplateError(f"{dest_dir} is not a folder")
    try:
        dest_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise TemplateError(f"cannot create the folder {dest_dir}: {exc.strerror or exc}") from None
    dest = dest_dir / source.name
    if os.path.islink(dest):
        raise TemplateError(f"{dest} is a link; not written through it")
    if os.path.lexists(dest) and not force:
        raise TemplateError(f"{dest} already exists; use --force to overwrite it")
    try:
        write_atomic(dest, data, force=force)
    except OutputError as exc:
        raise TemplateError(str(exc)) from None
    return dest


# Characters that start Markdown markup inline. Backslash-escaping any ASCII punctuation
# is always literal in CommonMark; `<`, `>` and `&` become entities so that the Markdown
# file also reads right in viewers that pass raw HTML through.
_INLINE_SPECIALS = re.compile(r"([\\`*_\[\]|~#])")
_LINE_START = re.compile(r"^(\s*)([-+=]|\d+[.)])(?=\s|$)")


def markdown_escape(value: Any) -> Markup:
    """Make any value literal text in the generated Markdown, on one line."""
    if isinstance(value, Markup):
        return value
    if value is None:
        return Markup("")
    text = " ".join(str(value).split())  # newlines would end a list item or a table row
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _INLINE_SPECIALS.sub(r"\\\1", text)
    text = _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)
    return Markup(text)


def _join(values: Iterable[Any], sep: str = ", ") -> Markup:
    # The separator comes from the template, which is trusted; escaping it would collapse its spaces.
    return Markup(sep).join(markdown_escape(v) for v in values)


@functools.cache
def _environment(search_path: tuple[str, ...]) -> jinja2.Environment:
    # Templates are shared like Word files, so none may reach Python's internals: the sandbox refuses
    # dunder attributes, globals and calls that mutate, built-in and user templates alike.
    env = BoundedSandbox(
        # A user's template sits first on the path; the built-ins stay reachable for `{% include %}`.
        loader=ConfinedLoader(list(search_path)),
        autoescape=True,
        finalize=markdown_escape,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["join"] = _join
    env.filters["md"] = markdown_escape
    bound_filters(env)
    return env


def environment_for(template: Path) -> jinja2.Environment:
    # The folder the template really lives in: its includes are confined to that folder.
    return _environment((str(template.resolve().parent), str(templates_dir())))


def render_template(template: Path, context: dict[str, Any]) -> str:
    """Render a template to text; a broken template is reported with its file name and line."""
    env = environment_for(template)
    try:
        text = render_bounded(env.get_template(template.resolve().name), context)
    except jinja2.TemplateSyntaxError as exc:
        where = exc.filename or str(template)
        raise TemplateError(f"{where}, line {exc.lineno}: {exc.message}") from None
    except SecurityError as exc:
        line = _failing_line(exc, template)
        raise TemplateError(f"{template}, line {line}: not allowed in a template: {exc}") from None
    except jinja2.TemplateError as exc:
        raise TemplateError(f"{template}, line {_failing_line(exc, template)}: {exc}") from None
    except UnicodeDecodeError:
        raise TemplateError(f"{template}: not a UTF-8 text file") from None
    except RecursionError:
        raise TemplateError(f"{template}: the template includes itself without end") from None
    except TemplateError as exc:
        raise TemplateError(f"{template}, line {_failing_line(exc, template)}: {exc}") from None
    except MemoryError:
        raise TemplateError(f"{template}: the template builds more text than memory holds") from None
    except Exception as exc:  # a user's template may divide by zero or call what it should not
        line = _failing_line(exc, template)
        raise TemplateError(f"{template}, line {line}: {type(exc).__name__}: {exc}") from None
    if not text.strip():
        # An empty brief is never what anyone meant: a template that writes nothing is a broken one.
        raise TemplateError(f"{template}: the template produced an empty brief")
    return text


def _failing_line(exc: BaseException, template: Path) -> str:
    """The template line of a runtime error, read from the traceback Jinja rewrites to point at it."""
    tb = exc.__traceback__
    line = "?"
    names = (str(template), template.name, str(template.resolve()))  # as given, and as the loader found it
    while tb is not None:
        if tb.tb_frame.f_code.co_filename in names:
            line = str(tb.tb_lineno)
        tb = tb.tb_next
    return line
