"""What the notes editor says on its status line.

Each message is a function that writes it in the current language, so the status line can
write it again when the language changes (see NotesStatusLine).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication


def empty_note() -> str:
    """An edit emptied the note."""
    return QCoreApplication.translate(
        "NoteEditorController", "An empty note is not saved: use Delete."
    )


def kept_as_new_note() -> str:
    """A deleted note's text became a new note."""
    return QCoreApplication.translate("NoteEditorController", "Your text was kept as a new note.")


def editing() -> str:
    """An existing note is in the editor."""
    return QCoreApplication.translate(
        "NoteEditorController",
        "Editing the selected note; changes are saved as you type. Esc to finish.",
    )


def changes_saved() -> str:
    """An edit was written."""
    return QCoreApplication.translate("NoteEditorController", "Changes saved.")


def both_texts_kept() -> str:
    """Another window changed the note meanwhile: the edit became a new note."""
    return QCoreApplication.translate(
        "NoteEditorController",
        "This note was changed in another window after you opened it. Both texts "
        "are kept: yours is saved as a new note.",
    )


def deleted_elsewhere() -> str:
    """Another window deleted the note being edited."""
    return QCoreApplication.translate(
        "NoteEditorController",
        "The note you were editing was deleted in another window. Your text is kept here.",
    )


def not_saved_yet(error: Exception) -> Callable[[], str]:
    """Writing failed; the text is held and retried."""
    reason = str(error)
    return lambda: QCoreApplication.translate(
        "NoteEditorController", "Not saved yet: {error} Your text is kept and will be retried."
    ).format(error=reason)


def still_in_editor(error: Exception) -> Callable[[], str]:
    """Adding the text as a note failed; it stays in the editor."""
    reason = str(error)
    return lambda: QCoreApplication.translate(
        "NoteEditorController", "{error} Your text is still in the editor."
    ).format(error=reason)
