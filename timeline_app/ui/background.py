"""Work off the UI thread: a function run on the global thread pool, reporting progress and
its result through signals (delivered on the UI thread), and cancellable."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

#: The work: given ``progress(done, total)`` and ``cancelled()``, returns its result.
Work = Callable[[Callable[[int, int], None], Callable[[], bool]], object]


class TaskSignals(QObject):
    """What a task reports; connected slots run on the thread that made the task."""

    #: int, int: done out of total
    progress = Signal(int, int)
    #: object: the work's result
    finished = Signal(object)
    #: object: the exception the work raised (ImportCancelledError and the like included)
    failed = Signal(object)


class BackgroundTask(QRunnable):
    """Runs ``work`` once on QThreadPool.globalInstance() (see ``start``)."""

    def __init__(self, work: Work) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = TaskSignals()
        self._work = work
        self._cancel = threading.Event()
        self.running = False

    def start(self) -> None:
        """Start the work on the thread pool."""
        self.running = True
        self.signals.finished.connect(self._done)
        self.signals.failed.connect(self._done)
        QThreadPool.globalInstance().start(self)

    def _done(self, _result: object) -> None:
        self.running = False

    def cancel(self) -> None:
        """Ask the work to stop (it checks ``cancelled()`` between steps)."""
        self._cancel.set()

    def run(self) -> None:  # the pool's thread
        try:
            result = self._work(self.signals.progress.emit, self._cancel.is_set)
        except Exception as error:  # reported to the UI thread, which decides
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)
