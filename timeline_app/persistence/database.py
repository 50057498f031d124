"""Opening the SQLite file: checks that refuse bad files untouched, pragmas, schema creation.

Every check that can refuse a file runs over a read-only connection first, so a file that is
not ours, is corrupt, lacks a table, or comes from a newer app version is never written to
(not even a WAL).
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from timeline_app.domain.read_only import PrivateCopy
from timeline_app.persistence import schema_head
from timeline_app.persistence.errors import (
    CorruptDatabaseError,
    DatabaseOpenError,
    NewerSchemaError,
    NotADatabaseError,
)
from timeline_app.persistence.migrations import (
    LATEST_USER_VERSION,
    SchemaState,
    backup_before_migrating,
    read_schema_state,
    upgrade,
)
from timeline_app.persistence.orm import EVENTS_GENERATION_KEY
from timeline_app.persistence.orm_collections import SCHEMA
from timeline_app.persistence.read_only import ReadOnlySource, side_file
from timeline_app.persistence.schema_check import schema_problem
from timeline_app.persistence.search_index import create_search_tables

#: ``PRAGMA user_version`` of every file this app writes: 9 forever, the schema is named by
#: its Alembic revision (see migrations.py). A file above it comes from a newer app.
SCHEMA_VERSION = LATEST_USER_VERSION
#: Marks a file as ours in ``PRAGMA application_id`` ("KZCN").
APPLICATION_ID = 0x4B5A434E
SQLITE_HEADER = b"SQLite format 3\x00"
log = logging.getLogger(__name__)
__all__ = [
    "APPLICATION_ID",
    "QUICK_CHECK_MAX_BYTES",
    "SCHEMA_VERSION",
    "CorruptDatabaseError",
    "Database",
    "DatabaseOpenError",
    "NewerSchemaError",
    "NotADatabaseError",
    "cannot_write",
    "open_database",
]
BUSY_TIMEOUT_MS = 5000
#: Files larger than this skip the full quick_check at open (see _quick_check).
QUICK_CHECK_MAX_BYTES = 64 * 2**20


@dataclass(frozen=True, slots=True)
class Database:
    """An open database: its file (or server), engine and session factory.

    ``private_copy`` says why a read-only database is read from a private copy in memory
    (None: from the file itself). ``location`` is the SQLite file, or a server store's URL
    with its password masked (see server_database.py).
    """

    location: Path | str
    engine: Engine
    session_factory: sessionmaker[Session]
    read_only: bool = False
    private_copy: PrivateCopy | None = None

    @property
    def name(self) -> str:
        """What messages call the store: the file, or the server's URL (password masked)."""
        return str(self.location)

    @property
    def path(self) -> Path:
        """The SQLite file, for what applies to files only (move, copy, recovery); a server
        store has none (ValueError)."""
        if isinstance(self.location, str):
            raise ValueError(f"{self.location} is a server store, not a file")
        return self.location

    def dispose(self) -> None:
        """Close every pooled connection (the file can then be moved or deleted)."""
        self.engine.dispose()


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: in WAL mode each commit is fsynced, so a note the app reported saved survives
    # a power cut too, not only a crash. A note save stays a few milliseconds.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


@dataclass(frozen=True, slots=True)
class FileState:
    """What the read-only check found."""

    empty: bool
    schema: SchemaState

    @property
    def user_version(self) -> int:
        """The file's ``PRAGMA user_version``."""
        return self.schema.user_version


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise DatabaseOpenError(
            path, f"Cannot read the database file {path}: {error.strerror}."
        ) from error
    if header != SQLITE_HEADER:
        raise NotADatabaseError(
            path,
            f"The file {path} is not an SQLite database. It was left untouched; "
            "choose another file with --db, or move this one away to start fresh.",
        )


def _check_existing(path: Path) -> FileState:
    """Refuse, without writing, a file that is not a healthy database of a known schema.

    Says whether the file is an SQLite database with nothing in it yet (ours to set up), and
    which schema version it has.
    The check reads with normal locking (so it never sees a half-finished checkpoint of
    another running instance); only where that is impossible (a read-only folder) does it
    read ``immutable``. Side files (-wal, -shm) its connection had to create next to a file
    it refuses are removed again, so a refused file stays exactly as it was.
    """
    _check_header(path)
    side_files = [side_file(path, suffix) for suffix in ("-wal", "-shm")]
    existed = {side: side.exists() for side in side_files}
    try:
        return _inspect(path, lambda: _read_connection(path))
    except DatabaseOpenError:
        for side in side_files:
            if not existed[side] and side.exists():
                side.unlink(missing_ok=True)
        raise


def _read_connection(path: Path) -> sqlite3.Connection:
    uri = path.resolve().as_uri()
    try:
        connection = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return connection
    except sqlite3.OperationalError as error:
        if "unable to open" not in str(error) and "readonly" not in str(error):
            raise
    try:  # a read-only folder: no locks possible, read the file as it is
        return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as error:
        raise DatabaseOpenError(path, f"Cannot open the database file {path}: {error}.") from error


def _busy(path: Path, error: sqlite3.Error) -> DatabaseOpenError:
    return DatabaseOpenError(
        path,
        f"The database {path} is busy ({error}): another program holds it. Try again in a moment.",
    )


def _unreadable(path: Path, error: sqlite3.DatabaseError) -> DatabaseOpenError:
    """A busy file is not a damaged one: only a lock held elsewhere reads as "busy"."""
    if isinstance(error, sqlite3.OperationalError) and (
        "locked" in str(error) or "busy" in str(error)
    ):
        return _busy(path, error)
    return CorruptDatabaseError(
        path, f"The database file {path} is damaged ({error}). It was left untouched."
    )


def _quick_check(path: Path, connection: sqlite3.Connection) -> tuple[str] | None:
    """SQLite's quick_check on files up to QUICK_CHECK_MAX_BYTES.

    quick_check reads every page: 20 ms for the curated database, seconds for a million
    events. Larger files get a read of the schema only; damage further in is reported when a
    read meets it (as a StorageError naming the file), and nothing is written before that.
    """
    if path.stat().st_size > QUICK_CHECK_MAX_BYTES:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        log.info("%s is large: quick_check skipped at open", path)
        return ("ok",)
    row = connection.execute("PRAGMA quick_check(1)").fetchone()
    return None if row is None else (str(row[0]),)


def _inspect(path: Path, connect: Callable[[], sqlite3.Connection]) -> FileState:
    try:
        connection = connect()
    except sqlite3.DatabaseError as error:
        raise _unreadable(path, error) from error
    problem: str | None = None
    try:
        check = _quick_check(path, connection)
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        schema = read_schema_state(connection)
        user_version = schema.user_version
        table_count = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        newer = schema.newer_revision
        if check == ("ok",) and application_id == APPLICATION_ID and user_version <= SCHEMA_VERSION:
            # A file of ours without a table the app needs would fail on every read or save.
            problem = None if newer else schema_problem(connection, schema)
    except sqlite3.DatabaseError as error:
        raise _unreadable(path, error) from error
    finally:
        connection.close()
    if check is None or check[0] != "ok":
        detail = check[0] if check else "no answer"
        raise CorruptDatabaseError(
            path, f"The database file {path} is damaged ({detail}). It was left untouched."
        )
    if application_id not in (0, APPLICATION_ID) or (application_id == 0 and table_count > 0):
        raise NotADatabaseError(
            path,
            f"The file {path} is an SQLite database of another program. It was left untouched; "
            "choose another file with --db.",
        )
    if user_version > SCHEMA_VERSION:
        raise _newer(path, str(user_version), str(SCHEMA_VERSION))
    if newer is not None:
        raise _newer(path, newer, schema_head.HEAD_REVISION)
    if problem is not None:
        raise CorruptDatabaseError(
            path, f"The database file {path} is damaged ({problem}). It was left untouched."
        )
    return FileState(bool(application_id == 0 and table_count == 0), schema)


def _newer(path: Path, found: str, known: str) -> NewerSchemaError:
    """A file of a newer app: by ``PRAGMA user_version`` or by an Alembic revision unknown here."""
    return NewerSchemaError(
        path,
        f"The database {path} was written by a newer version of this app (schema "
        f"{found}; this version knows up to {known}). It was left untouched; "
        "update the app to open it.",
    )


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
    _check_header(path)
    source = ReadOnlySource(path, BUSY_TIMEOUT_MS / 1000)
    try:
        state = _inspect(path, source.connect)
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
        state = _check_existing(path)
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
            return _open_writable(path, _check_existing(path).schema)
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
