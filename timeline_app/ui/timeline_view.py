"""The zoomable timeline: a custom-painted widget driven by a pure TimeScale and label layout."""

from __future__ import annotations

import bisect
import logging
import math
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QToolTip, QWidget
from typing_extensions import override

from timeline_app.domain.axis_ticks import AxisTicks
from timeline_app.domain.dates import format_event_date, precision_extent
from timeline_app.domain.label_layout import MARKER_RADIUS, Layout, layout_events
from timeline_app.domain.models import Category, DatePrecision, EventMarker
from timeline_app.domain.time_scale import TimeScale
from timeline_app.ui.timeline_axis import compute_ticks, paint_axis
from timeline_app.ui.timeline_painter import (
    draw_badge,
    draw_instant,
    draw_span,
    draw_uncertainty_band,
)

log = logging.getLogger(__name__)

AXIS_HEIGHT = 42.0
ROW_HEIGHT = 24.0
BADGE_LANE = 28.0
SIDE_PADDING = 14.0
#: One wheel notch (120 eighths of a degree) zooms by this factor.
WHEEL_ZOOM_STEP = 1.25
KEY_ZOOM_STEP = 1.5
#: Shift+arrow pans by this fraction of the visible window.
KEY_PAN_FRACTION = 0.1
FALLBACK_COLOUR = "#808080"


class TimelineView(QWidget):
    """Events from 1992 to 2024 on a zoomable, pannable axis; click or arrow keys select."""

    #: str: id of the event that became selected
    eventSelected = Signal(str)
    #: emitted after every zoom or pan
    visibleRangeChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName("Timeline")
        self._markers: list[EventMarker] = []
        self._index_of: dict[str, int] = {}
        self._colours: dict[str, QColor] = {}
        self._label_widths: list[float] = []
        self._scale = TimeScale(0.0, 1.0, 1.0).fit_all()
        self._scale = self._scale.with_width(1.0, SIDE_PADDING)
        self._layout: Layout | None = None
        self._ticks: AxisTicks | None = None
        self._selected: int | None = None
        self._hovered: int | None = None
        self._hovered_badge: int | None = None
        self._press_position: QPointF | None = None
        self._last_drag_x = 0.0
        self._dragging = False

    # ----- public API (a stable contract: see README) -----

    def setEvents(self, markers: Sequence[EventMarker], categories: Sequence[Category]) -> None:
        """Show these events (chronological) coloured by these categories."""
        selected_id = self.selectedEventId()
        self._markers = sorted(markers, key=lambda m: (m.start, m.id))
        self._index_of = {marker.id: index for index, marker in enumerate(self._markers)}
        self._colours = {c.id: QColor(c.colour) for c in categories}
        self._measure_labels()
        self._selected = self._index_of.get(selected_id) if selected_id else None
        self._invalidate_layout()

    def visibleRange(self) -> tuple[date, date]:
        """First and last calendar day in view (inclusive)."""
        return self._scale.visible_dates()

    def setVisibleRange(self, start: date, end: date) -> None:
        """Show the days ``start`` to ``end`` inclusive (clamped to 1992–2024 and ≥ 1 day)."""
        self._set_scale(self._scale.with_dates(start, end))

    def eventIds(self) -> list[str]:
        """Ids of all events, in chronological order."""
        return [marker.id for marker in self._markers]

    def selectedEventId(self) -> str | None:
        """The selected event's id, or None."""
        return None if self._selected is None else self._markers[self._selected].id

    def selectEvent(self, event_id: str | None) -> bool:
        """Select an event (None clears), bring it into view and emit eventSelected.

        Returns False, changing nothing, for an unknown id.
        """
        if event_id is None:
            self._selected = None
            self._invalidate_layout()
            return True
        index = self._index_of.get(event_id)
        if index is None:
            log.warning("selectEvent: no event with id %r", event_id)
            return False
        self._select_index(index)
        return True

    def selectNext(self) -> None:
        """Select the next event in time (the first in view when none is selected)."""
        self._step_selection(+1)

    def selectPrevious(self) -> None:
        """Select the previous event in time (the last in view when none is selected)."""
        self._step_selection(-1)

    def zoomIn(self) -> None:
        """Zoom in around the centre."""
        self._set_scale(self._scale.zoomed(KEY_ZOOM_STEP))

    def zoomOut(self) -> None:
        """Zoom out around the centre."""
        self._set_scale(self._scale.zoomed(1 / KEY_ZOOM_STEP))

    def fitAll(self) -> None:
        """Show the whole period, 1992–2024."""
        self._set_scale(self._scale.fit_all())

    def panBy(self, fraction: float) -> None:
        """Move the window by a fraction of its width (positive: later)."""
        self._set_scale(self._scale.panned_by_days(self._scale.span * fraction))

    # ----- internals -----

    def _measure_labels(self) -> None:
        metrics = QFontMetricsF(self.font())
        self._label_widths = [metrics.horizontalAdvance(marker.title) for marker in self._markers]

    def _invalidate_layout(self) -> None:
        self._layout = None
        self.update()

    def _set_scale(self, scale: TimeScale) -> None:
        if scale == self._scale:
            return
        zoom_changed = not math.isclose(
            scale.pixels_per_day, self._scale.pixels_per_day, rel_tol=1e-12
        )
        self._scale = scale
        self._ticks = None
        if zoom_changed:
            self._layout = None
        self.update()
        self.visibleRangeChanged.emit()

    def _rows_available(self) -> int:
        area = self.height() - AXIS_HEIGHT - BADGE_LANE - 8
        return max(1, int(area // ROW_HEIGHT))

    def _current_layout(self) -> Layout:
        if self._layout is None:
            self._layout = layout_events(
                self._markers,
                self._label_widths,
                self._scale.pixels_per_day,
                self._rows_available(),
                selected_index=self._selected,
                right_limit=self._scale.domain_end * self._scale.pixels_per_day + SIDE_PADDING - 2,
            )
        return self._layout

    def _world_offset(self) -> float:
        """Add to a world x to get a widget x."""
        return self._scale.left - self._scale.start * self._scale.pixels_per_day

    def _row_top(self, row: int) -> float:
        return AXIS_HEIGHT + 6 + row * ROW_HEIGHT

    def _badge_rect(self, x: float, count: int) -> QRectF:
        width = QFontMetricsF(self.font()).horizontalAdvance(f"+{count}") + 14
        return QRectF(x - width / 2, self.height() - BADGE_LANE + 3, width, BADGE_LANE - 8)

    def _select_index(self, index: int) -> None:
        changed = index != self._selected
        self._selected = index
        self._invalidate_layout()
        self._ensure_visible(index)
        if changed:
            self.eventSelected.emit(self._markers[index].id)

    def _ensure_visible(self, index: int) -> None:
        marker = self._markers[index]
        day = float(marker.start.toordinal()) + 0.5
        margin = self._scale.span * 0.05
        if not self._scale.start + margin <= day <= self._scale.end - margin:
            self._set_scale(self._scale.centred_on(day))

    def _step_selection(self, direction: int) -> None:
        if not self._markers:
            return
        if self._selected is None:
            days = [m.start.toordinal() for m in self._markers]
            if direction > 0:
                index = min(bisect.bisect_left(days, self._scale.start), len(days) - 1)
            else:
                index = max(bisect.bisect_left(days, self._scale.end) - 1, 0)
        else:
            index = min(max(self._selected + direction, 0), len(self._markers) - 1)
        self._select_index(index)

    def _hit(self, position: QPointF) -> tuple[str, int] | None:
        """('event', index) or ('badge', cluster number) under a widget position."""
        layout = self._current_layout()
        offset = self._world_offset()
        for number, cluster in enumerate(layout.clusters):
            if self._badge_rect(cluster.x + offset, cluster.count).contains(position):
                return "badge", number
        for item in layout.placed:
            top = self._row_top(item.row)
            left = item.left + offset - 3
            right = item.right + offset + 3
            if left <= position.x() <= right and top <= position.y() <= top + ROW_HEIGHT:
                return "event", item.index
        return None

    def _zoom_to_cluster(self, number: int) -> None:
        cluster = self._current_layout().clusters[number]
        padding = max((cluster.last_day - cluster.first_day) * 0.25, 3.0)
        new_scale = self._scale.with_window(cluster.first_day - padding, cluster.last_day + padding)
        if new_scale.span >= self._scale.span:  # cannot zoom further: at least zoom a step
            new_scale = self._scale.zoomed(KEY_ZOOM_STEP, self._scale.x_of(cluster.first_day))
        self._set_scale(new_scale)

    # ----- Qt overrides -----

    @override
    def sizeHint(self) -> QSize:
        return QSize(1000, 320)

    @override
    def minimumSizeHint(self) -> QSize:
        return QSize(240, int(AXIS_HEIGHT + BADGE_LANE + 2 * ROW_HEIGHT + 8))

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        # The window (dates) stays; pixels per day and rows change, so both caches go.
        self._scale = self._scale.with_width(self.width() - 2 * SIDE_PADDING, SIDE_PADDING)
        self._ticks = None
        self._layout = None
        super().resizeEvent(event)

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._measure_labels()
            self._invalidate_layout()
        super().changeEvent(event)

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        if self._ticks is None:
            self._ticks = compute_ticks(self._scale, self.font())
        axis_rect = QRectF(0, 0, self.width(), AXIS_HEIGHT)
        grid_bottom = self.height() - BADGE_LANE
        paint_axis(painter, self._scale, self._ticks, axis_rect, grid_bottom, palette, self.font())
        self._paint_events(painter, palette, QRectF(event.rect()))
        if self.hasFocus():
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()

    def _paint_events(self, painter: QPainter, palette: QPalette, exposed: QRectF) -> None:
        layout = self._current_layout()
        offset = self._world_offset()
        view_left, view_right = exposed.left() - offset, exposed.right() - offset
        metrics = QFontMetricsF(self.font())
        text_colour = palette.color(QPalette.ColorRole.Text)
        bold = self.font()
        bold.setBold(True)
        for item in layout.placed:
            if item.left > view_right:
                break
            if item.right < view_left:
                continue
            marker = self._markers[item.index]
            colour = self._colours.get(marker.category_id, QColor(FALLBACK_COLOUR))
            selected = item.index == self._selected
            top = self._row_top(item.row)
            centre_y = top + ROW_HEIGHT / 2
            x0 = item.x0 + offset
            if marker.is_span:
                bar = QRectF(x0, top + 3, max(item.x1 - item.x0, 3.0), ROW_HEIGHT - 6)
                draw_span(
                    painter, bar, colour, palette, selected=selected, approximate=marker.approximate
                )
            else:
                if marker.precision is not DatePrecision.DAY:
                    first, last = precision_extent(marker.start, marker.precision)
                    band = QRectF(
                        self._scale.x_of(first.toordinal()),
                        top + 2,
                        (last.toordinal() + 1 - first.toordinal()) * self._scale.pixels_per_day,
                        ROW_HEIGHT - 4,
                    )
                    draw_uncertainty_band(painter, band, colour, approximate=marker.approximate)
                draw_instant(
                    painter,
                    QPointF(x0, centre_y),
                    MARKER_RADIUS,
                    colour,
                    marker,
                    palette,
                    selected=selected,
                )
            text_rect = QRectF(
                item.text_x + offset, top, self._label_widths[item.index] + 4, ROW_HEIGHT
            )
            if selected:
                highlight = palette.color(QPalette.ColorRole.Highlight)
                painter.fillRect(text_rect.adjusted(-2, 2, 2, -2), highlight)
                painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
            else:
                painter.setPen(text_colour)
            if item.index == self._hovered and not selected:
                painter.setPen(palette.color(QPalette.ColorRole.Link))
            painter.setFont(self.font())
            painter.drawText(
                text_rect,
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                metrics.elidedText(marker.title, Qt.TextElideMode.ElideRight, text_rect.width()),
            )
        for number, cluster in enumerate(layout.clusters):
            rect = self._badge_rect(cluster.x + offset, cluster.count)
            if rect.right() < exposed.left() or rect.left() > exposed.right():
                continue
            draw_badge(
                painter, rect, f"+{cluster.count}", palette, hovered=number == self._hovered_badge
            )

    @override
    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        horizontal = (
            delta.x()
            if delta.x()
            else (delta.y() if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 0)
        )
        if horizontal:
            self._set_scale(self._scale.panned_by_pixels(horizontal / 120 * 40))
        elif delta.y():
            factor = WHEEL_ZOOM_STEP ** (delta.y() / 120)
            self._set_scale(self._scale.zoomed(factor, event.position().x()))
        event.accept()

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press_position = event.position()
            self._last_drag_x = event.position().x()
            self._dragging = False
        super().mousePressEvent(event)

    @override
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        position = event.position()
        if self._press_position is not None and event.buttons() & Qt.MouseButton.LeftButton:
            moved = (position - self._press_position).manhattanLength()
            if self._dragging or moved >= QApplication.startDragDistance():
                if not self._dragging:
                    self._dragging = True
                    self.setCursor(Qt.CursorShape.ClosedHandCursor)
                self._set_scale(self._scale.panned_by_pixels(position.x() - self._last_drag_x))
                self._last_drag_x = position.x()
            return
        self._update_hover(position)

    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press_position is None:
            super().mouseReleaseEvent(event)
            return
        was_dragging = self._dragging
        self._press_position = None
        self._dragging = False
        self.unsetCursor()
        if not was_dragging:
            hit = self._hit(event.position())
            if hit is not None and hit[0] == "event":
                self._select_index(hit[1])
            elif hit is not None:
                self._zoom_to_cluster(hit[1])

    @override
    def leaveEvent(self, event: QEvent) -> None:
        self._hovered = self._hovered_badge = None
        self.update()
        super().leaveEvent(event)

    def _update_hover(self, position: QPointF) -> None:
        hit = self._hit(position)
        hovered = hit[1] if hit and hit[0] == "event" else None
        badge = hit[1] if hit and hit[0] == "badge" else None
        if (hovered, badge) != (self._hovered, self._hovered_badge):
            self._hovered, self._hovered_badge = hovered, badge
            self.setCursor(Qt.CursorShape.PointingHandCursor if hit else Qt.CursorShape.ArrowCursor)
            self.update()

    @override
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self._hit(QPointF(event.pos()))
            if hit is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self._tooltip(hit), self)
            return True
        return super().event(event)

    def _tooltip(self, hit: tuple[str, int]) -> str:
        if hit[0] == "badge":
            count = self._current_layout().clusters[hit[1]].count
            return f"{count} more events here: click to zoom in"
        marker = self._markers[hit[1]]
        when = format_event_date(
            marker.start, marker.end, marker.precision, approximate=marker.approximate
        )
        return f"{when}\n{marker.title}"

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoomIn()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoomOut()
        elif key in (Qt.Key.Key_0, Qt.Key.Key_Home):
            self.fitAll()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and shift:
            self.panBy(KEY_PAN_FRACTION if key == Qt.Key.Key_Right else -KEY_PAN_FRACTION)
        elif key == Qt.Key.Key_Right:
            self.selectNext()
        elif key == Qt.Key.Key_Left:
            self.selectPrevious()
        elif key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            self.panBy(0.9 if key == Qt.Key.Key_PageDown else -0.9)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def badgePositions(self) -> list[QPoint]:
        """Centres of the "+N" badges currently in view (widget coordinates)."""
        offset = self._world_offset()
        positions = []
        for cluster in self._current_layout().clusters:
            rect = self._badge_rect(cluster.x + offset, cluster.count)
            if rect.right() >= 0 and rect.left() <= self.width():
                positions.append(rect.center().toPoint())
        return positions

    def titleRects(self) -> list[QRectF]:
        """Rectangles of the event titles drawn in view (widget coordinates)."""
        offset = self._world_offset()
        rects = []
        for item in self._current_layout().placed:
            rect = QRectF(
                item.text_x + offset,
                self._row_top(item.row),
                self._label_widths[item.index],
                ROW_HEIGHT,
            )
            if rect.right() >= 0 and rect.left() <= self.width():
                rects.append(rect)
        return rects

    def eventAt(self, point: QPoint) -> str | None:
        """Id of the event drawn at ``point`` (widget coordinates), or None."""
        hit = self._hit(QPointF(point))
        return self._markers[hit[1]].id if hit and hit[0] == "event" else None

    def eventPosition(self, event_id: str) -> QPoint | None:
        """Widget position of an event's marker when it is drawn in view, else None."""
        index = self._index_of.get(event_id)
        if index is None:
            return None
        offset = self._world_offset()
        for item in self._current_layout().placed:
            if item.index == index:
                x = item.x0 + offset
                if 0 <= x <= self.width():
                    return QPoint(round(x), round(self._row_top(item.row) + ROW_HEIGHT / 2))
                return None
        return None
