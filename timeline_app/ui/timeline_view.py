"""The zoomable timeline: a custom-painted widget driven by a pure TimeScale and label layout.

The widget's *logical* window (``visibleRange()``) changes at once; jumps such as bringing a
selected event into view are then shown with a short transition, which any new input ends.
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Collection, Sequence
from datetime import date

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
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
from timeline_app.domain.dates import marker_date_text
from timeline_app.domain.label_layout import Layout, layout_events
from timeline_app.domain.models import Category, EventMarker
from timeline_app.domain.time_scale import TimeScale
from timeline_app.ui.timeline_accessibility import install_accessibility
from timeline_app.ui.timeline_axis import compute_ticks, paint_axis
from timeline_app.ui.timeline_render import (
    AXIS_HEIGHT,
    BADGE_LANE,
    ROW_HEIGHT,
    EventPaintState,
    badge_rect,
    paint_events,
    row_top,
)
from timeline_app.ui.view_animation import ScaleAnimator

log = logging.getLogger(__name__)

SIDE_PADDING = 14.0
#: One wheel notch (120 eighths of a degree) zooms by this factor.
WHEEL_ZOOM_STEP = 1.25
KEY_ZOOM_STEP = 1.5
#: Shift+arrow pans by this fraction of the visible window.
KEY_PAN_FRACTION = 0.1
#: Revealing an event zooms in until at most this many days are in view.
READABLE_SPAN_DAYS = 3 * 365.0


class TimelineView(QWidget):
    """Events from 1992 to 2024 on a zoomable, pannable axis; click or arrow keys select."""

    #: str: id of the event that became selected
    eventSelected = Signal(str)
    #: emitted after every change of the visible window
    visibleRangeChanged = Signal()
    #: Enter was pressed: the user wants to read the selected event
    detailRequested = Signal()
    #: N was pressed: the user wants to write a note on the selected event
    newNoteRequested = Signal()
    #: int: Alt+Left (-1) or Alt+Right (+1): go back or forward in the history
    historyRequested = Signal(int)
    #: the selection was cleared
    selectionCleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName("Timeline")
        self._markers: list[EventMarker] = []
        self._starts: list[int] = []
        self._index_of: dict[str, int] = {}
        self._colours: dict[str, QColor] = {}
        self._label_widths: list[float] = []
        self._scale = TimeScale(0.0, 1.0, 1.0).fit_all().with_width(1.0, SIDE_PADDING)
        self._shown = self._scale
        self._layouts: dict[tuple[float, int, int | None], Layout] = {}
        self._ticks: AxisTicks | None = None
        self._selected: int | None = None
        self._matching: frozenset[int] | None = None
        self._hovered: int | None = None
        self._hovered_badge: int | None = None
        self._press_position: QPointF | None = None
        self._last_drag_x = 0.0
        self._dragging = False
        self._animator = ScaleAnimator(self._show_scale, self)
        install_accessibility()

    # ----- public API (a stable contract: see README) -----

    def setEvents(self, markers: Sequence[EventMarker], categories: Sequence[Category]) -> None:
        """Show these events coloured by these categories (the selection stays if still shown)."""
        selected_id = self.selectedEventId()
        matching_ids = self._matching_ids()
        self._markers = sorted(markers, key=lambda m: (m.start, m.id))
        self._starts = [marker.start.toordinal() for marker in self._markers]
        self._index_of = {marker.id: index for index, marker in enumerate(self._markers)}
        self._colours = {c.id: QColor(c.colour) for c in categories}
        self._measure_labels()
        self._selected = self._index_of.get(selected_id) if selected_id else None
        self._matching = self._indices_of(matching_ids)
        self._invalidate_layout()

    def visibleRange(self) -> tuple[date, date]:
        """First and last calendar day in view (inclusive)."""
        return self._scale.visible_dates()

    def setVisibleRange(self, start: date, end: date) -> None:
        """Show the days ``start`` to ``end`` inclusive (clamped to 1992–2024 and ≥ 1 day)."""
        self._set_scale(self._scale.with_dates(start, end))

    def animateToRange(self, start: date, end: date) -> None:
        """Like setVisibleRange, with a short transition."""
        self._set_scale(self._scale.with_dates(start, end), animate=True)

    def eventIds(self) -> list[str]:
        """Ids of the events on the timeline (after filters), in chronological order."""
        return [marker.id for marker in self._markers]

    def selectedEventId(self) -> str | None:
        """The selected event's id, or None."""
        return None if self._selected is None else self._markers[self._selected].id

    def selectEvent(self, event_id: str | None) -> bool:
        """Select an event (None clears), bring it into view and emit eventSelected.

        Returns False, changing nothing, for an id not on the timeline.
        """
        if event_id is None:
            had_selection = self._selected is not None
            self._selected = None
            self.update()  # the packing does not depend on the selection
            if had_selection:
                self.selectionCleared.emit()
            return True
        index = self._index_of.get(event_id)
        if index is None:
            log.info("selectEvent: %r is not on the timeline", event_id)
            return False
        self._select_index(index, animate=False)
        return True

    def revealEvent(self, event_id: str) -> bool:
        """Select an event and zoom so it is shown at a readable scale (for search results)."""
        index = self._index_of.get(event_id)
        if index is None:
            return False
        marker = self._markers[index]
        start = float(marker.start.toordinal())
        end = float((marker.end or marker.start).toordinal() + 1)
        span = min(self._scale.span, READABLE_SPAN_DAYS)
        span = max(span, (end - start) * 1.3)
        target = self._scale.with_window((start + end) / 2 - span / 2, (start + end) / 2 + span / 2)
        self._set_scale(target, animate=True)
        self._select_index(index, animate=True)
        return True

    def selectNext(self) -> None:
        """Select the next event in time (the first in view when none is selected)."""
        self._step_selection(+1)

    def selectPrevious(self) -> None:
        """Select the previous event in time (the last in view when none is selected)."""
        self._step_selection(-1)

    def selectNextInCategory(self, direction: int) -> None:
        """Select the next (+1) or previous (-1) event of the selected event's category."""
        if self._selected is None:
            self._step_selection(direction)
            return
        category = self._markers[self._selected].category_id
        index = self._selected + direction
        while 0 <= index < len(self._markers):
            if self._markers[index].category_id == category:
                self._select_index(index, animate=True)
                return
            index += direction

    def selectFirst(self) -> None:
        """Home: the whole period in view, with the earliest event selected.

        (Home was Fit All before it also meant "first event"; doing both keeps both promises.)
        """
        self.fitAll()
        if self._markers:
            self._select_index(0, animate=True)

    def selectLast(self) -> None:
        """Select the latest event on the timeline."""
        if self._markers:
            self._select_index(len(self._markers) - 1, animate=True)

    def setMatchingIds(self, event_ids: Collection[str] | None) -> None:
        """Dim every event not in ``event_ids`` (None: nothing is dimmed)."""
        self._matching = self._indices_of(event_ids)
        self.update()

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

    def setAnimationsEnabled(self, enabled: bool) -> None:
        """Turn transitions on or off (they are also off when the system asks for less motion)."""
        self._animator.enabled = enabled

    def visibleDayWindow(self) -> tuple[float, float]:
        """The logical window as fractional day numbers [start, end)."""
        return self._scale.start, self._scale.end

    def setDayWindow(self, start: float, end: float, *, animate: bool = False) -> None:
        """Set the window in fractional day numbers (the overview band, Back and Forward)."""
        self._set_scale(self._scale.with_window(start, end), animate=animate)

    # ----- internals -----

    def _matching_ids(self) -> set[str] | None:
        if self._matching is None:
            return None
        return {self._markers[index].id for index in self._matching if index < len(self._markers)}

    def _indices_of(self, event_ids: Collection[str] | None) -> frozenset[int] | None:
        if event_ids is None:
            return None
        return frozenset(self._index_of[i] for i in event_ids if i in self._index_of)

    def _measure_labels(self) -> None:
        metrics = QFontMetricsF(self.font())
        self._label_widths = [metrics.horizontalAdvance(marker.title) for marker in self._markers]

    def _invalidate_layout(self) -> None:
        self._layouts.clear()
        self.update()

    def _set_scale(self, scale: TimeScale, *, animate: bool = False) -> None:
        """Change the logical window; show it at once, or with a transition."""
        if not animate:
            self._animator.finish()
        if scale == self._scale:
            return
        previous_shown = self._shown
        self._scale = scale
        if animate:
            self._animator.start(previous_shown, scale)
        else:
            self._show_scale(scale)
        self.visibleRangeChanged.emit()

    def _show_scale(self, scale: TimeScale) -> None:
        self._shown = scale
        self._ticks = None
        self.update()

    def _rows_available(self) -> int:
        area = self.height() - AXIS_HEIGHT - BADGE_LANE - 8
        return max(1, int(area // ROW_HEIGHT))

    def _sync_width(self) -> None:
        """Follow the widget's width even before any resize event (a window not yet shown)."""
        width = max(1.0, self.width() - 2 * SIDE_PADDING)
        if self._scale.width != width:
            self._animator.finish()
            self._scale = self._scale.with_width(width, SIDE_PADDING)
            self._shown = self._scale
            self._ticks = None
            self._layouts.clear()

    def _layout_for(self, scale: TimeScale) -> Layout:
        """The packing at this zoom. It does not depend on the selection, so selecting never
        moves titles around; only a selected event that did not fit gets a packing of its own,
        with it placed first."""
        base = self._cached_layout(scale, None)
        if self._selected is None or any(item.index == self._selected for item in base.placed):
            return base
        return self._cached_layout(scale, self._selected)

    def _cached_layout(self, scale: TimeScale, selected: int | None) -> Layout:
        key = (scale.pixels_per_day, self._rows_available(), selected)
        layout = self._layouts.get(key)
        if layout is None:
            if len(self._layouts) > 8:  # a transition passes through many zoom levels
                self._layouts.clear()
            layout = layout_events(
                self._markers,
                self._label_widths,
                scale.pixels_per_day,
                self._rows_available(),
                selected_index=selected,
                right_limit=scale.domain_end * scale.pixels_per_day + SIDE_PADDING - 2,
            )
            self._layouts[key] = layout
        return layout

    def _current_layout(self) -> Layout:
        self._sync_width()
        return self._layout_for(self._scale)

    def _world_offset(self) -> float:
        """Add to a world x to get a widget x (for the logical window)."""
        self._sync_width()
        return self._scale.left - self._scale.start * self._scale.pixels_per_day

    def _select_index(self, index: int, *, animate: bool) -> None:
        changed = index != self._selected
        self._selected = index
        self.update()
        self._ensure_visible(index, animate=animate)
        if changed:
            self._announce_selection()
            self.eventSelected.emit(self._markers[index].id)

    def _announce_selection(self) -> None:
        """Tell assistive technology which item is now selected and focused."""
        if not QAccessible.isActive():
            return
        interface = QAccessible.queryAccessibleInterface(self)
        focused = interface.focusChild()
        child = interface.indexOfChild(focused) if focused is not None else -1
        for kind in (QAccessible.Event.Selection, QAccessible.Event.Focus):
            event = QAccessibleEvent(self, kind)
            event.setChild(child)
            QAccessible.updateAccessibility(event)

    def _ensure_visible(self, index: int, *, animate: bool) -> None:
        day = float(self._starts[index]) + 0.5
        margin = self._scale.span * 0.05
        if not self._scale.start + margin <= day <= self._scale.end - margin:
            self._set_scale(self._scale.centred_on(day), animate=animate)

    def _step_selection(self, direction: int) -> None:
        if not self._markers:
            return
        if self._selected is None:
            if direction > 0:
                index = min(
                    bisect.bisect_left(self._starts, self._scale.start), len(self._starts) - 1
                )
            else:
                index = max(bisect.bisect_left(self._starts, self._scale.end) - 1, 0)
        else:
            index = min(max(self._selected + direction, 0), len(self._markers) - 1)
        self._select_index(index, animate=True)

    def _hit(self, position: QPointF) -> tuple[str, int] | None:
        """('event', index) or ('badge', cluster number) under a widget position."""
        layout = self._current_layout()
        offset = self._world_offset()
        for number, cluster in enumerate(layout.clusters):
            if badge_rect(cluster.x + offset, cluster.count, self.font(), self.height()).contains(
                position
            ):
                return "badge", number
        for item in layout.placed:
            top = row_top(item.row)
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
        self._set_scale(new_scale, animate=True)

    # ----- Qt overrides -----

    @override
    def sizeHint(self) -> QSize:
        return QSize(1000, 320)

    @override
    def minimumSizeHint(self) -> QSize:
        return QSize(240, int(AXIS_HEIGHT + BADGE_LANE + 2 * ROW_HEIGHT + 8))

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        # The window (dates) stays; pixels per day and rows change, so the caches go.
        self._animator.finish()
        self._scale = self._scale.with_width(self.width() - 2 * SIDE_PADDING, SIDE_PADDING)
        self._shown = self._scale
        self._ticks = None
        self._layouts.clear()
        super().resizeEvent(event)

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._measure_labels()
            self._invalidate_layout()
        super().changeEvent(event)

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        self._sync_width()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        if self._ticks is None:
            self._ticks = compute_ticks(self._shown, self.font())
        axis_rect = QRectF(0, 0, self.width(), AXIS_HEIGHT)
        grid_bottom = self.height() - BADGE_LANE
        paint_axis(painter, self._shown, self._ticks, axis_rect, grid_bottom, palette, self.font())
        state = EventPaintState(
            scale=self._shown,
            layout=self._layout_for(self._shown),
            markers=self._markers,
            label_widths=self._label_widths,
            colours=self._colours,
            selected=self._selected,
            hovered=self._hovered,
            hovered_badge=self._hovered_badge,
            matching=self._matching,
            font=self.font(),
            height=float(self.height()),
        )
        paint_events(painter, palette, QRectF(event.rect()), state)
        if self.hasFocus():
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()

    @override
    def wheelEvent(self, event: QWheelEvent) -> None:
        self._animator.finish()
        self._sync_width()
        delta = event.angleDelta()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        horizontal = delta.x() or (delta.y() if shift else 0)
        if horizontal:
            self._set_scale(self._scale.panned_by_pixels(horizontal / 120 * 40))
        elif delta.y():
            factor = WHEEL_ZOOM_STEP ** (delta.y() / 120)
            self._set_scale(self._scale.zoomed(factor, event.position().x()))
        event.accept()

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._animator.finish()
        self._sync_width()
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
                self._select_index(hit[1], animate=True)
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
        return f"{marker_date_text(marker)}\n{marker.title}"

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._animator.finish()
        key = event.key()
        modifiers = event.modifiers()
        shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        control = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        alt = bool(modifiers & Qt.KeyboardModifier.AltModifier)
        if alt and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.historyRequested.emit(1 if key == Qt.Key.Key_Right else -1)
            event.accept()
            return
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoomIn()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoomOut()
        elif key == Qt.Key.Key_0:
            self.fitAll()
        elif key == Qt.Key.Key_Home:
            self.selectFirst()
        elif key == Qt.Key.Key_End:
            self.selectLast()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            direction = 1 if key == Qt.Key.Key_Right else -1
            if shift:
                self.panBy(KEY_PAN_FRACTION * direction)
            elif control:
                self.selectNextInCategory(direction)
            elif direction > 0:
                self.selectNext()
            else:
                self.selectPrevious()
        elif key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            self.panBy(0.9 if key == Qt.Key.Key_PageDown else -0.9)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected is not None:
            self.detailRequested.emit()
        elif key == Qt.Key.Key_N and not control and self._selected is not None:
            self.newNoteRequested.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # ----- geometry helpers for tests and accessibility -----

    def badgePositions(self) -> list[QPoint]:
        """Centres of the "+N" badges currently in view (widget coordinates)."""
        offset = self._world_offset()
        positions = []
        for cluster in self._current_layout().clusters:
            rect = badge_rect(cluster.x + offset, cluster.count, self.font(), self.height())
            if rect.right() >= 0 and rect.left() <= self.width():
                positions.append(rect.center().toPoint())
        return positions

    def titleRects(self) -> list[QRectF]:
        """Rectangles of the event titles drawn in view (widget coordinates)."""
        return [rect for _, rect in self.visibleEventRects()]

    def visibleEventRects(self) -> list[tuple[str, QRectF]]:
        """(event id, title rectangle) of every event drawn in view, left to right."""
        offset = self._world_offset()
        result = []
        for item in self._current_layout().placed:
            rect = QRectF(
                item.text_x + offset, row_top(item.row), self._label_widths[item.index], ROW_HEIGHT
            )
            if rect.right() >= 0 and rect.left() <= self.width():
                result.append((self._markers[item.index].id, rect))
        return result

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
                    return QPoint(round(x), round(row_top(item.row) + ROW_HEIGHT / 2))
                return None
        return None

    def markerFor(self, event_id: str) -> EventMarker | None:
        """The marker of an event on the timeline."""
        index = self._index_of.get(event_id)
        return None if index is None else self._markers[index]

    def isAnimating(self) -> bool:
        """True while a transition is being shown."""
        return self._animator.running
