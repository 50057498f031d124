"""One picture or page of a figure: where its parts go, the packing of its titles, and its painting.

The timeline in it is the widget's own: ``TimelineContent`` reads titles (in the lookup's
language) and packs them importance first with ``plan_labels``, and ``paint_frame`` draws
the axis, eras, events and badges, the badges as vector paths (``badges=None``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPalette

from timeline_app.domain.errors import StorageError
from timeline_app.domain.event_columns import EventColumns
from timeline_app.domain.label_layout import Layout
from timeline_app.domain.time_scale import TimeScale
from timeline_app.ui.figure.content import FigureContent
from timeline_app.ui.figure.legend import LegendLayout, layout_legend, paint_legend
from timeline_app.ui.figure.style import FigureStyle
from timeline_app.ui.timeline.content import TimelineContent
from timeline_app.ui.timeline.event_painter import FALLBACK_COLOUR, EventPaintState, paint_frame
from timeline_app.ui.timeline.geometry import AXIS_HEIGHT, BADGE_LANE, ROW_HEIGHT, SIDE_PADDING
from timeline_app.ui.timeline.paint_cache import StaticTextCache
from timeline_app.ui.timeline.viewport import Viewport

MARGIN = 16.0
#: The timeline's height without rows of titles.
TIMELINE_CHROME = AXIS_HEIGHT + BADGE_LANE + 8


class FigureReadError(Exception):
    """Storage could not give the titles of the events to draw."""


def timeline_height(rows: int) -> float:
    """The height of a timeline with room for ``rows`` rows of titles."""
    return TIMELINE_CHROME + rows * ROW_HEIGHT


def events_between(columns: EventColumns, first_day: float, end_day: float) -> EventColumns:
    """The events with at least a day in [first_day, end_day)."""
    mask = (columns.starts < end_day) & (columns.ends > first_day)
    if bool(np.all(mask)):
        return columns
    return columns.subset(mask)


@dataclass(frozen=True, slots=True)
class Frame:
    """Where the parts of one picture or page go (its own units: layout pixels)."""

    width: float
    height: float
    heading_height: float
    legend: LegendLayout
    footer_height: float

    @property
    def timeline_rect(self) -> QRectF:
        """The timeline's area."""
        top = self.heading_height
        bottom = self.height - self.footer_height
        return QRectF(0, top, self.width, max(bottom - top, 0.0))

    @property
    def body_rect(self) -> QRectF:
        """The area between heading and footer, inside the margins (the sources pages)."""
        rect = self.timeline_rect
        return rect.adjusted(MARGIN, 4, -MARGIN, -4)


def make_frame(style: FigureStyle, content: FigureContent, width: float, height: float) -> Frame:
    """The frame of a picture ``width`` × ``height``."""
    heading = QFontMetricsF(style.heading_font).height() + QFontMetricsF(style.font).height()
    legend = layout_legend(content.categories, style.small_font, width - 2 * MARGIN)
    footer = legend.height + QFontMetricsF(style.small_font).height() + 2 * 6 + MARGIN / 2
    return Frame(width, height, MARGIN + heading + 8, legend, footer)


def chrome_height(style: FigureStyle, content: FigureContent, width: float) -> float:
    """The height of a frame's heading and footer at this width."""
    frame = make_frame(style, content, width, 0.0)
    return frame.heading_height + frame.footer_height


@dataclass(frozen=True, slots=True)
class PanelPlan:
    """The timeline of one picture or page, laid out."""

    first: date
    last: date
    scale: TimeScale
    columns: EventColumns
    layout: Layout
    #: title and measured width of each placed event, by position
    titles: dict[int, str]
    widths: dict[int, float]

    @property
    def keys(self) -> list[int]:
        """Storage keys of the events drawn."""
        positions = [item.index for item in self.layout.placed]
        return self.columns.keys[positions].tolist() if positions else []


class Planner:
    """Lays out the timelines of a figure's pages, titles read once for them all."""

    def __init__(self, content: FigureContent, style: FigureStyle) -> None:
        self.texts = StaticTextCache()
        self._content = content
        self._timeline = TimelineContent(self.texts)
        self._timeline.set_font(style.font)
        self._errors: list[StorageError] = []
        self._timeline.on_failure = self._errors.append

    def plan(
        self, columns: EventColumns, first_day: float, end_day: float, area: QRectF
    ) -> PanelPlan:
        """The packing of ``columns`` between these days across a timeline area this big."""
        rows = max(1, int((area.height() - TIMELINE_CHROME) // ROW_HEIGHT))
        scale = TimeScale(
            first_day,
            end_day,
            max(1.0, area.width() - 2 * SIDE_PADDING),
            SIDE_PADDING,
            first_day,
            end_day,
        )
        timeline = self._timeline
        timeline.set_events(events_between(columns, first_day, end_day), self._content.lookup)
        layout = timeline.layout(scale, rows, None, Viewport.world_limits(scale), fetch=True)
        positions = [item.index for item in layout.placed]
        keys = timeline.columns.keys[positions].tolist() if positions else []
        titles = timeline.titles(keys, fetch=True)
        widths = [width or 0.0 for width in timeline.widths(keys, fetch=True)]
        if self._errors:
            raise FigureReadError(str(self._errors[0]))
        return PanelPlan(
            date.fromordinal(round(first_day)),
            date.fromordinal(max(round(end_day) - 1, round(first_day))),
            scale,
            timeline.columns,
            layout,
            dict(zip(positions, titles, strict=True)),
            dict(zip(positions, widths, strict=True)),
        )


def colours_of(content: FigureContent) -> list[QColor]:
    """Colour by category index, grey for unknown categories (as the widget does)."""
    return [QColor(category.colour) for category in content.categories] + [QColor(FALLBACK_COLOUR)]


def paint_panel(
    painter: QPainter,
    plan: PanelPlan,
    area: QRectF,
    content: FigureContent,
    style: FigureStyle,
    texts: StaticTextCache,
) -> None:
    """Paint the timeline of ``plan`` in ``area``."""
    local = QRectF(0, 0, area.width(), area.height())
    state = EventPaintState(
        scale=plan.scale,
        layout=plan.layout,
        columns=plan.columns,
        titles=plan.titles,
        widths=plan.widths,
        colours=colours_of(content),
        selected=None,
        hovered=None,
        hovered_badge=None,
        matching=None,
        font=style.font,
        height=area.height(),
        texts=texts,
        badges=None,
        eras=content.eras,
    )
    painter.save()
    painter.translate(area.topLeft())
    painter.setClipRect(local)
    paint_frame(painter, style.palette, local, local, state, None)
    painter.restore()


def paint_chrome(
    painter: QPainter,
    frame: Frame,
    style: FigureStyle,
    texts: tuple[str, str, str, str],
) -> None:
    """The page's background, heading (title, subtitle), legend and footer (left, right)."""
    title, subtitle, footer_left, footer_right = texts
    palette = style.palette
    painter.fillRect(
        QRectF(0, 0, frame.width, frame.height), palette.color(QPalette.ColorRole.Window)
    )
    painter.save()
    painter.setPen(palette.color(QPalette.ColorRole.WindowText))
    heading = QFontMetricsF(style.heading_font).height()
    painter.setFont(style.heading_font)
    left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    painter.drawText(QRectF(MARGIN, MARGIN, frame.width - 2 * MARGIN, heading), left, title)
    painter.setFont(style.font)
    line = QFontMetricsF(style.font).height()
    painter.drawText(
        QRectF(MARGIN, MARGIN + heading, frame.width - 2 * MARGIN, line), left, subtitle
    )
    top = frame.height - frame.footer_height + 6
    paint_legend(painter, frame.legend, QPointF(MARGIN, top), style.small_font, palette)
    painter.setFont(style.small_font)
    painter.setPen(palette.color(QPalette.ColorRole.WindowText))
    small = QFontMetricsF(style.small_font).height()
    footer = QRectF(MARGIN, top + frame.legend.height + 6, frame.width - 2 * MARGIN, small)
    painter.drawText(footer, left, footer_left)
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    painter.drawText(footer, right, footer_right)
    painter.restore()
