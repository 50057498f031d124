"""The "Private note" action of the notes pane: making the current note private or shared.

A private note on a shared store is read by its author alone (the server enforces it); on a
local file it is a mark that the exports carry. Only the user's own notes (or notes of no
recorded author, written before authors were) can be made private: on a shared store the
server refuses it for a teammate's note anyway. Each change is a step of the undo stack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QUndoStack

from timeline_app.domain.errors import StorageError
from timeline_app.domain.models import Note
from timeline_app.ui.notes.commands import SetPrivateCommand
from timeline_app.ui.notes.status_line import NotesStatusLine

if TYPE_CHECKING:
    from timeline_app.services.note_service import NoteService


class NotePrivacy(QObject):
    """Owns the checkable ``notePrivateAction`` and keeps it in step with the current note."""

    #: Changes: a note was made private or shared
    notesChanged = Signal(object)

    def __init__(
        self,
        notes: NoteService,
        undo_stack: QUndoStack,
        status_line: NotesStatusLine,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._notes = notes
        self._undo_stack = undo_stack
        self._status = status_line
        self._note: Note | None = None
        self.action = QAction(self)
        self.action.setObjectName("notePrivateAction")
        self.action.setCheckable(True)
        self.action.setEnabled(False)
        self.action.triggered.connect(self._on_triggered)
        self.retranslate()

    def retranslate(self) -> None:
        """Name the action in the current language."""
        self.action.setText(QCoreApplication.translate("NotePrivacy", "Private note"))
        tip = QCoreApplication.translate(
            "NotePrivacy",
            "Only you can read a private note on a shared store; your team sees the others. "
            "On a file on this computer it is a mark that exports carry.",
        )
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)

    def attachService(self, notes: NoteService) -> None:
        """The notes service of the opened database."""
        self._notes = notes

    def showNote(self, note: Note | None, *, read_only: bool) -> None:
        """Follow the current note (None: no note is current)."""
        self._note = note
        mine = note is not None and note.author in ("", self._notes.author)
        self.action.setEnabled(mine and not read_only)
        self.action.setChecked(note is not None and note.private)

    def _on_triggered(self, checked: bool) -> None:
        note = self._note
        if note is None:
            return
        try:
            changed, changes = self._notes.set_private(note.id, checked)
        except StorageError as error:
            self.action.setChecked(note.private)
            self._status.showError(str(error))
            return
        self._note = changed
        self._status.showMessage(
            (lambda: QCoreApplication.translate("NotePrivacy", "The note is private now."))
            if checked
            else (lambda: QCoreApplication.translate("NotePrivacy", "The note is shared now."))
        )
        self.notesChanged.emit(changes)
        self._undo_stack.push(
            SetPrivateCommand(changed, self._notes, self.notesChanged.emit, self._status.showError)
        )
        self._status.tieToLastStep()
