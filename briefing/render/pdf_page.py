"""PDF pages: the page template and canvas, the furniture on every page (organisation, marking and logo
at the top, source and page numbers at the bottom) and the fixed document timestamps that keep the
bytes reproducible."""

from __future__ import annotations

import calendar
import io
import re
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
)

from briefing import __version__
from briefing.errors import RenderError
from briefing.model import Brief
from briefing.reading import read_regular_file
from briefing.render.context import document_time, first_sentence, footer_source
from briefing.render.fonts import (
    FontFamily,
    in_visual_order,
    shaped,
    split_by_coverage,
)
from briefing.theme import Theme

if TYPE_CHECKING:
    pass


PAGE_SIZES = {"A4": A4, "Letter": LETTER}


MARGIN_X = 20 * mm


MARGIN_TOP = 24 * mm


MARGIN_BOTTOM = 20 * mm


HEADER_Y = 13 * mm  # baseline of the header text, measured down from the top edge


FOOTER_Y = 10 * mm  # baseline of the footer text, measured up from the bottom edge


LOGO_HEIGHT = 9 * mm


LOGO_MAX_WIDTH = 60 * mm


PAGE_NUMBER_SLOT = 26 * mm  # room kept free for "Page X of Y", drawn once Y is known (see `BriefCanvas`)


MUTED = colors.HexColor("#5A5A5A")


HAIRLINE = colors.HexColor("#C8CDD3")


FURNITURE_SIZE = 7.5


@dataclass(frozen=True)
class Furniture:
    """What every page shows around the text, resolved once per document."""

    organisation: str
    marking: str
    source: str
    logo: ImageReader | None
    family: FontFamily
    primary: colors.Color
    accent: colors.Color
    missing: set[str]

    @classmethod
    def for_brief(cls, brief: Brief, theme: Theme, family: FontFamily, missing: set[str]) -> Furniture:
        return cls(
            organisation=" ".join(theme.organisation.split()),
            marking=" ".join(theme.marking.split()),
            source=footer_source(brief),
            logo=_logo(theme),
            family=family,
            primary=colors.HexColor(theme.primary_color),
            accent=colors.HexColor(theme.accent_color),
            missing=missing,
        )

    def draw(self, canvas: Canvas, page_width: float, page_height: float) -> None:
        canvas.saveState()
        self._draw_header(canvas, page_width, page_height)
        self._draw_footer(canvas, page_width)
        canvas.restoreState()

    def _draw_header(self, canvas: Canvas, page_width: float, page_height: float) -> None:
        if not (self.organisation or self.marking or self.logo):
            return
        baseline = page_height - HEADER_Y
        x = MARGIN_X
        if self.logo is not None:
            x += self._draw_logo(canvas, x, baseline - 2.2 * mm) + 3 * mm
        right = page_width - MARGIN_X
        marking_width = 0.0
        if self.marking:
            canvas.setFillColor(self.accent)
            marking_width = self.text(
                canvas, right, baseline, self.marking, bold=True, align="right", max_width=(right - x) / 2
            )
        if self.organisation:
            canvas.setFillColor(self.primary)
            room = right - x - marking_width - 6 * mm
            self.text(canvas, x, baseline, self.organisation, bold=True, max_width=room)
        canvas.setStrokeColor(self.primary)
        canvas.setLineWidth(0.6)
        rule_y = page_height - HEADER_Y - 3.5 * mm
        canvas.line(MARGIN_X, rule_y, page_width - MARGIN_X, rule_y)

    def _draw_logo(self, canvas: Canvas, x: float, y: float) -> float:
        """The logo at header height, or narrower and shorter if it is very wide; returns its width."""
        assert self.logo is not None
        iw, ih = self.logo.getSize()
        width = min(LOGO_HEIGHT * iw / ih if ih else LOGO_HEIGHT, LOGO_MAX_WIDTH)
        height = width * ih / iw if iw else LOGO_HEIGHT
        canvas.drawImage(self.logo, x, y, width=width, height=height, mask="auto")
        return width

    def _draw_footer(self, canvas: Canvas, page_width: float) -> None:
        canvas.setStrokeColor(HAIRLINE)
        canvas.setLineWidth(0.5)
        rule_y = FOOTER_Y + 4 * mm
        canvas.line(MARGIN_X, rule_y, page_width - MARGIN_X, rule_y)
        gap = 4 * mm
        content = page_width - 2 * MARGIN_X
        marking_width = 0.0
        if self.marking:
            canvas.setFillColor(self.accent)
            # Centred between the source and the page number, never running into the latter.
            marking_width = self.text(
                canvas,
                page_width / 2,
                FOOTER_Y,
                self.marking,
                bold=True,
                align="center",
                max_width=content - 2 * (PAGE_NUMBER_SLOT + gap),
            )
        canvas.setFillColor(MUTED)
        if self.marking:
            room = page_width / 2 - marking_width / 2 - gap - MARGIN_X
        else:
            room = content - PAGE_NUMBER_SLOT - gap
        self.text(canvas, MARGIN_X, FOOTER_Y, self.source, max_width=room)

    def text(
        self,
        canvas: Canvas,
        x: float,
        y: float,
        text: str,
        *,
        bold: bool = False,
        align: str = "left",
        max_width: float | None = None,
        size: float = FURNITURE_SIZE,
    ) -> float:
        """Draw one line in the furniture font, with per-character fallback; returns its width."""
        runs = split_by_coverage(in_visual_order(text), self.family, bold, False, self.missing)
        if max_width is not None:
            runs = _truncate(runs, max_width, size)
        drawn = [(face, *shaped(run, face, size)) for face, run in runs]
        width = sum(run_width for _face, _run, run_width in drawn)
        if align == "right":
            x -= width
        elif align == "center":
            x -= width / 2
        for face, run, run_width in drawn:
            canvas.setFont(face, size)
            canvas.drawString(x, y, run)
            x += run_width
        return width


def _truncate(runs: list[tuple[str, str]], max_width: float, size: float) -> list[tuple[str, str]]:
    """Cut a furniture line to fit, ending in an ellipsis, so it never runs into the page number."""
    if sum(pdfmetrics.stringWidth(r, f, size) for f, r in runs) <= max_width:
        return runs
    out: list[tuple[str, str]] = []
    used = pdfmetrics.stringWidth("…", runs[0][0], size)
    for face, run in runs:
        kept = ""
        for char in run:
            w = pdfmetrics.stringWidth(char, face, size)
            if used + w > max_width:
                out.append((face, kept.rstrip() + "…"))
                return out
            kept += char
            used += w
        out.append((face, kept))
    return out


MAX_LOGO_BYTES = 10_000_000  # a header logo; a larger file is a photograph or a mistake


def _logo(theme: Theme) -> ImageReader | None:
    if theme.logo is None:
        return None
    data = read_regular_file(theme.logo, MAX_LOGO_BYTES, "logo image", RenderError)
    try:
        reader = ImageReader(io.BytesIO(data))
        reader.getRGBData()  # decode now: a broken image must fail here, not halfway through a page
    except Exception as exc:  # ReportLab and Pillow raise many kinds for unreadable images
        raise RenderError(f"cannot use the logo image {theme.logo}: {_image_error(exc)}") from None
    return reader


def _image_error(exc: Exception) -> str:
    """Pillow's reason, without ReportLab's prefix naming its own objects ("ImageReader@0x...")."""
    message = re.sub(r"(?:fileName=.*?|handle_pageBegin args=\(\) )?identity=\[[^\]]*\]\s*", "", str(exc))
    return " ".join(message.split()) or exc.__class__.__name__


class BriefDocTemplate(BaseDocTemplate):
    """One frame per page, furniture on every page, outline entries for section and side headings."""

    def __init__(self, buffer: io.BytesIO, brief: Brief, theme: Theme, furniture: Furniture) -> None:
        pagesize = PAGE_SIZES.get(theme.page_size, A4)
        super().__init__(
            buffer,
            pagesize=pagesize,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=brief.title,
            author=theme.author or theme.organisation or None,
            subject=first_sentence(brief.summary) or "Policy brief",
            keywords=[side.name for side in brief.sides],
            creator=f"briefing {__version__}",
            invariant=1,
            # Start every page in the embedded family, so the PDF never names an unembedded standard font.
            initialFontName=furniture.family.regular,
            pageCompression=1,
            displayDocTitle=1,
            lang="en",
        )
        # No frame padding: text, tables and the header rule all align on the page margins.
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        page_width, page_height = pagesize
        self.addPageTemplates(
            [PageTemplate(id="page", frames=[frame], onPage=lambda c, d: furniture.draw(c, page_width, page_height))]
        )

    def afterFlowable(self, flowable: Flowable) -> None:
        outline = getattr(flowable, "_briefing_outline", None)
        if outline:
            key, title, level = outline
            self.canv.addOutlineEntry(title, key, level=level, closed=False)


class BriefCanvas(Canvas):
    """A canvas that stamps fixed document dates and writes "Page X of Y" once Y is known.

    Each page draws a form XObject named for its number; the forms are filled in
    at `save`, when the page count is final. Unlike re-playing saved page states,
    this keeps anchors and bookmarks bound to the right pages.
    """

    def __init__(self, *args: Any, furniture: Furniture, stamp: _Stamp, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._doc._timeStamp = stamp
        self._furniture = furniture
        self.showOutline()

    def showPage(self) -> None:
        self.doForm(self._page_form(self.getPageNumber()))
        super().showPage()

    def save(self) -> None:
        total = self.getPageNumber() - 1
        page_width = self._pagesize[0]
        for number in range(1, total + 1):
            self.beginForm(self._page_form(number))
            self.setFillColor(MUTED)
            self._furniture.text(self, page_width - MARGIN_X, FOOTER_Y, f"Page {number} of {total}", align="right")
            self.endForm()
        super().save()

    @staticmethod
    def _page_form(number: int) -> str:
        return f"pageNumber{number}"


@dataclass(frozen=True)
class _Stamp:
    """The subset of ReportLab's TimeStamp the PDF writer reads: fixed, in UTC."""

    t: float
    lt: time.struct_time
    YMDhms: tuple[int, ...]
    dhh: int = 0
    dmm: int = 0
    tzname: str = "UTC"


def document_timestamp(brief: Brief) -> _Stamp:
    """The document dates, as every writer takes them (render.context.document_time)."""
    epoch = calendar.timegm(document_time(brief).timetuple())
    lt = time.gmtime(epoch)
    return _Stamp(float(epoch), lt, tuple(lt)[:6])
