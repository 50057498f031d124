"""Paints the laid-out events of the timeline: markers, spans, uncertainty bands, titles, badges."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen

from timeline_app.domain.axis_ticks import AxisTicks
from timeline_app.domain.dates import precision_extent
from timeline_app.domain.event_columns import EventColumns
from timeline_app.domain.label_layout import MARKER_RADIUS, Layout, PlacedEvent
from timeline_app.domain.models import DatePrecision
from timeline_app.domain.time_scale import TimeScale
from timeline_app.ui.timeline.axis import compute_ticks, paint_axis
from timeline_app.ui.timeline.era_bands import EraBand, paint_era_bands
from timeline_app.ui.timeline.geometry import (
    AXIS_HEIGHT,
    BADGE_LANE,
    ROW_HEIGHT,
    badge_label,
    badge_rect,
    row_top,
)
from timeline_app.ui.timeline.paint_cache import (
    PixmapCache,
    StaticTextCache,
    draw_text_at,
    text_width,
)
from timeline_app.ui.timeline.shapes import (
    draw_badge_pill,
    draw_instant,
    draw_span,
    draw_uncertainty_band,
)

FALLBACK_COLOUR = "#808080"
#: Opacity of events that do not match the active search.
DIMMED_OPACITY = 0.22


@dataclass(frozen=True, slots=True)
class EventPaintState:
    """Everything the painter needs for one frame."""

    scale: TimeScale
    layout: Layout
    columns: EventColumns
    #: title and measured width of each placed event, by position
    titles: dict[int, str]
    widths: dict[int, float]
    #: colour by category index (the last one for unknown categories)
    colours: Sequence[QColor]
    selected: int | None
    hovered: int | None
    hovered_badge: int | None
    #: keys of the events matching the search (None: no search, nothing dimmed)
    matching: frozenset[int] | None
    font: QFont
    height: float
    texts: StaticTextCache
    #: pills rendered once per look; None draws each as a vector path (exported figures)
    badges: PixmapCache | None
    #: eras of the shown collections, drawn as bands behind the events
    eras: Sequence[EraBand] = ()

    def colour(self, position: int) -> QColor:
        """The category colour of an event."""
        index = int(self.columns.columns["category"][position])
        return self.colours[min(index, len(self.colours) - 1)]


def _clipped(rect: QRectF, left: float, right: float) -> QRectF:
    """``rect`` cut a little outside [left, right]: a year-long bar is 100,000 px wide at a
    day's zoom, and stroking its (dashed) outline in full would cost milliseconds."""
    margin = 12.0
    cut_left = max(rect.left(), left - margin)
    cut_right = min(rect.right(), right + margin)
    if cut_left >= cut_right:
        return QRectF(cut_left, rect.top(), 0.0, rect.height())
    return QRectF(cut_left, rect.top(), cut_right - cut_left, rect.height())


def _dimmed(state: EventPaintState, index: int) -> bool:
    return (
        state.matching is not None
        and index != state.selected
        and state.columns.key(index) not in state.matching
    )


def _shown_title(state: EventPaintState, item: PlacedEvent) -> tuple[str, float]:
    """The title drawn for a placed event, and its width."""
    title, width = state.titles[item.index], state.widths[item.index]
    if width <= item.text_width + 0.5:
        return title, width
    # The layout gave this title less room than it needs (whole, it would cross the widget's
    # edge at the whole-period view): elide it there, never clip it. Only such titles pay
    # for the metrics.
    elided = QFontMetricsF(state.font).elidedText(
        title, Qt.TextElideMode.ElideRight, item.text_width
    )
    return elided, item.text_width


def _paint_uncertainty_bands(
    painter: QPainter, state: EventPaintState, offset: float, view_left: float, view_right: float
) -> None:
    """First pass: the soft bands of month- and year-dated events, under every marker and title.

    A band reaches past its marker's own extent, so it is culled by its own span.
    """
    scale, columns = state.scale, state.columns
    for item in state.layout.placed:
        if item.left > view_right:
            break
        precision = columns.precision(item.index)
        if columns.is_span(item.index) or precision is DatePrecision.DAY:
            continue
        start = date.fromordinal(int(columns.starts[item.index]))
        first, last = precision_extent(start, precision)
        band_left = first.toordinal() * scale.pixels_per_day
        band_right = (last.toordinal() + 1) * scale.pixels_per_day
        if band_right < view_left:
            continue
        painter.setOpacity(DIMMED_OPACITY if _dimmed(state, item.index) else 1.0)
        band = _clipped(
            QRectF(
                band_left + offset, row_top(item.row) + 2, band_right - band_left, ROW_HEIGHT - 4
            ),
            view_left + offset,
            view_right + offset,
        )
        draw_uncertainty_band(
            painter, band, state.colour(item.index), approximate=columns.is_approximate(item.index)
        )
    painter.setOpacity(1.0)


def paint_events(
    painter: QPainter, palette: QPalette, exposed: QRectF, state: EventPaintState
) -> None:
    """Draw the events and badges that intersect ``exposed``."""
    scale, layout, columns = state.scale, state.layout, state.columns
    offset = scale.left - scale.start * scale.pixels_per_day
    view_left, view_right = exposed.left() - offset, exposed.right() - offset
    painter.setFont(state.font)
    _paint_uncertainty_bands(painter, state, offset, view_left, view_right)
    text_pen = palette.color(QPalette.ColorRole.Text)
    for item in layout.placed:
        if item.left > view_right:
            break
        if item.right < view_left:
            continue
        colour = state.colour(item.index)
        selected = item.index == state.selected
        approximate = columns.is_approximate(item.index)
        painter.setOpacity(DIMMED_OPACITY if _dimmed(state, item.index) else 1.0)
        top = row_top(item.row)
        x0 = item.x0 + offset
        text_x = item.text_x + offset
        title, width = _shown_title(state, item)
        if columns.is_span(item.index):
            bar = QRectF(x0, top + 3, max(item.x1 - item.x0, 3.0), ROW_HEIGHT - 6)
            draw_span(
                painter,
                _clipped(bar, exposed.left(), exposed.right()),
                colour,
                palette,
                selected=selected,
                approximate=approximate,
            )
            if bar.left() < text_x < bar.right() and text_x < exposed.left() + 4:
                # Zoomed inside a long span: keep its title in view, within the bar.
                text_x = min(exposed.left() + 4, bar.right() - width - 4)
        else:
            draw_instant(
                painter,
                QPointF(x0, top + ROW_HEIGHT / 2),
                MARKER_RADIUS,
                colour,
                exact=columns.precision(item.index) is DatePrecision.DAY and not approximate,
                palette=palette,
                selected=selected,
            )
        text_rect = QRectF(text_x, top, width + 4, ROW_HEIGHT)
        if selected:
            painter.fillRect(
                text_rect.adjusted(-2, 2, 2, -2), palette.color(QPalette.ColorRole.Highlight)
            )
            painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
        elif item.index == state.hovered:
            painter.setPen(palette.color(QPalette.ColorRole.Link))
        else:
            painter.setPen(text_pen)
        draw_text_at(painter, state.texts, text_x, top, ROW_HEIGHT, title)
    painter.setOpacity(1.0)
    _paint_badges(painter, palette, exposed, state, offset)


def _paint_badges(
    painter: QPainter, palette: QPalette, exposed: QRectF, state: EventPaintState, offset: float
) -> None:
    """The "+N" pills of the events that got no row."""
    layout = state.layout
    ratio = painter.device().devicePixelRatioF()
    colours = tuple(
        palette.color(role).rgba()
        for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Text, QPalette.ColorRole.Highlight)
    )
    painter.setPen(palette.color(QPalette.ColorRole.Text))
    for number, cluster in enumerate(layout.clusters):
        label = badge_label(cluster.count)
        label_width = text_width(state.texts, label)
        rect = badge_rect(cluster.x + offset, label_width, state.height)
        if rect.right() < exposed.left() or rect.left() > exposed.right():
            continue
        hovered = number == state.hovered_badge
        if state.badges is None:
            draw_badge_pill(painter, rect, palette, hovered=hovered)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
        else:
            # One image per pill size and look; the count is drawn over it as cached text.
            pill = state.badges.get(
                (rect.width(), rect.height(), hovered, colours, ratio),
                rect.size().toSize(),
                ratio,
                lambda p, r, hovered=hovered: draw_badge_pill(p, r, palette, hovered=hovered),  # type: ignore[misc]
            )
            painter.drawPixmap(rect.topLeft(), pill)
        draw_text_at(painter, state.texts, rect.left() + 7, rect.top(), rect.height(), label)


def paint_frame(
    painter: QPainter,
    palette: QPalette,
    rect: QRectF,
    exposed: QRectF,
    state: EventPaintState,
    ticks: tuple[TimeScale, AxisTicks] | None,
) -> tuple[TimeScale, AxisTicks]:
    """Paint a whole frame: background, axis and grid, then the events; returns the axis
    ticks used, to be passed back while the scale stays the same."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, palette.color(QPalette.ColorRole.Base))
    if ticks is None or ticks[0] != state.scale:
        ticks = (state.scale, compute_ticks(state.scale, state.texts))
    axis_rect = QRectF(0, 0, rect.width(), AXIS_HEIGHT)
    grid_bottom = rect.height() - BADGE_LANE
    paint_axis(
        painter, state.scale, ticks[1], axis_rect, grid_bottom, palette, state.font, state.texts
    )
    paint_era_bands(painter, palette, rect, state.scale, state.eras, state.font)
    paint_events(painter, palette, exposed, state)
    return ticks


def paint_focus_frame(painter: QPainter, palette: QPalette, rect: QRectF) -> None:
    """The keyboard-focus outline around the whole widget."""
    painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect.adjusted(1, 1, -1, -1))
