"""Getting back to work after a damaged database: set it aside, restore a backup or start fresh.

The damaged file is never deleted or changed: it is renamed next to itself with a timestamp.
"""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from timeline_app.persistence.migrations import backups_of

SIDE_FILES = ("-wal", "-shm")


def latest_backup(path: Path) -> Path | None:
    """The newest backup copy written next to ``path`` (before a migration), if any."""
    backups = backups_of(path)
    return backups[0] if backups else None


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
    aside = set_aside(path)
    shutil.copy2(backup, path)
    return aside
