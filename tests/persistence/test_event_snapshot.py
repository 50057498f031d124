"""The column snapshot: built at open, used when current, rebuilt when events change."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest

from timeline_app.persistence.database import QUICK_CHECK_MAX_BYTES, open_database
from timeline_app.persistence.event_snapshot import (
    build_event_columns,
    events_generation,
    load_event_columns,
    snapshot_is_current,
)
from timeline_app.services.startup import open_timeline_database
from timeline_app.services.timeline_service import TimelineService


def test_opening_stores_a_current_snapshot_equal_to_the_table(
    db_path: Path, sample_data_dir: Path
) -> None:
    database = open_timeline_database(db_path, sample_data_dir)
    with database.session_factory() as session:
        assert snapshot_is_current(session)
        stored, built = load_event_columns(session), build_event_columns(session)
    for name in built.columns:
        assert np.array_equal(stored.columns[name], built.columns[name]), name
    assert stored.category_ids == built.category_ids
    assert len(stored) == len(TimelineService(database.session_factory, db_path).markers())
    database.dispose()


def test_columns_follow_the_timeline_order_and_dates(db_path: Path, sample_data_dir: Path) -> None:
    database = open_timeline_database(db_path, sample_data_dir)
    service = TimelineService(database.session_factory, db_path)
    columns, markers = service.columns(), service.markers()
    ids = service.ids(columns.keys.tolist())
    assert [ids[key] for key in columns.keys.tolist()] == [m.id for m in markers]
    for position, marker in enumerate(markers):
        assert columns.starts[position] == marker.start.toordinal()
        assert columns.ends[position] == (marker.end or marker.start).toordinal() + 1
        assert columns.is_span(position) == marker.is_span
        assert columns.category_id(position) == marker.category_id
        assert columns.precision(position) == marker.precision
    database.dispose()


@pytest.mark.parametrize(
    "change",
    [
        "UPDATE events SET start_date = '1999-09-09' WHERE id = 'e2017-expo'",
        "DELETE FROM events WHERE id = 'e2017-expo'",
        "INSERT INTO events (id, title, start_date, precision, approximate, qualifier, "
        "category_id, importance, confidence, summary, body) SELECT 'new', 'New', '2001-01-01', "
        "'day', 0, '', category_id, 3, 'high', 's', '' FROM events LIMIT 1",
    ],
)
def test_any_change_to_events_makes_the_snapshot_stale(
    db_path: Path, sample_data_dir: Path, change: str
) -> None:
    open_timeline_database(db_path, sample_data_dir).dispose()
    with sqlite3.connect(db_path) as connection:
        connection.execute("PRAGMA foreign_keys=OFF")
        connection.execute(change)
    connection.close()
    database = open_database(db_path)
    with database.session_factory() as session:
        assert not snapshot_is_current(session)
        columns = load_event_columns(session)  # read from the table instead
        expected = build_event_columns(session)
    assert np.array_equal(columns.starts, expected.starts)
    database.dispose()
    database = open_timeline_database(db_path, sample_data_dir)  # the next open stores it anew
    with database.session_factory() as session:
        assert snapshot_is_current(session)
    database.dispose()


def test_every_insert_update_and_delete_counts(db_path: Path, sample_data_dir: Path) -> None:
    database = open_timeline_database(db_path, sample_data_dir)
    with database.session_factory() as session:
        before = events_generation(session)
    database.dispose()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE events SET title = title || '!'")  # every row
    connection.close()
    database = open_database(db_path)
    with database.session_factory() as session:
        after = events_generation(session)
        count = session.connection().exec_driver_sql("SELECT count(*) FROM events").scalar()
    assert before is not None and count is not None and after == before + count
    database.dispose()


def test_a_read_only_database_with_a_stale_snapshot_still_shows_every_event(
    db_path: Path, sample_data_dir: Path
) -> None:
    open_timeline_database(db_path, sample_data_dir).dispose()
    with sqlite3.connect(db_path) as connection:
        connection.execute("DELETE FROM event_snapshot")
    connection.close()
    database = open_database(db_path, read_only=True)
    service = TimelineService(database.session_factory, db_path)
    assert len(service.columns()) == len(service.markers()) > 0
    database.dispose()


def test_large_files_skip_the_full_quick_check(
    db_path: Path,
    sample_data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    open_timeline_database(db_path, sample_data_dir).dispose()
    assert db_path.stat().st_size < QUICK_CHECK_MAX_BYTES
    monkeypatch.setattr("timeline_app.persistence.file_checks.QUICK_CHECK_MAX_BYTES", 1024)
    caplog.set_level("INFO", logger="timeline_app.persistence.file_checks")
    open_database(db_path).dispose()
    assert "quick_check skipped" in caplog.text


def test_a_snapshot_with_a_broken_description_is_rebuilt(
    db_path: Path, sample_data_dir: Path
) -> None:
    open_timeline_database(db_path, sample_data_dir).dispose()
    with sqlite3.connect(db_path) as connection:
        raw = connection.execute(
            "SELECT data FROM event_snapshot WHERE name = 'description'"
        ).fetchone()[0]
        broken = raw.replace(b'"longest_days"', b'"longest"')
        connection.execute(
            "UPDATE event_snapshot SET data = ? WHERE name = 'description'", (broken,)
        )
    connection.close()
    database = open_database(db_path)
    with database.session_factory() as session:
        columns = load_event_columns(session)
        assert len(columns) == len(build_event_columns(session))
    database.dispose()
