"""Whether a file has every table the current schema needs: a missing one means damage.

A file at an older schema is checked as it will be after its upgrade: the frozen legacy steps
and the Alembic revisions run on a copy of its schema alone (no rows but its
``alembic_version``) in memory, so the check never writes to the file.
"""

from __future__ import annotations

import logging
import sqlite3

from sqlalchemy import create_engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import StaticPool

from timeline_app.persistence.migrations import SchemaState, upgrade
from timeline_app.persistence.orm_collections import SCHEMA
from timeline_app.persistence.schema_head import VERSION_TABLE, RevisionError

log = logging.getLogger(__name__)
#: The schema objects in an order they can be created in: tables, then indexes and triggers.
_SCHEMA_SQL = (
    "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
    "ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END, rowid"
)


def required_tables() -> frozenset[str]:
    """The tables of the current schema (the full-text tables are derived, made at open)."""
    return frozenset(SCHEMA.tables)


def _tables(connection: sqlite3.Connection) -> set[str]:
    rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    return {str(row[0]) for row in rows}


def _schema_only_copy(connection: sqlite3.Connection, schema: SchemaState) -> sqlite3.Connection:
    """An in-memory database with the file's tables, indexes and triggers, and no rows but the
    revisions it is at."""
    copy = sqlite3.connect(":memory:", check_same_thread=False)
    rows = connection.execute(_SCHEMA_SQL).fetchall()
    # The full-text tables are derived (made again at open), and so are their shadow tables.
    virtual = [str(name) for _, name, sql in rows if str(sql).upper().startswith("CREATE VIRTUAL")]
    skipped = ("sqlite_", *virtual)
    for kind, name, sql in rows:
        if str(name).startswith(skipped):
            continue
        try:
            copy.execute(sql)
        except sqlite3.Error as error:  # an object of no use to the check (a view, say)
            log.info("schema check: %s %s skipped (%s)", kind, name, error)
    copy.execute(f"PRAGMA user_version = {int(schema.user_version)}")
    if schema.revisions:
        copy.executemany(
            f"INSERT INTO {VERSION_TABLE} (version_num) VALUES (?)",
            [(revision,) for revision in schema.revisions],
        )
        copy.commit()
    return copy


def _tables_after_migrating(connection: sqlite3.Connection, schema: SchemaState) -> set[str]:
    copy = _schema_only_copy(connection, schema)
    engine = create_engine("sqlite://", creator=lambda: copy, poolclass=StaticPool)
    try:
        upgrade(engine, schema)
        return _tables(copy)
    finally:
        engine.dispose()
        copy.close()


def schema_problem(connection: sqlite3.Connection, schema: SchemaState) -> str | None:
    """What is wrong with the file's tables ("missing table: drafts"), or None when nothing.

    ``connection`` reads the file; it is only read from.
    """
    user_version = schema.user_version
    if schema.is_current:
        present = _tables(connection)
    else:
        try:
            present = _tables_after_migrating(connection, schema)
        except (SQLAlchemyError, sqlite3.Error, RevisionError) as error:
            reason = str(getattr(error, "orig", None) or error).strip()
            # A migration that rebuilds a table fails on that table missing: say so plainly.
            if reason.startswith("no such table: "):
                return f"missing table: {reason.removeprefix('no such table: ')}"
            return f"its tables cannot be upgraded from schema {user_version}: {reason}"
    missing = sorted(required_tables() - present)
    if not missing:
        return None
    return f"missing table{'s' if len(missing) > 1 else ''}: {', '.join(missing)}"
