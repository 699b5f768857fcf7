"""The structured markup every brief template emits, parsed into blocks that all writers share.

The markup is CommonMark plus pipe tables and pandoc-style fenced divs:

    # Title                      -> the document title
    ## Section / ### Subsection  -> Heading 1 / Heading 2
    ::: bluf ... :::             -> a block with a class; writers style known classes
                                    (`source`, `bluf`, `quotes`, `marking`) and keep the rest plain
    - item / 1. item             -> bullet and numbered lists
    | a | b |                    -> tables (first row is the header)
    [\\[3\\]](#q3)                 -> an internal link; item N of the `quotes` list is anchor `qN`

Raw HTML is off: a template cannot smuggle markup past the writers, and
article text arrives already escaped (`templates.markdown_escape`).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Union

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.container import container_plugin


@dataclass(frozen=True)
class Span:
    """A run of text with its inline formatting."""

    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False
    href: str | None = None


@dataclass
class Heading:
    level: int  # 1 is the document title
    spans: list[Span]


@dataclass
class Paragraph:
    spans: list[Span]


@dataclass
class ListBlock:
    ordered: bool
    items: list[list[Span]]
    start: int = 1


@dataclass
class Table:
    header: list[list[Span]]
    rows: list[list[list[Span]]]


@dataclass
class Rule:
    pass


@dataclass
class Div:
    cls: str
    blocks: list[Block] = field(default_factory=list)


Block = Union[Heading, Paragraph, ListBlock, Table, Rule, Div]  # noqa: UP007 - used at run time


def plain_text(spans: list[Span]) -> str:
    return "".join(s.text for s in spans)


MAX_LABEL_CHARS = 60  # a bold line longer than this is emphasis, not a sub-heading


def is_label(spans: list[Span]) -> bool:
    """A short paragraph that is bold throughout ("**Positions**") reads as a small sub-heading, in
    every writer alike."""
    text = plain_text(spans).strip()
    return bool(text) and len(text) <= MAX_LABEL_CHARS and all(s.bold or not s.text.strip() for s in spans)


def _div_validator(params: str, *args: object) -> bool:
    return bool(params.strip())


def _div_class(info: str) -> str:
    """`::: bluf`, `::: {.bluf}` -> `bluf`."""
    info = info.strip()
    return info.split()[0].lstrip(".{").rstrip("}") if info else "div"


def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "typographer": False}).enable("table")
    # One container rule that accepts any class name: `::: name`.
    return md.use(container_plugin, name="div", validate=_div_validator)


_MD = _parser()


PARSED_KEPT = 8  # template outputs whose blocks are kept: a brief's writers run one after another


def parse(markdown: str) -> list[Block]:
    """Markdown text to blocks, parsed once per brief: the PDF, DOCX and text writers read the same
    blocks (they only read them), so the second and third writer skip the parse."""
    return list(_parse_once(markdown))


@functools.lru_cache(maxsize=PARSED_KEPT)
def _parse_once(markdown: str) -> tuple[Block, ...]:
    tokens = _MD.parse(markdown)
    blocks, _ = _blocks(tokens, 0, stop=None)
    return tuple(blocks)


def _blocks(tokens: list[Token], i: int, stop: str | None) -> tuple[list[Block], int]:
    out: list[Block] = []
    while i < len(tokens):
        tok = tokens[i]
        if stop and tok.type == stop:
            return out, i + 1
        if tok.type == "heading_open":
            out.append(Heading(int(tok.tag[1]), _inline(tokens[i + 1])))
            i += 3
        elif tok.type == "paragraph_open":
            out.append(Paragraph(_inline(tokens[i + 1])))
            i += 3
        elif tok.type in ("bullet_list_open", "ordered_list_open"):
            block, i = _list(tokens, i)
            out.append(block)
        elif tok.type == "table_open":
            block, i = _table(tokens, i)
            out.append(block)
        elif tok.type == "container_div_open":
            inner, i = _blocks(tokens, i + 1, stop="container_div_close")
            out.append(Div(_div_class(tok.info), inner))
        elif tok.type == "hr":
            out.append(Rule())
            i += 1
        elif tok.type in ("code_block", "fence"):
            out.append(Paragraph([Span(tok.content.rstrip("\n"), code=True)]))
            i += 1
        elif tok.type == "blockquote_open":
            inner, i = _blocks(tokens, i + 1, stop="blockquote_close")
            out.append(Div("blockquote", inner))
        else:
            i += 1
    return out, i


def _list(tokens: list[Token], i: int) -> tuple[ListBlock, int]:
    open_tok = tokens[i]
    ordered = open_tok.type == "ordered_list_open"
    close = "ordered_list_close" if ordered else "bullet_list_close"
    start = int(open_tok.attrs.get("start", 1)) if ordered else 1
    items: list[list[Span]] = []
    depth = 0
    i += 1
    while i < len(tokens):
        tok = tokens[i]
        if tok.type == close and depth == 0:
            return ListBlock(ordered, items, start), i + 1
        if tok.type in ("bullet_list_open", "ordered_list_open"):
            depth += 1
        elif tok.type in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
        elif tok.type == "list_item_open" and depth == 0:
            items.append([])
        elif tok.type == "inline":
            # Nested lists flatten into their parent item: briefs keep lists one level deep.
            if items and items[-1]:
                items[-1].append(Span(" "))
            if items:
                items[-1].extend(_inline(tok))
        i += 1
    return ListBlock(ordered, items, start), i


def _table(tokens: list[Token], i: int) -> tuple[Table, int]:
    header: list[list[Span]] = []
    rows: list[list[list[Span]]] = []
    in_head = False
    row: list[list[Span]] = []
    i += 1
    while i < len(tokens):
        tok = tokens[i]
        if tok.type == "table_close":
            return Table(header, rows), i + 1
        if tok.type == "thead_open":
            in_head = True
        elif tok.type == "thead_close":
            in_head = False
        elif tok.type == "tr_open":
            row = []
        elif tok.type == "tr_close":
            if in_head:
                header = row
            else:
                rows.append(row)
        elif tok.type == "inline":
            row.append(_inline(tok))
        i += 1
    return Table(header, rows), i


def _inline(tok: Token) -> list[Span]:
    spans: list[Span] = []
    bold = italic = 0
    href: str | None = None
    for child in tok.children or []:
        t = child.type
        if t == "text":
            spans.append(Span(child.content, bold > 0, italic > 0, False, href))
        elif t == "code_inline":
            spans.append(Span(child.content, bold > 0, italic > 0, True, href))
        elif t in ("softbreak", "hardbreak"):
            spans.append(Span(" ", bold > 0, italic > 0, False, href))
        elif t == "strong_open":
            bold += 1
        elif t == "strong_close":
            bold -= 1
        elif t == "em_open":
            italic += 1
        elif t == "em_close":
            italic -= 1
        elif t == "link_open":
            href = str(child.attrs.get("href", "")) or None
        elif t == "link_close":
            href = None
        elif t == "image":
            spans.append(Span(child.content or "", bold > 0, italic > 0, False, href))
    return _merge(spans)


def _merge(spans: list[Span]) -> list[Span]:
    """Join neighbouring runs with the same formatting, so writers emit fewer runs."""
    merged: list[Span] = []
    for s in spans:
        if merged and (merged[-1].bold, merged[-1].italic, merged[-1].code, merged[-1].href) == (
            s.bold,
            s.italic,
            s.code,
            s.href,
        ):
            merged[-1] = Span(merged[-1].text + s.text, s.bold, s.italic, s.code, s.href)
        else:
            merged.append(s)
    return merged
