"""The one column-width routine of the writers that lay tables out on a page (PDF and DOCX).

Each writer measures its columns its own way (the PDF with the font's metrics, the DOCX by
characters, as Word lays the text out itself); how the page's width is then shared is decided here,
once: short columns (dates, citations) stay tight and wordy ones get the rest.
"""

from __future__ import annotations

from briefing.render.markup import Span


def holds_text(cell: list[Span]) -> bool:
    """Whether a cell holds words of its own, not only citations (links to the numbered quotes):
    a column of citations keeps its width and the others grow."""
    return any(span.text.strip() and not (span.href or "").startswith("#") for span in cell)


def share_width(natural: list[float], grows: list[bool], width: float) -> list[float]:
    """Each column's width from its unwrapped width (`natural`) and whether it holds text other than
    citations (`grows`). When all fit, the spare width goes to the growing columns, in proportion;
    when they do not, columns narrower than an even share keep their width and the others split
    what is left in proportion to what they want."""
    if sum(natural) <= width:
        growing = [i for i in range(len(natural)) if grows[i]] or list(range(len(natural)))
        spare = width - sum(natural)
        weight = sum(natural[i] for i in growing)
        return [w + (spare * w / weight if i in growing else 0) for i, w in enumerate(natural)]
    widths: list[float | None] = [None] * len(natural)
    open_columns = set(range(len(natural)))
    remaining = width
    while open_columns:
        share = remaining / len(open_columns)
        fitting = [i for i in open_columns if natural[i] <= share]
        if not fitting:
            break
        for i in fitting:
            widths[i] = natural[i]
            remaining -= natural[i]
            open_columns.discard(i)
    wanted = sum(natural[i] for i in open_columns)
    for i in open_columns:
        widths[i] = remaining * natural[i] / wanted
    return [w or 0.0 for w in widths]
