"""A batch of imported events written to a server store in one statement.

Row by row (``executemany``), each row is a statement of its own, and each statement fires
the events table's statement triggers (server_triggers.py), which move the events generation
by updating one row of ``app_meta``: ten thousand updates of one row in one transaction,
each walking the row's ever longer chain of versions, made an import crawl at a few thousand
rows per second. Sent as arrays and inserted from ``unnest``, a batch is one statement: the
triggers fire once, and the rows travel in one round trip.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection

#: The columns an import writes, with their PostgreSQL array types (the rest are constants).
_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "text"),
    ("title", "text"),
    ("start_date", "date"),
    ("end_date", "date"),
    ("precision", "text"),
    ("approximate", "boolean"),
    ("category_id", "text"),
    ("summary", "text"),
    ("key", "integer"),
    ("collection_id", "integer"),
    ("source_url", "text"),
    ("source_label", "text"),
    ("time_of_day", "text"),
    ("title_derived", "boolean"),
)
_NAMES = ", ".join(name for name, _type in _COLUMNS)
_INSERT_FROM_ARRAYS = (
    f"INSERT INTO events ({_NAMES}, qualifier, importance, confidence, body) "
    f"SELECT {_NAMES}, '', 3, 'high', '' FROM unnest("
    + ", ".join(f"%s::{array_type}[]" for _name, array_type in _COLUMNS)
    + f") AS batch({_NAMES})"
)


def insert_server_events(connection: Connection, rows: Sequence[dict[str, object]]) -> None:
    """Insert import rows (import_store.write_batch's dicts) as one statement."""
    if not rows:
        return
    arrays = tuple([row[name] for row in rows] for name, _type in _COLUMNS)
    connection.exec_driver_sql(_INSERT_FROM_ARRAYS, arrays)


def taken_server_ids(connection: Connection, ids: Sequence[str]) -> set[str]:
    """Those of ``ids`` some event has: one lookup of an array in the primary key (not
    thousands of bound parameters, each compiled and converted by the driver)."""
    if not ids:
        return set()
    found = connection.exec_driver_sql(
        "SELECT id FROM events WHERE id = ANY(%s::text[])", (list(ids),)
    )
    return {str(event_id) for event_id in found.scalars()}
