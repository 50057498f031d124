"""A teammate's changes on a shared store, shown in the window without disturbing the user.

The store's listener (a thread, no Qt) calls ``changesHeard``, ``connectionLost`` and
``connectionRestored`` from its own thread; they reach this object queued, on the GUI thread.
A burst of changes is gathered for COALESCE_MS and applied once: the notes list of the shown
event, the note markers and search results, and, when events or collections changed, the
timeline's columns. The note editor is never touched: its text, cursor, selection, focus and
an edit in progress stay as they are (a note deleted meanwhile is told at its next save).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from timeline_app.domain.errors import StorageError
from timeline_app.domain.remote_changes import RemoteChanges
from timeline_app.ui.details.pane import DetailPane
from timeline_app.ui.explorer import Explorer
from timeline_app.ui.notes.panel import NotesPanel
from timeline_app.ui.storage_alert import StorageAlert
from timeline_app.ui.timeline.view import TimelineView
from timeline_app.ui.translate import translate
from timeline_app.ui.window_layout import StatusLine

if TYPE_CHECKING:
    from timeline_app.services.timeline_service import TimelineService

log = logging.getLogger(__name__)

#: How long a burst of notifications is gathered before the window is refreshed once.
COALESCE_MS = 150
#: How long "Reconnected to …" stays in the status bar.
RECONNECTED_MS = 10000


class LiveUpdatesHost(Protocol):
    """What the live updates need of the main window."""

    notes_panel: NotesPanel
    detail_pane: DetailPane
    explorer: Explorer
    storage_alert: StorageAlert
    timeline_view: TimelineView
    status: StatusLine

    def reportStorageError(self, error: StorageError) -> None: ...


class LiveUpdates(QObject):
    """Applies other clients' changes and the store's connection state to one window."""

    #: RemoteChanges (from any thread): what another client changed
    changesHeard = Signal(object)
    #: str (from any thread): the connection to the store was lost, and why
    connectionLost = Signal(str)
    #: bool (from any thread): changes are listened to (True: again, after a lost connection)
    listening = Signal(bool)
    #: RemoteChanges: a gathered burst was applied to the window
    applied = Signal(object)

    def __init__(
        self, host: LiveUpdatesHost, timeline: TimelineService, store: str, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._host, self._timeline, self._store = host, timeline, store
        self._pending = RemoteChanges()
        self._listening = False
        self._stopped = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COALESCE_MS)
        self._timer.timeout.connect(self._apply)
        queued = Qt.ConnectionType.QueuedConnection
        self.changesHeard.connect(self._gather, queued)
        self.connectionLost.connect(self._on_lost, queued)
        self.listening.connect(self._on_listening, queued)
        self.setObjectName("liveUpdates")

    def stop(self) -> None:
        """The window closed: apply nothing more (its store's connections are returned)."""
        self._stopped = True
        self._timer.stop()

    def isListening(self) -> bool:
        """True once the store's changes are listened to (and not lost since)."""
        return self._listening

    def _gather(self, changes: RemoteChanges) -> None:
        if self._stopped:
            return
        self._pending = self._pending.merged(changes)
        if not self._timer.isActive():
            self._timer.start()

    def _apply(self) -> None:
        changes, self._pending = self._pending, RemoteChanges()
        host = self._host
        if changes.events:
            self._reload_events()  # the note markers and search results are read with them
        elif changes.touches_notes():
            host.explorer.reloadNotes()
        if changes.touches_notes_of(host.notes_panel.eventId()):
            host.notes_panel.showChangesMadeElsewhere()
        self.applied.emit(changes)

    def _reload_events(self) -> None:
        try:
            columns, categories = self._timeline.columns(), self._timeline.categories()
        except StorageError as error:
            self._host.reportStorageError(error)
            return
        host = self._host
        host.explorer.setEvents(columns, self._timeline, categories)
        host.timeline_view.refresh_texts()  # an own event's title may have changed
        shown = host.detail_pane.eventId()
        if shown is None or host.timeline_view.selectedEventId() != shown:
            return  # no event shown, or it is gone (the window has cleared the pane)
        try:
            detail = self._timeline.event_detail(shown)
        except StorageError as error:
            host.reportStorageError(error)
            return
        if detail is not None:
            host.detail_pane.setEventDetail(detail)

    def _on_lost(self, reason: str) -> None:
        self._listening = False
        if self._stopped:
            return
        log.warning("connection to %s lost: %s", self._store, reason)
        self._host.storage_alert.reportConnectionLost(self._store)

    def _on_listening(self, restored: bool) -> None:
        self._listening = True
        if not restored or self._stopped:
            return
        host = self._host
        host.notes_panel.unsaved.retry()  # what could not be written meanwhile
        host.notes_panel.flush()
        host.notes_panel.retryFailedAdd()
        host.storage_alert.dismiss()
        store = self._store
        host.status.show(
            lambda: translate("LiveUpdates", "Reconnected to {store}.").format(store=store),
            RECONNECTED_MS,
        )
        log.info("reconnected to %s", store)
