"""Keeps what is typed in the notes editor written to the database, so nothing typed is lost.

The editor holds either a new note's draft or the text of an existing note being edited.
Either is saved shortly after typing stops, and at once on focus loss, event switch and
close; text that cannot be written now goes to UnsavedText, which retries it. A finished
edit of a note becomes one undoable step.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextCursor, QUndoStack

from timeline_app.domain.errors import StorageError
from timeline_app.domain.note_text import NoteTextError
from timeline_app.ui.notes.commands import EditNoteCommand
from timeline_app.ui.notes.note_editor import NoteEditor
from timeline_app.ui.notes.status_line import NotesStatusLine
from timeline_app.ui.notes.unsaved_text import UnsavedText

if TYPE_CHECKING:
    from timeline_app.services.note_service import NoteService

#: Typing pauses this long before the text is written to the database.
AUTOSAVE_DELAY_MS = 400


class EditorMode(Enum):
    """Whether the editor holds a new note's draft or an existing note's text."""

    NEW = "new"
    EDIT = "edit"


class NoteEditorController(QObject):
    """The editor's text for the shown event: a draft or a note being edited, saved as typed."""

    #: Changes: what a save changed (for other panes)
    notesChanged = Signal(object)
    #: Note: a note being edited was saved with new text
    noteSaved = Signal(object)
    #: the mode or the text changed: what the buttons offer may change
    stateChanged = Signal()

    def __init__(
        self,
        editor: NoteEditor,
        notes: NoteService,
        unsaved: UnsavedText,
        undo_stack: QUndoStack,
        status: NotesStatusLine,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._editor = editor
        self._notes = notes
        self._unsaved = unsaved
        self._undo_stack = undo_stack
        self._status = status
        self._event_id: str | None = None
        self._mode = EditorMode.NEW
        self._editing_note_id: int | None = None
        self._edit_original = ""
        #: set while the text is put in by code, so it is not taken for typing
        self._loading = False
        #: the editor holds text that has not been written yet
        self._dirty = False
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_DELAY_MS)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._editor.textChanged.connect(self._on_text_changed)
        self._editor.focusLost.connect(self.flush)
        self._editor.cancelRequested.connect(self.endEdit)
        self._autosave.timeout.connect(self.flush)

    # ----- public slots -----

    def attachService(self, notes: NoteService) -> None:
        """The notes service of the opened database."""
        self._notes = notes

    def eventId(self) -> str | None:
        """The event the editor's text belongs to."""
        return self._event_id

    def isEditing(self) -> bool:
        """True when the editor holds an existing note rather than a new note's draft."""
        return self._mode is EditorMode.EDIT

    def hasPendingText(self) -> bool:
        """True when the editor holds text not written yet (typed, or held back by a failure)."""
        return self._dirty

    def setEventId(self, event_id: str | None) -> None:
        """Save the text of the previous event, then bring up this event's held or saved text."""
        self.flush()
        self._record_edit_step()
        self._event_id = event_id
        self._mode = EditorMode.NEW
        self._editing_note_id = None
        held_edit = self._unsaved.edit_for_event(event_id) if event_id else None
        if held_edit is not None:
            self._mode = EditorMode.EDIT
            self._editing_note_id, held_text = held_edit
            self._edit_original = held_text
            self._load(held_text)
            self._dirty = True
        elif event_id is not None and event_id in self._unsaved.drafts:
            self._load(self._unsaved.drafts[event_id])
            self._dirty = True
        else:
            self._load(self._read_draft())

    def flush(self) -> bool:
        """Write pending text now (draft or edited note); False when it had to be held back."""
        self._autosave.stop()
        if not self._dirty or self._event_id is None:
            return True
        text = self._editor.toPlainText()
        editing = self._mode is EditorMode.EDIT and self._editing_note_id is not None
        try:
            if editing and self._editing_note_id is not None:
                if text.strip():
                    note, changes = self._notes.update_note(self._editing_note_id, text)
                    self.noteSaved.emit(note)
                    self.notesChanged.emit(changes)
                self._unsaved.forget_edit(self._editing_note_id)
            else:
                self.notesChanged.emit(self._notes.save_draft(self._event_id, text))
                self._unsaved.forget_draft(self._event_id)
        except (StorageError, NoteTextError) as error:
            if editing and self._editing_note_id is not None:
                self._unsaved.keep_edit(self._editing_note_id, self._event_id, text, error)
            else:
                self._unsaved.keep_draft(self._event_id, text, error)
            self._status.showError(f"Not saved yet: {error} Your text is kept and will be retried.")
            return False
        self._dirty = False
        if self._mode is EditorMode.EDIT:
            self._status.showMessage(
                "Changes saved." if text.strip() else "An empty note is not saved: use Delete."
            )
        return True

    def clearDraft(self) -> None:
        """The draft became a note: empty the editor and forget the draft."""
        self._autosave.stop()
        if self._event_id is not None:
            self._unsaved.forget_draft(self._event_id)
        self._load("")

    def beginEdit(self, note_id: int, text: str) -> None:
        """Edit an existing note, whose current text is given; flush() first."""
        self._mode = EditorMode.EDIT
        self._editing_note_id = note_id
        self._edit_original = text
        self._load(text)
        self._editor.moveCursor(QTextCursor.MoveOperation.End)
        self._editor.setFocus()
        self._status.showMessage(
            "Editing the selected note; changes are saved as you type. Esc to finish."
        )
        self.stateChanged.emit()

    def endEdit(self) -> None:
        """Save the note being edited, record the edit for undo and go back to the draft."""
        if self._mode is not EditorMode.EDIT:
            return
        self.flush()
        if self._dirty:
            return  # saving failed: stay in edit mode with the text in place
        self._record_edit_step()
        self._leave_edit_mode()

    def finish(self) -> None:
        """Save and close an open edit (before quitting, undoing or exporting)."""
        self.flush()
        self._record_edit_step()
        if self._mode is EditorMode.EDIT and not self._dirty:
            self._leave_edit_mode()

    def dropEditUnlessListed(self, listed: set[int]) -> None:
        """Stop editing a note that is gone from the list (undo of its add)."""
        if self._mode is EditorMode.EDIT and self._editing_note_id not in listed:
            self._dirty = False
            if self._editing_note_id is not None:
                self._unsaved.forget_edit(self._editing_note_id)
            self._leave_edit_mode()

    def abandonEdit(self, note_id: int) -> None:
        """The note is about to be deleted: if it is being edited, drop its text for the draft."""
        if self._editing_note_id == note_id:
            self._dirty = False
            self._mode = EditorMode.NEW
            self._editing_note_id = None
            self._load(self._read_draft())

    # ----- internals -----

    def _read_draft(self) -> str:
        if self._event_id is None:
            return ""
        try:
            return self._notes.draft_for(self._event_id)
        except StorageError as error:
            self._status.showError(str(error))
            return ""

    def _load(self, text: str) -> None:
        self._loading = True
        self._editor.setPlainText(text)
        self._loading = False
        self._dirty = False

    def _on_text_changed(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self._autosave.start()
        if self._mode is EditorMode.NEW:
            self._status.showMessage("")
        self.stateChanged.emit()

    def _record_edit_step(self) -> None:
        """Record a finished edit as one undoable step."""
        if self._mode is not EditorMode.EDIT or self._editing_note_id is None or self._dirty:
            return
        after = self._editor.toPlainText()
        if after.strip() and after != self._edit_original:
            self._undo_stack.push(
                EditNoteCommand(
                    self._editing_note_id,
                    self._edit_original,
                    after,
                    self._notes,
                    self.notesChanged.emit,
                    self._status.showError,
                )
            )
        self._edit_original = after

    def _leave_edit_mode(self) -> None:
        self._mode = EditorMode.NEW
        self._editing_note_id = None
        self._load(self._read_draft())
        self._status.showMessage("")
        self.stateChanged.emit()
