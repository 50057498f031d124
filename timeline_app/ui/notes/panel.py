"""The user's notes on the selected event: list, editor, add, edit and delete.

Nothing typed is ever lost: the editor's text is kept written as it is typed (see
NoteEditorController); there is no Save button to forget. Adding and deleting are
undoable steps, and the status line under the editor says what happened.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QTextCursor, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from timeline_app.domain.errors import StorageError
from timeline_app.domain.models import Changes, Note
from timeline_app.domain.note_text import NoteTextError
from timeline_app.ui.notes import editor_messages as say
from timeline_app.ui.notes.author_filter import NoteAuthorFilter
from timeline_app.ui.notes.commands import AddNoteCommand, DeleteNoteCommand
from timeline_app.ui.notes.editor_controller import NoteEditorController
from timeline_app.ui.notes.note_editor import NoteEditor
from timeline_app.ui.notes.notes_list import NotesList
from timeline_app.ui.notes.offer_bar import OfferBar
from timeline_app.ui.notes.offers import show_offers
from timeline_app.ui.notes.privacy import NotePrivacy
from timeline_app.ui.notes.shown_notes import ShownNotes
from timeline_app.ui.notes.status_line import NotesStatusLine
from timeline_app.ui.notes.unsaved_text import UnsavedText
from timeline_app.ui.plural import tr

if TYPE_CHECKING:
    from timeline_app.services.note_service import NoteService

log = logging.getLogger(__name__)


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
        self._note_count = 0
        #: the event and text of an Add that failed on storage (retried on reconnection)
        self._failed_add: tuple[str, str] | None = None
        #: text that could not be written yet, held until it can
        self.unsaved = UnsavedText(notes, self)
        self._build_ui()
        self._editor_controller = NoteEditorController(
            self.note_editor, notes, self.unsaved, undo_stack, self.status_line, self
        )
        self.privacy = NotePrivacy(notes, undo_stack, self.status_line, self)
        self.private_button.setDefaultAction(self.privacy.action)
        self.notes_list.addAction(self.privacy.action)
        self._connect_signals()
        self.setEventId(None)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the current language: labels, buttons, the count, the offer."""
        self.notes_list.setAccessibleName(
            QCoreApplication.translate("NotesPanel", "Notes on this event")
        )
        self.note_editor.setAccessibleName(QCoreApplication.translate("NotesPanel", "Note text"))
        self.add_button.setText(QCoreApplication.translate("NotesPanel", "Add note"))
        self.add_button.setToolTip(
            QCoreApplication.translate("NotesPanel", "Add the note (Ctrl+Enter)")
        )
        self.edit_button.setText(QCoreApplication.translate("NotesPanel", "Edit"))
        self.delete_button.setText(QCoreApplication.translate("NotesPanel", "Delete"))
        self.done_button.setText(QCoreApplication.translate("NotesPanel", "Done editing"))
        self.privacy.retranslate()
        self.author_filter.retranslate()
        self._update_header()
        self._update_placeholder()
        self._update_offer()

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _build_ui(self) -> None:
        self._header = QLabel()
        self._header.setObjectName("notesHeader")
        self.author_filter = NoteAuthorFilter()
        self.notes_list = NotesList()
        self.notes_list.setObjectName("notesList")
        self._shown = ShownNotes(self.notes_list, self.author_filter)
        # The list's context menu (Menu key, Shift+F10) offers "Private note".
        self.notes_list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.note_editor = NoteEditor()
        self.note_editor.setObjectName("noteEditor")
        self.note_editor.setTabChangesFocus(True)
        self.note_editor.setMaximumHeight(140)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addNoteButton")
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editNoteButton")
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteNoteButton")
        self.done_button = QPushButton()
        self.done_button.setObjectName("doneEditingButton")
        self.private_button = QToolButton()
        self.private_button.setObjectName("notePrivateButton")
        self.private_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.status_line = NotesStatusLine(self._undo_stack)
        self.offer_bar = OfferBar()

        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.private_button)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        header = QHBoxLayout()
        header.addWidget(self._header, 1)
        header.addWidget(self.author_filter)
        layout.addLayout(header)
        layout.addWidget(self.notes_list, 1)
        layout.addWidget(self.offer_bar)
        layout.addWidget(self.note_editor)
        layout.addLayout(buttons)
        layout.addWidget(self.status_line)

    def _connect_signals(self) -> None:
        self.unsaved.saved.connect(self._on_retry_saved)
        self._editor_controller.notesChanged.connect(self.notesChanged)
        self._editor_controller.noteSaved.connect(self._on_note_saved)
        self._editor_controller.stateChanged.connect(self._update_buttons)
        self._editor_controller.offersChanged.connect(self._update_offer)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.edit_button.clicked.connect(self._begin_edit_of_current)
        self.delete_button.clicked.connect(self._delete_current)
        self.done_button.clicked.connect(self._editor_controller.endEdit)
        self.notes_list.itemDoubleClicked.connect(lambda _item: self._begin_edit_of_current())
        self.notes_list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.note_editor.submitRequested.connect(self._on_add_clicked)
        self.notes_list.deleteRequested.connect(self._delete_current)
        self.privacy.notesChanged.connect(self.notesChanged)
        self.author_filter.filterChanged.connect(self._show_event_notes)

    # ----- public slots -----

    def eventId(self) -> str | None:
        """The event whose notes are shown."""
        return self._editor_controller.eventId()

    def setEventId(self, event_id: str | None) -> None:
        """Show the notes of another event, saving what was typed for the previous one first.

        Text that cannot be written now is held (see UnsavedText) and comes back here.
        """
        self._editor_controller.setEventId(event_id)
        self._reload_list()
        self.note_editor.setEnabled(event_id is not None and not self._read_only)
        self._update_placeholder()
        if self._editor_controller.hasPendingText():
            error = self.unsaved.last_error
            self.status_line.showError(
                lambda: QCoreApplication.translate(
                    "NotesPanel", "Not saved yet ({error}); retrying. Your text is kept."
                ).format(error=error)
            )
        else:
            self.status_line.showMessage("")
        self._update_buttons()

    def _update_placeholder(self) -> None:
        self.note_editor.setPlaceholderText(
            QCoreApplication.translate(
                "NotesPanel", "This database is read-only: notes can be read but not changed."
            )
            if self._read_only
            else QCoreApplication.translate(
                "NotesPanel", "Write a note about this event… (Ctrl+Enter adds it)"
            )
            if self.note_editor.isEnabled()
            else QCoreApplication.translate(
                "NotesPanel", "Select an event to write notes about it."
            )
        )

    def flush(self) -> bool:
        """Write pending text now (draft or edited note); False when it had to be held back."""
        return self._editor_controller.flush()

    def hasUnsavedText(self) -> bool:
        """Write what can be written now; True when some text still could not be saved."""
        self.flush()
        self.unsaved.retry()
        return bool(self.unsaved)

    def refresh(self, changes: Changes) -> None:
        """Reload the list when notes of the shown event changed elsewhere (e.g. by undo)."""
        if self.eventId() not in changes.notes_of_events:
            return
        self._reload_list()
        self._editor_controller.dropEditUnlessListed(self.notes_list.noteIds())

    def showChangesMadeElsewhere(self) -> None:
        """Read the list again after another client changed the shown event's notes; the
        editor is left alone (text, cursor, an edit: a note deleted meanwhile is told at its
        save)."""
        self._reload_list()

    def retryFailedAdd(self) -> None:
        """Storage is back (a server reconnected): add the note whose Add failed, if the
        editor still holds exactly that text for that event (else it stays a draft)."""
        failed, self._failed_add = self._failed_add, None
        shown = (self.eventId(), self.note_editor.toPlainText())
        if failed == shown and not self._editor_controller.isEditing():
            self._on_add_clicked()

    def startNewNote(self) -> None:
        """Put the cursor in the editor, ready for a new note on the shown event."""
        if self.eventId() is None:
            return
        self._editor_controller.endEdit()
        self.note_editor.setFocus()
        self.note_editor.moveCursor(QTextCursor.MoveOperation.End)

    def finishEditing(self) -> None:
        """Save and close an open edit (before quitting, undoing or exporting)."""
        self._editor_controller.finish()

    def attachService(self, notes: NoteService) -> None:
        """The notes service of the opened database."""
        self._notes = notes
        self.unsaved.attachService(notes)
        self._editor_controller.attachService(notes)
        self.privacy.attachService(notes)
        self.notes_list.setMe(notes.author)

    def setReadOnly(self, read_only: bool) -> None:
        """Show notes without offering to change them (the database cannot be written)."""
        self._read_only = read_only
        self.setEventId(self.eventId())

    def isReadOnly(self) -> bool:
        """True when notes cannot be changed."""
        return self._read_only

    # ----- internals -----

    def _on_add_clicked(self) -> None:
        if self._editor_controller.isEditing():
            self._editor_controller.endEdit()
            return
        event_id = self.eventId()
        if event_id is None:
            return
        text = self.note_editor.toPlainText()
        try:
            note, changes = self._notes.add_note(
                event_id, text, self._editor_controller.takenOver()
            )
        except (NoteTextError, StorageError) as error:
            self._failed_add = (event_id, text) if isinstance(error, StorageError) else None
            self.status_line.showError(say.still_in_editor(error))
            return
        self._failed_add = None
        self._editor_controller.clearDraft()
        self._reload_list()
        self.notes_list.setCurrentRow(0)
        self.status_line.showMessage(
            lambda: QCoreApplication.translate("NotesPanel", "Note added.")
        )
        self.notesChanged.emit(changes)
        self._undo_stack.push(
            AddNoteCommand(note, self._notes, self.notesChanged.emit, self.status_line.showError)
        )
        self.status_line.tieToLastStep()
        log.info("note %s added to %s", note.id, note.event_id)

    def _begin_edit_of_current(self) -> None:
        note_id = self.notes_list.currentNoteId()
        if note_id is None or self._read_only:
            return
        # Flush first: saving the text being edited may rewrite the very item about to be edited.
        self.flush()
        # Read the note afresh: its text and time are what the edit is saved over (another
        # window may have changed or deleted it since the list was read).
        try:
            note = self._notes.note(note_id)
        except StorageError as error:
            self.status_line.showError(str(error))
            return
        if note is None:
            self._reload_list()
            self.status_line.showError(
                lambda: QCoreApplication.translate(
                    "NotesPanel", "That note was deleted in another window."
                )
            )
            return
        self.notes_list.updateNote(note)
        self._editor_controller.beginEdit(note)

    def _delete_current(self) -> None:
        # No confirmation dialog: Edit ▸ Undo (Ctrl+Z) brings a deleted note back.
        note_id = self.notes_list.currentNoteId()
        if note_id is None or self._read_only:
            return
        self._editor_controller.abandonEdit(note_id)
        try:
            note, changes = self._notes.delete_note(note_id)
        except StorageError as error:
            self.status_line.showError(str(error))
            return
        self._reload_list()
        self.status_line.showMessage(
            lambda: QCoreApplication.translate(
                "NotesPanel", "Note deleted. Edit ▸ Undo (Ctrl+Z) brings it back."
            )
        )
        self.notesChanged.emit(changes)
        if note is not None:
            self._undo_stack.push(
                DeleteNoteCommand(
                    note, self._notes, self.notesChanged.emit, self.status_line.showError
                )
            )
            self.status_line.tieToLastStep()

    def _on_note_saved(self, note: Note) -> None:
        if note.id in self.notes_list.noteIds():
            self.notes_list.updateNote(note)
        else:  # a new note: both texts kept, or an edited note's text kept after its deletion
            self._reload_list()

    def _update_offer(self) -> None:
        """Offer what waits for a choice: a deleted note's text first, else another draft."""
        show_offers(self.offer_bar, self._editor_controller, read_only=self._read_only)

    def _on_retry_saved(self, event_id: str) -> None:
        if event_id == self.eventId():
            self._reload_list()
            if not self.unsaved:
                self.status_line.showMessage(
                    lambda: QCoreApplication.translate("NotesPanel", "Your text has been saved.")
                )

    def _reload_list(self) -> None:
        failure = self._shown.reload(self._notes, self.eventId())
        if failure is not None:
            self.status_line.showError(str(failure))
        self._show_event_notes()

    def _show_event_notes(self) -> None:
        """List the event's notes that the author filter lets through."""
        self._note_count = self._shown.relist()
        self._update_header()
        self._update_buttons()

    def _update_header(self) -> None:
        count = self._note_count
        self._header.setText(
            tr("Notes (%Ln)", "", count)
            if count
            else QCoreApplication.translate("NotesPanel", "Notes")
        )

    def _update_buttons(self) -> None:
        has_event = self.eventId() is not None and not self._read_only
        editing = self._editor_controller.isEditing()
        has_current = self.notes_list.currentItem() is not None and not self._read_only
        self.add_button.setVisible(not editing)
        self.add_button.setEnabled(has_event and bool(self.note_editor.toPlainText().strip()))
        self.done_button.setVisible(editing)
        self.edit_button.setEnabled(has_current and not editing)
        self.delete_button.setEnabled(has_current)
        self.privacy.showNote(self.notes_list.currentNote(), read_only=self._read_only)
