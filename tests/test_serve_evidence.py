"""The desk's two panes: points of the brief tied to their quotes, the article's cited spans marked.

Briefs here come from the real engine on our fixture article, rendered by the real HTML writer
with both built-in templates; a few hand-made writer pages test the edges (overlapping quotes,
a quote across a paragraph break, a link the desk must not keep).
"""

from __future__ import annotations

import html
import re

import pytest

from briefing.analysis import analyse
from briefing.ingest import article_from_bytes
from briefing.model import Brief, Evidence, Source, dated
from briefing.render import RenderOptions, render_all
from briefing.render.templates import builtin_templates
from briefing.serve.evidence import annotate, article_html, writer_body


@pytest.fixture(scope="module")
def brief_of(article_text: str) -> tuple[str, Brief]:
    article = dated(article_from_bytes(article_text.encode("utf-8"), kind="text"))
    return article.text, analyse(article)


@pytest.mark.parametrize("template", sorted(builtin_templates()))
def test_every_cited_quote_maps_to_its_span_with_either_template(brief_of: tuple[str, Brief], template: str) -> None:
    text, brief = brief_of
    page = render_all(brief, ["html"], RenderOptions(template=template))["html"]
    annotated = annotate(page, brief)
    cited = set(map(int, re.findall(r'href="#q(\d+)"', page.decode())))
    assert cited and set(annotated.spans) == cited
    known = {(e.start, e.end) for e in brief.evidence()}
    for start, end in annotated.spans.values():
        assert (start, end) in known
    # The writer's numbered list agrees with the mapping: item N quotes the words of span N.
    for number, (start, end) in annotated.spans.items():
        item = re.search(rf'<li id="q{number}"[^>]*>(.*?)</li>', str(annotated.brief_html), re.S)
        assert item is not None
        words = " ".join(html.unescape(re.sub(r"<[^>]+>", "", item.group(1))).split())
        assert " ".join(text[start:end].split()).strip('“”"') in words
    points = [p for p in annotated.points if not p.is_quote]
    assert points and all(p.quotes for p in points)


def test_points_are_focusable_and_links_lead_to_the_article(brief_of: tuple[str, Brief]) -> None:
    _, brief = brief_of
    annotated = annotate(render_all(brief, ["html"])["html"], brief)
    markup = str(annotated.brief_html)
    assert "<main>" not in markup and "<style" not in markup
    assert markup.count('class="point"') + markup.count(' point"') == len(annotated.points)
    assert 'href="#q' not in markup  # every citation now lands on the article's words
    for point in annotated.points:
        assert f'id="{point.id}"' in markup
        assert not point.text.endswith("]")  # the label leaves out the citation numbers


def page_with(body: str) -> bytes:
    return f"<!DOCTYPE html><html><body><main>\n{body}\n</main></body></html>".encode()


def tiny_brief(text: str, spans: list[tuple[int, int]]) -> Brief:
    from briefing.model import Item, Side

    items = [
        Item(text=f"point {n}", speaker=None, evidence=[Evidence(text[s:e], s, e)]) for n, (s, e) in enumerate(spans)
    ]
    return Brief(title="t", source=Source(), summary="s", sides=[Side(name="A", positions=items)])


def test_overlapping_quotes_and_a_quote_across_a_paragraph_break() -> None:
    text = "Alpha said one thing. Beta said another.\n\nGamma closed it."
    spans = [(0, 21), (6, 40), (22, 59)]
    brief = tiny_brief(text, spans)
    body = (
        '<ul><li>point 0 <a href="#q1">[1]</a></li><li>point 1 <a href="#q2">[2]</a><a href="#q3">[3]</a></li></ul>'
        '<div class="quotes"><ol>'
        + "".join(
            f'<li id="q{n}">“{html.escape(text[s:e])}” (characters {s}–{e})</li>' for n, (s, e) in enumerate(spans, 1)
        )
        + "</ol></div>"
    )
    annotated = annotate(page_with(body), brief)
    assert annotated.spans == {1: (0, 21), 2: (6, 40), 3: (22, 59)}
    assert [p.quotes for p in annotated.points if not p.is_quote] == [(1,), (2, 3)]
    pane = str(article_html(text, annotated))
    assert pane.count("<p>") == 2  # the paragraphs stay paragraphs
    # Each quote's words, read back from the marked runs, are its span (white space aside: a paragraph
    # break is not a run).
    for number, (start, end) in annotated.spans.items():
        runs = re.findall(rf'<span class="ev" data-q="[\d ]*\b{number}\b[\d ]*">(.*?)</span>', pane)
        assert "".join(html.unescape("".join(runs)).split()) == "".join(text[start:end].split())
        assert pane.count(f'id="ev-{number}"') == 1
    # Quote 3 ends in the second paragraph: its backlinks follow its last words there.
    assert re.search(
        r'Gamma closed it\.</span><sup class="cited-by" data-q="3">\[3\]<a class="backlink" href="#pt-2"', pane
    )


def test_article_text_is_escaped_and_unsafe_links_are_dropped() -> None:
    text = 'He wrote <script>alert(1)</script> and "{{ 7*7 }}" & more.'
    brief = tiny_brief(text, [(0, len(text))])
    body = (
        '<ul><li>point <a href="#q1">[1]</a> <a href="javascript:alert(2)">x</a> '
        '<a href="https://example.org/a">web</a></li></ul>'
        f'<div class="quotes"><ol><li id="q1">“{html.escape(text)}”</li></ol></div>'
    )
    annotated = annotate(page_with(body), brief)
    markup = str(annotated.brief_html)
    assert "javascript:" not in markup and 'href="https://example.org/a"' in markup
    pane = str(article_html(text, annotated))
    assert "<script>" not in pane and "&lt;script&gt;alert(1)&lt;/script&gt;" in pane
    assert "{{ 7*7 }}" in pane and "&amp; more" in pane


def test_a_page_without_main_is_refused() -> None:
    with pytest.raises(ValueError, match="no <main>"):
        writer_body(b"<html><body>no main here</body></html>")
