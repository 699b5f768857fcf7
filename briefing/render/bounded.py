"""Limits on what a template can cost: the files it reads and the text it builds.

A template is shared like a Word file, so it is treated as hostile. The sandbox already keeps it
away from Python's internals; this module keeps it from exhausting the machine:

- a template file (and every file it includes) must be a regular file of at most
  `MAX_TEMPLATE_BYTES`, found inside the folder its search path names: a symlink that leads out
  of the folder is refused, so an `{% include %}` cannot read `/etc/passwd` through a link;
- no single step may build more than `MAX_TEMPLATE_OUTPUT_CHARS` characters: `'a' * 10**10`,
  `[0] * 10**9`, `10 ** 10 ** 10`, `'x' | center(10**9)`, `'{:>9999999999}'.format(1)`, or a
  string doubled with `~` in a loop;
- the whole output stops at `MAX_TEMPLATE_OUTPUT_CHARS`.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2
import jinja2.runtime
from jinja2.loaders import split_template_path
from jinja2.sandbox import ImmutableSandboxedEnvironment

from briefing.errors import TemplateError
from briefing.reading import read_regular_file

MAX_TEMPLATE_BYTES = 1_000_000  # a brief template is a few KB; a megabyte is no template
# The longest article (500,000 characters) quoted whole, with every point and heading around it,
# stays far below this; 10 million characters is about 40 MB of Python string at worst.
MAX_TEMPLATE_OUTPUT_CHARS = 10_000_000
MAX_POWER_BITS = 4096  # `**` beyond this many bits of result is no brief's arithmetic
_BIG_WIDTH = re.compile(r"\d{8,}")  # a field width of 10 million characters or more in a format string


def _too_big(what: str) -> TemplateError:
    return TemplateError(f"the template builds {what} over the {MAX_TEMPLATE_OUTPUT_CHARS:,}-character limit")


def _check_size(n: int, what: str = "a text") -> None:
    if n > MAX_TEMPLATE_OUTPUT_CHARS:
        raise _too_big(what)


class ConfinedLoader(jinja2.FileSystemLoader):
    """Jinja's file loader, reading only regular files of bounded size that really lie inside
    their search folder (after links are followed)."""

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        pieces = split_template_path(template)  # refuses `..`
        for folder in self.searchpath:
            candidate = os.path.join(folder, *pieces)
            if not os.path.lexists(candidate):
                continue
            real = os.path.realpath(candidate)
            root = os.path.realpath(folder)
            if os.path.commonpath([real, root]) != root:
                raise TemplateError(f"template {template!r} is a link that leads out of the folder {folder}")
            data = read_regular_file(Path(real), MAX_TEMPLATE_BYTES, "template", TemplateError)
            try:
                source = data.decode(self.encoding)
            except UnicodeDecodeError:
                raise TemplateError(f"template {candidate}: not a UTF-8 text file") from None
            mtime = os.path.getmtime(real)
            return source, os.path.normpath(candidate), functools.partial(_unchanged, real, mtime)
        raise jinja2.TemplateNotFound(template)


def _unchanged(path: str, mtime: float) -> bool:
    try:
        return os.path.getmtime(path) == mtime
    except OSError:
        return False


class BoundedSandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox, with the operators and calls that can build huge values checked first."""

    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def call_binop(self, context: jinja2.runtime.Context, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            _check_repeat(left, right)
            _check_repeat(right, left)
        elif operator == "**":
            _check_power(left, right)
        elif operator == "+" and _sized(left) and _sized(right):
            _check_size(len(left) + len(right))
        elif operator == "%" and isinstance(left, str) and _BIG_WIDTH.search(left):
            raise _too_big("a formatted text")
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: jinja2.runtime.Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        # A call given a huge count or width: `'x'.ljust(10**9)`, `'{:>{}}'.format(1, 10**9)`. No
        # function a brief template calls needs a number that large.
        for value in (*args, *kwargs.values()):
            if isinstance(value, int) and not isinstance(value, bool):
                _check_size(value)
        return super().call(__context, __obj, *args, **kwargs)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        # `'{:>9999999999}'.format(1)`: the sandbox's own path for `str.format` and `format_map`.
        owner = getattr(value, "__self__", None)
        if isinstance(owner, str) and _BIG_WIDTH.search(owner):
            raise _too_big("a formatted text")
        return super().wrap_str_format(value)


def _sized(value: Any) -> bool:
    return isinstance(value, str | list | tuple | bytes)


def _check_repeat(seq: Any, times: Any) -> None:
    if _sized(seq) and isinstance(times, int):
        _check_size(len(seq) * max(times, 0), "a repeated value")


def _check_power(base: Any, exponent: Any) -> None:
    numbers = isinstance(base, int) and isinstance(exponent, int)
    if numbers and abs(base) > 1 and exponent > 0 and abs(base).bit_length() * exponent > MAX_POWER_BITS:
        raise TemplateError(f"the template computes a number of over {MAX_POWER_BITS} bits")


def _bounded_filter(name: str, check: Callable[..., None]) -> Callable[[jinja2.Environment], None]:
    def install(env: jinja2.Environment) -> None:
        original = env.filters[name]

        def bounded(*args: Any, **kwargs: Any) -> Any:
            check(*args, **kwargs)
            return original(*args, **kwargs)

        bounded.__name__ = original.__name__
        if getattr(original, "jinja_pass_arg", None) is not None:
            bounded.jinja_pass_arg = original.jinja_pass_arg  # type: ignore[attr-defined]
        env.filters[name] = bounded

    return install


def _check_width(value: Any, width: Any = 80, *args: Any, **kwargs: Any) -> None:
    if isinstance(width, int):
        _check_size(len(str(value)) + width)


def _check_indent(value: Any, width: Any = 4, *args: Any, **kwargs: Any) -> None:
    if isinstance(width, int):
        _check_size(len(str(value)) * max(width, 1), "an indented text")
    elif isinstance(width, str):
        _check_size(len(str(value)) * max(len(width), 1), "an indented text")


def _check_replace(eval_ctx: Any, value: Any, old: Any, new: Any, count: Any = None) -> None:
    text, old, new = str(value), str(old), str(new)
    hits = text.count(old) if old else len(text) + 1
    _check_size(len(text) + hits * max(len(new) - len(old), 0), "a replaced text")


def _check_format(value: Any, *args: Any, **kwargs: Any) -> None:
    if isinstance(value, str) and _BIG_WIDTH.search(value):
        raise _too_big("a formatted text")


_FILTER_CHECKS = (
    _bounded_filter("center", _check_width),
    _bounded_filter("indent", _check_indent),
    _bounded_filter("replace", _check_replace),
    _bounded_filter("format", _check_format),
)


def bound_filters(env: jinja2.Environment) -> None:
    """Jinja's built-in filters that can turn a short text into a huge one, checked first."""
    for install in _FILTER_CHECKS:
        install(env)


def render_bounded(template: jinja2.Template, context: dict[str, Any]) -> str:
    """The template's output, stopped as soon as it passes `MAX_TEMPLATE_OUTPUT_CHARS`."""
    parts: list[str] = []
    total = 0
    for piece in template.generate(**context):
        total += len(piece)
        _check_size(total, "an output")
        parts.append(piece)
    return "".join(parts)


# `~` (concatenation) compiles to a call of these two helpers, not to an operator the sandbox can
# intercept: a string doubled with `{% set ns.s = ns.s ~ ns.s %}` in a loop is checked here.
_markup_join, _str_join = jinja2.runtime.markup_join, jinja2.runtime.str_join


def _bounded_join(join: Callable[[Any], str]) -> Callable[[Any], str]:
    def bounded(seq: Any) -> str:
        items = list(seq)
        _check_size(sum(len(x) if isinstance(x, str) else 0 for x in items))
        return join(items)

    return bounded


jinja2.runtime.markup_join = _bounded_join(_markup_join)  # type: ignore[assignment]
jinja2.runtime.str_join = _bounded_join(_str_join)  # type: ignore[assignment]
