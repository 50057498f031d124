"""The note text box and the keys it answers to."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit
from typing_extensions import override


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
