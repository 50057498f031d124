"""Reading what is still readable from files the app will not open: a damaged database and backups.

Nothing here writes to the file it reads. A damaged database is copied (with its -wal, so
notes not yet checkpointed are seen) into a temporary folder and the copy is read; when even
the copy fails (a full disk) the file itself is read ``immutable``, which takes no lock and
creates no side file. Notes are read row by row in id order, and a row that cannot be read
is stepped over, so one damaged page loses only the notes stored on it.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.request import pathname2url

from sqlalchemy import ColumnElement, Engine, Row, create_engine, func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from timeline_app.domain.models import Note
from timeline_app.persistence.file_checks import APPLICATION_ID, SCHEMA_VERSION, SQLITE_HEADER
from timeline_app.persistence.migrations import backups_of
from timeline_app.persistence.orm_notes import NoteRow

log = logging.getLogger(__name__)
#: Unreadable rows stepped over one id at a time stop after this many in a row: the rest of
#: the table is then taken as lost (a damaged interior page hides whole ranges of ids).
MAX_UNREADABLE_IN_A_ROW = 100_000
CHUNK = 500


@dataclass(frozen=True, slots=True)
class SalvagedNotes:
    """The notes read from a damaged file, and how many rows could not be read."""

    notes: tuple[Note, ...]
    #: places where reading stopped and went on past the damage (0: the table read whole)
    damaged_stretches: int = 0
    #: why nothing at all could be read ('' when something could)
    problem: str = ""


@dataclass(frozen=True, slots=True)
class BackupCopy:
    """A backup that can be restored: its file, when it was taken and how many notes it holds."""

    path: Path
    taken_at: datetime
    note_count: int


def _engine(path: Path, *, immutable: bool) -> Engine:
    flags = "mode=ro&immutable=1" if immutable else "mode=ro"
    return create_engine(f"sqlite:///file:{pathname2url(str(path.resolve()))}?{flags}&uri=true")


@contextmanager
def _readable_copy(path: Path) -> Iterator[tuple[Path, bool]]:
    """A private copy of the file and its -wal to read (or the file itself, read immutable)."""
    with tempfile.TemporaryDirectory(prefix="timeline-salvage-") as folder:
        copy = Path(folder) / path.name
        try:
            shutil.copyfile(path, copy)
            wal = path.with_name(path.name + "-wal")
            if wal.exists():
                shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        except OSError as error:
            log.warning("cannot copy %s to read it (%s); reading it in place", path, error)
            yield path, True
            return
        yield copy, False


def salvage_notes(path: Path) -> SalvagedNotes:
    """Every note that can still be read from the (damaged) database at ``path``."""
    try:
        with path.open("rb") as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return SalvagedNotes((), problem="not an SQLite database")
    except OSError as error:
        return SalvagedNotes((), problem=error.strerror or str(error))
    with _readable_copy(path) as (source, immutable):
        engine = _engine(source, immutable=immutable)
        try:
            return _read_notes(engine)
        finally:
            engine.dispose()


def _read_notes(engine: Engine) -> SalvagedNotes:
    notes: list[Note] = []
    stretches = 0
    with Session(engine) as session:
        try:
            highest = session.scalar(select(func.max(NoteRow.id))) or 0
        except SQLAlchemyError as error:
            # No table, or its last page is gone: fall back to the ids handed out so far.
            session.rollback()
            highest = _highest_id_handed_out(session)
            if highest == 0:
                return SalvagedNotes((), problem=str(getattr(error, "orig", error)))
        last, failed_in_a_row = 0, 0
        columns = _readable_columns(session)
        while last < highest and failed_in_a_row < MAX_UNREADABLE_IN_A_ROW:
            # Many rows at a time while they read; one at a time to find the row that does not.
            rows = _rows_after(session, columns, last, CHUNK) or _rows_after(
                session, columns, last, 1
            )
            if rows is None:
                # The first row after ``last`` (or its page) is unreadable: step over one id.
                # Ids below the next readable row hold no note, so no readable note is skipped.
                if failed_in_a_row == 0:
                    stretches += 1
                last += 1
                failed_in_a_row += 1
                continue
            if not rows:
                break
            notes.extend(note for note in map(_note, rows) if note is not None)
            last, failed_in_a_row = rows[-1].id, 0
        session.expunge_all()
    return SalvagedNotes(tuple(notes), damaged_stretches=stretches)


def _readable_columns(session: Session) -> list[ColumnElement[Any]]:
    """The notes' columns that this file has: a backup taken before an upgrade has no
    ``author`` or ``private`` yet, and selecting them would make every row unreadable."""
    try:
        found = {
            str(row[1]) for row in session.connection().exec_driver_sql("PRAGMA table_info(notes)")
        }
    except SQLAlchemyError:
        session.rollback()
        found = set()
    columns = NoteRow.__table__.columns
    return [column for column in columns if column.name in found or not found]


def _rows_after(
    session: Session, columns: list[ColumnElement[Any]], last: int, limit: int
) -> list[Row[Any]] | None:
    """Up to ``limit`` rows after id ``last`` in id order; None when reading them fails."""
    try:
        return list(
            session.execute(
                select(*columns).where(NoteRow.id > last).order_by(NoteRow.id).limit(limit)
            )
        )
    except (SQLAlchemyError, ValueError, UnicodeDecodeError):
        session.rollback()
        return None


def _note(row: Row[Any]) -> Note | None:
    """The row as a note; None when damage left a field of the wrong kind."""
    # Typed as object: a damaged record can hold anything, whatever the mapping declares.
    texts: tuple[object, ...] = (row.uid, row.event_id, row.text)
    times: tuple[object, ...] = (row.created_at, row.updated_at)
    if not all(isinstance(value, str) for value in texts) or not row.uid:
        return None
    if not all(isinstance(value, datetime) for value in times):
        return None
    author = getattr(row, "author", None)
    private = getattr(row, "private", False)
    return Note(
        row.id,
        row.event_id,
        row.text,
        row.created_at,
        row.updated_at,
        row.uid,
        author if isinstance(author, str) else "",
        private is True or private == 1,
    )


def _highest_id_handed_out(session: Session) -> int:
    try:
        connection = session.connection()
        value = connection.exec_driver_sql(
            "SELECT seq FROM sqlite_sequence WHERE name = 'notes'"
        ).scalar()
    except SQLAlchemyError:
        session.rollback()
        return 0
    return int(value or 0)


# ---- Backups ----------------------------------------------------------------------------------


class UnusableBackupError(Exception):
    """A backup file that must not be offered; the message says why."""


def describe_backup(path: Path) -> BackupCopy:
    """The backup's time and note count; UnusableBackupError for an empty, unreadable or
    foreign file (a migration that failed on a full disk leaves an empty one)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise UnusableBackupError(f"cannot be read: {error.strerror or error}") from error
    if size == 0:
        raise UnusableBackupError("is empty (0 bytes)")
    if header != SQLITE_HEADER:
        raise UnusableBackupError("is not an SQLite database")
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    try:
        connection = sqlite3.connect(uri, uri=True)
        try:
            check = connection.execute("PRAGMA quick_check(1)").fetchone()
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            count = connection.execute("SELECT count(*) FROM notes").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise UnusableBackupError(f"cannot be read ({error})") from error
    if check is None or check[0] != "ok":
        raise UnusableBackupError(f"is damaged ({check[0] if check else 'no answer'})")
    if application_id not in (0, APPLICATION_ID) or version > SCHEMA_VERSION:
        raise UnusableBackupError("is not a database this version of the app can open")
    taken_at = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    return BackupCopy(path, taken_at, int(count))


def usable_backups(path: Path) -> tuple[list[BackupCopy], list[tuple[Path, str]]]:
    """The backups of ``path`` that can be restored (newest first), and the others with why."""
    usable: list[BackupCopy] = []
    refused: list[tuple[Path, str]] = []
    for backup in backups_of(path):
        try:
            usable.append(describe_backup(backup))
        except UnusableBackupError as error:
            refused.append((backup, str(error)))
    return usable, refused
