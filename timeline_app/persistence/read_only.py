"""Reading a database without changing it, and without leaving any file beside it.

SQLite reads a WAL-mode file in place only through its -shm (the index of the -wal). When
that is missing it creates one, and a -wal too, which a read-only connection can never
remove again: left with the file's permissions (read-only ones, say), they make every later
save fail. So where a read-only open reads depends on the files it finds:

- a -wal and a -shm that can be read: in place, with normal locking, so a running instance's
  latest notes are seen (SQLite may update read marks in the existing -shm, nothing more);
- no -wal, or an empty one: the main file holds every committed change, read ``immutable``
  (no lock, no side file);
- a -wal with changes but no usable -shm: the file and its -wal are copied into a private
  temporary folder and read from there.

A file at an older schema is migrated as a private copy too. A private copy is held in
memory (its folder is removed at once), so nothing is left in the temporary folder either.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path
from urllib.request import pathname2url

from sqlalchemy import URL, Engine, create_engine
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool, StaticPool

from timeline_app.domain.read_only import PrivateCopy
from timeline_app.persistence.errors import DatabaseOpenError
from timeline_app.persistence.migrations import SchemaState, upgrade
from timeline_app.persistence.search_index import (
    create_search_tables,
    index_is_current,
    rebuild_event_index,
    rebuild_note_index,
)

log = logging.getLogger(__name__)


def side_file(path: Path, suffix: str) -> Path:
    """SQLite's ``-wal`` or ``-shm`` beside ``path``."""
    return path.with_name(path.name + suffix)


def _readable(path: Path) -> bool:
    return path.is_file() and os.access(path, os.R_OK)


def _in_place_query(path: Path) -> str | None:
    """The URI options that read ``path`` in place creating nothing, or None (a copy is needed)."""
    wal, shm = side_file(path, "-wal"), side_file(path, "-shm")
    if _readable(wal) and _readable(shm):
        return "mode=ro"
    if not wal.exists() or wal.stat().st_size == 0:
        return "mode=ro&immutable=1"
    return None


def _connect(uri: str, timeout: float) -> sqlite3.Connection:
    connection = sqlite3.connect(uri, uri=True, timeout=timeout)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error:
        connection.close()
        raise
    return connection


class ReadOnlySource:
    """Where a read-only open reads: the file in place, or a private copy of it."""

    def __init__(self, path: Path, timeout: float) -> None:
        """Choose for ``path`` (an existing SQLite file); ``timeout`` waits for locks, in s."""
        self.path = path
        self._timeout = timeout
        self._query = _in_place_query(path)
        self._folder: Path | None = None
        self._copy: Path | None = None

    def connect(self) -> sqlite3.Connection:
        """A connection to read what the file holds, for the checks at open."""
        if self._query is not None:
            try:
                return _connect(self._uri(self._query), self._timeout)
            except sqlite3.OperationalError as error:
                if "locked" in str(error) or "busy" in str(error):
                    raise
                # E.g. a -shm of size 0 in a folder that cannot be written.
                log.info("%s cannot be read in place (%s): reading a copy", self.path, error)
                self._query = None
        return sqlite3.connect(self._private_copy())

    def open(self, schema: SchemaState) -> tuple[Engine, PrivateCopy | None]:
        """The engine to read through, and why it reads a private copy (None: in place)."""
        if self._query is not None and schema.is_current:
            url = f"sqlite:///file:{pathname2url(str(self.path.resolve()))}?{self._query}&uri=true"
            return create_engine(url), None
        older = not schema.is_current
        reason = PrivateCopy.OLDER_SCHEMA if older else PrivateCopy.UNCHECKPOINTED
        data = _prepared(self._private_copy(), schema)
        log.info("%s is read from a private copy (%s)", self.path, reason.value)
        return _memory_engine(data), reason

    def discard(self) -> None:
        """Remove the private folder, if one was made."""
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = self._copy = None

    def _uri(self, query: str) -> str:
        return f"{self.path.resolve().as_uri()}?{query}"

    def _private_copy(self) -> Path:
        if self._copy is not None:
            return self._copy
        try:
            self._folder = Path(tempfile.mkdtemp(prefix="timeline-app-read-only-"))
            copy = self._folder / "copy.sqlite3"
            if self._query is not None:
                # Readable in place: SQLite's backup takes a consistent snapshot, -wal included.
                source = _connect(self._uri(self._query), self._timeout)
                target = sqlite3.connect(copy)
                try:
                    source.backup(target)
                finally:
                    target.close()
                    source.close()
            else:
                shutil.copyfile(self.path, copy)
                wal = side_file(self.path, "-wal")
                if wal.exists():
                    shutil.copyfile(wal, side_file(copy, "-wal"))
        except OSError as error:
            raise DatabaseOpenError(
                self.path, f"Cannot make a private copy of {self.path} to read: {error}."
            ) from error
        self._copy = copy
        return copy


def _prepared(copy: Path, schema: SchemaState) -> bytes:
    """The bytes of the copy brought to the current schema, with its search index built."""
    engine = create_engine(URL.create("sqlite", database=str(copy)), poolclass=NullPool)
    try:
        if not schema.is_current:
            upgrade(engine, schema)
        with engine.begin() as connection:
            create_search_tables(connection)
        with Session(engine) as session, session.begin():
            if not index_is_current(session):
                rebuild_event_index(session)
                rebuild_note_index(session)
    finally:
        engine.dispose()
    raw = sqlite3.connect(copy)
    try:
        # Folds the -wal into the copy: SQLite loads a rollback-mode file into memory only.
        raw.execute("PRAGMA journal_mode=DELETE").fetchone()
    finally:
        raw.close()
    return copy.read_bytes()


def _memory_engine(data: bytes) -> Engine:
    """An engine over an in-memory database loaded from ``data`` (again after a dispose)."""

    def connect() -> sqlite3.Connection:
        connection = sqlite3.connect(":memory:", check_same_thread=False)
        connection.deserialize(data)
        return connection

    return create_engine("sqlite://", creator=connect, poolclass=StaticPool)
