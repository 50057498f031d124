"""The line under the notes editor, which says only what is still true."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QWidget
from typing_extensions import override

#: A message, or what writes it in the current language (called again on a language change).
Message = str | Callable[[], str]

ERROR_STYLE = "color: palette(bright-text); background: #b3261e; padding: 3px;"


class NotesStatusLine(QLabel):
    """What just happened to the notes, or what went wrong; hidden when there is nothing to say.

    A message about an undoable step ("Note deleted.") disappears once that step is undone.
    A message given as a function is written again in the new language when that changes.
    """

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesStatus")
        self.setWordWrap(True)
        self._undo_stack = undo_stack
        #: undo-stack index just after the step the message reports ("Note deleted."):
        #: once the stack goes back before it, that report is no longer true
        self._step: int | None = None
        self._message: Message = ""
        undo_stack.indexChanged.connect(self._on_undo_index_changed)

    def showMessage(self, message: Message, *, error: bool = False) -> None:
        """Say this instead of what was said before; an empty text hides the line."""
        self._step = None  # a new report: tieToLastStep() follows if it is about an undo step
        self._message = message
        self.retranslate()
        self.setStyleSheet(ERROR_STYLE if error else "")

    def retranslate(self) -> None:
        """Write the message again (in the current language, when it was given as a function)."""
        text = self._message if isinstance(self._message, str) else self._message()
        self.setText(text)
        self.setVisible(bool(text))

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showError(self, text: Message) -> None:
        """Say what went wrong, in the error style."""
        self.showMessage(text, error=True)

    def tieToLastStep(self) -> None:
        """The message reports the step just pushed on the undo stack: clear it on its undo."""
        self._step = self._undo_stack.index()

    def _on_undo_index_changed(self, index: int) -> None:
        if self._step is not None and index < self._step:
            self.showMessage("")  # the step it reported has been undone
