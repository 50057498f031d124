"""Event keys survive a dump and restore: every marker keeps its own title, id and details.

Up to schema 3 the snapshot and the lookups used SQLite's rowid, which a dump does not keep
for a table without an INTEGER PRIMARY KEY: restored rows are numbered again from 1, the
snapshot (whose generation still matched) was read as current, and each marker showed the
title of another event.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from timeline_app.persistence.database import Database
from timeline_app.services.search_service import SearchService
from timeline_app.services.startup import open_timeline_database
from timeline_app.services.timeline_service import TimelineService

#: Rows of the FTS5 tables themselves: CPython's iterdump writes them as INSERTs, which cannot
#: be replayed (the virtual table is only declared by then). Their content is in the shadow
#: tables, which are dumped too, as the sqlite3 shell's .dump does.
_VIRTUAL_TABLE_ROWS = ('INSERT INTO "event_search"', 'INSERT INTO "note_search"')


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def dump_and_restore(source: Path, target: Path) -> None:
    """Copy ``source`` into a new file through SQL text, as a user's backup script would."""
    connection = sqlite3.connect(source)
    try:
        statements = [s for s in connection.iterdump() if not s.startswith(_VIRTUAL_TABLE_ROWS)]
        (application_id,) = connection.execute("PRAGMA application_id").fetchone()
        (user_version,) = connection.execute("PRAGMA user_version").fetchone()
    finally:
        connection.close()
    restored = sqlite3.connect(target)
    try:
        restored.executescript("\n".join(statements))
        # A dump carries neither header field; whoever restores sets them (else the app takes
        # the file for another program's).
        restored.execute(f"PRAGMA application_id = {int(application_id)}")
        restored.execute(f"PRAGMA user_version = {int(user_version)}")
        restored.commit()
    finally:
        restored.close()


@pytest.fixture
def restored(tmp_path: Path, sample_data_dir: Path) -> Iterator[tuple[Path, Database]]:
    """A database with events withdrawn from the middle, dumped, restored and opened."""
    original = tmp_path / "original.sqlite3"
    open_timeline_database(original, sample_data_dir).dispose()
    connection = sqlite3.connect(original)
    try:
        ids = [
            event_id for (event_id,) in connection.execute("SELECT id FROM events ORDER BY rowid")
        ]
        assert len(ids) >= 5
        with connection:  # gaps in the rowids, as a data release withdrawing events leaves
            connection.executemany("DELETE FROM events WHERE id = ?", [(ids[1],), (ids[3],)])
    finally:
        connection.close()
    open_timeline_database(original, sample_data_dir).dispose()  # snapshot rebuilt with gaps
    copy = tmp_path / "restored.sqlite3"
    dump_and_restore(original, copy)
    by_rowid = "SELECT rowid, id FROM events ORDER BY id"
    assert rows(copy, by_rowid) != rows(original, by_rowid), "the dump kept every rowid"
    database = open_timeline_database(copy, sample_data_dir)
    yield copy, database
    database.dispose()


def test_every_marker_keeps_its_own_title_and_id(restored: tuple[Path, Database]) -> None:
    path, database = restored
    timeline = TimelineService(database.session_factory, path)
    markers = timeline.markers()
    keys = timeline.columns().keys.tolist()
    assert len(keys) == len(markers)
    titles, ids = timeline.titles(keys), timeline.ids(keys)
    assert [titles.get(key) for key in keys] == [marker.title for marker in markers]
    assert [ids.get(key) for key in keys] == [marker.id for marker in markers]


def test_keys_and_markers_round_trip(restored: tuple[Path, Database]) -> None:
    path, database = restored
    timeline = TimelineService(database.session_factory, path)
    markers = timeline.markers()
    keys = timeline.columns().keys.tolist()
    by_id = timeline.keys_of([marker.id for marker in markers])
    assert [by_id[marker.id] for marker in markers] == keys
    by_key = timeline.markers_by_key(keys)
    assert [by_key[key] for key in keys] == markers


def test_search_finds_the_same_events_after_a_restore(restored: tuple[Path, Database]) -> None:
    path, database = restored
    found = SearchService(database.session_factory, path).search("agreement")
    timeline = TimelineService(database.session_factory, path)
    titles = {marker.id: marker.title for marker in timeline.markers()}
    assert found and all(result.title == titles[result.event_id] for result in found)
