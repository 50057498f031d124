"""File ▸ Notes on Removed Events: notes whose event left the bundled data, kept and readable."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget
from typing_extensions import override

from timeline_app.domain.models import Note
from timeline_app.ui.notes.item_delegate import TIMESTAMP_ROLE, NoteItemDelegate
from timeline_app.ui.notes.notes_list import note_line, preview


class RemovedEventNotesDialog(QDialog):
    """A read-only list; each note shows the id of the event it was written on."""

    def __init__(
        self, notes: Sequence[Note], parent: QWidget | None = None, *, me: str = ""
    ) -> None:
        super().__init__(parent)
        #: the user's name as an author: a teammate's notes are signed, the user's are not
        self._me = me
        self.setObjectName("removedEventNotes")
        self.resize(640, 420)
        self._notes = list(notes)
        self.notes_list = QListWidget()
        self.notes_list.setObjectName("removedEventNotesList")
        self.notes_list.setItemDelegate(NoteItemDelegate(self.notes_list))
        self.notes_list.setWordWrap(True)
        for note in notes:
            # A preview only, as in the notes panel; File ▸ Export Notes gives the whole text.
            self.notes_list.addItem(preview(note.text))
        self._explanation = QLabel()
        self._explanation.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._explanation)
        layout.addWidget(self.notes_list, 1)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the current language, the notes' times included."""
        self.setWindowTitle(
            QCoreApplication.translate("RemovedEventNotesDialog", "Notes on Removed Events")
        )
        for row, note in enumerate(self._notes):
            stamp = note_line(note, self._me)
            on_event = QCoreApplication.translate(
                "RemovedEventNotesDialog", "on event “{event}” · {time}"
            )
            item = self.notes_list.item(row)
            item.setData(TIMESTAMP_ROLE, on_event.format(event=note.event_id, time=stamp))
        self._explanation.setText(
            QCoreApplication.translate(
                "RemovedEventNotesDialog",
                "These notes were written on events that a later version of the bundled data "
                "no longer contains. They are kept, and they are included in File ▸ Export Notes.",
            )
            if self._notes
            else QCoreApplication.translate(
                "RemovedEventNotesDialog", "There are no notes on removed events."
            )
        )

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
