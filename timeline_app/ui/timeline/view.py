"""The zoomable timeline: a custom-painted widget driven by a pure TimeScale and label layout.

The widget's *logical* window (``visibleRange()``) changes at once; jumps such as bringing a
selected event into view are then shown with a short transition, which any new input ends.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence
from datetime import date

import numpy as np
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
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
from timeline_app.domain.event_columns import EventColumns
from timeline_app.domain.event_lookup import EventLookup, MarkerLookup
from timeline_app.domain.label_layout import Layout
from timeline_app.domain.models import Category, EventMarker
from timeline_app.domain.time_scale import TimeScale
from timeline_app.ui.timeline.accessibility import install_accessibility
from timeline_app.ui.timeline.animation import ScaleAnimator
from timeline_app.ui.timeline.axis import compute_ticks, paint_axis
from timeline_app.ui.timeline.content import TimelineContent
from timeline_app.ui.timeline.event_painter import (
    AXIS_HEIGHT,
    BADGE_LANE,
    FALLBACK_COLOUR,
    ROW_HEIGHT,
    EventPaintState,
    badge_label,
    badge_rect,
    paint_events,
    row_top,
)
from timeline_app.ui.timeline.paint_cache import PixmapCache, StaticTextCache, text_width

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
        self._texts = StaticTextCache()
        self._texts.use_font(self.font())
        self._content = TimelineContent(self._texts)
        self._badges = PixmapCache()
        self._colours: list[QColor] = [QColor(FALLBACK_COLOUR)]
        self._scale = TimeScale(0.0, 1.0, 1.0).fit_all().with_width(1.0, SIDE_PADDING)
        self._shown = self._scale
        self._ticks: AxisTicks | None = None
        self._selected: int | None = None
        #: keys of the events matching the search; None when no search is active
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
        columns, ordered = EventColumns.from_markers(markers, [c.id for c in categories])
        self.setColumns(columns, MarkerLookup(ordered), categories)

    def setColumns(
        self, columns: EventColumns, lookup: EventLookup, categories: Sequence[Category]
    ) -> None:
        """Show events given as columns, with ``lookup`` for their titles and ids.

        The selection and the search dimming stay for the events still shown.
        """
        selected_key = None if self._selected is None else self._columns.key(self._selected)
        if lookup is self._content.lookup:  # same keys for the same events (a filter change)
            self._content.set_events(columns, lookup)
            self._selected = None if selected_key is None else columns.position_of_key(selected_key)
        else:  # other keys: carry the selection and the search over by event id
            selected_id = self.selectedEventId()
            matching = self._matching
            matching_ids = None if matching is None else self._content.ids_of_keys(list(matching))
            self._content.set_events(columns, lookup)
            self._selected = None if selected_id is None else self._content.position_of(selected_id)
            self._matching = None if matching_ids is None else self._content.keys_of(matching_ids)
        self._colours = [QColor(c.colour) for c in categories] + [QColor(FALLBACK_COLOUR)]
        self._hovered = self._hovered_badge = None
        self.update()

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
        """Ids of the events on the timeline (after filters), in chronological order.

        With a million events this reads a million ids: for tests and tools, not for painting.
        """
        return self._content.all_ids()

    def eventCount(self) -> int:
        """How many events are on the timeline (after filters)."""
        return len(self._columns)

    def selectedEventId(self) -> str | None:
        """The selected event's id, or None."""
        return None if self._selected is None else self._content.ids([self._selected])[0]

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
        index = self._content.position_of(event_id)
        if index is None:
            log.info("selectEvent: %r is not on the timeline", event_id)
            return False
        self._select_index(index, animate=False)
        return True

    def revealEvent(self, event_id: str) -> bool:
        """Select an event and zoom so it is shown at a readable scale (for search results)."""
        index = self._content.position_of(event_id)
        if index is None:
            return False
        start = float(self._columns.starts[index])
        end = float(self._columns.ends[index])
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
        categories = self._columns.columns["category"]
        category = categories[self._selected]
        if direction > 0:
            later = np.flatnonzero(categories[self._selected + 1 :] == category)
            if len(later):
                self._select_index(self._selected + 1 + int(later[0]), animate=True)
        else:
            earlier = np.flatnonzero(categories[: self._selected] == category)
            if len(earlier):
                self._select_index(int(earlier[-1]), animate=True)

    def selectFirst(self) -> None:
        """Home: the whole period in view, with the earliest event selected.

        (Home was Fit All before it also meant "first event"; doing both keeps both promises.)
        """
        self.fitAll()
        if len(self._columns):
            self._select_index(0, animate=True)

    def selectLast(self) -> None:
        """Select the latest event on the timeline."""
        if len(self._columns):
            self._select_index(len(self._columns) - 1, animate=True)

    def setMatchingIds(self, event_ids: Collection[str] | None) -> None:
        """Dim every event not in ``event_ids`` (None: nothing is dimmed)."""
        self._matching = None if event_ids is None else self._content.keys_of(event_ids)
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

    @property
    def _columns(self) -> EventColumns:
        return self._content.columns

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
            self._content.forget_layouts()

    def _layout_for(self, scale: TimeScale) -> Layout:
        """The packing at this zoom (see TimelineContent.layout)."""
        # World x of the widget's edges when the whole period is in view.
        limits = (
            scale.domain_start * scale.pixels_per_day - SIDE_PADDING + 2,
            scale.domain_end * scale.pixels_per_day + SIDE_PADDING - 2,
        )
        return self._content.layout(scale, self._rows_available(), self._selected, limits)

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
            self.eventSelected.emit(self._content.ids([index])[0])

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
        day = float(self._columns.starts[index]) + 0.5
        margin = self._scale.span * 0.05
        if not self._scale.start + margin <= day <= self._scale.end - margin:
            self._set_scale(self._scale.centred_on(day), animate=animate)

    def _step_selection(self, direction: int) -> None:
        count = len(self._columns)
        if not count:
            return
        if self._selected is None:
            if direction > 0:
                index = min(self._columns.first_at_or_after(self._scale.start), count - 1)
            else:
                index = max(self._columns.first_at_or_after(self._scale.end) - 1, 0)
        else:
            index = min(max(self._selected + direction, 0), count - 1)
        self._select_index(index, animate=True)

    def _hit(self, position: QPointF) -> tuple[str, int] | None:
        """('event', index) or ('badge', cluster number) under a widget position."""
        layout = self._current_layout()
        offset = self._world_offset()
        for number, cluster in enumerate(layout.clusters):
            if self._badge_rect(cluster.x + offset, cluster.count).contains(position):
                return "badge", number
        for item in layout.placed:
            top = row_top(item.row)
            left = item.left + offset - 3
            right = item.right + offset + 3
            if left <= position.x() <= right and top <= position.y() <= top + ROW_HEIGHT:
                return "event", item.index
        return None

    def _badge_rect(self, x: float, count: int) -> QRectF:
        self._texts.use_font(self.font())
        return badge_rect(x, text_width(self._texts, badge_label(count)), self.height())

    def _zoom_to_cluster(self, number: int) -> None:
        cluster = self._current_layout().clusters[number]
        # Zoom to the days the badge's events actually start on, not to its whole bin.
        low = self._columns.first_at_or_after(cluster.first_day)
        high = self._columns.first_at_or_after(cluster.last_day)
        first, last = cluster.first_day, cluster.last_day
        if low < high:
            first = float(self._columns.starts[low])
            last = float(self._columns.starts[high - 1]) + 1
        padding = max((last - first) * 0.25, 3.0)
        new_scale = self._scale.with_window(first - padding, last + padding)
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
        self._content.forget_layouts()
        super().resizeEvent(event)

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._content.set_font(self.font())
            self.update()
        super().changeEvent(event)

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        self._sync_width()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        self._texts.use_font(self.font())
        if self._ticks is None:
            self._ticks = compute_ticks(self._shown, self._texts)
        axis_rect = QRectF(0, 0, self.width(), AXIS_HEIGHT)
        grid_bottom = self.height() - BADGE_LANE
        paint_axis(
            painter,
            self._shown,
            self._ticks,
            axis_rect,
            grid_bottom,
            palette,
            self.font(),
            self._texts,
        )
        layout = self._layout_for(self._shown)
        positions = [item.index for item in layout.placed]
        keys = self._columns.keys[positions].tolist() if positions else []
        state = EventPaintState(
            scale=self._shown,
            layout=layout,
            columns=self._columns,
            titles=dict(zip(positions, self._content.titles(keys), strict=True)),
            widths=dict(zip(positions, self._content.widths(keys), strict=True)),
            colours=self._colours,
            selected=self._selected,
            hovered=self._hovered,
            hovered_badge=self._hovered_badge,
            matching=self._matching,
            font=self.font(),
            height=float(self.height()),
            texts=self._texts,
            badges=self._badges,
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
            return f"{count:,} more events start here: click to zoom in"
        marker = self._content.marker(hit[1])
        return "" if marker is None else f"{marker_date_text(marker)}\n{marker.title}"

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
            rect = self._badge_rect(cluster.x + offset, cluster.count)
            if rect.right() >= 0 and rect.left() <= self.width():
                positions.append(rect.center().toPoint())
        return positions

    def titleRects(self) -> list[QRectF]:
        """Rectangles of the event titles drawn in view (widget coordinates)."""
        return [rect for _, rect in self.visibleEventRects()]

    def visibleEventRects(self) -> list[tuple[str, QRectF]]:
        """(event id, title rectangle) of every event drawn in view, left to right."""
        offset = self._world_offset()
        shown = []
        for item in self._current_layout().placed:
            width = self._content.widths([self._columns.key(item.index)])[0]
            rect = QRectF(item.text_x + offset, row_top(item.row), width, ROW_HEIGHT)
            if rect.right() >= 0 and rect.left() <= self.width():
                shown.append((item.index, rect))
        ids = self._content.ids([index for index, _ in shown])
        return [(event_id, rect) for event_id, (_, rect) in zip(ids, shown, strict=True)]

    def eventAt(self, point: QPoint) -> str | None:
        """Id of the event drawn at ``point`` (widget coordinates), or None."""
        hit = self._hit(QPointF(point))
        return self._content.ids([hit[1]])[0] if hit and hit[0] == "event" else None

    def eventPosition(self, event_id: str) -> QPoint | None:
        """Widget position of an event's marker when it is drawn in view, else None."""
        index = self._content.position_of(event_id)
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
        index = self._content.position_of(event_id)
        return None if index is None else self._content.marker(index)

    def isDimmed(self, event_id: str) -> bool:
        """True when the event is drawn faded because it does not match the search."""
        index = self._content.position_of(event_id)
        if index is None or self._matching is None or index == self._selected:
            return False
        return self._columns.key(index) not in self._matching

    def isAnimating(self) -> bool:
        """True while a transition is being shown."""
        return self._animator.running
