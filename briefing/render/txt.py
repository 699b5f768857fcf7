"""Plain text: the template's output laid out for a terminal or an e-mail's text part.

Read from the same parsed blocks as the PDF, DOCX and HTML writers, so editing the template changes
this format too. Lines wrap at 78 columns; headings are underlined; tables become one line a row.
"""

from __future__ import annotations

import textwrap

from briefing.model import Brief
from briefing.render import markup
from briefing.render.markup import Block, Div, Heading, ListBlock, Paragraph, Rule, Table

WIDTH = 78  # columns: what a terminal and a plain-text mail client show without wrapping again
_UNDERLINE = {1: "=", 2: "-"}


def write_txt(template_output: str, brief: Brief, options: object) -> bytes:
    lines: list[str] = []
    for block in markup.parse(template_output):
        lines.extend(_block(block))
    text = "\n".join(lines).strip("\n")
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return (text + "\n").encode("utf-8")


def _block(block: Block, indent: str = "") -> list[str]:
    if isinstance(block, Heading):
        title = markup.plain_text(block.spans)
        underline = _UNDERLINE.get(block.level)
        return ["", title, underline * min(len(title), WIDTH)] if underline else ["", title]
    if isinstance(block, Paragraph):
        return [*_wrap(markup.plain_text(block.spans), indent), ""]
    if isinstance(block, ListBlock):
        out = []
        for n, item in enumerate(block.items, start=block.start):
            bullet = f"{n}. " if block.ordered else "- "
            out.extend(_wrap(markup.plain_text(item), indent, bullet))
        return [*out, ""]
    if isinstance(block, Table):
        rows = [block.header, *block.rows] if block.header else block.rows
        out = [line for row in rows for line in _wrap(" | ".join(markup.plain_text(c) for c in row), indent)]
        return [*out, ""]
    if isinstance(block, Rule):
        return ["-" * WIDTH, ""]
    if isinstance(block, Div):
        inner = "  " if block.cls in ("bluf", "callout", "blockquote") else ""
        return [line for child in block.blocks for line in _block(child, indent + inner)]
    return []


def _wrap(text: str, indent: str, bullet: str = "") -> list[str]:
    return textwrap.wrap(
        " ".join(text.split()),
        width=WIDTH,
        initial_indent=indent + bullet,
        subsequent_indent=indent + " " * len(bullet),
        break_long_words=True,
        break_on_hyphens=False,
    ) or [indent + bullet.rstrip()]
