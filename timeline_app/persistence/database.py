"""Opening the SQLite file: the checks first (file_checks.py), then pragmas and schema creation.

Every check that can refuse a file runs over a read-only connection first, so a file that is
not ours, is corrupt, lacks a table, or comes from a newer app version is never written to
(not even a WAL). The open store is a ``Database`` (store.py), re-exported here.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import URL, create_engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import NullPool

from timeline_app.persistence import schema_head
from timeline_app.persistence.errors import (
    CorruptDatabaseError,
    DatabaseOpenError,
    NewerSchemaError,
    NotADatabaseError,
)
from timeline_app.persistence.file_checks import (
    APPLICATION_ID,
    BUSY_TIMEOUT_MS,
    QUICK_CHECK_MAX_BYTES,
    SCHEMA_VERSION,
    SQLITE_HEADER,
    check_existing,
    check_header,
    inspect_file,
)
from timeline_app.persistence.migrations import SchemaState, backup_before_migrating, upgrade
from timeline_app.persistence.orm import EVENTS_GENERATION_KEY
from timeline_app.persistence.orm_collections import SCHEMA
from timeline_app.persistence.read_only import ReadOnlySource, side_file
from timeline_app.persistence.search_index import create_search_tables
from timeline_app.persistence.store import Database

log = logging.getLogger(__name__)
__all__ = [
    "APPLICATION_ID",
    "QUICK_CHECK_MAX_BYTES",
    "SCHEMA_VERSION",
    "SQLITE_HEADER",
    "CorruptDatabaseError",
    "Database",
    "DatabaseOpenError",
    "NewerSchemaError",
    "NotADatabaseError",
    "cannot_write",
    "open_database",
]


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: in WAL mode each commit is fsynced, so a note the app reported saved survives
    # a power cut too, not only a crash. A note save stays a few milliseconds.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def _read_only_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA query_only=ON")  # a private copy could be written: it never is
    cursor.close()


def cannot_write(path: Path) -> bool:
    """True when an existing database file, its folder, or its -wal or -shm cannot be written."""
    if not path.exists():
        return False
    sides = [side for side in (side_file(path, "-wal"), side_file(path, "-shm")) if side.exists()]
    return not all(os.access(each, os.W_OK) for each in (path, path.parent, *sides))


def _open_read_only(path: Path) -> Database:
    """Open for reading only, changing nothing and leaving no file beside it (see read_only)."""
    check_header(path)
    source = ReadOnlySource(path, BUSY_TIMEOUT_MS / 1000)
    try:
        state = inspect_file(path, source.connect)
        if state.empty:
            raise DatabaseOpenError(
                path, f"The database {path} is empty, so there is nothing to show read-only."
            )
        engine, private_copy = source.open(state.schema)
    except (SQLAlchemyError, sqlite3.Error) as error:
        reason = str(getattr(error, "orig", None) or error).strip()
        raise DatabaseOpenError(path, f"Cannot read the database {path} ({reason}).") from error
    finally:
        source.discard()
    event.listen(engine, "connect", _read_only_pragmas)
    log.info("opened %s read-only", path)
    factory = sessionmaker(engine, expire_on_commit=False)
    return Database(path, engine, factory, read_only=True, private_copy=private_copy)


def open_database(path: Path, *, read_only: bool | None = None) -> Database:
    """Open (creating when absent or empty) the database at ``path``.

    ``read_only`` None means: read-only exactly when the file, its folder, or an existing
    -wal or -shm cannot be written. A read-only open changes no byte of the file or its -wal
    and leaves no file beside it (see read_only.py); a file missing a table is refused as
    damaged (see schema_check.py).
    """
    path = path.expanduser()
    if path.exists() and path.is_dir():
        raise DatabaseOpenError(path, f"{path} is a folder, not a database file.")
    if read_only is None:
        read_only = cannot_write(path)
    if read_only:
        if not path.exists() or path.stat().st_size == 0:
            raise DatabaseOpenError(
                path, f"The database {path} does not exist yet, so it cannot be opened read-only."
            )
        return _open_read_only(path)
    is_new = not path.exists() or path.stat().st_size == 0
    schema: SchemaState | None = None
    if not is_new:
        state = check_existing(path)
        is_new, schema = state.empty, state.schema
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseOpenError(
            path, f"Cannot create the folder {path.parent}: {error.strerror}."
        ) from error
    try:
        return _open_writable(path, None if is_new else schema)
    except DatabaseOpenError as error:
        # Two instances creating the same new file at once: the slower one finds the tables
        # made by the other; opening again then sees a complete database.
        if is_new and "already exists" in str(error.__cause__):
            return _open_writable(path, check_existing(path).schema)
        raise


def _upgrade(path: Path, schema: SchemaState) -> None:
    """Run the upgrade over an engine of its own: foreign keys off (SQLite's default), so a
    batch-mode table rebuild never cascades a delete; one connection at a time."""
    engine = create_engine(URL.create("sqlite", database=str(path)), poolclass=NullPool)
    event.listen(engine, "connect", _busy_timeout)
    try:
        upgrade(engine, schema)
    finally:
        engine.dispose()


def _busy_timeout(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def _open_writable(path: Path, schema: SchemaState | None) -> Database:
    """Open ``path`` for writing: made new when ``schema`` is None, else upgraded as needed."""
    backup: Path | None = None
    upgrading = False
    engine = create_engine(URL.create("sqlite", database=str(path)))
    event.listen(engine, "connect", _set_pragmas)
    try:
        if schema is not None and not schema.is_current:
            if schema.needs_backup:
                backup = backup_before_migrating(path, schema.user_version)
                log.info("backed up %s to %s before migrating", path, backup)
            upgrading = True
            _upgrade(path, schema)
            upgrading = False
        with engine.begin() as connection:
            if schema is None:
                SCHEMA.create_all(connection)
                connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
                connection.exec_driver_sql(f"PRAGMA user_version={SCHEMA_VERSION}")
                connection.exec_driver_sql(
                    "INSERT INTO app_meta (key, value) VALUES (?, '0')", (EVENTS_GENERATION_KEY,)
                )
                from timeline_app.persistence.revisions import stamp  # noqa: PLC0415

                stamp(connection, schema_head.HEAD_REVISION)
            create_search_tables(connection)
    except (SQLAlchemyError, OSError, sqlite3.Error, schema_head.RevisionError) as error:
        engine.dispose()
        reason = str(getattr(error, "orig", None) or error).strip()
        kept = f" A copy made before the upgrade is at {backup}." if backup else ""
        # Each step of an upgrade is its own transaction: a failed one leaves no trace.
        what = (
            f"Cannot upgrade the database {path} ({reason}); it was left at its last completed "
            "step."
            if upgrading
            else f"Cannot write to the database {path} ({reason})."
        )
        raise DatabaseOpenError(
            path,
            f"{what} Check that the file and its folder are writable, or choose another file "
            f"with --db.{kept}",
        ) from error
    return Database(path, engine, sessionmaker(engine, expire_on_commit=False))
