"""Note text that could not be written yet (database locked, disk full, text refused).

It is kept here, in memory, so switching events never drops it: it comes back in the editor
when its event is shown again, and a timer keeps trying to write it. The window asks before
quitting while anything is left.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from timeline_app.domain.errors import StorageError
from timeline_app.domain.note_text import NoteTextError

if TYPE_CHECKING:
    from timeline_app.services.note_service import NoteService

log = logging.getLogger(__name__)
RETRY_MS = 3000


class UnsavedText(QObject):
    """Drafts by event id and edits by note id that still have to reach the database."""

    #: emitted when something was written on a retry (the lists may need refreshing)
    saved = Signal(str)

    def __init__(self, notes: NoteService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._notes = notes
        self.drafts: dict[str, str] = {}
        self.edits: dict[int, tuple[str, str]] = {}
        self.last_error = ""
        self._timer = QTimer(self)
        self._timer.setInterval(RETRY_MS)
        self._timer.timeout.connect(self.retry)

    def attachService(self, notes: NoteService) -> None:
        """The notes service of the opened database."""
        self._notes = notes

    def __bool__(self) -> bool:
        return bool(self.drafts or self.edits)

    def keep_draft(self, event_id: str, text: str, error: Exception) -> None:
        """Hold a draft that failed to save."""
        self.drafts[event_id] = text
        self._failed(error)

    def keep_edit(self, note_id: int, event_id: str, text: str, error: Exception) -> None:
        """Hold an edit of a note that failed to save."""
        self.edits[note_id] = (event_id, text)
        self._failed(error)

    def forget_draft(self, event_id: str) -> None:
        """The draft was saved (or added as a note) after all."""
        self.drafts.pop(event_id, None)
        self._stop_if_done()

    def forget_edit(self, note_id: int) -> None:
        """The edit was saved after all."""
        self.edits.pop(note_id, None)
        self._stop_if_done()

    def edit_for_event(self, event_id: str) -> tuple[int, str] | None:
        """An unsaved edit of a note of this event, if any."""
        for note_id, (owner, text) in self.edits.items():
            if owner == event_id:
                return note_id, text
        return None

    def retry(self) -> None:
        """Try to write everything held; keep what still fails."""
        for event_id, text in list(self.drafts.items()):
            try:
                self._notes.save_draft(event_id, text)
            except (StorageError, NoteTextError) as error:
                self.last_error = str(error)
                continue
            del self.drafts[event_id]
            self.saved.emit(event_id)
        for note_id, (event_id, text) in list(self.edits.items()):
            try:
                self._notes.update_note(note_id, text)
            except (StorageError, NoteTextError) as error:
                self.last_error = str(error)
                continue
            del self.edits[note_id]
            self.saved.emit(event_id)
        self._stop_if_done()

    def _failed(self, error: Exception) -> None:
        self.last_error = str(error)
        log.warning("note text not saved yet, will retry: %s", error)
        if not self._timer.isActive():
            self._timer.start()

    def _stop_if_done(self) -> None:
        if not self:
            self._timer.stop()
