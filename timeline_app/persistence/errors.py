"""Why a database file cannot be used; importable without SQLAlchemy (the command line and
the window report these before the database layer is loaded)."""

from __future__ import annotations

from pathlib import Path


class DatabaseOpenError(Exception):
    """The database file cannot be used; the message names the file and what to do."""

    def __init__(self, path: Path | str, message: str) -> None:
        #: The file, or a server store's URL with its password masked.
        self.path = path
        super().__init__(message)


class NotADatabaseError(DatabaseOpenError):
    """The file is not an SQLite database, or not one of this app."""


class CorruptDatabaseError(DatabaseOpenError):
    """SQLite reports damage in the file."""


class NewerSchemaError(DatabaseOpenError):
    """The file was written by a newer version of the app."""


class ServerOpenError(DatabaseOpenError):
    """A server store cannot be used: unreachable, refused the login, no such database, no
    right to read, or no timeline at the schema this app writes."""
