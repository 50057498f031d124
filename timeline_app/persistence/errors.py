"""Why a database file cannot be used; importable without SQLAlchemy (the command line and
the window report these before the database layer is loaded)."""

from __future__ import annotations

from pathlib import Path


class DatabaseOpenError(Exception):
    """The database file cannot be used; the message names the file and what to do."""

    def __init__(self, path: Path, message: str) -> None:
        self.path = path
        super().__init__(message)


class NotADatabaseError(DatabaseOpenError):
    """The file is not an SQLite database, or not one of this app."""


class CorruptDatabaseError(DatabaseOpenError):
    """SQLite reports damage in the file."""


class NewerSchemaError(DatabaseOpenError):
    """The file was written by a newer version of the app."""
