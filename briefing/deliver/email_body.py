"""The body of a briefing e-mail: the brief itself when there is one, else a digest of the files.

The text part is plain and wrapped for mail readers; the HTML part is escaped. Both come from the
writers (one brief) or from `templates/email.*.j2` (several), rendered in Jinja2's sandbox.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment

from briefing import __version__
from briefing.errors import DeliveryError
from briefing.formats import REGISTRY
from briefing.render.templates import templates_dir

if TYPE_CHECKING:
    from briefing.model import Brief
    from briefing.render import RenderOptions

HTML_TEMPLATE = "email.html.j2"
TEXT_TEMPLATE = "email.txt.j2"
# What the body calls each attachment: a reader knows "Word document", not its media type.
_KINDS = {f.media_type: f.label for f in REGISTRY.values()}


@dataclass(frozen=True)
class BriefDigest:
    """What the body says about one brief: the brief when known, else just its title and files."""

    title: str
    brief: Brief | None
    files: tuple[str, ...]
    render: RenderOptions | None = None  # how the brief was rendered, so its body matches its files


@dataclass(frozen=True)
class Attachment:
    path: Path
    name: str  # the file name as shown to the recipient (RFC 2231 encoded when not ASCII)
    ascii_name: str  # the fallback for clients that do not read RFC 2231
    media_type: str
    size: int


def bodies(subject: str, digests: Sequence[BriefDigest], attachments: list[Attachment]) -> tuple[str, str]:
    """One brief: the message is the brief itself, its text part the `txt` writer's output and its
    HTML part the `html` writer's, rendered as its files were. Several: a digest naming each."""
    if len(digests) == 1 and digests[0].brief is not None:
        from briefing.render import RenderOptions, render_all

        digest = digests[0]
        assert digest.brief is not None
        outputs = render_all(digest.brief, ["txt", "html"], digest.render or RenderOptions())
        return outputs["txt"].decode("utf-8"), outputs["html"].decode("utf-8")
    context = _body_context(subject, digests, attachments)
    return _render(TEXT_TEMPLATE, context), _render(HTML_TEMPLATE, context)


def _body_context(subject: str, digests: Sequence[BriefDigest], attachments: list[Attachment]) -> dict[str, Any]:
    files = [
        {"name": a.name, "type": _KINDS.get(a.media_type, a.media_type), "size": human_size(a.size)}
        for a in attachments
    ]
    return {
        "subject": subject,
        "digests": list(digests),
        "attachments": files,
        "version": __version__,
    }


def megabytes(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"


def human_size(n: int) -> str:
    if n < 1000:
        return f"{n} bytes"
    if n < 1_000_000:
        return f"{n / 1000:.0f} kB"
    return megabytes(n)


def one_line(value: Any) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def _bullet(value: Any, prefix: str = "  - ", width: int = 72, indent: str = "    ") -> str:
    """A plain-text list item wrapped for mail readers, continuation lines indented under it."""
    return textwrap.fill(
        one_line(value),
        width=width,
        initial_indent=prefix,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    )


def _environment() -> jinja2.Environment:
    env = ImmutableSandboxedEnvironment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        # The HTML body is escaped; the plain-text body is not HTML, so escaping would only add `&amp;`.
        autoescape=lambda name: bool(name) and name.endswith(".html.j2"),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["one_line"] = one_line
    env.filters["bullet"] = _bullet
    return env


def _render(template: str, context: dict[str, Any]) -> str:
    try:
        return _environment().get_template(template).render(**context)
    except jinja2.TemplateNotFound:
        raise DeliveryError(f"the e-mail template {template} is missing from {templates_dir()}") from None
    except jinja2.TemplateError as exc:
        raise DeliveryError(f"the e-mail template {template} is broken: {exc}") from None
