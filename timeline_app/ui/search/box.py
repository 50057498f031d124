"""The search field: results as you type (debounced), ↓ into the results, Esc clears."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget
from typing_extensions import override

#: Typing pauses this long before the search runs.
SEARCH_DELAY_MS = 150


class SearchBox(QLineEdit):
    """A line edit that emits ``searchRequested`` shortly after typing stops."""

    #: str: the text to search for ('' when cleared)
    searchRequested = Signal(str)
    #: Enter was pressed: choose the first result
    acceptRequested = Signal()
    #: ↓ was pressed: move into the results
    downRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchBox")
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.searchNow)
        self.textChanged.connect(lambda _text: self._timer.start())
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.setAccessibleName(QCoreApplication.translate("SearchBox", "Search"))
        self.setPlaceholderText(
            QCoreApplication.translate(
                "SearchBox", "Search events, places, people, sources, notes… (Ctrl+F)"
            )
        )

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def searchNow(self) -> None:
        """Run the search for the current text without waiting."""
        self._timer.stop()
        self.searchRequested.emit(self.text())

    def isPending(self) -> bool:
        """True while a typed change has not been searched yet."""
        return self._timer.isActive()

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.clear()
            self.searchNow()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.searchNow()
            self.acceptRequested.emit()
            return
        if key == Qt.Key.Key_Down:
            self.searchNow()
            self.downRequested.emit()
            return
        super().keyPressEvent(event)
