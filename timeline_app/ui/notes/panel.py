"""The user's notes on the selected event: list, editor, add, edit and delete.

Nothing typed is ever lost: text for a new note is kept as a draft in the database
(saved shortly after typing stops, and at once on event switch, focus loss and close);
an existing note being edited is saved the same way. There is no Save button to forget.
"""

from __future__ import annotations

import logging
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QTextCursor, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from timeline_app.domain.errors import StorageError
from timeline_app.domain.models import Changes, Note
from timeline_app.domain.note_text import NoteTextError
from timeline_app.ui.notes.commands import AddNoteCommand, DeleteNoteCommand, EditNoteCommand
from timeline_app.ui.notes.item_delegate import (
    NOTE_ID_ROLE,
    TIMESTAMP_ROLE,
    NoteItemDelegate,
    timestamp_line,
)
from timeline_app.ui.notes.unsaved_text import UnsavedText

if TYPE_CHECKING:
    from timeline_app.services.note_service import NoteService

log = logging.getLogger(__name__)
#: Typing pauses this long before the text is written to the database.
AUTOSAVE_DELAY_MS = 400


class EditorMode(Enum):
    """Whether the editor holds a new note's draft or an existing note's text."""

    NEW = "new"
    EDIT = "edit"


class NoteEditor(QPlainTextEdit):
    """The note text box: Ctrl+Enter submits, Esc cancels editing, losing focus saves."""

    #: emitted when keyboard focus leaves the editor
    focusLost = Signal()
    #: Ctrl+Enter was pressed
    submitRequested = Signal()
    #: Esc was pressed
    cancelRequested = Signal()

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.submitRequested.emit()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancelRequested.emit()
            event.ignore()
        else:
            super().keyPressEvent(event)

    @override
    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focusLost.emit()


class NotesList(QListWidget):
    """The list of notes; the Delete key asks to delete the current note."""

    #: Delete was pressed on a note
    deleteRequested = Signal()

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Delete:
            self.deleteRequested.emit()
            return
        super().keyPressEvent(event)


class NotesPanel(QWidget):
    """Notes of one event, newest first, with an editor for new and existing notes."""

    #: Changes: what a write here changed (for other panes)
    notesChanged = Signal(object)

    def __init__(
        self, notes: NoteService, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._notes = notes
        self._undo_stack = undo_stack
        self._read_only = False
        self._edit_original = ""
        #: text that could not be written yet, held until it can
        self.unsaved = UnsavedText(notes, self)
        self.unsaved.saved.connect(self._on_retry_saved)
        self._event_id: str | None = None
        self._mode = EditorMode.NEW
        self._editing_note_id: int | None = None
        self._loading = False
        self._dirty = False
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_DELAY_MS)
        #: undo-stack index just after the step the status line reports ("Note deleted."):
        #: once the stack goes back before it, that report is no longer true
        self._status_step: int | None = None
        self._build_ui()
        self._connect_signals()
        self.setEventId(None)

    def _build_ui(self) -> None:
        self._header = QLabel("Notes")
        self._header.setObjectName("notesHeader")
        self.notes_list = NotesList()
        self.notes_list.setObjectName("notesList")
        self.notes_list.setAccessibleName("Notes on this event")
        self.notes_list.setItemDelegate(NoteItemDelegate(self.notes_list))
        self.notes_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.notes_list.setWordWrap(True)
        self.notes_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.note_editor = NoteEditor()
        self.note_editor.setObjectName("noteEditor")
        self.note_editor.setAccessibleName("Note text")
        self.note_editor.setTabChangesFocus(True)
        self.note_editor.setMaximumHeight(140)
        self.add_button = QPushButton("Add note")
        self.add_button.setObjectName("addNoteButton")
        self.add_button.setToolTip("Add the note (Ctrl+Enter)")
        self.edit_button = QPushButton("Edit")
        self.edit_button.setObjectName("editNoteButton")
        self.delete_button = QPushButton("Delete")
        self.delete_button.setObjectName("deleteNoteButton")
        self.done_button = QPushButton("Done editing")
        self.done_button.setObjectName("doneEditingButton")
        self._status = QLabel()
        self._status.setObjectName("notesStatus")
        self._status.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self._header)
        layout.addWidget(self.notes_list, 1)
        layout.addWidget(self.note_editor)
        layout.addLayout(buttons)
        layout.addWidget(self._status)

    def _connect_signals(self) -> None:
        self.note_editor.textChanged.connect(self._on_text_changed)
        self.note_editor.focusLost.connect(self.flush)
        self._autosave.timeout.connect(self.flush)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.edit_button.clicked.connect(self._begin_edit_of_current)
        self.delete_button.clicked.connect(self._delete_current)
        self.done_button.clicked.connect(self._end_edit)
        self.notes_list.itemDoubleClicked.connect(lambda _item: self._begin_edit_of_current())
        self.notes_list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.note_editor.submitRequested.connect(self._on_add_clicked)
        self.note_editor.cancelRequested.connect(self._end_edit)
        self.notes_list.deleteRequested.connect(self._delete_current)
        self._undo_stack.indexChanged.connect(self._on_undo_index_changed)

    # ----- public slots -----

    def eventId(self) -> str | None:
        """The event whose notes are shown."""
        return self._event_id

    def setEventId(self, event_id: str | None) -> None:
        """Show the notes of another event, saving what was typed for the previous one first.

        Text that cannot be written now is held (see UnsavedText) and comes back here.
        """
        self.flush()
        self._close_edit_session()
        self._event_id = event_id
        self._mode = EditorMode.NEW
        self._editing_note_id = None
        self._reload_list()
        held_edit = self.unsaved.edit_for_event(event_id) if event_id else None
        if held_edit is not None:
            self._mode = EditorMode.EDIT
            self._editing_note_id, held_text = held_edit
            self._edit_original = held_text
            self._load_editor(held_text)
            self._dirty = True
        elif event_id is not None and event_id in self.unsaved.drafts:
            self._load_editor(self.unsaved.drafts[event_id])
            self._dirty = True
        else:
            self._load_editor(self._read_draft())
        enabled = event_id is not None and not self._read_only
        self.note_editor.setEnabled(enabled)
        self.note_editor.setPlaceholderText(
            "This database is read-only: notes can be read but not changed."
            if self._read_only
            else "Write a note about this event… (Ctrl+Enter adds it)"
            if enabled
            else "Select an event to write notes about it."
        )
        self._set_status(
            f"Not saved yet ({self.unsaved.last_error}); retrying. Your text is kept."
            if self._dirty
            else "",
            error=self._dirty,
        )
        self._update_buttons()

    def flush(self) -> bool:
        """Write pending text now (draft or edited note); False when it had to be held back."""
        self._autosave.stop()
        if not self._dirty or self._event_id is None:
            return True
        text = self.note_editor.toPlainText()
        editing = self._mode is EditorMode.EDIT and self._editing_note_id is not None
        try:
            if editing and self._editing_note_id is not None:
                if text.strip():
                    note, changes = self._notes.update_note(self._editing_note_id, text)
                    self._refresh_item(note)
                    self.notesChanged.emit(changes)
                self.unsaved.forget_edit(self._editing_note_id)
            else:
                self.notesChanged.emit(self._notes.save_draft(self._event_id, text))
                self.unsaved.forget_draft(self._event_id)
        except (StorageError, NoteTextError) as error:
            if editing and self._editing_note_id is not None:
                self.unsaved.keep_edit(self._editing_note_id, self._event_id, text, error)
            else:
                self.unsaved.keep_draft(self._event_id, text, error)
            self._set_status(
                f"Not saved yet: {error} Your text is kept and will be retried.", error=True
            )
            return False
        self._dirty = False
        if self._mode is EditorMode.EDIT:
            self._set_status(
                "Changes saved." if text.strip() else "An empty note is not saved: use Delete."
            )
        return True

    def hasUnsavedText(self) -> bool:
        """Write what can be written now; True when some text still could not be saved."""
        self.flush()
        self.unsaved.retry()
        return bool(self.unsaved)

    def refresh(self, changes: Changes) -> None:
        """Reload the list when notes of the shown event changed elsewhere (e.g. by undo)."""
        if self._event_id not in changes.notes_of_events:
            return
        self._reload_list()
        if self._mode is EditorMode.EDIT and self._editing_note_id not in self._listed_note_ids():
            self._dirty = False  # the note being edited was removed (undo of its add)
            if self._editing_note_id is not None:
                self.unsaved.forget_edit(self._editing_note_id)
            self._leave_edit_mode()

    def startNewNote(self) -> None:
        """Put the cursor in the editor, ready for a new note on the shown event."""
        if self._event_id is None:
            return
        if self._mode is EditorMode.EDIT:
            self._end_edit()
        self.note_editor.setFocus()
        self.note_editor.moveCursor(QTextCursor.MoveOperation.End)

    def finishEditing(self) -> None:
        """Save and close an open edit (before quitting, undoing or exporting)."""
        self.flush()
        self._close_edit_session()
        if self._mode is EditorMode.EDIT and not self._dirty:
            self._leave_edit_mode()

    # ----- internals -----

    def _read_draft(self) -> str:
        if self._event_id is None:
            return ""
        try:
            return self._notes.draft_for(self._event_id)
        except StorageError as error:
            self._set_status(str(error), error=True)
            return ""

    def _load_editor(self, text: str) -> None:
        self._loading = True
        self.note_editor.setPlainText(text)
        self._loading = False
        self._dirty = False

    def _on_text_changed(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self._autosave.start()
        if self._mode is EditorMode.NEW:
            self._set_status("")
        self._update_buttons()

    def _on_add_clicked(self) -> None:
        if self._mode is EditorMode.EDIT:
            self._end_edit()
            return
        if self._event_id is None:
            return
        text = self.note_editor.toPlainText()
        try:
            note, changes = self._notes.add_note(self._event_id, text)
        except (NoteTextError, StorageError) as error:
            self._set_status(f"{error} Your text is still in the editor.", error=True)
            return
        self._autosave.stop()
        self.unsaved.forget_draft(self._event_id)
        self._load_editor("")
        self._reload_list()
        self.notes_list.setCurrentRow(0)
        self._set_status(self.tr("Note added."))
        self.notesChanged.emit(changes)
        self._undo_stack.push(AddNoteCommand(note, self._notes, self._notify, self._report))
        self._status_step = self._undo_stack.index()
        log.info("note %s added to %s", note.id, note.event_id)

    def _current_note_id(self) -> int | None:
        item = self.notes_list.currentItem()
        return None if item is None else int(item.data(NOTE_ID_ROLE))

    def _begin_edit_of_current(self) -> None:
        note_id = self._current_note_id()
        if note_id is None or self._read_only:
            return
        self.flush()
        item = self.notes_list.currentItem()
        self._mode = EditorMode.EDIT
        self._editing_note_id = note_id
        self._edit_original = item.text()
        self._load_editor(item.text())
        self.note_editor.moveCursor(QTextCursor.MoveOperation.End)
        self.note_editor.setFocus()
        self._set_status("Editing the selected note; changes are saved as you type. Esc to finish.")
        self._update_buttons()

    def _end_edit(self) -> None:
        if self._mode is not EditorMode.EDIT:
            return
        self.flush()
        if self._dirty:
            return  # saving failed: stay in edit mode with the text in place
        self._close_edit_session()
        self._leave_edit_mode()

    def _close_edit_session(self) -> None:
        """Record a finished edit as one undoable step."""
        if self._mode is not EditorMode.EDIT or self._editing_note_id is None or self._dirty:
            return
        after = self.note_editor.toPlainText()
        if after.strip() and after != self._edit_original:
            self._undo_stack.push(
                EditNoteCommand(
                    self._editing_note_id,
                    self._edit_original,
                    after,
                    self._notes,
                    self._notify,
                    self._report,
                )
            )
        self._edit_original = after

    def _leave_edit_mode(self) -> None:
        self._mode = EditorMode.NEW
        self._editing_note_id = None
        self._load_editor(self._read_draft())
        self._set_status("")
        self._update_buttons()

    def _on_retry_saved(self, event_id: str) -> None:
        if event_id == self._event_id:
            self._reload_list()
            if not self.unsaved:
                self._set_status("Your text has been saved.")

    def _notify(self, changes: Changes) -> None:
        self.notesChanged.emit(changes)

    def _report(self, message: str) -> None:
        self._set_status(message, error=True)

    def _listed_note_ids(self) -> set[int]:
        return {
            int(self.notes_list.item(row).data(NOTE_ID_ROLE))
            for row in range(self.notes_list.count())
        }

    def _delete_current(self) -> None:
        # No confirmation dialog: Edit ▸ Undo (Ctrl+Z) brings a deleted note back.
        note_id = self._current_note_id()
        if note_id is None or self._read_only:
            return
        if self._editing_note_id == note_id:
            self._dirty = False
            self._mode = EditorMode.NEW
            self._editing_note_id = None
            self._load_editor(self._read_draft())
        try:
            note, changes = self._notes.delete_note(note_id)
        except StorageError as error:
            self._set_status(str(error), error=True)
            return
        self._reload_list()
        self._set_status(self.tr("Note deleted. Edit ▸ Undo (Ctrl+Z) brings it back."))
        self.notesChanged.emit(changes)
        if note is not None:
            self._undo_stack.push(DeleteNoteCommand(note, self._notes, self._notify, self._report))
            self._status_step = self._undo_stack.index()

    def _reload_list(self) -> None:
        current = self._current_note_id()
        self.notes_list.clear()
        notes: list[Note] = []
        if self._event_id is not None:
            try:
                notes = self._notes.notes_for(self._event_id)
            except StorageError as error:
                self._set_status(str(error), error=True)
        for note in notes:
            item = QListWidgetItem(note.text)
            self._fill_item(item, note)
            self.notes_list.addItem(item)
            if note.id == current:
                self.notes_list.setCurrentItem(item)
        self._header.setText(f"Notes ({len(notes)})" if notes else "Notes")
        self._update_buttons()

    def _fill_item(self, item: QListWidgetItem, note: Note) -> None:
        item.setText(note.text)
        item.setData(NOTE_ID_ROLE, note.id)
        item.setData(TIMESTAMP_ROLE, timestamp_line(note.created_at, note.updated_at))
        item.setToolTip(note.text if len(note.text) < 2000 else note.text[:2000] + "…")

    def _refresh_item(self, note: Note) -> None:
        for row in range(self.notes_list.count()):
            item = self.notes_list.item(row)
            if int(item.data(NOTE_ID_ROLE)) == note.id:
                self._fill_item(item, note)
                return

    def attachService(self, notes: NoteService) -> None:
        """The notes service of the opened database."""
        self._notes = notes
        self.unsaved.attachService(notes)

    def setReadOnly(self, read_only: bool) -> None:
        """Show notes without offering to change them (the database cannot be written)."""
        self._read_only = read_only
        self.setEventId(self._event_id)

    def isReadOnly(self) -> bool:
        """True when notes cannot be changed."""
        return self._read_only

    def _update_buttons(self) -> None:
        has_event = self._event_id is not None and not self._read_only
        editing = self._mode is EditorMode.EDIT
        has_current = self.notes_list.currentItem() is not None and not self._read_only
        self.add_button.setVisible(not editing)
        self.add_button.setEnabled(has_event and bool(self.note_editor.toPlainText().strip()))
        self.done_button.setVisible(editing)
        self.edit_button.setEnabled(has_current and not editing)
        self.delete_button.setEnabled(has_current)

    def _on_undo_index_changed(self, index: int) -> None:
        if self._status_step is not None and index < self._status_step:
            self._set_status("")  # the step it reported ("Note deleted.") has been undone

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self._status_step = None  # a new report; _add/_delete set it again after pushing
        self._status.setText(text)
        self._status.setStyleSheet(
            "color: palette(bright-text); background: #b3261e; padding: 3px;" if error else ""
        )
        self._status.setVisible(bool(text))
