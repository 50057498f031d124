"""Bringing an existing database to the current schema, and the copy kept before doing so.

Since the move to Alembic every schema change is an Alembic revision (schema_versions/,
run by revisions.py), and a database names its revision in the ``alembic_version`` table.
``PRAGMA user_version`` stays 9 forever: app versions older than Alembic read it, and
refuse a file above the schema they know. How each file is brought up to date:

- new (or empty): made by ``create_all`` and stamped at the head (database.py);
- user_version 1 to 8, no ``alembic_version``: the frozen steps of legacy_steps.py bring it
  to schema 9, it is stamped at the baseline, and Alembic runs every later revision;
- user_version 9, no ``alembic_version`` (written before Alembic): stamped at the baseline,
  then upgraded like any other;
- at a known revision: the later revisions run;
- at a revision this app does not know, or user_version above 9: a newer app wrote it, and
  it is refused untouched (database.py).

Before anything is changed a consistent copy is written next to the file (SQLite's online
backup), unless the upgrade is a stamp alone; the recovery dialog offers these copies.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from timeline_app.persistence import schema_head
from timeline_app.persistence.legacy_steps import BASELINE_USER_VERSION, reach_baseline
from timeline_app.persistence.schema_head import BASELINE_REVISION, VERSION_TABLE

log = logging.getLogger(__name__)
#: What ``PRAGMA user_version`` says in every file this app writes (frozen: see above).
LATEST_USER_VERSION = BASELINE_USER_VERSION


@dataclass(frozen=True, slots=True)
class SchemaState:
    """Which schema a file holds: its ``user_version`` and the revisions in ``alembic_version``
    (empty when it was written before Alembic)."""

    user_version: int
    revisions: tuple[str, ...] = ()

    @property
    def newer_revision(self) -> str | None:
        """A revision of the file this app does not know (a newer app wrote it), or None."""
        if self.revisions in ((), (schema_head.HEAD_REVISION,)):
            return None  # the usual case, answered without importing Alembic
        from timeline_app.persistence.revisions import known_revisions  # noqa: PLC0415

        known = known_revisions()
        return next((revision for revision in self.revisions if revision not in known), None)

    @property
    def is_current(self) -> bool:
        """True when nothing is to be done: the file is at the head revision."""
        return self.user_version >= LATEST_USER_VERSION and self.revisions == (
            schema_head.HEAD_REVISION,
        )

    @property
    def needs_backup(self) -> bool:
        """True when upgrading changes the schema (not when it only stamps the baseline)."""
        if self.user_version < LATEST_USER_VERSION:
            return True
        start = self.revisions[0] if self.revisions else BASELINE_REVISION
        return len(self.revisions) > 1 or start != schema_head.HEAD_REVISION


def read_schema_state(connection: sqlite3.Connection) -> SchemaState:
    """The schema of the file ``connection`` reads (it is only read from)."""
    user_version = int(connection.execute("PRAGMA user_version").fetchone()[0])
    has_table = connection.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?", (VERSION_TABLE,)
    ).fetchone()[0]
    if not has_table:
        return SchemaState(user_version)
    rows = connection.execute(f"SELECT version_num FROM {VERSION_TABLE} ORDER BY 1").fetchall()
    return SchemaState(user_version, tuple(str(row[0]) for row in rows))


def upgrade(engine: Engine, state: SchemaState) -> None:
    """Bring the database of ``engine`` from ``state`` to the head revision.

    The engine must run with foreign keys off (a batch-mode rebuild must never cascade).
    """
    from timeline_app.persistence.revisions import stamp, upgrade_to_head  # noqa: PLC0415

    if state.user_version < BASELINE_USER_VERSION:
        reach_baseline(engine.connect, state.user_version)
    if not state.revisions:
        with engine.begin() as connection:
            stamp(connection, BASELINE_REVISION)
    upgrade_to_head(engine)


def backup_before_migrating(path: Path, version: int) -> Path:
    """Copy the database next to itself: ``timeline.sqlite3.v1-backup-20261122-105800``."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.v{version}-backup-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.v{version}-backup-{stamp}-{counter}")
    # Written under another name and renamed when complete: a copy that fails half-way (a
    # full disk) is removed, never left looking like a backup that could be restored.
    partial = path.with_name(f"{path.name}.partial-{target.name[len(path.name) + 1 :]}")
    try:
        source = sqlite3.connect(path)
        try:
            copy = sqlite3.connect(partial)
            try:
                source.backup(copy)
            finally:
                copy.close()
        finally:
            source.close()
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def backups_of(path: Path) -> list[Path]:
    """Backup copies of ``path``, newest first."""
    return sorted(
        path.parent.glob(f"{path.name}.v*-backup-*"), key=lambda p: p.stat().st_mtime, reverse=True
    )
