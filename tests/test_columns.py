"""The one column-width routine the PDF and DOCX writers share."""

from __future__ import annotations

import pytest

from briefing.render.columns import holds_text, share_width
from briefing.render.markup import Span


def test_when_all_fit_the_spare_width_goes_to_the_columns_of_text() -> None:
    widths = share_width([20.0, 60.0, 20.0], [True, True, False], 200.0)
    assert widths[2] == 20.0  # citations keep their width
    assert widths[0] == pytest.approx(20 + 100 * 20 / 80) and widths[1] == pytest.approx(60 + 100 * 60 / 80)
    assert sum(widths) == pytest.approx(200.0)


def test_when_they_do_not_fit_narrow_columns_keep_their_width_and_the_rest_share() -> None:
    widths = share_width([30.0, 300.0, 100.0], [True, True, True], 200.0)
    assert widths[0] == 30.0
    assert widths[1] == pytest.approx(170 * 300 / 400) and widths[2] == pytest.approx(170 * 100 / 400)
    assert sum(widths) == pytest.approx(200.0)


def test_a_cell_of_citations_holds_no_text() -> None:
    assert not holds_text([Span("[1]", href="#q1"), Span(" ")])
    assert holds_text([Span("talks resume", href=None)])
