"""Keeps what is typed in the notes editor written to the database, so nothing typed is lost.

The editor holds either a new note's draft or the text of an existing note being edited.
Either is saved shortly after typing stops, and at once on focus loss, event switch and
close; text that cannot be written now goes to UnsavedText, which retries it. A finished
edit of a note becomes one undoable step.

Other windows may have the file open: drafts are per window (see EventDrafts), and an edit
is saved only over the text it was loaded from (``save_edit``): if another window changed
the note meanwhile both texts are kept; if it deleted the note, the text is held until the
user keeps it as a new note or discards it.
"""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextCursor, QUndoStack

from timeline_app.domain.errors import NoteGoneError, StorageError
from timeline_app.domain.models import Draft, Note
from timeline_app.domain.note_text import NoteTextError
from timeline_app.ui.notes import editor_messages as say
from timeline_app.ui.notes.commands import EditNoteCommand
from timeline_app.ui.notes.event_drafts import EventDrafts
from timeline_app.ui.notes.note_editor import NoteEditor
from timeline_app.ui.notes.status_line import NotesStatusLine
from timeline_app.ui.notes.unsaved_text import HeldEdit, UnsavedText

if TYPE_CHECKING:
    from timeline_app.services.note_service import EditSaved, NoteService

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
    #: the drafts of other windows on offer, or the deleted note being edited, changed
    offersChanged = Signal()

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
        #: the note's ``updated_at`` when this edit loaded it: saves go through only over it
        self._loaded_at: datetime | None = None
        #: the note being edited was deleted in another window (its text is held)
        self._gone = False
        self._drafts = EventDrafts()
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
        self._unsaved.editSaved.connect(self._on_held_edit_saved)

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

    def isGone(self) -> bool:
        """True when the note being edited was deleted elsewhere and its text waits here."""
        return self._gone

    def otherDrafts(self) -> list[Draft]:
        """Other windows' drafts of the shown event not used or set aside yet, newest first."""
        return self._drafts.offered()

    def takenOver(self) -> list[Draft]:
        """Drafts of closed windows whose text is in the editor."""
        return list(self._drafts.taken_over)

    def setEventId(self, event_id: str | None) -> None:
        """Save the text of the previous event, then bring up this event's held or saved text."""
        self.flush()
        self._record_edit_step()
        self._event_id = event_id
        self._mode = EditorMode.NEW
        self._editing_note_id = None
        self._gone = False
        held_edit = self._unsaved.edit_for_event(event_id) if event_id else None
        if held_edit is not None:
            note_id, held = held_edit
            self._mode = EditorMode.EDIT
            self._editing_note_id = note_id
            self._edit_original = held.text
            self._loaded_at = held.loaded_at
            self._gone = held.gone
            self._read_drafts(into_editor=False)
            self._load(held.text)
            self._dirty = True
        elif event_id is not None and event_id in self._unsaved.drafts:
            self._read_drafts(into_editor=False)
            self._load(self._unsaved.drafts[event_id])
            self._dirty = True
        else:
            self._read_drafts(into_editor=True)

    def flush(self) -> bool:
        """Write pending text now (draft or edited note); False when it had to be held back."""
        self._autosave.stop()
        if not self._dirty or self._event_id is None:
            return True
        if self._gone:
            return False  # only the user can say what becomes of it (see keepGoneAsNew)
        text = self._editor.toPlainText()
        editing = self._mode is EditorMode.EDIT and self._editing_note_id is not None
        try:
            if editing and self._editing_note_id is not None:
                if text.strip():
                    self._save_edit(self._editing_note_id, text)
                else:
                    self._unsaved.forget_edit(self._editing_note_id)
                    self._status.showMessage(say.empty_note)
            else:
                changes = self._notes.save_draft(self._event_id, text, self._drafts.taken_over)
                self._drafts.taken_over = []
                self.notesChanged.emit(changes)
                self._unsaved.forget_draft(self._event_id)
        except NoteGoneError as error:
            self._hold_gone(text, error)
            return False
        except (StorageError, NoteTextError) as error:
            if editing and self._editing_note_id is not None and self._loaded_at is not None:
                held = HeldEdit(self._event_id, text, self._loaded_at)
                self._unsaved.keep_edit(self._editing_note_id, held, error)
            else:
                self._unsaved.keep_draft(self._event_id, text, error)
            self._status.showError(say.not_saved_yet(error))
            return False
        self._dirty = False
        return True

    def keepGoneAsNew(self) -> None:
        """The note being edited was deleted elsewhere: keep its text as a new note."""
        if not self._gone or self._event_id is None or self._editing_note_id is None:
            return
        text = self._editor.toPlainText()
        try:
            note, changes = self._notes.add_note(self._event_id, text, from_draft=False)
        except (StorageError, NoteTextError) as error:
            self._status.showError(say.still_in_editor(error))
            return
        self._forget_gone()
        self.notesChanged.emit(changes)
        self.noteSaved.emit(note)
        self._status.showMessage(say.kept_as_new_note)

    def discardGone(self) -> None:
        """The note being edited was deleted elsewhere, and the user lets its text go too."""
        if self._gone:
            self._forget_gone()
            self._status.showMessage("")

    def useDraft(self, draft: Draft) -> None:
        """Put another window's draft in the editor (after the text already there)."""
        self._drafts.use(draft)
        current = self._editor.toPlainText()
        joined = f"{current.rstrip()}\n\n{draft.text}" if current.strip() else draft.text
        self._editor.setPlainText(joined)  # typing, as far as saving goes: it is saved
        self.offersChanged.emit()

    def keepBothDrafts(self, draft: Draft) -> None:
        """Leave another window's draft where it is, and stop offering it here."""
        self._drafts.set_aside(draft)
        self.offersChanged.emit()

    def discardDraft(self, draft: Draft) -> None:
        """Delete another window's draft, which the user chose to throw away."""
        try:
            self.notesChanged.emit(self._notes.discard_draft(draft))
        except StorageError as error:
            self._status.showError(str(error))
            return
        self._drafts.set_aside(draft)
        self.offersChanged.emit()

    def clearDraft(self) -> None:
        """The draft became a note: empty the editor and forget the draft."""
        self._autosave.stop()
        if self._event_id is not None:
            self._unsaved.forget_draft(self._event_id)
        self._drafts.taken_over = []
        self._load("")

    def beginEdit(self, note: Note) -> None:
        """Edit an existing note, as just read from the database; flush() first."""
        self._mode = EditorMode.EDIT
        self._editing_note_id = note.id
        self._edit_original = note.text
        self._loaded_at = note.updated_at
        self._gone = False
        self._load(note.text)
        self._editor.moveCursor(QTextCursor.MoveOperation.End)
        self._editor.setFocus()
        self._status.showMessage(say.editing)
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
            self._read_drafts(into_editor=True)

    # ----- internals -----

    def _read_drafts(self, *, into_editor: bool) -> None:
        """Read the event's drafts: the one to start from goes in the editor when
        ``into_editor``; other open windows' are offered (see EventDrafts)."""
        drafts: list[Draft] = []
        if self._event_id is not None:
            try:
                drafts = self._notes.drafts_for(self._event_id)
            except StorageError as error:
                self._status.showError(str(error))
        text = self._drafts.choose(drafts)
        if into_editor:
            self._load(text)
        else:
            self._drafts.taken_over = []  # held text is in the editor instead
        self.offersChanged.emit()

    def _save_edit(self, note_id: int, text: str) -> None:
        assert self._loaded_at is not None  # set by beginEdit
        result = self._notes.save_edit(note_id, text, self._loaded_at)
        self._unsaved.forget_edit(note_id)
        self._take_saved_edit(result)
        self.noteSaved.emit(result.note)
        self.notesChanged.emit(result.changes)
        if result.kept_as_new:
            self._status.showError(say.both_texts_kept)
        else:
            self._status.showMessage(say.changes_saved)

    def _take_saved_edit(self, result: EditSaved) -> None:
        """Go on editing the note that now holds the text (a new one if both were kept)."""
        if result.kept_as_new:
            self._edit_original = result.note.text  # the new note's first text: no undo step
        self._editing_note_id = result.note.id
        self._loaded_at = result.note.updated_at

    def _on_held_edit_saved(self, note_id: int, result: EditSaved) -> None:
        if self._mode is EditorMode.EDIT and self._editing_note_id == note_id:
            self._take_saved_edit(result)
            if self._editor.toPlainText() == result.note.text:
                self._dirty = False

    def _hold_gone(self, text: str, error: NoteGoneError) -> None:
        assert self._event_id is not None and self._loaded_at is not None
        self._gone = True
        held = HeldEdit(self._event_id, text, self._loaded_at, gone=True)
        self._unsaved.keep_edit(error.note_id, held, error)
        self._status.showError(say.deleted_elsewhere)
        self.offersChanged.emit()
        self.stateChanged.emit()

    def _forget_gone(self) -> None:
        if self._editing_note_id is not None:
            self._unsaved.forget_edit(self._editing_note_id)
        self._gone = False
        self._dirty = False
        self._leave_edit_mode()
        self.offersChanged.emit()

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
        self._read_drafts(into_editor=True)
        self._status.showMessage("")
        self.stateChanged.emit()
