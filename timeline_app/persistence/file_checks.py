"""The read-only checks that refuse a bad SQLite file untouched, before anything writes to it.

Every check runs over a read-only connection: a file that is not ours, is corrupt, lacks a
table, or comes from a newer app version is never written to (not even a WAL).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from timeline_app.persistence import schema_head
from timeline_app.persistence.errors import (
    CorruptDatabaseError,
    DatabaseOpenError,
    NewerSchemaError,
    NotADatabaseError,
)
from timeline_app.persistence.migrations import LATEST_USER_VERSION, SchemaState, read_schema_state
from timeline_app.persistence.read_only import side_file
from timeline_app.persistence.schema_check import schema_problem

#: ``PRAGMA user_version`` of every file this app writes: 9 forever, the schema is named by
#: its Alembic revision (see migrations.py). A file above it comes from a newer app.
SCHEMA_VERSION = LATEST_USER_VERSION
#: Marks a file as ours in ``PRAGMA application_id`` ("KZCN").
APPLICATION_ID = 0x4B5A434E
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
#: Files larger than this skip the full quick_check at open (see _quick_check).
QUICK_CHECK_MAX_BYTES = 64 * 2**20
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class FileState:
    """What the read-only check found."""

    empty: bool
    schema: SchemaState

    @property
    def user_version(self) -> int:
        """The file's ``PRAGMA user_version``."""
        return self.schema.user_version


def check_header(path: Path) -> None:
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


def check_existing(path: Path) -> FileState:
    """Refuse, without writing, a file that is not a healthy database of a known schema.

    Says whether the file is an SQLite database with nothing in it yet (ours to set up), and
    which schema version it has.
    The check reads with normal locking (so it never sees a half-finished checkpoint of
    another running instance); only where that is impossible (a read-only folder) does it
    read ``immutable``. Side files (-wal, -shm) its connection had to create next to a file
    it refuses are removed again, so a refused file stays exactly as it was.
    """
    check_header(path)
    side_files = [side_file(path, suffix) for suffix in ("-wal", "-shm")]
    existed = {side: side.exists() for side in side_files}
    try:
        return inspect_file(path, lambda: _read_connection(path))
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


def inspect_file(path: Path, connect: Callable[[], sqlite3.Connection]) -> FileState:
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
