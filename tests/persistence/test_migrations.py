"""Migrating a database made by the first released schema: every note survives, a backup is kept."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from tests.persistence.schema_undo import undo_schema_8, undo_schema_9
from timeline_app.persistence.database import SCHEMA_VERSION, open_database
from timeline_app.persistence.event_snapshot import snapshot_is_current
from timeline_app.persistence.legacy_steps import V7_COLUMNS
from timeline_app.persistence.migrations import backups_of
from timeline_app.services.citation_service import CitationService
from timeline_app.services.note_service import NoteService
from timeline_app.services.search_service import SearchService
from timeline_app.services.startup import open_timeline_database
from timeline_app.services.timeline_service import TimelineService

FIXTURE = Path(__file__).parents[1] / "fixtures" / "schema_v1.sqlite3"


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


@pytest.fixture
def old_database(tmp_path: Path) -> Path:
    target = tmp_path / "timeline.sqlite3"
    shutil.copy(FIXTURE, target)
    return target


def test_the_fixture_is_the_first_schema() -> None:
    assert rows(FIXTURE, "PRAGMA user_version") == [(1,)]
    assert len(rows(FIXTURE, "SELECT id FROM notes")) == 5


def test_every_note_survives_the_migration(old_database: Path, sample_data_dir: Path) -> None:
    before = rows(
        old_database, "SELECT id, event_id, text, created_at, updated_at FROM notes ORDER BY id"
    )
    draft_before = rows(old_database, "SELECT event_id, text FROM drafts")
    database = open_timeline_database(old_database, sample_data_dir)
    database.dispose()
    after = rows(
        old_database, "SELECT id, event_id, text, created_at, updated_at FROM notes ORDER BY id"
    )
    assert after == before
    assert rows(old_database, "SELECT event_id, text FROM drafts") == draft_before
    assert rows(old_database, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    uids = [str(uid) for (uid,) in rows(old_database, "SELECT uid FROM notes")]
    assert len(set(uids)) == len(uids) == 5 and all(len(uid) == 32 for uid in uids)
    assert rows(old_database, "PRAGMA integrity_check") == [("ok",)]


def test_a_backup_is_written_before_migrating(old_database: Path, sample_data_dir: Path) -> None:
    original = old_database.read_bytes()
    open_timeline_database(old_database, sample_data_dir).dispose()
    backups = backups_of(old_database)
    assert len(backups) == 1 and backups[0].name.startswith("timeline.sqlite3.v1-backup-")
    assert rows(backups[0], "PRAGMA user_version") == [(1,)]
    assert rows(backups[0], "SELECT count(*) FROM notes") == [(5,)]
    assert len(original) > 0
    open_timeline_database(old_database, sample_data_dir).dispose()  # no second migration
    assert len(backups_of(old_database)) == 1


def test_the_migrated_schema_equals_a_fresh_one(
    old_database: Path, tmp_path: Path, sample_data_dir: Path
) -> None:
    open_timeline_database(old_database, sample_data_dir).dispose()
    fresh = tmp_path / "fresh.sqlite3"
    open_timeline_database(fresh, sample_data_dir).dispose()

    def schema(path: Path) -> set[str]:
        return {
            " ".join(str(sql).replace('"', "").split()).replace("( ", "(").replace(" )", ")")
            for (sql,) in rows(
                path, "SELECT sql FROM sqlite_master WHERE name LIKE '%notes%' AND sql IS NOT NULL"
            )
        }

    assert schema(old_database) == schema(fresh)


def test_migrated_notes_work_as_before(old_database: Path, sample_data_dir: Path) -> None:
    database = open_timeline_database(old_database, sample_data_dir)
    notes = NoteService(database.session_factory, old_database)
    texts = [note.text for note in notes.notes_for("e1992-agreement")]
    assert texts == [
        "Қазақ тілінде жазба — 中文笔记 🎎",
        "First note: check the 1992 text (edited)",
    ]
    new, _ = notes.add_note("e1992-agreement", "after the upgrade")
    assert new.id == 7  # id 6 belonged to a deleted note and is never reused
    assert new.created_at > datetime(2026, 1, 1, tzinfo=UTC)
    assert [
        r.event_id for r in SearchService(database.session_factory, old_database).search("中文")
    ] == ["e1992-agreement"]
    database.dispose()


def test_events_keep_their_rowid_as_key_and_notes_their_event(
    old_database: Path, sample_data_dir: Path
) -> None:
    """Migration 4 stores each event's rowid as its key; notes follow events by string id."""
    rowids = rows(old_database, "SELECT id, rowid FROM events ORDER BY id")
    key_of = {str(event_id): int(str(rowid)) for event_id, rowid in rowids}
    noted = rows(old_database, "SELECT id, event_id FROM notes ORDER BY id")
    database = open_timeline_database(old_database, sample_data_dir)
    timeline = TimelineService(database.session_factory, old_database)
    markers = timeline.markers()
    keys = timeline.columns().keys.tolist()
    titles = timeline.titles(keys)
    assert [titles[key] for key in keys] == [marker.title for marker in markers]
    assert timeline.keys_of(list(key_of)) == key_of
    with database.session_factory() as session:
        assert snapshot_is_current(session)
    database.dispose()
    assert rows(old_database, "SELECT id, key FROM events ORDER BY id") == rowids
    assert rows(old_database, "SELECT id, event_id FROM notes ORDER BY id") == noted
    # The search index was rebuilt with the event keys as its rowids.
    assert rows(old_database, "SELECT rowid, event_id FROM event_search ORDER BY rowid") == [
        (key, event_id) for event_id, key in sorted(key_of.items(), key=lambda pair: pair[1])
    ]


def test_the_migrated_events_table_equals_a_fresh_one(
    old_database: Path, tmp_path: Path, sample_data_dir: Path
) -> None:
    """Same columns, indexes and triggers; only the CREATE TABLE text differs (ADD COLUMN)."""
    open_timeline_database(old_database, sample_data_dir).dispose()
    fresh = tmp_path / "fresh.sqlite3"
    open_timeline_database(fresh, sample_data_dir).dispose()

    def shape(path: Path) -> tuple[object, ...]:
        columns = sorted(
            rows(
                path,
                "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info('events')",
            )
        )
        indexes = sorted(rows(path, "SELECT name, \"unique\" FROM pragma_index_list('events')"))
        index_columns = sorted(
            rows(
                path,
                "SELECT il.name, ii.name FROM pragma_index_list('events') AS il "
                "JOIN pragma_index_info(il.name) AS ii",
            )
        )
        triggers = sorted(
            " ".join(str(sql).split()).replace("IF NOT EXISTS ", "")
            for (sql,) in rows(
                path, "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'events'"
            )
        )
        return columns, indexes, index_columns, triggers

    assert shape(old_database) == shape(fresh)


def test_a_rowid_keyed_snapshot_is_never_read(db_path: Path, sample_data_dir: Path) -> None:
    """A snapshot written before migration 4 (format 2, no key source) is rebuilt, not used."""
    open_timeline_database(db_path, sample_data_dir).dispose()
    connection = sqlite3.connect(db_path)
    try:
        (raw,) = connection.execute(
            "SELECT data FROM event_snapshot WHERE name = 'description'"
        ).fetchone()
        old = {key: value for key, value in json.loads(raw).items() if key != "keys"}
        old["format"] = 2
        with connection:
            connection.execute(
                "UPDATE event_snapshot SET data = ? WHERE name = 'description'",
                (json.dumps(old).encode(),),
            )
    finally:
        connection.close()
    database = open_database(db_path)
    with database.session_factory() as session:
        assert not snapshot_is_current(session)
    database.dispose()
    database = open_timeline_database(db_path, sample_data_dir)
    with database.session_factory() as session:
        assert snapshot_is_current(session)
    database.dispose()


def test_drafts_survive_migration_5_and_the_next_window_takes_them_over(
    old_database: Path, tmp_path: Path, sample_data_dir: Path
) -> None:
    """Schema 5 keys drafts by (event, window); the draft of schema 1 is kept, released."""
    database = open_timeline_database(old_database, sample_data_dir)
    try:
        window = NoteService(database.session_factory, old_database)
        (draft,) = window.drafts_for("e2017-expo")
        assert (draft.text, draft.released, draft.mine) == ("an unfinished draft", True, False)
        assert window.draft_for("e2017-expo") == "an unfinished draft"
        window.save_draft("e2017-expo", "an unfinished draft, finished", [draft])
        (mine,) = window.drafts_for("e2017-expo")
        assert mine.mine and mine.text == "an unfinished draft, finished"
    finally:
        database.dispose()
    fresh = tmp_path / "fresh.sqlite3"
    open_timeline_database(fresh, sample_data_dir).dispose()
    shape = "SELECT name, type, \"notnull\", pk FROM pragma_table_info('drafts') ORDER BY cid"
    assert rows(old_database, shape) == rows(fresh, shape)


@pytest.mark.parametrize(
    "table",
    [
        "people",
        "places",
        "categories",
        "glossary_terms",
        "event_terms",
        "sources",
        "collections",
        "eras",
    ],
)
def test_migrations_give_the_name_tables_a_fresh_shape(
    old_database: Path, tmp_path: Path, sample_data_dir: Path, table: str
) -> None:
    open_timeline_database(old_database, sample_data_dir).dispose()
    fresh = tmp_path / "fresh.sqlite3"
    open_timeline_database(fresh, sample_data_dir).dispose()

    def shape(path: Path) -> tuple[object, ...]:
        columns = sorted(
            rows(
                path,
                f"SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info('{table}')",
            )
        )
        keys = sorted(rows(path, f"SELECT * FROM pragma_foreign_key_list('{table}')"))
        indexes = sorted(rows(path, f"SELECT name, \"unique\" FROM pragma_index_list('{table}')"))
        return columns, keys, indexes

    assert shape(old_database) == shape(fresh)


def test_an_upgraded_database_gets_the_names_without_a_data_change(
    db_path: Path, tmp_path: Path, sample_data_dir: Path
) -> None:
    """Schema 6 is reached with the bundled data unchanged: the new columns are still filled
    (migration 6 forgets the recorded data hash, so the data is written again)."""
    data = tmp_path / "data"
    shutil.copytree(sample_data_dir, data)
    sample = data / "sample.toml"
    marker = 'id = "test-person"\n'
    text = sample.read_text(encoding="utf-8")
    sample.write_text(text.replace(marker, f'{marker}name_ru = "Тестовый"\n'), encoding="utf-8")
    (data / "glossary.toml").write_text(
        '[[term]]\nid = "expo"\nname = "EXPO"\nname_zh = "世博会"\nmatches = ["EXPO"]\n',
        encoding="utf-8",
    )
    open_timeline_database(db_path, data).dispose()
    # As if this file had been written by the app of schema 5, from the same data files.
    connection = sqlite3.connect(db_path)
    with connection:
        for column in ("name_kk", "name_ru", "name_zh", "aliases"):
            connection.execute(f"ALTER TABLE people DROP COLUMN {column}")
        connection.execute("ALTER TABLE places DROP COLUMN name_ru")
        connection.execute("DROP TABLE event_terms")
        connection.execute("DROP TABLE glossary_terms")
        undo_schema_8(connection)
        connection.execute("DROP TABLE event_texts")  # schema 7
        for table, columns in V7_COLUMNS.items():
            for column in columns:
                connection.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        connection.execute("PRAGMA user_version = 5")
    connection.close()
    database = open_timeline_database(db_path, data)
    try:
        search = SearchService(database.session_factory, db_path)
        assert [r.event_id for r in search.search("Тестовый")] == ["e1992-agreement"]
        assert [r.event_id for r in search.search("世博会")] == ["e2017-expo"]
    finally:
        database.dispose()


def test_schema_8_takes_own_events_beside_the_migrated_notes(
    old_database: Path, sample_data_dir: Path
) -> None:
    """Migration 8: every existing row is curated, notes stay, and own events can be stored."""
    from datetime import date

    from timeline_app.domain.collections import OwnEventInput
    from timeline_app.services.own_events import OwnEventsService

    notes_before = rows(old_database, "SELECT id, event_id, text FROM notes ORDER BY id")
    database = open_timeline_database(old_database, sample_data_dir)
    try:
        assert rows(
            old_database, "SELECT count(*) FROM events WHERE collection_id IS NOT NULL"
        ) == [(0,)]
        made = OwnEventsService(database.session_factory, old_database).create(
            OwnEventInput("After the upgrade", date(800, 1, 1), category_id="agreement")
        )
        timeline = TimelineService(database.session_factory, old_database)
        assert timeline.event_detail(made.event_id) is not None
        assert len(timeline.columns()) == len(timeline.markers())
    finally:
        database.dispose()
    assert rows(old_database, "SELECT id, event_id, text FROM notes ORDER BY id") == notes_before


def test_the_first_schema_upgrades_to_sources_with_access_dates(
    old_database: Path, sample_data_dir: Path
) -> None:
    """Migration 9 all the way from schema 1: the curated sources get their access dates."""
    open_timeline_database(old_database, sample_data_dir).dispose()
    assert rows(old_database, "SELECT id, accessed FROM sources ORDER BY id") == [
        ("seed-a", "2026-11-22"),
        ("web-b", None),
    ]


def test_a_schema_8_database_gets_the_access_dates_without_a_data_change(
    db_path: Path, sample_data_dir: Path
) -> None:
    """Migration 9 forgets the data hash, so unchanged bundled data is written again."""
    open_timeline_database(db_path, sample_data_dir).dispose()
    connection = sqlite3.connect(db_path)
    with connection:
        undo_schema_9(connection)
        connection.execute("PRAGMA user_version = 8")
    connection.close()
    database = open_timeline_database(db_path, sample_data_dir)
    try:
        citations = CitationService(database.session_factory, db_path)
        accessed = {source.id: source.accessed for source in citations.all_sources()}
        assert accessed == {"seed-a": date(2026, 11, 22), "web-b": None}
    finally:
        database.dispose()
    assert rows(db_path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
