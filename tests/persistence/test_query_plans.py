"""Every query on the paint, selection and search paths uses an index, never a table scan.

SQLite chooses plans silently; a schema change that dropped an index would make the timeline
slow at a million events without failing anything else. These tests call the repositories,
record the SQL they execute (with its parameters), and read SQLite's plan for exactly that.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, event
from sqlalchemy.orm import Session

from timeline_app.persistence.database import Database
from timeline_app.persistence.event_repository import EventRepository
from timeline_app.persistence.event_snapshot import build_event_columns, snapshot_is_current
from timeline_app.persistence.note_repository import NoteRepository
from timeline_app.persistence.search_index import search_index, unindex_note
from timeline_app.services.startup import open_timeline_database

#: A statement as the driver received it, with its parameters.
Executed = tuple[str, Sequence[Any]]


@pytest.fixture
def database(db_path: Path, sample_data_dir: Path) -> Iterator[Database]:
    database = open_timeline_database(db_path, sample_data_dir)
    yield database
    database.dispose()


def executed_by(database: Database, call: Callable[[Session], object]) -> list[Executed]:
    """The SQL ``call`` sends to SQLite (rolled back afterwards), in order."""
    seen: list[Executed] = []

    def record(*args: Any) -> None:
        _connection, _cursor, statement, parameters, _context, executemany = args
        seen.append((statement, parameters[0] if executemany else parameters))

    event.listen(database.engine, "before_cursor_execute", record)
    try:
        with database.session_factory() as session:
            call(session)
            session.rollback()
    finally:
        event.remove(database.engine, "before_cursor_execute", record)
    assert seen, "the call ran no SQL"
    return seen


def plan(connection: Connection, executed: Executed) -> str:
    statement, parameters = executed
    rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", tuple(parameters)).all()
    return "\n".join(str(row[-1]) for row in rows)


def plans(database: Database, call: Callable[[Session], object], table: str) -> list[str]:
    """The plans of the statements ``call`` runs that name ``table``."""
    statements = [s for s in executed_by(database, call) if table in s[0]]
    assert statements, f"the call ran no SQL on {table}"
    with database.engine.connect() as connection:
        return [plan(connection, executed) for executed in statements]


def test_titles_are_read_by_key(database: Database) -> None:
    for text in plans(database, lambda s: EventRepository(s).titles([1, 5, 9]), "events"):
        assert "USING INDEX ix_events_key" in text and "SCAN" not in text, text


@pytest.mark.parametrize(
    "call",
    [
        lambda s: EventRepository(s).ids([1, 5, 9]),
        lambda s: EventRepository(s).markers_by_key([1, 5, 9]),
    ],
    ids=["ids", "markers_by_key"],
)
def test_events_are_found_by_key(database: Database, call: Callable[[Session], object]) -> None:
    for text in plans(database, call, "events"):
        assert "ix_events_key" in text and "SCAN" not in text, text


@pytest.mark.parametrize(
    "call",
    [
        lambda s: EventRepository(s).keys_of(["e2017-expo", "e1992-agreement"]),
        lambda s: EventRepository(s).markers_of(["e2017-expo", "e1992-agreement"]),
    ],
    ids=["keys_of", "markers_of"],
)
def test_events_are_found_by_id(database: Database, call: Callable[[Session], object]) -> None:
    for text in plans(database, call, "events"):
        assert "USING INDEX sqlite_autoindex_events_1" in text and "SCAN" not in text, text


def test_the_snapshot_is_read_in_index_order_without_sorting(database: Database) -> None:
    (text,) = plans(database, build_event_columns, "FROM events")
    assert "ix_events_start_id" in text
    assert "TEMP B-TREE" not in text


def test_notes_of_an_event_use_their_index(database: Database) -> None:
    for text in plans(database, lambda s: NoteRepository(s).for_event("e2017-expo"), "notes"):
        assert "ix_notes_event_id" in text, text


def test_search_uses_the_full_text_index(database: Database) -> None:
    texts = plans(database, lambda s: search_index(s, "expo", 10), "_search")
    assert len(texts) == 3  # count, ranked events, notes
    for text in texts:
        assert "VIRTUAL TABLE INDEX" in text, text


def test_the_snapshot_and_meta_rows_are_read_by_key(database: Database) -> None:
    for table in ("event_snapshot", "app_meta"):
        for text in plans(database, snapshot_is_current, table):
            assert "USING INDEX" in text or "PRIMARY KEY" in text, (table, text)


def test_a_note_leaves_the_search_index_by_rowid(database: Database) -> None:
    # FTS5 reports a rowid lookup as index "0:="; a scan of every row as plain "0:".
    (text,) = plans(database, lambda s: unindex_note(s, 5), "note_search")
    assert "VIRTUAL TABLE INDEX 0:=" in text
    with database.engine.connect() as connection:  # and the check tells the two apart
        assert "INDEX 0:=" not in plan(
            connection, ("DELETE FROM note_search WHERE note_id = 5", ())
        )
