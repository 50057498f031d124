"""The "All authors / Me / alice / bob…" choice above the notes list.

Shown only when the notes the user can read have more than one author: on a local file
written by one person (the common case) it would be a control with nothing to choose.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget
from typing_extensions import override

from timeline_app.domain.models import Note

#: The item data of "All authors" (every other item holds an author's name).
ALL_AUTHORS: None = None


class NoteAuthorFilter(QComboBox):
    """Which author's notes the list shows; ``accepts`` tells whether a note is shown."""

    #: the choice changed (no payload: ask ``accepts``)
    filterChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteAuthorFilter")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self._me = ""
        self._authors: list[str] = []
        self.setHidden(True)
        self.currentIndexChanged.connect(lambda _index: self.filterChanged.emit())

    def setAuthors(self, authors: Sequence[str], me: str) -> None:
        """The authors of the notes there are, and the user's own name; the choice stays
        while its author still has notes (else it falls back to all authors)."""
        distinct = sorted(set(authors))
        if distinct == self._authors and me == self._me and self.count():
            return
        chosen = self.currentData()
        self._authors, self._me = distinct, me
        self.blockSignals(True)
        self.clear()
        self.addItem("", ALL_AUTHORS)
        if me in distinct:
            self.addItem("", me)
        for author in distinct:
            if author != me:
                self.addItem("", author)
        self.retranslate()
        index = self.findData(chosen) if chosen is not None else 0
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)
        self.setHidden(len(distinct) < 2)
        if self.currentData() != chosen:
            self.filterChanged.emit()

    def accepts(self, note: Note) -> bool:
        """True when ``note`` is shown under the current choice."""
        chosen = ALL_AUTHORS if self.isHidden() else self.currentData()
        return chosen is ALL_AUTHORS or note.author == chosen

    def retranslate(self) -> None:
        """Name the items in the current language (authors' names are never translated)."""
        self.setToolTip(QCoreApplication.translate("NoteAuthorFilter", "Show the notes of"))
        self.setAccessibleName(QCoreApplication.translate("NoteAuthorFilter", "Notes by"))
        for index in range(self.count()):
            author = self.itemData(index)
            if author is ALL_AUTHORS:
                text = QCoreApplication.translate("NoteAuthorFilter", "All authors")
            elif author == self._me:
                text = QCoreApplication.translate("NoteAuthorFilter", "Me")
            elif not author:
                text = QCoreApplication.translate("NoteAuthorFilter", "Unknown author")
            else:
                text = str(author)
            self.setItemText(index, text)

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
