"""Turning a fresh database back into an older schema, to test the migrations after it."""

from __future__ import annotations

import sqlite3

from timeline_app.persistence.legacy_steps import V8_EVENT_COLUMNS


def undo_alembic(connection: sqlite3.Connection) -> None:
    """Turn a fresh file into one of schema 9 written before Alembic: no ``alembic_version``,
    nothing the revisions after the baseline add (the authors of notes, events and drafts,
    the notes' private mark)."""
    connection.execute("DROP TABLE alembic_version")
    connection.execute("ALTER TABLE notes DROP COLUMN private")
    connection.execute("ALTER TABLE drafts DROP COLUMN author")
    connection.execute("DROP INDEX ix_notes_author")
    connection.execute("ALTER TABLE notes DROP COLUMN author")
    connection.execute("ALTER TABLE events DROP COLUMN author")


def undo_schema_9(connection: sqlite3.Connection) -> None:
    """Drop what migration 9 adds (the sources' access dates), and Alembic's, from a fresh file."""
    undo_alembic(connection)
    connection.execute("ALTER TABLE sources DROP COLUMN accessed")


def undo_schema_8(connection: sqlite3.Connection) -> None:
    """Drop what migrations 9 and 8 add (access dates; collections, eras, the new columns)
    from a fresh file."""
    undo_schema_9(connection)
    connection.execute("DROP INDEX ix_events_collection_id")
    for table in ("events", "categories", "sources"):
        connection.execute(f"ALTER TABLE {table} DROP COLUMN collection_id")
    for column in V8_EVENT_COLUMNS:
        connection.execute(f"ALTER TABLE events DROP COLUMN {column}")
    connection.execute("DROP TABLE eras")
    connection.execute("DROP TABLE collections")
