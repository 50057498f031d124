"""The list of one event's notes, newest first, each item carrying its note's id."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget
from typing_extensions import override

from timeline_app.domain.models import Note
from timeline_app.ui.notes.item_delegate import (
    NOTE_ID_ROLE,
    TIMESTAMP_ROLE,
    NoteItemDelegate,
    timestamp_line,
)

#: Longer notes are cut in the tooltip: a tooltip the size of the screen helps nobody.
TOOLTIP_CHARS = 2000
#: The list shows at most this many characters of a note (its delegate shows a few lines
#: anyway): laying out a 5,000,000-character note to measure and paint it took seconds.
#: The editor gets the whole text.
PREVIEW_CHARS = 4000


def note_line(note: Note, me: str) -> str:
    """The line above a note's text: its author when not the user ("alice · 3 Nov 2026
    10:15"), its times, and a lock for a private note."""
    line = timestamp_line(note.created_at, note.updated_at)
    if note.author and note.author != me:
        line = QCoreApplication.translate("NotesList", "{author} · {time}").format(
            author=note.author, time=line
        )
    if note.private:
        line = QCoreApplication.translate("NotesList", "Private · {line}").format(line=line)
    return line


def preview(text: str) -> str:
    """The start of a note as the list shows it: at most PREVIEW_CHARS characters."""
    return text if len(text) <= PREVIEW_CHARS else text[:PREVIEW_CHARS] + "…"


class NotesList(QListWidget):
    """The list of notes; the Delete key asks to delete the current note."""

    #: Delete was pressed on a note
    deleteRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(NoteItemDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        #: each listed note, by id (items hold only a preview of its text)
        self._notes: dict[int, Note] = {}
        #: the user's name as an author: their own notes are not signed in the list
        self._me = ""

    def setMe(self, author: str) -> None:
        """The user's own name as an author (the OS user, or the role on a shared store)."""
        self._me = author
        self.retranslate()

    def setNotes(self, notes: list[Note]) -> None:
        """Show these notes, keeping the current note current if it is still among them."""
        current = self.currentNoteId()
        self.clear()
        self._notes = {note.id: note for note in notes}
        for note in notes:
            item = QListWidgetItem()
            _fill_item(item, note, self._me)
            self.addItem(item)
            if note.id == current:
                self.setCurrentItem(item)

    def updateNote(self, note: Note) -> None:
        """Show the new text and timestamps of a listed note."""
        for row in range(self.count()):
            item = self.item(row)
            if int(item.data(NOTE_ID_ROLE)) == note.id:
                self._notes[note.id] = note
                _fill_item(item, note, self._me)
                return

    def currentNoteId(self) -> int | None:
        """The id of the current note, if any."""
        item = self.currentItem()
        return None if item is None else int(item.data(NOTE_ID_ROLE))

    def currentNote(self) -> Note | None:
        """The current note as listed."""
        note_id = self.currentNoteId()
        return None if note_id is None else self._notes.get(note_id)

    def currentNoteText(self) -> str | None:
        """The whole text of the current note (its item shows only a preview)."""
        note = self.currentNote()
        return None if note is None else note.text

    def noteIds(self) -> set[int]:
        """The ids of all listed notes."""
        return {int(self.item(row).data(NOTE_ID_ROLE)) for row in range(self.count())}

    def retranslate(self) -> None:
        """Write the notes' times again, in the current language."""
        for row in range(self.count()):
            item = self.item(row)
            note = self._notes.get(int(item.data(NOTE_ID_ROLE)))
            if note is not None:
                line = note_line(note, self._me)
                item.setData(TIMESTAMP_ROLE, line)
                item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, line)

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Delete:
            self.deleteRequested.emit()
            return
        super().keyPressEvent(event)


def _fill_item(item: QListWidgetItem, note: Note, me: str) -> None:
    item.setText(preview(note.text))
    item.setData(NOTE_ID_ROLE, note.id)
    item.setData(TIMESTAMP_ROLE, note_line(note, me))
    # Screen readers read the text; the line painted above it is said as its description.
    item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, note_line(note, me))
    tooltip = note.text if len(note.text) < TOOLTIP_CHARS else note.text[:TOOLTIP_CHARS] + "…"
    item.setToolTip(tooltip)
