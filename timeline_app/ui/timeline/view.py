"""The zoomable timeline: a custom-painted widget driven by a pure TimeScale and label layout.

The logical window (``visibleRange()``) changes at once; jumps are shown with a short transition.
Titles are read when the window changes, never while painting. Its jobs live beside it, in
``Viewport``, ``TimelineSelection``, ``TimelineGeometry``, ``input`` and ``FramePainter``.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget
from typing_extensions import override

from timeline_app.domain.errors import StorageError
from timeline_app.domain.event_columns import EventColumns
from timeline_app.domain.event_lookup import EventLookup, MarkerLookup
from timeline_app.domain.label_layout import Layout
from timeline_app.domain.models import Category, EventMarker
from timeline_app.domain.time_scale import TimeScale
from timeline_app.domain.view_targets import KEY_ZOOM_STEP, cluster_scale
from timeline_app.ui.timeline import accessibility
from timeline_app.ui.timeline.content import TimelineContent
from timeline_app.ui.timeline.era_bands import EraBands
from timeline_app.ui.timeline.frame import FramePainter
from timeline_app.ui.timeline.geometry import (
    AXIS_HEIGHT,
    BADGE_LANE,
    ROW_HEIGHT,
    Hit,
    TimelineGeometry,
    rows_available,
)
from timeline_app.ui.timeline.input import KeyHandler, PointerHandler
from timeline_app.ui.timeline.paint_cache import StaticTextCache
from timeline_app.ui.timeline.selection import SelectionHooks, TimelineSelection
from timeline_app.ui.timeline.viewport import Viewport


class TimelineView(QWidget):
    """Events on a zoomable axis, eras (``era_bands``) behind them; click or arrow keys select."""

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
        self._texts = StaticTextCache()
        self._texts.use_font(self.font())
        self._content = TimelineContent(self._texts)
        self._content.on_failure = self.storageFailed.emit
        self._geometry = TimelineGeometry(self._texts)
        self._viewport = Viewport(self, self._on_shown)
        self.era_bands = EraBands(self, lambda: self._scale)
        self._frame = FramePainter(self, self._content, self._texts, self.era_bands)
        hooks = SelectionHooks(
            scale=lambda: self._scale,
            go_to=lambda scale, animate: self._set_scale(scale, animate=animate),
            selected=self.eventSelected.emit,
            cleared=self.selectionCleared.emit,
            announce=lambda: accessibility.announce_selection(self),
            repaint=self.update,
        )
        self._selection = TimelineSelection(self._content, hooks)
        emit = (self.historyRequested.emit, self.detailRequested.emit, self.newNoteRequested.emit)
        self._keys = KeyHandler(self, *emit)
        self._pointer = PointerHandler(self)
        accessibility.install_accessibility()
        self.retranslate()

    # ----- public API (a stable contract: see README) -----

    def setEvents(self, markers: Sequence[EventMarker], categories: Sequence[Category]) -> None:
        """Show these events coloured by these categories (the selection stays if still shown)."""
        columns, ordered = EventColumns.from_markers(markers, [c.id for c in categories])
        self.setColumns(columns, MarkerLookup(ordered), categories)

    def setColumns(
        self, columns: EventColumns, lookup: EventLookup, categories: Sequence[Category]
    ) -> None:
        """Show events given as columns, with ``lookup`` for their titles and ids (the selection
        and the search dimming stay for the events still shown)."""
        self._selection.replace_events(columns, lookup)
        self._frame.set_categories(categories)
        if self._viewport.set_events_period(columns.period()):
            self.visibleRangeChanged.emit()
        self._on_shown(self._viewport.shown_for(self.width()))

    def visibleRange(self) -> tuple[date, date]:
        """First and last calendar day in view (inclusive)."""
        return self._scale.visible_dates()

    def setVisibleRange(self, start: date, end: date) -> None:
        """Show the days ``start`` to ``end`` inclusive (≥ 1 day, any year 1–9999)."""
        self._set_scale(self._viewport.scale_for_dates(start, end))

    def animateToRange(self, start: date, end: date) -> None:
        """Like setVisibleRange, with a short transition."""
        self._set_scale(self._viewport.scale_for_dates(start, end), animate=True)

    def eventIds(self) -> list[str]:
        """Ids of the events on the timeline (after filters), in chronological order (with a
        million events this reads a million ids: for tests and tools, not for painting)."""
        return self._content.all_ids()

    def eventCount(self) -> int:
        """How many events are on the timeline (after filters)."""
        return len(self._content.columns)

    def selectedEventId(self) -> str | None:
        """The selected event's id, or None."""
        return self._selection.selected_id()

    def selectEvent(self, event_id: str | None) -> bool:
        """Select an event (None clears), bring it into view and emit eventSelected; returns
        False, changing nothing, for an id not on the timeline."""
        return self._selection.select_id(event_id)

    def revealEvent(self, event_id: str) -> bool:
        """Select an event and zoom so it is shown at a readable scale (for search results)."""
        return self._selection.reveal(event_id)

    def selectNext(self) -> None:
        """Select the next event in time (the first in view when none is selected)."""
        self._selection.step(+1)

    def selectPrevious(self) -> None:
        """Select the previous event in time (the last in view when none is selected)."""
        self._selection.step(-1)

    def selectNextInCategory(self, direction: int) -> None:
        """Select the next (+1) or previous (-1) event of the selected event's category."""
        self._selection.step_in_category(direction)

    def selectFirst(self) -> None:
        """Home: everything in view, with the earliest event selected (Home was Fit All before
        it also meant "first event"; doing both keeps both promises)."""
        self.fitAll()
        self._selection.select_end(last=False)

    def selectLast(self) -> None:
        """Select the latest event on the timeline."""
        self._selection.select_end(last=True)

    def setMatchingIds(self, event_ids: Collection[str] | None) -> None:
        """Dim every event not in ``event_ids`` (None: nothing is dimmed)."""
        self._selection.set_matching(event_ids)

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
        """Show the whole period of the shown events (the curated one at least)."""
        self._set_scale(self._viewport.scale_fitting_all())

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
            self._selection.select(hit.index, animate=True)
        elif hit is not None:
            cluster = self._current_layout().clusters[hit.index]
            target = cluster_scale(self._content.columns, cluster, self._scale)
            self._set_scale(target, animate=True)

    def hoverAt(self, position: QPointF) -> None:
        """Highlight what is under the pointer."""
        if self._selection.hover(hit := self._hit(position)):
            self.setCursor(Qt.CursorShape.PointingHandCursor if hit else Qt.CursorShape.ArrowCursor)
            self.update()

    def setDragging(self, dragging: bool) -> None:
        """Show the closed hand while the timeline is dragged."""
        self.setCursor(Qt.CursorShape.ClosedHandCursor if dragging else Qt.CursorShape.ArrowCursor)

    def retranslate(self) -> None:
        """Set the texts in the current language: the accessible name, then ``refresh_texts``."""
        self.setAccessibleName(QCoreApplication.translate("TimelineView", "Timeline"))
        self.refresh_texts()

    def refresh_texts(self) -> None:
        """Read the titles and axis labels afresh (e.g. in another language) and repaint."""
        self._frame.refresh_texts()  # assistive technology hears of it too
        self._on_shown(self._viewport.shown_for(self.width()))

    # ----- internals -----

    @property
    def _scale(self) -> TimeScale:
        return self._viewport.logical_for(self.width())

    def _set_scale(self, scale: TimeScale, *, animate: bool = False) -> None:
        """Change the logical window; show it at once, or with a transition."""
        if self._viewport.go_to(scale, animate=animate):
            self.visibleRangeChanged.emit()

    def _on_shown(self, scale: TimeScale) -> None:
        """Lay out (reading the titles it needs) before the paint, which never reads."""
        if self.isVisible():
            self._layout_for(scale)
        self.update()

    def _layout_for(self, scale: TimeScale, *, fetch: bool = True) -> Layout:
        """The packing at this zoom (see TimelineContent.layout)."""
        rows, limits = rows_available(self.height()), self._viewport.world_limits(scale)
        selected = self._selection.marks.selected
        return self._content.layout(scale, rows, selected, limits, fetch=fetch)

    def _current_layout(self) -> Layout:
        return self._layout_for(self._scale)

    def _hit(self, position: QPointF) -> Hit | None:
        """The event or badge under a widget position."""
        layout, offset = self._current_layout(), self._viewport.world_offset(self.width())
        return self._geometry.hit(layout, offset, position, self.height())

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
        self._on_shown(self._viewport.shown_for(self.width()))
        super().resizeEvent(event)

    @override
    def showEvent(self, event: QShowEvent) -> None:
        self._on_shown(self._viewport.shown_for(self.width()))
        super().showEvent(event)

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._content.set_font(self.font())
            self._on_shown(self._viewport.shown_for(self.width()))
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        shown = self._viewport.shown_for(self.width())
        self._texts.use_font(self.font())
        # Nothing here reads storage: titles not known yet are read after this paint.
        layout = self._layout_for(shown, fetch=False)
        self._frame.paint(QRectF(event.rect()), shown, layout, self._selection.marks)

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
        if self._selection.hover(None):
            self.update()
        super().leaveEvent(event)

    @override
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self._hit(QPointF(event.pos()))
            text = "" if hit is None else self._content.describe(hit, self._current_layout())
            QToolTip.showText(event.globalPos(), text, self)  # an empty text hides the tip
            event.setAccepted(bool(text))
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
        layout, offset = self._current_layout(), self._viewport.world_offset(self.width())
        return self._geometry.badge_centres(layout, offset, self.width(), self.height())

    def titleRects(self) -> list[QRectF]:
        """Rectangles of the event titles drawn in view (widget coordinates)."""
        return [rect for _, rect in self.visibleEventRects()]

    def visibleEventRects(self) -> list[tuple[str, QRectF]]:
        """(event id, title rectangle) of every event drawn in view, left to right."""
        layout, offset = self._current_layout(), self._viewport.world_offset(self.width())
        widths = self._content.position_widths
        shown = self._geometry.title_rects(layout, offset, self.width(), widths)
        ids = self._content.ids([index for index, _ in shown])
        return [(event_id, rect) for event_id, (_, rect) in zip(ids, shown, strict=True)]

    def eventAt(self, point: QPoint) -> str | None:
        """Id of the event drawn at ``point`` (widget coordinates), or None."""
        if (hit := self._hit(QPointF(point))) is None or hit.kind != "event":
            return None
        return self._content.ids([hit.index])[0] or None

    def eventPosition(self, event_id: str) -> QPoint | None:
        """Widget position of an event's marker when it is drawn in view, else None."""
        if (index := self._content.position_of(event_id)) is None:
            return None
        layout, offset = self._current_layout(), self._viewport.world_offset(self.width())
        return self._geometry.marker_point(layout, offset, self.width(), index)

    def markerFor(self, event_id: str) -> EventMarker | None:
        """The marker of an event on the timeline."""
        index = self._content.position_of(event_id)
        return None if index is None else self._content.marker(index)

    def isDimmed(self, event_id: str) -> bool:
        """True when the event is drawn faded because it does not match the search."""
        return self._selection.is_dimmed(event_id)

    def isAnimating(self) -> bool:
        """True while a transition is being shown."""
        return self._viewport.animator.running
