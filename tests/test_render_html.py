"""The HTML writer: a standalone page whose body is the blocks the other writers read, as HTML."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from test_render_pdf import make_brief

from briefing.model import Brief, Source
from briefing.render import RenderOptions, brief_markdown, markup, render
from briefing.render.html import html_body
from briefing.theme import Theme


def html_of(brief: Brief, **theme: str) -> str:
    return render(brief, "html", RenderOptions(theme=Theme(**theme))).decode("utf-8")


class _TagCollector(HTMLParser):
    """Every start tag with its attributes, and whether the nesting closes cleanly."""

    VOID = frozenset({"meta", "link", "br", "hr", "img", "input"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.open: list[str] = []
        self.mismatched: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))  # "<hr />": opens and closes at once

    def handle_endtag(self, tag: str) -> None:
        if self.open and self.open[-1] == tag:
            self.open.pop()
        else:
            self.mismatched.append(tag)


def parse(page: str) -> _TagCollector:
    collector = _TagCollector()
    collector.feed(page)
    collector.close()
    return collector


@pytest.fixture(scope="module")
def page() -> str:
    return html_of(make_brief(), organisation="Ministry & <Co>", marking="OFFICIAL – SENSITIVE")


def test_is_a_standalone_utf8_html5_page_with_title_and_styles(page: str) -> None:
    assert page.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in page
    assert "<style>" in page and "@media print" in page
    title = re.search(r"<title>(.*)</title>", page)
    assert title is not None
    assert title.group(1) == "Accord talks: Зеленський, Séjourné &amp; Μητσοτάκης &lt;b&gt;meet&lt;/b&gt;"


def test_tags_nest_cleanly(page: str) -> None:
    parsed = parse(page)
    assert parsed.mismatched == []
    assert parsed.open == []


def test_article_markup_stays_text(page: str) -> None:
    assert "&lt;b&gt;draft&lt;/b&gt;" in page
    assert "&lt;img src=x&gt;" in page
    assert "{{ x }}" in page
    assert "<img" not in page
    assert not [tag for tag, _ in parse(page).tags if tag in ("img", "b", "script")]


def test_theme_text_is_escaped_in_header(page: str) -> None:
    assert "Ministry &amp; &lt;Co&gt;" in page
    assert "OFFICIAL – SENSITIVE" in page


class _TextCollector(HTMLParser):
    """The text inside `<main>`, one piece per run of text between tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.inside = False
        self.pieces: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.inside = self.inside or tag == "main"

    def handle_endtag(self, tag: str) -> None:
        self.inside = self.inside and tag != "main"

    def handle_data(self, data: str) -> None:
        if self.inside and data.strip():
            self.pieces.append(data)


def _block_texts(blocks: list[markup.Block]) -> list[str]:
    """Every run of text the blocks hold, in reading order: what every writer prints."""
    out: list[str] = []
    for block in blocks:
        if isinstance(block, markup.Div):
            out += _block_texts(block.blocks)
        elif isinstance(block, markup.Heading | markup.Paragraph):
            out += [span.text for span in block.spans]
        elif isinstance(block, markup.ListBlock):
            out += [span.text for item in block.items for span in item]
        elif isinstance(block, markup.Table):
            out += [span.text for row in [block.header, *block.rows] for cell in row for span in cell]
    return [text for text in out if text.strip()]


def test_body_holds_the_text_of_the_blocks_every_writer_reads(page: str) -> None:
    blocks = markup.parse(brief_markdown(make_brief(), RenderOptions()))
    collector = _TextCollector()
    collector.feed(page)
    assert "".join(collector.pieces) == "".join(_block_texts(blocks))
    assert collector.pieces[0] == "Accord talks: Зеленський, Séjourné & Μητσοτάκης <b>meet</b>"  # the h1, as text


def test_inline_formatting_nests_and_quote_anchors_follow_the_list_start() -> None:
    body = html_body(
        markup.parse(
            "## Seen\n\nSee [**the** record `x`](#q3) and *this*.\n\n---\n\n"
            '::: quotes\n3. "first" & <co>\n4. second\n:::\n\n::: other\n1. not a quote\n:::\n'
        )
    )
    assert '<p>See <a href="#q3"><strong>the</strong> record <code>x</code></a> and <em>this</em>.</p>' in body
    assert '<ol start="3">\n<li id="q3">&quot;first&quot; &amp; &lt;co&gt;</li>\n<li id="q4">second</li>' in body
    assert '<div class="other">\n<ol>\n<li>not a quote</li>' in body
    assert "<hr />" in body
    parsed = parse(body)
    assert parsed.mismatched == [] and parsed.open == []


def test_every_citation_link_has_its_quote_anchor(page: str) -> None:
    tags = parse(page).tags
    targets = {attrs["href"][1:] for tag, attrs in tags if tag == "a" and (attrs.get("href") or "").startswith("#")}
    ids = {attrs["id"] for tag, attrs in tags if tag == "li" and attrs.get("id")}
    assert targets
    assert targets <= ids
    assert sorted(ids, key=lambda a: int(a[1:])) == [f"q{n}" for n in range(1, len(ids) + 1)]


def test_divs_keep_their_classes(page: str) -> None:
    classes = {attrs.get("class") for tag, attrs in parse(page).tags if tag == "div"}
    assert {"source", "bluf", "quotes"} <= classes


def test_meta_describes_the_brief(page: str) -> None:
    assert '<meta name="description" content="Kyiv and Athens &amp; Paris discussed the &lt;b&gt;draft' in page
    assert '<meta name="keywords" content="Ukraine, Greece &amp; Partners">' in page
    assert '<meta name="generator" content="briefing ' in page


def test_letter_page_size_reaches_print_css() -> None:
    assert "size: letter" in html_of(make_brief(), page_size="Letter")


def test_empty_brief_renders_without_header() -> None:
    page = html_of(Brief(title="Nothing found", source=Source(), summary=""))
    assert '<header class="page">' not in page
    assert "No parties to the dispute were identified." in page
    assert parse(page).mismatched == []
