"""Merging the notes of a notes file by uid: what it would change, doing it, and undoing it.

The same rules decide the preview and the merge: a uid not here is added; a uid here with
other text takes the file's text when the file's copy was edited later; otherwise the note
here is kept. A merge records what it did (the notes added, and each replaced note before
and after), so Edit ▸ Undo can take the whole import back as one step.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from timeline_app.domain.models import Changes, Note
from timeline_app.persistence.note_repository import NoteRepository
from timeline_app.services.note_exchange.import_file import ImportedNote
from timeline_app.services.note_exchange.report import (
    ImportReport,
    Replacement,
)


@dataclass
class _Tally:
    """Counts, warnings and notes gathered while merging."""

    added: int = 0
    unchanged: int = 0
    skipped: int = 0
    warnings: list[str] = field(default_factory=list)
    touched: set[str] = field(default_factory=set)
    new: list[ImportedNote] = field(default_factory=list)
    replaced: list[Replacement] = field(default_factory=list)

    def report(self, added_notes: Sequence[Note] = ()) -> ImportReport:
        return ImportReport(
            self.added,
            len(self.replaced),
            self.unchanged,
            self.skipped,
            tuple(self.warnings),
            Changes(notes_of_events=frozenset(self.touched)),
            tuple(added_notes),
            tuple(self.replaced),
        )


def combined(reports: Sequence[ImportReport]) -> ImportReport:
    """One report for an import written in batches."""
    return ImportReport(
        sum(report.added for report in reports),
        sum(report.updated for report in reports),
        sum(report.unchanged for report in reports),
        sum(report.skipped for report in reports),
        tuple(warning for report in reports for warning in report.warnings),
        Changes(
            notes_of_events=frozenset(
                event for report in reports for event in report.changes.notes_of_events
            )
        ),
        tuple(note for report in reports for note in report.added_notes),
        tuple(replacement for report in reports for replacement in report.replaced),
    )


def split(report: ImportReport, size: int) -> list[ImportReport]:
    """``report``'s added and replaced notes in parts of at most ``size`` (to undo or redo an
    import in short transactions)."""
    added, replaced = report.added_notes, report.replaced
    parts = [
        ImportReport(
            added_notes=added[start : start + size], replaced=replaced[start : start + size]
        )
        for start in range(0, max(len(added), len(replaced)), size)
    ]
    return parts or [report]


def plan(repository: NoteRepository, known_events: set[str], notes: list[ImportedNote]) -> _Tally:
    """Decide what merging ``notes`` does, writing nothing."""
    stored = repository.by_uids([note.uid for note in notes])
    tally = _Tally()
    for note in notes:
        known = stored.get(note.uid)
        if known is None:
            tally.new.append(note)
            tally.added += 1
            tally.touched.add(note.event_id)
            if note.event_id not in known_events:
                tally.warnings.append(
                    f"Note #{note.number} is on event '{note.event_id}', which is not in this "
                    "timeline; it was imported and is listed with notes on removed events."
                )
            continue
        if known.event_id != note.event_id:
            tally.warnings.append(
                f"Note #{note.number} is on event '{note.event_id}' in the file but on "
                f"'{known.event_id}' here; it stays on '{known.event_id}'."
            )
        if known.text == note.text:
            tally.unchanged += 1
        elif note.updated_at > known.updated_at:
            # The texts differ, so the update takes the file's text and its time of editing.
            after = Note(
                known.id, known.event_id, note.text, known.created_at, note.updated_at, known.uid
            )
            tally.replaced.append(Replacement(known, after))
            tally.touched.add(known.event_id)
        else:
            tally.skipped += 1
            tally.warnings.append(
                f"Note #{note.number} was edited here after the copy in the file; kept this one."
            )
    return tally


def preview(
    repository: NoteRepository, known_events: set[str], notes: list[ImportedNote]
) -> ImportReport:
    """What merging ``notes`` would do, writing nothing."""
    return plan(repository, known_events, notes).report()


def merge(
    repository: NoteRepository, known_events: set[str], notes: list[ImportedNote]
) -> ImportReport:
    """Merge ``notes`` (the caller's session commits) and report what was done."""
    tally = plan(repository, known_events, notes)
    for replacement in tally.replaced:
        repository.update(
            replacement.before.id, replacement.after.text, replacement.after.updated_at
        )
    return tally.report(repository.add_copies(tally.new))


def undo(repository: NoteRepository, report: ImportReport) -> None:
    """Take a merge back: delete the notes it added, put back the texts it replaced."""
    for note in report.added_notes:
        repository.delete(note.id)
    for replacement in report.replaced:
        before = replacement.before
        repository.update(before.id, before.text, before.updated_at)


def redo(repository: NoteRepository, report: ImportReport) -> None:
    """Do an undone merge again, with the same note ids."""
    for note in report.added_notes:
        repository.restore(note)
    for replacement in report.replaced:
        after = replacement.after
        repository.update(after.id, after.text, after.updated_at)
