"""Opening database files: pragmas on new files; bad files refused and left untouched."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from timeline_app.persistence.database import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    CorruptDatabaseError,
    DatabaseOpenError,
    NewerSchemaError,
    NotADatabaseError,
    open_database,
)
from timeline_app.services.startup import open_timeline_database


def test_new_database_has_pragmas_and_schema_version(db_path: Path, sample_data_dir: Path) -> None:
    database = open_timeline_database(db_path, sample_data_dir)
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA user_version").scalar() == SCHEMA_VERSION
        assert connection.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
    database.dispose()


def test_event_dates_are_stored_as_plain_calendar_dates(
    db_path: Path, sample_data_dir: Path
) -> None:
    open_timeline_database(db_path, sample_data_dir).dispose()
    with sqlite3.connect(db_path) as connection:
        row = connection.execute(
            "SELECT start_date, end_date FROM events WHERE id = 'e2017-expo'"
        ).fetchone()
    connection.close()
    assert row == ("2017-06-10", "2017-09-10")


def _unchanged(path: Path, before: bytes) -> None:
    assert path.read_bytes() == before
    assert not path.with_name(path.name + "-wal").exists()
    assert not path.with_name(path.name + "-journal").exists()


def test_a_file_that_is_not_sqlite_is_refused_untouched(db_path: Path) -> None:
    db_path.write_text("these are my notes, not a database\n", encoding="utf-8")
    before = db_path.read_bytes()
    with pytest.raises(NotADatabaseError, match=str(db_path)):
        open_database(db_path)
    _unchanged(db_path, before)


def test_a_newer_schema_is_refused_untouched(db_path: Path, sample_data_dir: Path) -> None:
    open_timeline_database(db_path, sample_data_dir).dispose()
    with sqlite3.connect(db_path) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        connection.execute("PRAGMA journal_mode = DELETE")
    connection.close()
    before = db_path.read_bytes()
    with pytest.raises(NewerSchemaError, match="newer version"):
        open_timeline_database(db_path, sample_data_dir)
    _unchanged(db_path, before)


def test_another_programs_database_is_refused_untouched(db_path: Path) -> None:
    with sqlite3.connect(db_path) as connection:
        connection.execute("CREATE TABLE contacts (name TEXT)")
    connection.close()
    before = db_path.read_bytes()
    with pytest.raises(NotADatabaseError, match="another program"):
        open_database(db_path)
    _unchanged(db_path, before)


def test_a_corrupt_database_is_refused_untouched(db_path: Path, sample_data_dir: Path) -> None:
    open_timeline_database(db_path, sample_data_dir).dispose()
    with sqlite3.connect(db_path) as connection:
        connection.execute("PRAGMA journal_mode = DELETE")
    connection.close()
    raw = bytearray(db_path.read_bytes())
    page_size = int.from_bytes(raw[16:18], "big")
    for offset in range(page_size * 2, min(len(raw), page_size * 6)):  # wreck pages 3 to 6
        raw[offset] = 0xA5
    db_path.write_bytes(bytes(raw))
    before = db_path.read_bytes()
    with pytest.raises(CorruptDatabaseError, match="damaged"):
        open_database(db_path)
    _unchanged(db_path, before)


def test_an_empty_file_becomes_a_new_database(db_path: Path) -> None:
    db_path.touch()
    database = open_database(db_path)
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM notes")).scalar() == 0
    database.dispose()


def test_missing_folders_are_created(tmp_path: Path) -> None:
    database = open_database(tmp_path / "a" / "b" / "timeline.sqlite3")
    assert (tmp_path / "a" / "b" / "timeline.sqlite3").exists()
    database.dispose()


def test_an_empty_sqlite_database_is_set_up(db_path: Path) -> None:
    raw = sqlite3.connect(db_path)
    raw.execute("VACUUM")  # writes the header: a valid, empty SQLite file
    raw.close()
    assert db_path.stat().st_size > 0
    database = open_database(db_path)
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM notes")).scalar() == 0
    database.dispose()


def test_a_new_database_where_nothing_can_be_written_is_a_clear_error() -> None:
    # /proc accepts no new files, even for root (who ignores read-only folder permissions).
    if not Path("/proc/self").is_dir():
        pytest.skip("needs Linux /proc")
    with pytest.raises(DatabaseOpenError, match="Cannot write to the database /proc/timeline"):
        open_database(Path("/proc/timeline-test.sqlite3"))


def test_a_folder_that_cannot_be_created_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(DatabaseOpenError, match="Cannot create the folder"):
        open_database(blocker / "sub" / "timeline.sqlite3")


def test_refusing_a_newer_wal_database_leaves_no_side_files(
    db_path: Path, sample_data_dir: Path
) -> None:
    open_timeline_database(db_path, sample_data_dir).dispose()
    with sqlite3.connect(db_path) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    before = db_path.read_bytes()
    with pytest.raises(NewerSchemaError):
        open_database(db_path)
    _unchanged(db_path, before)
    assert not db_path.with_name(db_path.name + "-shm").exists()


def _drop(path: Path, table: str) -> bytes:
    connection = sqlite3.connect(path)
    connection.execute(f"DROP TABLE {table}")
    connection.commit()
    connection.close()  # the last connection: the WAL is folded in and removed
    return path.read_bytes()


@pytest.mark.parametrize("read_only", [None, True], ids=["writable", "read-only"])
@pytest.mark.parametrize("table", ["drafts", "notes"])
def test_a_missing_table_is_damage_and_the_file_is_left_untouched(
    db_path: Path, sample_data_dir: Path, table: str, read_only: bool | None
) -> None:
    open_timeline_database(db_path, sample_data_dir).dispose()
    before = _drop(db_path, table)
    with pytest.raises(CorruptDatabaseError) as caught:
        open_timeline_database(db_path, sample_data_dir, read_only=read_only)
    assert str(db_path) in str(caught.value)
    assert f"damaged (missing table: {table})" in str(caught.value)
    _unchanged(db_path, before)
    assert [entry.name for entry in db_path.parent.glob(f"{db_path.name}*")] == [db_path.name]


def test_an_older_file_missing_a_table_is_damage_and_is_not_migrated(tmp_path: Path) -> None:
    path = tmp_path / "timeline.sqlite3"
    shutil.copy(Path(__file__).parents[1] / "fixtures" / "schema_v1.sqlite3", path)
    before = _drop(path, "drafts")
    with pytest.raises(CorruptDatabaseError, match="missing table: drafts"):
        open_database(path)
    _unchanged(path, before)
    assert [entry.name for entry in tmp_path.glob(f"{path.name}*")] == [path.name]  # no backup
