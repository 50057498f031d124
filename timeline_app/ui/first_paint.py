"""For benchmarks: report when the window and then its data are first painted, then quit.

``TIMELINE_APP_EXIT_AFTER_FIRST_PAINT=1 timeline-app --db PATH`` prints
``first-paint <unix time> events <n>`` when the timeline first paints (the window, before the
database is open) and ``first-data-paint <unix time> events <n>`` when it first paints after
the events were attached, then exits. The benchmark (tests/benchmarks/bench.py) subtracts the
time it started the process.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from typing_extensions import override

from timeline_app.ui.main_window import MainWindow

ENVIRONMENT_VARIABLE = "TIMELINE_APP_EXIT_AFTER_FIRST_PAINT"


class FirstPaintReporter(QObject):
    """Paints frames itself (inside Qt's paint delivery) to time them, and quits after data."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._timeline = window.timeline_view
        self._window_reported = False
        self._attached = False
        window.attached.connect(self._on_attached)
        self._timeline.installEventFilter(self)

    def _on_attached(self) -> None:
        self._attached = True
        self._timeline.update()

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._timeline or event.type() != QEvent.Type.Paint:
            return super().eventFilter(watched, event)
        if self._window_reported and not self._attached:
            return super().eventFilter(watched, event)
        self._timeline.event(event)
        stamp, events = time.time(), self._timeline.eventCount()
        if not self._window_reported:
            self._window_reported = True
            print(f"first-paint {stamp:.6f} events {events}", flush=True)
        if self._attached:
            print(f"first-data-paint {stamp:.6f} events {events}", flush=True)
            self._timeline.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return True
