"""Exporting the user's notes to Markdown, JSON and CSV, and merging notes back from JSON.

An import is checked in full before anything is written, then merged by note uid, so
importing the same file twice adds nothing. The merge is written in batches, each its own
short transaction, with a pause between them: another window (or copy of the app) on the same
file waits for the write lock while a transaction is open, and a single transaction for a
100,000-note file held it past the 5 s busy timeout, so that window's saves failed.

Not all-or-nothing, and deliberately: a staging table would still need one long transaction
to move the notes in at the end. If a batch fails, the batches before it stay written;
ImportInterruptedError says how many notes those were, and since notes are merged by uid,
importing the same file again completes the import without duplicating anything.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from timeline_app.domain.errors import StorageError
from timeline_app.domain.models import Changes, Note
from timeline_app.persistence.event_repository import EventRepository
from timeline_app.persistence.note_repository import NoteRepository
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
    ImportInterruptedError,
    ImportReport,
    NoteImportError,
    parse_notes_file,
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
    "neutralise_cell",
    "parse_notes_file",
]


#: Notes merged per transaction: 0.1-0.25 s of writing (notes and their search index rows;
#: measured on a busy 2-core machine), so a save in another window waits well under 1 s.
IMPORT_BATCH = 1000
#: The pause between two batches. SQLite retries a writer waiting on the busy timeout at most
#: every 100 ms, so a pause longer than that always lets a waiting save in.
IMPORT_PAUSE_S = 0.12


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

    def import_json(self, source: Path) -> ImportReport:
        """Merge the notes of a JSON export by uid, in short batches (see the module notes).

        Raises NoteImportError for a bad file (nothing written), StorageError when the first
        batch fails (nothing written), ImportInterruptedError when a later one does.
        """
        try:
            data = source.read_bytes()
        except OSError as error:
            raise StorageError(f"Could not read {source}: {os_error_reason(error)}.") from error
        notes = parse_notes_file(data, source.name)
        tally = _Tally()
        for start in range(0, len(notes), IMPORT_BATCH):
            if start:
                time.sleep(IMPORT_PAUSE_S)
            try:
                with (
                    storage_errors(self._path, "import the notes"),
                    self._session_factory.begin() as session,
                ):
                    batch = _Tally()
                    _merge(session, notes[start : start + IMPORT_BATCH], batch)
            except StorageError as error:
                if not start:
                    raise
                raise ImportInterruptedError(
                    f"{error} The first {start:,} of {len(notes):,} notes in the file were "
                    "imported; importing the same file again adds the rest (notes already "
                    "imported are recognised and not added twice).",
                    tally.report(),
                ) from error
            tally.add(batch)
        return tally.report()

    def _snapshot(self) -> NotesSnapshot:
        with storage_errors(self._path, "read the notes"), self._session_factory() as session:
            notes = tuple(NoteRepository(session).all_notes())
            # Only the events that have notes: an archive may hold a million others.
            noted = {note.event_id for note in notes}
            events = EventRepository(session).markers_of(noted)
            sources = EventRepository(session).sources_of(noted)
        return NotesSnapshot(notes, events, sources)


# ---- Merging ----------------------------------------------------------------------------------


@dataclass
class _Tally:
    """Counts and warnings gathered while merging."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    warnings: list[str] = field(default_factory=list)
    touched: set[str] = field(default_factory=set)

    def add(self, other: _Tally) -> None:
        """Count in a batch that was written."""
        self.added += other.added
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.skipped += other.skipped
        self.warnings.extend(other.warnings)
        self.touched |= other.touched

    def report(self) -> ImportReport:
        return ImportReport(
            self.added,
            self.updated,
            self.unchanged,
            self.skipped,
            tuple(self.warnings),
            Changes(notes_of_events=frozenset(self.touched)),
        )


def _merge(session: Session, notes: list[ImportedNote], tally: _Tally) -> None:
    """Insert unknown uids, update known ones whose file copy is newer; the caller commits."""
    repository = NoteRepository(session)
    stored = repository.by_uids([note.uid for note in notes])
    known_events = set(EventRepository(session).keys_of({note.event_id for note in notes}))
    added: list[ImportedNote] = []
    for note in notes:
        known = stored.get(note.uid)
        if known is None:
            added.append(note)
            tally.added += 1
            tally.touched.add(note.event_id)
            if note.event_id not in known_events:
                tally.warnings.append(
                    f"Note #{note.number} is on event '{note.event_id}', which is not in this "
                    "timeline; it was imported and is listed with notes on removed events."
                )
        else:
            _merge_known(repository, known, note, tally)
    repository.add_copies(added)


def _merge_known(repository: NoteRepository, row: Note, note: ImportedNote, tally: _Tally) -> None:
    """Keep whichever copy of a note was edited last."""
    if row.event_id != note.event_id:
        tally.warnings.append(
            f"Note #{note.number} is on event '{note.event_id}' in the file but on "
            f"'{row.event_id}' here; it stays on '{row.event_id}'."
        )
    if row.text == note.text:
        tally.unchanged += 1
    elif note.updated_at > row.updated_at:
        # The texts differ, so the update takes the file's text and its time of editing.
        repository.update(row.id, note.text, note.updated_at)
        tally.updated += 1
        tally.touched.add(row.event_id)
    else:
        tally.skipped += 1
        tally.warnings.append(
            f"Note #{note.number} was edited here after the copy in the file; kept this one."
        )
