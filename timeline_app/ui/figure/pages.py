"""The pages of a PDF or a print-out: the range cut into slices of equal length, one per page,
then the list of the sources cited by the events drawn."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPainter

from timeline_app.ui.figure.content import FigureContent
from timeline_app.ui.figure.options import FigureOptions
from timeline_app.ui.figure.panel import (
    Frame,
    PanelPlan,
    Planner,
    events_between,
    make_frame,
    paint_chrome,
    paint_panel,
)
from timeline_app.ui.figure.sources import SourcesDocument
from timeline_app.ui.figure.style import FigureStyle, app_display_name, page_text, range_text
from timeline_app.ui.figure.style import source_line as figure_source_line
from timeline_app.ui.translate import translate

#: At the default width (1600 px) a page shows about this many days: 3 years.
DAYS_PER_PAGE = 3 * 365.25
DEFAULT_WIDTH = 1600
MAX_PAGES = 200

Progress = Callable[[int, int], bool]


class PagesCancelled(Exception):  # noqa: N818 (the export re-raises it as FigureCancelled)
    """The progress callback returned False."""


def range_days(options: FigureOptions) -> tuple[float, float]:
    """The first day and the day after the last, as day numbers."""
    return float(options.first.toordinal()), float(options.last.toordinal() + 1)


def page_count(options: FigureOptions) -> int:
    """Timeline pages: about 3 years each at the default width (more on wider pages), at
    least one, at most MAX_PAGES (the span grows instead)."""
    first_day, end_day = range_days(options)
    target = DAYS_PER_PAGE * max(options.width, 1) / DEFAULT_WIDTH
    return max(1, min(MAX_PAGES, round((end_day - first_day) / target)))


def page_slices(options: FigureOptions) -> list[tuple[float, float]]:
    """[first day, end day) of each page: continuous slices of equal length."""
    first_day, end_day = range_days(options)
    count = page_count(options)
    length = (end_day - first_day) / count
    return [(first_day + i * length, first_day + (i + 1) * length) for i in range(count)]


@dataclass
class PageBook:
    """Every page of a PDF laid out, before any is painted."""

    frame: Frame
    #: the sources pages' frame: laid out DEFAULT_WIDTH wide whatever the timeline's width, so
    #: the list reads at the same size on paper
    sources_frame: Frame
    panels: list[PanelPlan]
    planner: Planner
    sources: SourcesDocument | None
    source_count: int
    events_drawn: int
    keys: list[int] = field(default_factory=list)

    @property
    def total(self) -> int:
        """Timeline pages and sources pages."""
        return len(self.panels) + (0 if self.sources is None else self.sources.page_count())


def make_book(
    content: FigureContent,
    options: FigureOptions,
    style: FigureStyle,
    page_size: QSizeF,
    progress: Progress | None = None,
) -> PageBook:
    """Lay out every page ``page_size`` big (layout pixels)."""
    frame = make_frame(style, content, page_size.width(), page_size.height())
    planner = Planner(content, style)
    first_day, end_day = range_days(options)
    columns = events_between(content.columns, first_day, end_day)
    panels = []
    slices = page_slices(options)
    for start, end in slices:
        # Laying out can be cancelled too; nothing is painted yet (done 0, of the pages known).
        if progress is not None and not progress(0, len(slices)):
            raise PagesCancelled
        panels.append(planner.plan(columns, start, end, frame.timeline_rect))
    keys = sorted({key for panel in panels for key in panel.keys})
    sources = content.sources_of(keys) if keys else []
    sources_frame = make_frame(
        style,
        content,
        DEFAULT_WIDTH,
        page_size.height() * DEFAULT_WIDTH / max(page_size.width(), 1.0),
    )
    body = sources_frame.body_rect
    document = (
        SourcesDocument(sources, style, QSizeF(body.width(), body.height())) if sources else None
    )
    return PageBook(frame, sources_frame, panels, planner, document, len(sources), len(keys), keys)


def paint_book(
    painter: QPainter,
    device: QPagedPaintDevice,
    book: PageBook,
    content: FigureContent,
    style: FigureStyle,
    progress: Progress | None = None,
) -> None:
    """Paint every page of ``book``, a new page of ``device`` for each after the first."""
    total = book.total
    source = figure_source_line(content.data_version)
    title = app_display_name()
    for number, panel in enumerate(book.panels):
        if number:
            device.newPage()
        heading = range_text(panel.first, panel.last)
        paint_chrome(
            painter, book.frame, style, (title, heading, source, page_text(number + 1, total))
        )
        paint_panel(painter, panel, book.frame.timeline_rect, content, style, book.planner.texts)
        if progress is not None and not progress(number + 1, total):
            raise PagesCancelled
    if book.sources is None:
        return
    sources_title = translate("Figure", "Sources of the events shown")
    frame = book.sources_frame
    painter.save()
    zoom = book.frame.width / frame.width
    painter.scale(zoom, zoom)
    try:
        for page in range(book.sources.page_count()):
            device.newPage()
            number = len(book.panels) + page + 1
            texts = (title, sources_title, source, page_text(number, total))
            paint_chrome(painter, frame, style, texts)
            book.sources.paint_page(painter, page, frame.body_rect)
            if progress is not None and not progress(number, total):
                raise PagesCancelled
    finally:
        painter.restore()


def logical_page(device: QPagedPaintDevice, width: int) -> tuple[QRectF, float]:
    """The page's paintable area in device pixels, and the scale from layout pixels (the page
    is laid out ``width`` px wide) to device pixels."""
    rect = device.pageLayout().paintRectPixels(device.logicalDpiX())
    scale = rect.width() / width if width > 0 else 1.0
    return QRectF(rect), scale


#: The height of the text on paper a printed page is laid out for: 9 pt (3.2 mm), what a
#: printed table or a footnote uses.
PRINTED_TEXT_MM = 3.2
#: The widest layout a printed page gets (tabloid landscape stays readable).
MAX_PRINT_WIDTH = 2400


def readable_width(device: QPagedPaintDevice, font_pixels: int) -> int:
    """The layout width at which text ``font_pixels`` high prints ``PRINTED_TEXT_MM`` high on
    the device's paper (about 1,100 px on A4 landscape, 770 px on A4 portrait)."""
    paper_mm = device.pageLayout().paintRect(QPageLayout.Unit.Millimeter).width()
    return max(400, min(MAX_PRINT_WIDTH, round(paper_mm * font_pixels / PRINTED_TEXT_MM)))


def layout_size(device: QPagedPaintDevice, width: int) -> QSizeF:
    """The page in layout pixels."""
    rect, scale = logical_page(device, width)
    return QSizeF(width, math.floor(rect.height() / scale))
