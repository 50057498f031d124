"""Copying a database file to a new place with SQLite's backup API, checking the copy, and
removing a file with its ``-wal`` and ``-shm``."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from timeline_app.persistence.read_only import side_file


class DatabaseCopyError(Exception):
    """The copy could not be written or did not check out; the message says why."""


def note_count(path: Path) -> int:
    """How many notes the database at ``path`` holds (opened read-only)."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = connection.execute("SELECT count(*) FROM notes").fetchone()
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise DatabaseCopyError(str(error)) from error
    return int(row[0])


def backup_to(source: Path, target: Path) -> None:
    """Write a consistent copy of ``source`` (its WAL included) to the new file ``target``.

    ``target`` is created with SQLite's read-write-create flags only when it does not exist
    yet; a half-written copy is removed before the error is raised.
    """
    try:
        reader = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise DatabaseCopyError(str(error)) from error
    try:
        writer = sqlite3.connect(f"{target.absolute().as_uri()}?mode=rwc", uri=True)
    except sqlite3.Error as error:
        reader.close()
        raise DatabaseCopyError(str(error)) from error
    try:
        _backup(reader, writer)
        # A rollback journal, not WAL, so the copy is one self-contained file.
        writer.execute("PRAGMA journal_mode=DELETE")
    except sqlite3.Error as error:
        writer.close()
        remove_database_files(target)
        raise DatabaseCopyError(str(error)) from error
    finally:
        reader.close()
    writer.close()


def _backup(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
    # A function of its own so tests can make the disk "full".
    source.backup(target)


def check_copy(path: Path) -> str | None:
    """None when ``PRAGMA integrity_check`` finds nothing wrong, else what it found."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
        finally:
            connection.close()
    except sqlite3.Error as error:
        return str(error)
    found = [str(row[0]) for row in rows]
    return None if found == ["ok"] else "; ".join(found)


def remove_database_files(path: Path) -> None:
    """Remove ``path`` and its ``-wal``, ``-shm`` and ``-journal`` files, if there.

    Raises OSError when the file itself cannot be removed.
    """
    # The file first: if that fails, its WAL (which may hold its latest pages) stays beside it.
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    for suffix in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            side_file(path, suffix).unlink()
