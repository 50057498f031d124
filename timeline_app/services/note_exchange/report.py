"""What an import of notes did (or would do), importable without the database layer: the
notes panel shows it and undoes it."""

from __future__ import annotations

from dataclasses import dataclass, field

from timeline_app.domain.errors import StorageError
from timeline_app.domain.models import Changes, Note


@dataclass(frozen=True, slots=True)
class Replacement:
    """A note whose text an import replaced: as it was and as it became."""

    before: Note
    after: Note


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did (or, as a preview, would do): counts, warnings and the notes touched."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    warnings: tuple[str, ...] = ()
    changes: Changes = field(default_factory=Changes)
    #: the notes added, with their new ids (empty in a preview)
    added_notes: tuple[Note, ...] = ()
    #: the notes whose text was replaced (in a preview ``after`` holds the file's text)
    replaced: tuple[Replacement, ...] = ()

    @property
    def changes_anything(self) -> bool:
        """True when the import adds or updates at least one note."""
        return bool(self.added or self.updated)


class ImportInterruptedError(StorageError):
    """An import failed part-way; ``report`` says what the batches written before did (and
    undoes them)."""

    def __init__(self, message: str, report: ImportReport) -> None:
        super().__init__(message)
        self.report = report
