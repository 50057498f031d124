"""Every query on the paint, selection and search paths uses an index, never a table scan.

SQLite chooses plans silently; a schema change that dropped an index would make the timeline
slow at a million events without failing anything else. These tests read the plans.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection

from timeline_app.persistence.event_snapshot import _COLUMNS_SQL
from timeline_app.services.startup import open_timeline_database


@pytest.fixture
def connection(db_path: Path, sample_data_dir: Path) -> Iterator[Connection]:
    database = open_timeline_database(db_path, sample_data_dir)
    with database.engine.connect() as connection:
        yield connection
    database.dispose()


def plan(connection: Connection, sql: str) -> str:
    rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}").all()
    return "\n".join(str(row[-1]) for row in rows)


def test_titles_are_read_by_rowid(connection: Connection) -> None:
    text = plan(connection, "SELECT rowid, title FROM events WHERE rowid IN (1, 5, 9)")
    assert "USING INTEGER PRIMARY KEY" in text and "SCAN" not in text


def test_events_are_found_by_id(connection: Connection) -> None:
    text = plan(connection, "SELECT id, rowid FROM events WHERE id IN ('a', 'b')")
    assert "USING" in text and "INDEX" in text and "SCAN events" not in text


def test_the_snapshot_is_read_in_index_order_without_sorting(connection: Connection) -> None:
    text = plan(connection, _COLUMNS_SQL)
    assert "ix_events_start_id" in text
    assert "TEMP B-TREE" not in text


def test_notes_of_an_event_use_their_index(connection: Connection) -> None:
    text = plan(connection, "SELECT * FROM notes WHERE event_id = 'x'")
    assert "ix_notes_event_id" in text


def test_search_uses_the_full_text_index(connection: Connection) -> None:
    text = plan(
        connection,
        "SELECT event_id FROM event_search WHERE event_search MATCH 'expo' "
        "ORDER BY bm25(event_search) LIMIT 10",
    )
    assert "VIRTUAL TABLE INDEX" in text


def test_the_snapshot_and_meta_rows_are_read_by_key(connection: Connection) -> None:
    for sql in (
        "SELECT data FROM event_snapshot WHERE name = 'description'",
        "SELECT value FROM app_meta WHERE key = 'events_generation'",
    ):
        text = plan(connection, sql)
        assert "USING INDEX" in text or "PRIMARY KEY" in text, sql


def test_a_note_leaves_the_search_index_by_rowid(connection: Connection) -> None:
    # FTS5 reports a rowid lookup as index "0:="; a scan of every row as plain "0:".
    assert "VIRTUAL TABLE INDEX 0:=" in plan(connection, "DELETE FROM note_search WHERE rowid = 5")
    assert "INDEX 0:=" not in plan(connection, "DELETE FROM note_search WHERE note_id = 5")
