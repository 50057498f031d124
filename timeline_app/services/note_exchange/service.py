"""Exporting the user's notes to Markdown, JSON and CSV, and merging notes back from JSON.

An import is checked in full before anything is written (a note dated after today is
refused), can be previewed, then is merged by note uid in one transaction, so importing the
same file twice adds nothing; the merge can be undone and redone as one step.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from timeline_app.domain.errors import StorageError
from timeline_app.domain.models import Changes
from timeline_app.persistence.event_repository import EventRepository
from timeline_app.persistence.note_repository import NoteRepository
from timeline_app.services.note_exchange import merge
from timeline_app.services.note_exchange.formats import (
    NotesSnapshot,
    neutralise_cell,
    os_error_reason,
    render_csv,
    render_json,
    render_markdown,
    write_atomically,
)
from timeline_app.services.note_exchange.import_file import (
    FORMAT_NAME,
    FORMAT_VERSION,
    ImportedNote,
    NoteImportError,
    check_not_after_today,
    parse_notes_file,
)
from timeline_app.services.note_exchange.merge import ImportReport, Replacement
from timeline_app.services.note_service import utc_now
from timeline_app.services.storage_errors import storage_errors

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "ImportReport",
    "NoteExchangeService",
    "NoteImportError",
    "Replacement",
    "neutralise_cell",
    "parse_notes_file",
]


def read_notes_file(source: Path, now: datetime, name: str | None = None) -> list[ImportedNote]:
    """Read and check a whole JSON export (no database needed); messages name the file as
    ``name`` (default: its file name). Raises NoteImportError or StorageError."""
    try:
        data = source.read_bytes()
    except OSError as error:
        where = source if name is None else name
        raise StorageError(f"Could not read {where}: {os_error_reason(error)}.") from error
    name = source.name if name is None else name
    notes = parse_notes_file(data, name)
    check_not_after_today(notes, name, now)
    return notes


class NoteExchangeService:
    """Use cases that move notes in and out of files. Raises StorageError for failed I/O."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        path: Path,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self._session_factory = session_factory
        self._path = path
        self._clock = clock

    def export_markdown(self, target: Path) -> int:
        """Write every note as Markdown, grouped by event; returns how many notes."""
        snapshot = self._snapshot()
        write_atomically(target, render_markdown(snapshot, self._clock()).encode("utf-8"))
        return len(snapshot.notes)

    def export_json(self, target: Path) -> int:
        """Write every note as JSON that import_json reads back; returns how many notes."""
        snapshot = self._snapshot()
        write_atomically(target, render_json(snapshot, self._clock()).encode("utf-8"))
        return len(snapshot.notes)

    def export_csv(self, target: Path) -> int:
        """Write every note as a spreadsheet-safe CSV (UTF-8 with BOM); returns how many notes."""
        snapshot = self._snapshot()
        write_atomically(target, render_csv(snapshot).encode("utf-8-sig"))
        return len(snapshot.notes)

    def read_notes_file(self, source: Path) -> list[ImportedNote]:
        """Read and check a whole JSON export, writing nothing; raises NoteImportError
        (naming the file, the note and the field) or StorageError."""
        return read_notes_file(source, self._clock())

    def preview_import(self, notes: list[ImportedNote]) -> ImportReport:
        """What importing ``notes`` would add, update and leave unchanged; writes nothing."""
        with storage_errors(self._path, "read the notes"), self._session_factory() as session:
            return merge.preview(NoteRepository(session), _known_events(session, notes), notes)

    def import_notes(self, notes: list[ImportedNote]) -> ImportReport:
        """Merge checked notes by uid, in one transaction; the report can undo it."""
        with self._transaction("import the notes") as session:
            return merge.merge(NoteRepository(session), _known_events(session, notes), notes)

    def import_json(self, source: Path) -> ImportReport:
        """Merge the notes of a JSON export by uid, in one transaction; raises NoteImportError."""
        return self.import_notes(self.read_notes_file(source))

    def undo_import(self, report: ImportReport) -> Changes:
        """Take an import back in one transaction: its added notes go, replaced texts return."""
        with self._transaction("undo the import") as session:
            merge.undo(NoteRepository(session), report)
        return report.changes

    def redo_import(self, report: ImportReport) -> Changes:
        """Do an undone import again, in one transaction."""
        with self._transaction("redo the import") as session:
            merge.redo(NoteRepository(session), report)
        return report.changes

    @contextmanager
    def _transaction(self, action: str) -> Iterator[Session]:
        with storage_errors(self._path, action), self._session_factory.begin() as session:
            yield session

    def _snapshot(self) -> NotesSnapshot:
        with storage_errors(self._path, "read the notes"), self._session_factory() as session:
            notes = tuple(NoteRepository(session).all_notes())
            # Only the events that have notes: an archive may hold a million others.
            noted = {note.event_id for note in notes}
            events = EventRepository(session).markers_of(noted)
            sources = EventRepository(session).sources_of(noted)
        return NotesSnapshot(notes, events, sources)


def _known_events(session: Session, notes: list[ImportedNote]) -> set[str]:
    """The events of ``notes`` that are in this timeline."""
    return set(EventRepository(session).keys_of({note.event_id for note in notes}))
