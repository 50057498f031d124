"""Back and Forward: records where the user goes on the timeline and takes them back there."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from timeline_app.domain.view_history import ViewHistory, ViewPlace
from timeline_app.ui.timeline.view import TimelineView

#: A view that stays put this long counts as a place of its own in the history.
SETTLE_MS = 700


class Navigator(QObject):
    """Each selection, and each window the user settles on for a moment, is a place."""

    #: emitted when Back or Forward became possible or impossible
    historyChanged = Signal()

    def __init__(self, timeline: TimelineView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timeline = timeline
        self._history = ViewHistory()
        self._restoring = False
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._record_window)
        timeline.eventSelected.connect(lambda _id: self.record())
        timeline.visibleRangeChanged.connect(self._on_view_changed)
        timeline.historyRequested.connect(self.go)
        self.record()

    def canGoBack(self) -> bool:
        """True when Back has somewhere to go."""
        return self._history.can_go_back()

    def canGoForward(self) -> bool:
        """True when Forward has somewhere to go."""
        return self._history.can_go_forward()

    def record(self) -> None:
        """Remember the current window and selection as a new place."""
        if self._restoring:
            return
        self._settle.stop()
        if self._history.visit(self._place()):
            self.historyChanged.emit()

    def back(self) -> None:
        """Return to the previous place."""
        self.go(-1)

    def forward(self) -> None:
        """Go to the next place (after Back)."""
        self.go(+1)

    def go(self, direction: int) -> None:
        """Back (-1) or Forward (+1)."""
        if self._settle.isActive():
            self._record_window()
        place = self._history.back() if direction < 0 else self._history.forward()
        if place is None:
            return
        self._restoring = True
        try:
            if place.selected_id is None or not self._timeline.selectEvent(place.selected_id):
                self._timeline.selectEvent(None)  # nothing was selected there, or it is now hidden
            self._timeline.setDayWindow(place.start, place.end, animate=True)
        finally:
            self._restoring = False
        self.historyChanged.emit()

    def _place(self) -> ViewPlace:
        start, end = self._timeline.visibleDayWindow()
        return ViewPlace(start, end, self._timeline.selectedEventId())

    def _on_view_changed(self) -> None:
        if not self._restoring:
            self._settle.start()

    def _record_window(self) -> None:
        self.record()
