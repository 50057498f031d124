"""For benchmarks: report when the timeline is first painted, then quit.

``TIMELINE_APP_EXIT_AFTER_FIRST_PAINT=1 timeline-app --db PATH`` prints one line,
``first-paint <unix time> events <n>``, once the timeline has painted its first frame, and
exits. The benchmark (tests/benchmarks/bench.py) subtracts the time it started the process.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from typing_extensions import override

from timeline_app.ui.timeline_view import TimelineView

ENVIRONMENT_VARIABLE = "TIMELINE_APP_EXIT_AFTER_FIRST_PAINT"


class FirstPaintReporter(QObject):
    """Paints the first frame itself (inside Qt's paint delivery), reports it, and quits."""

    def __init__(self, timeline: TimelineView) -> None:
        super().__init__(timeline)
        self._timeline = timeline
        timeline.installEventFilter(self)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._timeline and event.type() == QEvent.Type.Paint:
            self._timeline.removeEventFilter(self)
            self._timeline.event(event)
            print(f"first-paint {time.time():.6f} events {self._timeline.eventCount()}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
            return True
        return super().eventFilter(watched, event)
