"""Exporting the user's notes to Markdown, JSON and CSV, and merging notes back from JSON.

An import is checked in full before anything is written (a note dated after today is
refused), can be previewed, then is merged by note uid, so importing the same file twice adds
nothing; the merge can be undone and redone as one step.

The merge is written in batches, each its own short transaction, with a pause between them:
another window (or copy of the app) on the same file waits for the write lock while a
transaction is open, and a single transaction for a 100,000-note file held it past the 5 s
busy timeout, so that window's saves failed. Not all-or-nothing, and deliberately: a staging
table would still need one long transaction to move the notes in at the end. If a batch
fails, the batches before it stay written; ImportInterruptedError says how many notes those
were (its report undoes them), and since notes are merged by uid, importing the same file
again completes the import without duplicating anything. Undo and redo batch the same way.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from timeline_app.domain.errors import StorageError
from timeline_app.domain.models import Changes
from timeline_app.persistence.event_repository import EventRepository
from timeline_app.persistence.note_repository import NoteRepository
from timeline_app.services.authorship import author_of_store
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
from timeline_app.services.note_exchange.report import (
    ImportInterruptedError,
    ImportReport,
    Replacement,
)
from timeline_app.services.note_service import utc_now
from timeline_app.services.storage_errors import storage_errors

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "ImportInterruptedError",
    "ImportReport",
    "NoteExchangeService",
    "NoteImportError",
    "Replacement",
    "neutralise_cell",
    "parse_notes_file",
]


#: Notes merged per transaction: 0.1-0.25 s of writing (notes and their search index rows;
#: measured on a busy 2-core machine), so a save in another window waits well under 1 s.
IMPORT_BATCH = 1000
#: The pause between two batches. SQLite retries a writer waiting on the busy timeout at most
#: every 100 ms, so a pause longer than that always lets a waiting save in.
IMPORT_PAUSE_S = 0.12


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
        path: Path | str,
        clock: Callable[[], datetime] = utc_now,
        author: str | None = None,
    ) -> None:
        """``author`` is recorded on every imported note, whatever its file says: the notes
        are the importer's now (default: the OS user; a server store records its role)."""
        self._session_factory = session_factory
        self._path = path
        self._clock = clock
        self.author = author_of_store(session_factory, path) if author is None else author

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
        """Merge checked notes by uid, in short batches (see the module notes); the report can
        undo it. Raises StorageError when the first batch fails (nothing written), and
        ImportInterruptedError, whose report undoes what was written, when a later one does."""
        done: list[ImportReport] = []
        for start in range(0, len(notes), IMPORT_BATCH):
            if start:
                time.sleep(IMPORT_PAUSE_S)
            batch = [
                replace(note, author=self.author) for note in notes[start : start + IMPORT_BATCH]
            ]
            try:
                with self._transaction("import the notes") as session:
                    known = _known_events(session, batch)
                    done.append(merge.merge(NoteRepository(session), known, batch))
            except StorageError as error:
                if not start:
                    raise
                raise ImportInterruptedError(
                    f"{error} The first {start:,} of {len(notes):,} notes in the file were "
                    "imported; importing the same file again adds the rest (notes already "
                    "imported are recognised and not added twice).",
                    merge.combined(done),
                ) from error
        return merge.combined(done)

    def import_json(self, source: Path) -> ImportReport:
        """Merge the notes of a JSON export by uid; raises NoteImportError (nothing written)."""
        return self.import_notes(self.read_notes_file(source))

    def undo_import(self, report: ImportReport) -> Changes:
        """Take an import back: its added notes go, replaced texts return (in batches)."""
        self._in_batches("undo the import", report, merge.undo)
        return report.changes

    def redo_import(self, report: ImportReport) -> Changes:
        """Do an undone import again, with the same note ids (in batches)."""
        self._in_batches("redo the import", report, merge.redo)
        return report.changes

    def _in_batches(
        self,
        action: str,
        report: ImportReport,
        step: Callable[[NoteRepository, ImportReport], None],
    ) -> None:
        for number, part in enumerate(merge.split(report, IMPORT_BATCH)):
            if number:
                time.sleep(IMPORT_PAUSE_S)
            with self._transaction(action) as session:
                step(NoteRepository(session), part)

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
