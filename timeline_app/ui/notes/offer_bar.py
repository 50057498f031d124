"""A slim bar above the notes editor that offers a choice (another window's draft, a note
deleted while it was being edited); hidden when there is nothing to choose."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

#: One choice: the button's object name, its label, and what it does.
Choice = tuple[str, str, Callable[[], None]]


class OfferBar(QFrame):
    """A sentence and a few buttons, each of which settles the offer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesOfferBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._label = QLabel()
        self._label.setObjectName("notesOfferText")
        self._label.setWordWrap(True)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(4, 2, 4, 2)
        self._layout.addWidget(self._label, 1)
        self._buttons: list[QPushButton] = []
        self.setVisible(False)

    def offer(self, text: str, choices: Sequence[Choice]) -> None:
        """Say ``text`` and offer these choices instead of what was offered before."""
        self.clear()
        self._label.setText(text)
        for name, label, action in choices:
            button = QPushButton(label)
            button.setObjectName(name)
            button.clicked.connect(action)
            self._layout.addWidget(button)
            self._buttons.append(button)
        self.setVisible(True)

    def clear(self) -> None:
        """Offer nothing; the bar hides."""
        for button in self._buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self._buttons = []
        self._label.setText("")
        self.setVisible(False)

    def text(self) -> str:
        """What the bar says ('' when hidden)."""
        return self._label.text()
