"""The schema and its Alembic history on a real PostgreSQL server (started by the tests)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, create_engine, inspect, select, text
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from timeline_app.persistence.orm_collections import SCHEMA
from timeline_app.persistence.orm_notes import NoteRow
from timeline_app.persistence.revisions import (
    BASELINE_REVISION,
    VERSION_TABLE,
    head_revision,
    stamp,
    upgrade_to_head,
)
from timeline_app.persistence.search_postgres import (
    SERVER_ONLY_COLUMNS,
    SERVER_ONLY_INDEXES,
    SERVER_ONLY_TABLES,
)

pytestmark = pytest.mark.postgres


@pytest.fixture
def engine(postgres_url: str) -> Iterator[Engine]:
    """An engine on this test's fresh database (no pool: nothing keeps it open after)."""
    engine = create_engine(postgres_url, poolclass=NullPool)
    yield engine
    engine.dispose()


def _only_the_apps_tables(
    object_: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Leave out what the rows do not declare: alembic_version, and the search documents a
    server store has beside them (search_postgres.py)."""
    if type_ == "column" and (object_.table.name, name) in SERVER_ONLY_COLUMNS:
        return False
    if type_ == "index" and name in SERVER_ONLY_INDEXES:
        return False
    return not (type_ == "table" and reflected and compare_to is None)


def _differences(engine: Engine) -> list[Any]:
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_object": _only_the_apps_tables}
        )
        return list(compare_metadata(context, SCHEMA))


def _revision(engine: Engine) -> list[str]:
    with engine.connect() as connection:
        return list(
            connection.exec_driver_sql(f"SELECT version_num FROM {VERSION_TABLE}").scalars()
        )


def _columns(engine: Engine, table: str) -> set[str]:
    return {column["name"] for column in inspect(engine).get_columns(table)}


def test_the_server_is_postgresql_with_utf8(engine: Engine) -> None:
    with engine.connect() as connection:
        assert engine.dialect.name == "postgresql"
        assert connection.exec_driver_sql("SHOW server_encoding").scalar() == "UTF8"


def test_create_all_makes_exactly_the_schema_the_rows_declare(engine: Engine) -> None:
    """Alembic's own comparison, as test_revisions.py runs it on SQLite files."""
    with engine.begin() as connection:
        SCHEMA.create_all(connection)
    assert set(inspect(engine).get_table_names()) == {*SCHEMA.tables, *SERVER_ONLY_TABLES}
    assert _differences(engine) == []


def test_create_all_makes_the_postgresql_triggers(engine: Engine) -> None:
    """The event keys and the events generation have triggers of their own on PostgreSQL
    (server_triggers.py), and so has the change feed; SQLite's are never sent there."""
    with engine.begin() as connection:
        SCHEMA.create_all(connection)
        triggers = set(
            connection.exec_driver_sql(
                "SELECT event_object_table || '.' || trigger_name FROM information_schema.triggers"
            ).scalars()
        )
    assert triggers == {
        "events.events_key_assigned",
        # server_privacy.py: the server signs notes, drafts and the user's events.
        "events.events_author_recorded",
        "notes.notes_author_recorded",
        "drafts.drafts_author_recorded",
        *(f"events.events_changed_{action}" for action in ("insert", "update", "delete")),
        *(f"event_texts.event_texts_changed_{action}" for action in ("insert", "update", "delete")),
        # The change feed (change_feed.py): what teammates' windows are told.
        *(
            f"{table}.{table}_notify_{action}"
            for table in ("notes", "events", "event_texts", "collections", "eras")
            for action in ("insert", "update", "delete")
        ),
    }


def test_the_history_runs_from_the_baseline_to_the_head(engine: Engine) -> None:
    """A schema-9 database (made by create_all, less what the revisions add) stamped at the
    baseline is upgraded by every revision to exactly the schema of the rows."""
    with engine.begin() as connection:
        SCHEMA.create_all(connection)
        # The row-level security of server_privacy.py reads the columns the revisions add.
        for policy in ("notes_read", "notes_add", "notes_change", "notes_remove"):
            connection.exec_driver_sql(f"DROP POLICY {policy} ON notes")
        connection.exec_driver_sql("DROP POLICY drafts_own ON drafts")
        connection.exec_driver_sql("ALTER TABLE notes DROP COLUMN private")
        connection.exec_driver_sql("ALTER TABLE drafts DROP COLUMN author")
        connection.exec_driver_sql("DROP INDEX ix_notes_author")
        connection.exec_driver_sql("ALTER TABLE notes DROP COLUMN author")
        connection.exec_driver_sql("ALTER TABLE events DROP COLUMN author")
        stamp(connection, BASELINE_REVISION)
    assert "author" not in _columns(engine, "notes")
    assert _revision(engine) == [BASELINE_REVISION]
    assert len(_differences(engine)) == 5  # the four columns and the index to come

    upgrade_to_head(engine)

    assert _revision(engine) == [head_revision()]
    assert "author" in _columns(engine, "notes")
    assert "author" in _columns(engine, "events")
    assert "private" in _columns(engine, "notes") and "author" in _columns(engine, "drafts")
    indexes = {index["name"] for index in inspect(engine).get_indexes("notes")}
    assert "ix_notes_author" in indexes
    assert _differences(engine) == []


def test_a_note_is_written_and_read_back_through_the_orm(engine: Engine) -> None:
    with engine.begin() as connection:
        SCHEMA.create_all(connection)
    written = datetime(2026, 11, 30, 3, 4, 5, tzinfo=UTC)
    with Session(engine) as session, session.begin():
        session.add_all(
            [
                NoteRow(
                    event_id="e1",
                    text="Абай 阿拜 — first",
                    created_at=written,
                    updated_at=written,
                    author="alma",
                ),
                NoteRow(event_id="e1", text="second", created_at=written, updated_at=written),
            ]
        )
    with Session(engine) as session:
        notes = session.scalars(select(NoteRow).order_by(NoteRow.id)).all()
        # The server signs every note with the role writing it, whatever the row said.
        role = session.scalar(text("SELECT current_user"))
        assert [(note.id, note.text, note.author) for note in notes] == [
            (1, "Абай 阿拜 — first", role),
            (2, "second", role),
        ]
        assert notes[0].created_at == written and notes[0].created_at.tzinfo is UTC
        assert len(notes[0].uid) == 32 and notes[0].uid != notes[1].uid
