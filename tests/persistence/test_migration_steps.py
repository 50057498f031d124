"""A migration step is one transaction: a failure anywhere in it leaves no trace.

Both kinds: a frozen legacy step (schema 1 to 9) and an Alembic revision after the baseline.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Connection, create_engine

from timeline_app.persistence import legacy_steps, revisions, schema_head
from timeline_app.persistence.database import DatabaseOpenError, open_database
from timeline_app.persistence.legacy_steps import Migration, reach_baseline
from timeline_app.persistence.migrations import backups_of

FIXTURE_V1 = Path(__file__).parents[1] / "fixtures" / "schema_v1.sqlite3"
#: The app's own last revision (the tests below put a broken one after it).
APP_HEAD = schema_head.HEAD_REVISION
#: Fails on the rows only, so the check at open (which upgrades a copy of the schema alone,
#: with no rows) lets it through and it fails on the file itself.
BROKEN_REVISION = '''"""A revision that fails after its DDL."""

from alembic import op

revision = "broken_after_authors"
down_revision = "HEAD"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE TABLE made_by_the_broken_revision (x INTEGER)")
    with op.batch_alter_table("notes") as notes:
        notes.create_index("ix_notes_broken", ["text"])
    op.execute("UPDATE notes SET uid = NULL")


def downgrade() -> None:
    raise NotImplementedError
'''.replace("HEAD", APP_HEAD)


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def history_with(folder: Path, monkeypatch: pytest.MonkeyPatch, **extra: str) -> None:
    """Use a copy of the app's revisions plus ``extra`` (file stem: source) as the history."""
    folder.mkdir()
    for revision_file in revisions.SCRIPT_LOCATION.glob("*.py"):
        if revision_file.name != "__init__.py":
            shutil.copy(revision_file, folder / revision_file.name)
    for stem, source in extra.items():
        (folder / f"{stem}.py").write_text(source, encoding="utf-8")
    monkeypatch.setattr(revisions, "SCRIPT_LOCATION", folder)
    monkeypatch.setattr(schema_head, "HEAD_REVISION", revisions.head_revision())


def test_a_failing_legacy_step_leaves_its_ddl_undone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "steps.sqlite3"

    def half_done(connection: Connection) -> None:
        connection.exec_driver_sql("CREATE TABLE made_by_the_step (x INTEGER)")
        connection.exec_driver_sql("ALTER TABLE made_by_the_step ADD COLUMN y INTEGER")
        raise RuntimeError("the step fails after its DDL")

    monkeypatch.setattr(legacy_steps, "LEGACY_STEPS", (Migration(1, "fails midway", half_done),))
    engine = create_engine(f"sqlite:///{path}")
    try:
        with pytest.raises(RuntimeError, match="after its DDL"):
            reach_baseline(engine.connect, 0)
    finally:
        engine.dispose()
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("SELECT name FROM sqlite_master").fetchall() == []
        assert connection.execute("PRAGMA user_version").fetchone() == (0,)
    finally:
        connection.close()


def test_a_failing_revision_leaves_the_file_at_the_last_completed_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "timeline.sqlite3"
    shutil.copy(FIXTURE_V1, path)
    notes_before = rows(path, "SELECT id, event_id, text, created_at FROM notes ORDER BY id")
    history_with(tmp_path / "history", monkeypatch, broken_after_authors=BROKEN_REVISION)
    with pytest.raises(DatabaseOpenError) as raised:
        open_database(path)
    (backup,) = backups_of(path)
    message = str(raised.value)
    assert message.startswith(f"Cannot upgrade the database {path} (")
    assert "it was left at its last completed step." in message
    assert message.endswith(f"A copy made before the upgrade is at {backup}.")
    assert "NOT NULL constraint failed: notes.uid" in message
    # The legacy steps and the app's revisions completed; the broken one left no trace.
    assert rows(path, "SELECT version_num FROM alembic_version") == [(APP_HEAD,)]
    assert rows(path, "PRAGMA user_version") == [(9,)]
    tables = {str(name) for (name,) in rows(path, "SELECT name FROM sqlite_master")}
    assert "made_by_the_broken_revision" not in tables and "ix_notes_broken" not in tables
    assert "ix_notes_author" in tables
    after = rows(path, "SELECT id, event_id, text, created_at FROM notes ORDER BY id")
    assert after == notes_before
    assert rows(backup, "PRAGMA user_version") == [(1,)]
    assert rows(backup, "PRAGMA integrity_check") == [("ok",)]


def test_the_next_start_goes_on_from_the_last_completed_revision(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once the broken revision is fixed (an app update), the upgrade resumes where it stopped."""
    path = tmp_path / "timeline.sqlite3"
    shutil.copy(FIXTURE_V1, path)
    history_with(tmp_path / "broken", monkeypatch, broken_after_authors=BROKEN_REVISION)
    with pytest.raises(DatabaseOpenError):
        open_database(path)
    fixed = BROKEN_REVISION.replace('op.execute("UPDATE notes SET uid = NULL")', "")
    history_with(tmp_path / "fixed", monkeypatch, broken_after_authors=fixed)
    open_database(path).dispose()
    assert rows(path, "SELECT version_num FROM alembic_version") == [("broken_after_authors",)]
    assert len(backups_of(path)) == 2  # one before each attempt that changed the schema


def test_a_schema_9_file_is_only_stamped_when_the_baseline_is_the_head(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing to change, so no backup: the file only learns its revision."""
    path = tmp_path / "timeline.sqlite3"
    shutil.copy(Path(__file__).parents[1] / "fixtures" / "schema_v9.sqlite3", path)
    folder = tmp_path / "history"
    folder.mkdir()
    shutil.copy(revisions.SCRIPT_LOCATION / "baseline_schema_9.py", folder)
    monkeypatch.setattr(revisions, "SCRIPT_LOCATION", folder)
    monkeypatch.setattr(schema_head, "HEAD_REVISION", revisions.head_revision())
    open_database(path).dispose()
    assert rows(path, "SELECT version_num FROM alembic_version") == [("baseline_schema_9",)]
    assert backups_of(path) == []
    assert "author" not in {str(row[1]) for row in rows(path, "PRAGMA table_info(notes)")}
