"""Note text that could not be written yet (database locked, disk full, text refused).

It is kept here, in memory, so switching events never drops it: it comes back in the editor
when its event is shown again, and a timer keeps trying to write it. The window asks before
quitting while anything is left. An edit of a note deleted in another window is held too
(``gone``), but not retried: only the user can say whether to keep it as a new note.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from timeline_app.domain.errors import NoteGoneError, StorageError
from timeline_app.domain.note_text import NoteTextError

if TYPE_CHECKING:
    from timeline_app.services.note_service import NoteService


@dataclass(frozen=True, slots=True)
class HeldEdit:
    """An edit not written yet: its event, its text, when the note was loaded, and whether the
    note has been deleted elsewhere meanwhile."""

    event_id: str
    text: str
    loaded_at: datetime
    gone: bool = False


log = logging.getLogger(__name__)
RETRY_MS = 3000


class UnsavedText(QObject):
    """Drafts by event id and edits by note id that still have to reach the database."""

    #: emitted when something was written on a retry (the lists may need refreshing)
    saved = Signal(str)
    #: int, EditSaved: a held edit of that note id was written on a retry
    editSaved = Signal(int, object)

    def __init__(self, notes: NoteService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._notes = notes
        self.drafts: dict[str, str] = {}
        self.edits: dict[int, HeldEdit] = {}
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

    def keep_edit(self, note_id: int, edit: HeldEdit, error: Exception) -> None:
        """Hold an edit of a note that failed to save (or whose note is gone)."""
        self.edits[note_id] = edit
        self._failed(error)

    def forget_draft(self, event_id: str) -> None:
        """The draft was saved (or added as a note) after all."""
        self.drafts.pop(event_id, None)
        self._stop_if_done()

    def forget_edit(self, note_id: int) -> None:
        """The edit was saved after all."""
        self.edits.pop(note_id, None)
        self._stop_if_done()

    def edit_for_event(self, event_id: str) -> tuple[int, HeldEdit] | None:
        """An unsaved edit of a note of this event, if any."""
        for note_id, edit in self.edits.items():
            if edit.event_id == event_id:
                return note_id, edit
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
        for note_id, edit in list(self.edits.items()):
            if edit.gone:
                continue
            try:
                result = self._notes.save_edit(note_id, edit.text, edit.loaded_at)
            except NoteGoneError as error:
                self.edits[note_id] = replace(edit, gone=True)
                self.last_error = str(error)
                continue
            except (StorageError, NoteTextError) as error:
                self.last_error = str(error)
                continue
            del self.edits[note_id]
            self.editSaved.emit(note_id, result)
            self.saved.emit(edit.event_id)
        self._stop_if_done()

    def _failed(self, error: Exception) -> None:
        self.last_error = str(error)
        log.warning("note text not saved yet, will retry: %s", error)
        if not self._timer.isActive():
            self._timer.start()

    def _stop_if_done(self) -> None:
        if not any(not edit.gone for edit in self.edits.values()) and not self.drafts:
            self._timer.stop()
