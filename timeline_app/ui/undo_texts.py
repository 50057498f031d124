"""Undo entries that speak the language in force: each command keeps how its text is made,
and after a language switch the whole stack is named again (Edit ▸ Undo "Удалить заметку …").
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack


class NamedCommand(QUndoCommand):
    """A command whose text is made by ``text`` (a ``translate`` call), again on demand."""

    def __init__(self, text: Callable[[], str]) -> None:
        super().__init__(text())
        self._text = text

    def retranslate(self) -> None:
        """Make the text again in the language now in force."""
        self.setText(self._text())


def retranslate_stack(stack: QUndoStack) -> None:
    """Name every command of ``stack`` again (those made as ``NamedCommand``)."""
    for index in range(stack.count()):
        command = stack.command(index)
        if isinstance(command, NamedCommand):
            command.retranslate()
