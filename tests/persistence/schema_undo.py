"""Turning a fresh database back into an older schema, to test the migrations after it."""

from __future__ import annotations

import sqlite3

from timeline_app.persistence.migrations import V8_EVENT_COLUMNS


def undo_schema_9(connection: sqlite3.Connection) -> None:
    """Drop what migration 9 adds (the sources' access dates) from a fresh file."""
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
