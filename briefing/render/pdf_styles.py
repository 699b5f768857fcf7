"""PDF paragraph styles: body, headings, lists, quotes and the small print, from the theme's fonts,
sizes and colours."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from briefing.render.fonts import (
    FontFamily,
)
from briefing.render.pdf_page import (
    MUTED,
)

if TYPE_CHECKING:
    pass


TEXT = colors.HexColor("#1F1F1F")


BODY_SIZE = 9.5


SMALL_SIZE = 8.5


@dataclass(frozen=True)
class Styles:
    body_family: FontFamily
    heading_family: FontFamily
    primary: colors.Color
    accent: colors.Color
    title: ParagraphStyle
    source: ParagraphStyle
    bluf: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    label: ParagraphStyle
    body: ParagraphStyle
    bullet: ParagraphStyle
    cell: ParagraphStyle
    header_cell: ParagraphStyle
    quote: ParagraphStyle
    marking: ParagraphStyle
    blockquote: ParagraphStyle
    bluf_background: colors.Color


@functools.cache
def paragraph_styles(body: FontFamily, heading: FontFamily, primary_hex: str, accent_hex: str) -> Styles:
    """Paragraph styles for one font pair and colour pair; built once, since themes rarely change."""
    primary = colors.HexColor(primary_hex)
    accent = colors.HexColor(accent_hex)
    style = _style_maker(body)
    return Styles(
        body_family=body,
        heading_family=heading,
        primary=primary,
        accent=accent,
        bluf_background=_tint(primary, 0.07),
        **_heading_styles(style, heading, primary),
        **_text_styles(style, body, primary, accent),
    )


StyleMaker = Callable[..., ParagraphStyle]


SMALL = {"fontSize": SMALL_SIZE, "leading": SMALL_SIZE * 1.38}


def _style_maker(body: FontFamily) -> StyleMaker:
    def style(name: str, **kw: Any) -> ParagraphStyle:
        base: dict[str, Any] = {
            "fontName": body.regular,
            "fontSize": BODY_SIZE,
            "leading": BODY_SIZE * 1.42,
            "textColor": TEXT,
            "alignment": TA_LEFT,
            "spaceAfter": 5,
        }
        base.update(kw)
        return ParagraphStyle(name, **base)

    return style


def _heading_styles(style: StyleMaker, heading: FontFamily, primary: colors.Color) -> dict[str, ParagraphStyle]:
    return {
        "title": style("Title", fontName=heading.bold, fontSize=20, leading=24, textColor=primary, spaceAfter=5),
        "h2": style(
            "Heading2",
            fontName=heading.bold,
            fontSize=13,
            leading=16,
            textColor=primary,
            spaceBefore=14,
            spaceAfter=2,
            keepWithNext=1,
        ),
        "h3": style(
            "Heading3", fontName=heading.bold, fontSize=11, leading=14, spaceBefore=8, spaceAfter=3, keepWithNext=1
        ),
    }


def _text_styles(
    style: StyleMaker, body: FontFamily, primary: colors.Color, accent: colors.Color
) -> dict[str, ParagraphStyle]:
    return {
        "source": style("Source", textColor=MUTED, spaceAfter=12, **SMALL),
        "bluf": style("Bluf", fontSize=10, leading=14.5, spaceAfter=0),
        "label": style(
            "Label", fontName=body.bold, textColor=MUTED, spaceBefore=3, spaceAfter=2, keepWithNext=1, **SMALL
        ),
        "body": style("Body"),
        "bullet": style(
            "Bullet", leftIndent=13, bulletIndent=2, spaceAfter=2.5, bulletFontName=body.regular, bulletColor=primary
        ),
        "cell": style("Cell", spaceAfter=0, **SMALL),
        "header_cell": style("HeaderCell", fontName=body.bold, textColor=colors.white, spaceAfter=0, **SMALL),
        "quote": style(
            "Quote",
            leftIndent=20,
            bulletIndent=0,
            spaceAfter=4,
            textColor=colors.HexColor("#333333"),
            bulletFontName=body.bold,
            bulletColor=primary,
            **SMALL,
        ),
        "marking": style("Marking", fontName=body.bold, textColor=accent, alignment=1),
        "blockquote": style("Blockquote", leftIndent=14, textColor=MUTED),
    }


def _tint(color: colors.Color, strength: float) -> colors.Color:
    """`color` mixed into white: a light shade that keeps the theme's hue."""
    return colors.Color(*(1 - strength * (1 - c) for c in (color.red, color.green, color.blue)))
