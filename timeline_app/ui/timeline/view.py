"""The zoomable timeline: a custom-painted widget driven by a pure TimeScale and label layout.

The widget's *logical* window (``visibleRange()``) changes at once; jumps such as bringing a
selected event into view are then shown with a short transition, which any new input ends.
Layouts (and the titles they need) are made when the window changes, outside painting;
``paintEvent`` never reads storage (see ``TimelineContent``).
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence
from datetime import date

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget
from typing_extensions import override

from timeline_app.domain.axis_ticks import AxisTicks
from timeline_app.domain.dates import event_date_text
from timeline_app.domain.errors import StorageError
from timeline_app.domain.event_columns import EventColumns
from timeline_app.domain.event_lookup import EventLookup, MarkerLookup
from timeline_app.domain.label_layout import Layout
from timeline_app.domain.models import Category, EventMarker
from timeline_app.domain.time_scale import TimeScale
from timeline_app.domain.view_targets import (
    KEY_ZOOM_STEP,
    cluster_scale,
    readable_scale,
    scale_showing,
    stepped_position,
)
from timeline_app.ui.timeline.accessibility import install_accessibility
from timeline_app.ui.timeline.content import TimelineContent
from timeline_app.ui.timeline.event_painter import (
    FALLBACK_COLOUR,
    EventPaintState,
    paint_focus_frame,
    paint_frame,
)
from timeline_app.ui.timeline.geometry import (
    AXIS_HEIGHT,
    BADGE_LANE,
    ROW_HEIGHT,
    Hit,
    TimelineGeometry,
    rows_available,
)
from timeline_app.ui.timeline.input import KeyHandler, PointerHandler
from timeline_app.ui.timeline.paint_cache import PixmapCache, StaticTextCache
from timeline_app.ui.timeline.viewport import Viewport

log = logging.getLogger(__name__)


class TimelineView(QWidget):
    """Events on a zoomable, pannable axis; click or arrow keys select."""

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
    #: StorageError: reading titles or ids failed (the view goes on with what it knows)
    storageFailed = Signal(StorageError)

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
        self._content.on_failure = self.storageFailed.emit
        self._geometry = TimelineGeometry(self._texts)
        self._viewport = Viewport(self, self._on_shown)
        self._badges = PixmapCache()
        self._colours: list[QColor] = [QColor(FALLBACK_COLOUR)]
        self._ticks: tuple[TimeScale, AxisTicks] | None = None
        self._selected: int | None = None
        #: keys of the events matching the search; None when no search is active
        self._matching: frozenset[int] | None = None
        self._hovered: int | None = None
        self._hovered_badge: int | None = None
        #: a read of the titles the last paint lacked is queued
        self._fetch_queued = False
        self._keys = KeyHandler(
            self, self.historyRequested.emit, self.detailRequested.emit, self.newNoteRequested.emit
        )
        self._pointer = PointerHandler(self)
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
        """Show the days ``start`` to ``end`` inclusive (clamped to the period and ≥ 1 day)."""
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
        if self._selected is None:
            return None
        return self._content.ids([self._selected])[0] or None

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
        start, end = float(self._columns.starts[index]), float(self._columns.ends[index])
        self._set_scale(readable_scale(self._scale, start, end), animate=True)
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
        found = self._columns.next_in_category(self._selected, direction)
        if found is not None:
            self._select_index(found, animate=True)

    def selectFirst(self) -> None:
        """Home: everything in view, with the earliest event selected.

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

    def zoomAround(self, factor: float, x: float) -> None:
        """Zoom by ``factor`` keeping the date under widget ``x`` in place (the wheel)."""
        self._set_scale(self._scale.zoomed(factor, x))

    def fitAll(self) -> None:
        """Show the whole period."""
        self._set_scale(self._scale.fit_all())

    def panBy(self, fraction: float) -> None:
        """Move the window by a fraction of its width (positive: later)."""
        self._set_scale(self._scale.panned_by_days(self._scale.span * fraction))

    def panByPixels(self, dx: float) -> None:
        """Move the window by ``dx`` pixels (positive: earlier, as when dragging right)."""
        self._set_scale(self._scale.panned_by_pixels(dx))

    def setAnimationsEnabled(self, enabled: bool) -> None:
        """Turn transitions on or off (they are also off when the system asks for less motion)."""
        self._viewport.animator.enabled = enabled

    def visibleDayWindow(self) -> tuple[float, float]:
        """The logical window as fractional day numbers [start, end)."""
        return self._scale.start, self._scale.end

    def setDayWindow(self, start: float, end: float, *, animate: bool = False) -> None:
        """Set the window in fractional day numbers (the overview band, Back and Forward)."""
        self._set_scale(self._scale.with_window(start, end), animate=animate)

    def activateAt(self, position: QPointF) -> None:
        """A click: select the event there, or zoom into the badge there."""
        hit = self._hit(position)
        if hit is not None and hit.kind == "event":
            self._select_index(hit.index, animate=True)
        elif hit is not None:
            cluster = self._current_layout().clusters[hit.index]
            self._set_scale(cluster_scale(self._columns, cluster, self._scale), animate=True)

    def hoverAt(self, position: QPointF) -> None:
        """Highlight what is under the pointer."""
        hit = self._hit(position)
        hovered = hit.index if hit and hit.kind == "event" else None
        badge = hit.index if hit and hit.kind == "badge" else None
        if (hovered, badge) != (self._hovered, self._hovered_badge):
            self._hovered, self._hovered_badge = hovered, badge
            self.setCursor(Qt.CursorShape.PointingHandCursor if hit else Qt.CursorShape.ArrowCursor)
            self.update()

    def setDragging(self, dragging: bool) -> None:
        """Show the closed hand while the timeline is dragged."""
        if dragging:
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        else:
            self.unsetCursor()

    # ----- internals -----

    @property
    def _columns(self) -> EventColumns:
        return self._content.columns

    @property
    def _scale(self) -> TimeScale:
        return self._viewport.logical_for(self.width())

    def _set_scale(self, scale: TimeScale, *, animate: bool = False) -> None:
        """Change the logical window; show it at once, or with a transition."""
        if self._viewport.go_to(scale, animate=animate):
            self.visibleRangeChanged.emit()

    def _on_shown(self, scale: TimeScale) -> None:
        if self.isVisible():
            self._layout_for(scale)  # titles are read here, never while painting
        self.update()

    def _fetch_missing(self) -> None:
        """Read the titles the last paint lacked (outside painting), then paint again."""
        self._fetch_queued = False
        if self._content.fetch_missing():
            self.update()

    def _layout_for(self, scale: TimeScale, *, fetch: bool = True) -> Layout:
        """The packing at this zoom (see TimelineContent.layout)."""
        rows = rows_available(self.height())
        limits = self._viewport.world_limits(scale)
        return self._content.layout(scale, rows, self._selected, limits, fetch=fetch)

    def _current_layout(self) -> Layout:
        return self._layout_for(self._scale)

    def _world_offset(self) -> float:
        """Add to a world x to get a widget x (for the logical window)."""
        scale = self._scale
        return scale.left - scale.start * scale.pixels_per_day

    def _select_index(self, index: int, *, animate: bool) -> None:
        changed = index != self._selected
        self._selected = index
        self.update()
        day = float(self._columns.starts[index]) + 0.5
        self._set_scale(scale_showing(self._scale, day), animate=animate)
        event_id = self._content.ids([index])[0]
        if changed and event_id:  # no id: storage failed, and storageFailed said so
            self._announce_selection()
            self.eventSelected.emit(event_id)

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

    def _step_selection(self, direction: int) -> None:
        index = stepped_position(self._columns, self._selected, direction, self._scale)
        if index is not None:
            self._select_index(index, animate=True)

    def _hit(self, position: QPointF) -> Hit | None:
        """The event or badge under a widget position."""
        layout = self._current_layout()
        return self._geometry.hit(layout, self._world_offset(), position, self.height())

    def _tooltip(self, hit: Hit) -> str:
        if hit.kind == "badge":
            count = self._current_layout().clusters[hit.index].count
            return f"{count:,} more events start here: click to zoom in"
        marker = self._content.marker(hit.index)
        return "" if marker is None else f"{event_date_text(marker)}\n{marker.title}"

    # ----- Qt overrides -----

    @override
    def sizeHint(self) -> QSize:
        return QSize(1000, 320)

    @override
    def minimumSizeHint(self) -> QSize:
        return QSize(240, int(AXIS_HEIGHT + BADGE_LANE + 2 * ROW_HEIGHT + 8))

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        # The window (dates) stays; pixels per day and rows change, so the layouts go.
        self._viewport.logical_for(self.width())
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
        shown = self._viewport.shown_for(self.width())
        self._texts.use_font(self.font())
        # Nothing here reads storage: titles not known yet are read after this paint.
        layout = self._layout_for(shown, fetch=False)
        positions = [item.index for item in layout.placed]
        keys = self._columns.keys[positions].tolist() if positions else []
        widths = [width or 0.0 for width in self._content.widths(keys, fetch=False)]
        state = EventPaintState(
            scale=shown,
            layout=layout,
            columns=self._columns,
            titles=dict(zip(positions, self._content.titles(keys, fetch=False), strict=True)),
            widths=dict(zip(positions, widths, strict=True)),
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
        painter = QPainter(self)
        self._ticks = paint_frame(
            painter, self.palette(), QRectF(self.rect()), QRectF(event.rect()), state, self._ticks
        )
        if self.hasFocus():
            paint_focus_frame(painter, self.palette(), QRectF(self.rect()))
        painter.end()
        if self._content.has_missing() and not self._fetch_queued:
            self._fetch_queued = True
            QTimer.singleShot(0, self._fetch_missing)

    @override
    def wheelEvent(self, event: QWheelEvent) -> None:
        self._viewport.animator.finish()
        self._pointer.wheel(event)

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._viewport.animator.finish()
        self._pointer.press(event)
        super().mousePressEvent(event)

    @override
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._pointer.move(event)

    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if not self._pointer.release(event):
            super().mouseReleaseEvent(event)

    @override
    def leaveEvent(self, event: QEvent) -> None:
        self._hovered = self._hovered_badge = None
        self.update()
        super().leaveEvent(event)

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

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._viewport.animator.finish()
        if self._keys.handle(event):
            event.accept()
        else:
            super().keyPressEvent(event)

    # ----- geometry for tests and accessibility -----

    def badgePositions(self) -> list[QPoint]:
        """Centres of the "+N" badges currently in view (widget coordinates)."""
        layout, offset = self._current_layout(), self._world_offset()
        return self._geometry.badge_centres(layout, offset, self.width(), self.height())

    def titleRects(self) -> list[QRectF]:
        """Rectangles of the event titles drawn in view (widget coordinates)."""
        return [rect for _, rect in self.visibleEventRects()]

    def visibleEventRects(self) -> list[tuple[str, QRectF]]:
        """(event id, title rectangle) of every event drawn in view, left to right."""
        layout, offset = self._current_layout(), self._world_offset()
        shown = self._geometry.title_rects(layout, offset, self.width(), self._title_widths)
        ids = self._content.ids([index for index, _ in shown])
        return [(event_id, rect) for event_id, (_, rect) in zip(ids, shown, strict=True)]

    def _title_widths(self, positions: Sequence[int]) -> list[float]:
        keys = self._columns.keys[list(positions)].tolist() if positions else []
        return [width or 0.0 for width in self._content.widths(keys)]

    def eventAt(self, point: QPoint) -> str | None:
        """Id of the event drawn at ``point`` (widget coordinates), or None."""
        hit = self._hit(QPointF(point))
        if hit is None or hit.kind != "event":
            return None
        return self._content.ids([hit.index])[0] or None

    def eventPosition(self, event_id: str) -> QPoint | None:
        """Widget position of an event's marker when it is drawn in view, else None."""
        index = self._content.position_of(event_id)
        if index is None:
            return None
        layout, offset = self._current_layout(), self._world_offset()
        return self._geometry.marker_point(layout, offset, self.width(), index)

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
        return self._viewport.animator.running
