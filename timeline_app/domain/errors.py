"""Errors the services raise, importable without the database layer (widgets catch them)."""

from __future__ import annotations


class StorageError(Exception):
    """A read or write of the database failed; the message says what happened."""


class NoteGoneError(StorageError):
    """A note being edited was deleted elsewhere (another window) before the edit was saved."""

    def __init__(self, note_id: int) -> None:
        super().__init__("That note no longer exists; it may have been deleted elsewhere.")
        self.note_id = note_id
