"""Getting back to work after a damaged database: set it aside, restore a backup or start fresh.

The damaged file is never deleted or changed: it is renamed next to itself with a timestamp.
Before anything is offered, every note still readable in it is read (``salvage``), and after
the backup or the fresh database is in place those notes are merged into it by uid, so a
backup older than the damage loses no note that could still be read.
"""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from timeline_app.domain.models import Note
from timeline_app.persistence.database import Database
from timeline_app.persistence.note_repository import NoteRepository
from timeline_app.persistence.salvage import (
    BackupCopy,
    SalvagedNotes,
    salvage_notes,
    usable_backups,
)
from timeline_app.services.storage_errors import storage_errors

__all__ = [
    "BackupCopy",
    "MergedNotes",
    "SalvagedNotes",
    "backups_to_offer",
    "latest_backup",
    "merge_salvaged",
    "restore_backup",
    "salvage",
    "set_aside",
]
SIDE_FILES = ("-wal", "-shm")
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class MergedNotes:
    """What merging the salvaged notes did."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0


def salvage(path: Path) -> SalvagedNotes:
    """Every note still readable in the damaged file, read without writing to it."""
    salvaged = salvage_notes(path)
    if salvaged.problem:
        log.warning("no notes could be read from %s: %s", path, salvaged.problem)
    else:
        log.info(
            "%d notes read from %s (%d damaged stretches stepped over)",
            len(salvaged.notes),
            path,
            salvaged.damaged_stretches,
        )
    return salvaged


def backups_to_offer(path: Path) -> list[BackupCopy]:
    """Backups of ``path`` that can be restored, newest first; the log says why others are not."""
    usable, refused = usable_backups(path)
    for backup, reason in refused:
        log.warning("backup %s is not offered: it %s", backup, reason)
    return usable


def latest_backup(path: Path) -> Path | None:
    """The newest backup copy of ``path`` that can be restored, if any."""
    backups = backups_to_offer(path)
    return backups[0].path if backups else None


def set_aside(path: Path) -> Path:
    """Rename the file (and its -wal/-shm companions) to ``<name>.damaged-<timestamp>``."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    path.rename(target)
    for suffix in SIDE_FILES:
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.rename(target.with_name(target.name + suffix))
    return target


def restore_backup(path: Path, backup: Path) -> Path:
    """Set the damaged file aside and put a copy of ``backup`` in its place (the backup stays)."""
    # Copied beside the target first, so a copy that fails half-way never takes its place.
    partial = path.with_name(f".{path.name}.restoring")
    try:
        shutil.copy2(backup, partial)
    except OSError:
        partial.unlink(missing_ok=True)
        raise
    aside = set_aside(path)
    partial.replace(path)
    return aside


def merge_salvaged(database: Database, salvaged: SalvagedNotes) -> MergedNotes:
    """Merge the salvaged notes into ``database`` by uid, in one transaction.

    A note the database lacks is added with its uid and times. A note it has with other text
    takes the salvaged text when that was edited later: the damaged file is the newer state of
    the same notes (a backup is older), so its text is the user's last word. The text it
    replaces is not lost: the backup file itself stays as it was.
    """
    if not salvaged.notes:
        return MergedNotes()
    added = updated = unchanged = 0
    with (
        storage_errors(database.path, "merge the notes read from the damaged file"),
        database.session_factory.begin() as session,
    ):
        repository = NoteRepository(session)
        stored = repository.by_uid()
        new: list[Note] = []
        for note in salvaged.notes:
            known = stored.get(note.uid)
            if known is None:
                new.append(note)
                added += 1
            elif known.text != note.text and note.updated_at > known.updated_at:
                repository.update(known.id, note.text, note.updated_at)
                updated += 1
            else:
                unchanged += 1
        repository.add_copies(new)
    return MergedNotes(added, updated, unchanged)
