"""Alembic's history on real files: new ones stamped at the head, older ones upgraded with
every note, newer ones refused untouched."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import SAMPLE_DATA
from timeline_app.domain.read_only import PrivateCopy
from timeline_app.persistence.database import NewerSchemaError, open_database
from timeline_app.persistence.migrations import backups_of
from timeline_app.persistence.revisions import BASELINE_REVISION, head_revision
from timeline_app.services.authorship import local_author
from timeline_app.services.note_service import NoteService
from timeline_app.services.startup import open_timeline_database

FIXTURES = Path(__file__).parents[1] / "fixtures"
#: What a schema-9 file holds that the user made, table by table.
USER_DATA = {
    "notes": "SELECT id, uid, event_id, text, created_at, updated_at FROM notes ORDER BY id",
    "drafts": "SELECT event_id, window_id, text, updated_at, released FROM drafts "
    "ORDER BY event_id, window_id",
    "collections": "SELECT * FROM collections ORDER BY id",
    "eras": "SELECT * FROM eras ORDER BY id",
    "events": "SELECT id, title, start_date, collection_id, category_id, summary, key "
    "FROM events WHERE collection_id IS NOT NULL ORDER BY id",
    "categories": "SELECT * FROM categories WHERE collection_id IS NOT NULL ORDER BY id",
}


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def user_data(path: Path) -> dict[str, list[tuple[object, ...]]]:
    return {table: rows(path, sql) for table, sql in USER_DATA.items()}


def revision_of(path: Path) -> list[tuple[object, ...]]:
    return rows(path, "SELECT version_num FROM alembic_version")


def columns(path: Path, table: str) -> list[str]:
    return [str(row[1]) for row in rows(path, f"PRAGMA table_info({table})")]


@pytest.fixture
def v9_file(tmp_path: Path) -> Path:
    """A copy of a file written by the app of schema 9, before Alembic (alone in its folder)."""
    (tmp_path / "db").mkdir()
    path = tmp_path / "db" / "timeline.sqlite3"
    shutil.copy(FIXTURES / "schema_v9.sqlite3", path)
    return path


def test_the_schema_9_fixture_was_written_before_alembic() -> None:
    path = FIXTURES / "schema_v9.sqlite3"
    assert rows(path, "PRAGMA user_version") == [(9,)]
    assert rows(path, "SELECT name FROM sqlite_master WHERE name = 'alembic_version'") == []
    data = user_data(path)
    assert len(data["notes"]) == 3 and len(data["drafts"]) == 1
    assert len(data["collections"]) == 2 and len(data["events"]) == 4


def test_a_new_database_is_stamped_at_the_head(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    open_timeline_database(path, SAMPLE_DATA).dispose()
    assert revision_of(path) == [(head_revision(),)]
    assert rows(path, "PRAGMA user_version") == [(9,)]  # frozen at 9 for older app versions
    assert "author" in columns(path, "notes") and "author" in columns(path, "events")
    assert backups_of(path) == []


def test_a_schema_9_file_is_stamped_and_upgraded_with_everything_intact(v9_file: Path) -> None:
    before = user_data(v9_file)
    database = open_timeline_database(v9_file, SAMPLE_DATA)
    try:
        notes = NoteService(database.session_factory, v9_file)
        texts = [note.text for note in notes.notes_for("e1992-agreement")]
        assert texts == ["v9 note one — 中文 🎎"]
        assert all(note.author == "" for note in notes.notes_for("e2017-expo"))
    finally:
        database.dispose()
    assert user_data(v9_file) == before
    assert revision_of(v9_file) == [(head_revision(),)]
    assert rows(v9_file, "PRAGMA user_version") == [(9,)]
    assert rows(v9_file, "SELECT count(*) FROM notes WHERE author IS NULL") == [(3,)]
    # Revision private_notes: every note stays shared; the drafts are the OS user's.
    assert rows(v9_file, "SELECT count(*) FROM notes WHERE private = 0") == [(3,)]
    assert rows(v9_file, "SELECT author FROM drafts") == [(local_author(),)]
    # Added in place, never rebuilt: the ids of deleted notes are still never given again.
    ((notes_sql,),) = rows(v9_file, "SELECT sql FROM sqlite_master WHERE name = 'notes'")
    assert "AUTOINCREMENT" in str(notes_sql)
    assert rows(v9_file, "PRAGMA integrity_check") == [("ok",)]
    # A revision after the baseline ran, so a consistent copy was taken first.
    (backup,) = backups_of(v9_file)
    assert backup.name.startswith("timeline.sqlite3.v9-backup-")
    assert rows(backup, "PRAGMA integrity_check") == [("ok",)]
    assert user_data(backup) == before
    assert rows(backup, "SELECT name FROM sqlite_master WHERE name = 'alembic_version'") == []


def test_a_copy_of_the_first_schema_with_more_notes_migrates_every_one(tmp_path: Path) -> None:
    """The schema-1 fixture given 300 notes more, as a user of the first release wrote them."""
    path = tmp_path / "timeline.sqlite3"
    shutil.copy(FIXTURES / "schema_v1.sqlite3", path)
    connection = sqlite3.connect(path)
    with connection:
        connection.executemany(
            "INSERT INTO notes (event_id, text, created_at, updated_at) VALUES (?, ?, ?, ?)",
            [
                (
                    ("e1992-agreement", "e2017-expo", "gone-event")[number % 3],
                    f"copy note {number}: Қазақ 中文 {'x' * (number % 50)}",
                    f"2024-01-{1 + number % 28:02d} 10:00:00.000000",
                    f"2024-02-{1 + number % 28:02d} 11:00:00.000000",
                )
                for number in range(300)
            ],
        )
    connection.close()
    query = "SELECT id, event_id, text, created_at, updated_at FROM notes ORDER BY id"
    before = rows(path, query)
    assert len(before) == 305
    open_timeline_database(path, SAMPLE_DATA).dispose()
    assert rows(path, query) == before
    assert rows(path, "SELECT count(DISTINCT uid) FROM notes") == [(305,)]
    assert rows(path, "SELECT count(*) FROM notes WHERE private = 0") == [(305,)]
    assert revision_of(path) == [(head_revision(),)]
    (backup,) = backups_of(path)
    assert rows(backup, query) == before and rows(backup, "PRAGMA user_version") == [(1,)]


def test_a_file_stamped_at_the_baseline_is_upgraded_from_there(v9_file: Path) -> None:
    """An upgrade stopped after the stamp (a crash, a full disk) goes on at the next start."""
    connection = sqlite3.connect(v9_file)
    with connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        connection.execute("INSERT INTO alembic_version VALUES (?)", (BASELINE_REVISION,))
    connection.close()
    before = user_data(v9_file)
    open_timeline_database(v9_file, SAMPLE_DATA).dispose()
    assert revision_of(v9_file) == [(head_revision(),)]
    assert user_data(v9_file) == before and "author" in columns(v9_file, "events")


def newer_file(path: Path) -> bytes:
    """A file a newer app wrote: at a revision this app does not know."""
    open_timeline_database(path, SAMPLE_DATA).dispose()
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = 'from_a_newer_app'")
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.close()
    return path.read_bytes()


@pytest.mark.parametrize("read_only", [False, True], ids=["writable", "read-only"])
def test_an_unknown_revision_is_refused_untouched(tmp_path: Path, read_only: bool) -> None:
    (tmp_path / "db").mkdir()
    path = tmp_path / "db" / "timeline.sqlite3"
    before = newer_file(path)
    with pytest.raises(NewerSchemaError) as raised:
        open_database(path, read_only=read_only)
    assert str(raised.value) == (
        f"The database {path} was written by a newer version of this app (schema "
        f"from_a_newer_app; this version knows up to {head_revision()}). It was left "
        "untouched; update the app to open it."
    )
    assert path.read_bytes() == before
    assert sorted(entry.name for entry in path.parent.iterdir()) == [path.name]


def test_a_schema_9_file_is_read_only_shown_from_an_upgraded_copy(v9_file: Path) -> None:
    before = v9_file.read_bytes()
    database = open_database(v9_file, read_only=True)
    try:
        assert database.private_copy is PrivateCopy.OLDER_SCHEMA
        notes = NoteService(database.session_factory, v9_file).notes_for("e2017-expo")
        assert [note.text for note in notes] == ["v9 note two"]
    finally:
        database.dispose()
    assert v9_file.read_bytes() == before
    assert sorted(entry.name for entry in v9_file.parent.iterdir()) == [v9_file.name]


def test_a_schema_9_file_missing_a_table_is_refused_as_damaged(v9_file: Path) -> None:
    """The check at open upgrades a copy of the schema alone, by the same path as the file."""
    connection = sqlite3.connect(v9_file)
    with connection:
        connection.execute("DROP TABLE drafts")
    connection.close()
    before = v9_file.read_bytes()
    with pytest.raises(Exception, match=r"damaged \(missing table: drafts\)"):
        open_database(v9_file)
    assert v9_file.read_bytes() == before
