"""A second launch of the app hands over to the running window: raise it, and select the
event it was started with (once the events are loaded)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from timeline_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class WindowHandOver:
    """Second launches: raise the window, and select their --event once the events are in."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._loaded = False
        self._pending = ""

    def request(self, event_id: str) -> None:
        """A second launch handed over (``event_id`` empty when it named none)."""
        log.info("a second launch asked for the window (event %r)", event_id or None)
        window = self._window
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()
        if event_id and self._loaded:
            select_handed_over(window, event_id)
        elif event_id:
            self._pending = event_id  # the database is still opening; the latest ask wins

    def loaded(self) -> None:
        """The events are in the window: select what a second launch asked for meanwhile."""
        self._loaded = True
        if self._pending:
            select_handed_over(self._window, self._pending)
            self._pending = ""


def select_handed_over(window: MainWindow, event_id: str) -> None:
    """Select ``event_id`` in ``window``, or say in its status bar that there is none."""
    if window.timeline_view.selectEvent(event_id):
        log.info("selected event %r", event_id)
        return
    log.info("no event with id %r", event_id)
    window.statusBar().showMessage(
        QCoreApplication.translate("App", "No event with id {id}.").format(id=repr(event_id))
    )
