"""Opening database files: pragmas on new files; bad files refused and left untouched."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from timeline_app.persistence.database import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    CorruptDatabaseError,
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
