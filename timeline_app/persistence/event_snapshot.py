"""The column snapshot: every event's numbers packed into a few BLOBs, loaded in milliseconds.

Reading a million events row by row costs seconds of Python; reading eight packed columns is a
few large ``memcpy``s. The snapshot is derived data: it records the events generation it was
built from (a counter the table's triggers bump on every insert, update and delete), and a
snapshot from another generation is rebuilt from ``events`` rather than used.

Only the events readers see are in it: the curated ones and those of shown collections (an
import in progress or a removed collection is left out; showing or hiding a collection
moves the generation on, see collection_repository).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from typing import Any

import numpy as np
from sqlalchemy import Connection, delete, insert, select
from sqlalchemy.orm import Session

from timeline_app.domain.event_columns import COLUMN_TYPES, CURATED_COLLECTION, EventColumns
from timeline_app.persistence.dialects import day_number_sql, is_server, smaller_sql
from timeline_app.persistence.orm import (
    EVENTS_GENERATION_KEY,
    CategoryRow,
    EventSnapshotRow,
    MetaRow,
)
from timeline_app.persistence.orm_collections import (
    CATEGORY_ORDER,
    SHOWN_EVENT_SQL,
    STATE_SHOWN,
    CollectionRow,
    category_is_shown,
)
from timeline_app.persistence.server_columns import (
    read_server_columns,
    wait_for_snapshot_writers,
)

log = logging.getLogger(__name__)

#: 3: keys are the events' stored ``key`` column (2 and before: SQLite rowids, which a dump
#: and restore may renumber, so such a snapshot is never read). 4: a collection column.
SNAPSHOT_FORMAT = 4
#: What the ``key`` column of the snapshot holds, recorded in its description.
KEY_SOURCE = "events.key"
DESCRIPTION = "description"
#: Rows read at a time when building the snapshot from the table.
_CHUNK_ROWS = 50_000


def _columns_sql(connection: Connection) -> str:
    """One pass over the events, in the timeline's order (start, then id: the index covers
    it); day numbers and ``min`` in the connection's dialect."""
    start = day_number_sql(connection, "e.start_date")
    end = day_number_sql(connection, "coalesce(e.end_date, e.start_date)")
    return f"""
SELECT e.key,
       {start},
       {end} + 1,
       e.category_id,
       e.importance,
       CASE e.precision WHEN 'day' THEN 0 WHEN 'month' THEN 1 ELSE 2 END,
       CASE e.confidence WHEN 'low' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END,
       (CASE WHEN e.approximate THEN 1 ELSE 0 END)
         | (CASE WHEN e.end_date > e.start_date THEN 2 ELSE 0 END),
       {smaller_sql(connection, "length(e.title)", "65535")},
       coalesce(e.collection_id, 0)
FROM events AS e WHERE {SHOWN_EVENT_SQL} ORDER BY e.start_date, e.id
"""


def events_generation(session: Session) -> int | None:
    """How many changes the events table has seen (None in a database without the counter)."""
    value = session.scalar(select(MetaRow.value).where(MetaRow.key == EVENTS_GENERATION_KEY))
    return None if value is None else int(value)


def _category_ids(session: Session) -> list[str]:
    return list(
        session.scalars(select(CategoryRow.id).where(category_is_shown()).order_by(*CATEGORY_ORDER))
    )


def _collection_ids(session: Session) -> list[int]:
    """The curated chronology (0), then every shown collection by id."""
    shown = select(CollectionRow.id).where(CollectionRow.state == STATE_SHOWN)
    return [CURATED_COLLECTION, *session.scalars(shown.order_by(CollectionRow.id))]


def build_event_columns(session: Session) -> EventColumns:
    """Read every event from the events table (the slow path: about 2 s per million on a
    file; a server sends them as one binary COPY, server_columns.py: 1.5–2.5 s)."""
    category_ids = _category_ids(session)
    collection_ids = _collection_ids(session)
    if is_server(session):
        arrays = read_server_columns(session.connection(), category_ids, collection_ids)
    else:
        arrays = read_rows_as_columns(session.connection(), category_ids, collection_ids)
    return EventColumns.from_arrays(arrays, category_ids, sort=False, collection_ids=collection_ids)


def read_rows_as_columns(
    connection: Connection, category_ids: Sequence[str], collection_ids: Sequence[int]
) -> dict[str, Any]:
    """Every shown event's columns read row by row through the driver (either dialect)."""
    names = list(COLUMN_TYPES)
    position = {category_id: index for index, category_id in enumerate(category_ids)}
    unknown = len(category_ids)
    collection_index = {collection_id: index for index, collection_id in enumerate(collection_ids)}
    chunks: dict[str, list[Any]] = {name: [] for name in names}
    result = connection.exec_driver_sql(_columns_sql(connection))
    # In chunks: a million rows as tuples at once would cost half a gigabyte.
    while rows := result.fetchmany(_CHUNK_ROWS):
        values = list(zip(*rows, strict=True))
        for index, name in enumerate(names):
            column: Sequence[Any] = values[index]
            if name == "category":
                column = [position.get(str(category_id), unknown) for category_id in column]
            elif name == "collection":
                column = [collection_index.get(int(cid), 0) for cid in column]
            chunks[name].append(np.array(column, dtype=COLUMN_TYPES[name]))
    return {
        name: np.concatenate(parts) if parts else np.zeros(0, COLUMN_TYPES[name])
        for name, parts in chunks.items()
    }


def store_event_columns(session: Session, columns: EventColumns, generation: int) -> None:
    """Replace the snapshot with ``columns``, built at ``generation``."""
    description = {
        "format": SNAPSHOT_FORMAT,
        "keys": KEY_SOURCE,
        "generation": generation,
        "count": len(columns),
        "category_ids": list(columns.category_ids),
        "collection_ids": list(columns.collection_ids),
        "longest_days": columns.longest_days,
    }
    session.execute(delete(EventSnapshotRow))
    session.execute(
        insert(EventSnapshotRow),
        [{"name": DESCRIPTION, "data": json.dumps(description).encode()}]
        + [{"name": name, "data": column.tobytes()} for name, column in columns.columns.items()],
    )


def _stored_columns(session: Session, generation: int | None) -> EventColumns | None:
    """The stored snapshot when it matches ``generation`` and is whole, else None."""
    if generation is None:
        return None
    blobs = dict(session.execute(select(EventSnapshotRow.name, EventSnapshotRow.data)).all())
    raw = blobs.pop(DESCRIPTION, None)
    if raw is None:
        return None
    try:
        description = json.loads(raw)
        if not _describes_current(description, generation, session):
            return None
        count = int(description["count"])
        arrays = {
            name: np.frombuffer(blobs[name], dtype=dtype) for name, dtype in COLUMN_TYPES.items()
        }
    except (KeyError, TypeError, ValueError) as error:
        log.warning("ignoring an unreadable event snapshot: %s", error)
        return None
    if any(len(array) != count for array in arrays.values()):
        log.warning("ignoring an event snapshot with columns of the wrong length")
        return None
    for array in arrays.values():
        array.flags.writeable = False
    try:
        longest_days = int(description["longest_days"])
        category_ids = tuple(str(category_id) for category_id in description["category_ids"])
        collection_ids = tuple(int(cid) for cid in description["collection_ids"])
    except (KeyError, TypeError, ValueError) as error:
        log.warning("ignoring an event snapshot with an unreadable description: %s", error)
        return None
    return EventColumns(arrays, category_ids, longest_days, collection_ids)


def _stored_description(session: Session) -> dict[str, Any] | None:
    raw = session.scalar(select(EventSnapshotRow.data).where(EventSnapshotRow.name == DESCRIPTION))
    if raw is None:
        return None
    try:
        description = json.loads(raw)
    except ValueError:
        return None
    return description if isinstance(description, dict) else None


def _describes_current(description: object, generation: int | None, session: Session) -> bool:
    """True when a snapshot with this description can stand for the events now."""
    return (
        isinstance(description, dict)
        and generation is not None
        and description.get("format") == SNAPSHOT_FORMAT
        and description.get("keys") == KEY_SOURCE
        and description.get("generation") == generation
        # categories reordered or renamed: the category column would be stale
        and description.get("category_ids") == _category_ids(session)
        # a collection shown, hidden or removed: so would the collection column
        and description.get("collection_ids") == _collection_ids(session)
    )


def snapshot_is_current(session: Session) -> bool:
    """True when the stored snapshot matches the events (reads its description only)."""
    return _describes_current(_stored_description(session), events_generation(session), session)


def refresh_event_snapshot(session: Session) -> bool:
    """Rebuild and store the snapshot if it is out of date; True when it was rebuilt."""
    generation = events_generation(session)
    if generation is None or snapshot_is_current(session):
        return False
    if is_server(session):
        # Another client may be rebuilding it right now: after it, maybe nothing is left to do.
        wait_for_snapshot_writers(session.connection())
        generation = events_generation(session)
        if generation is None or snapshot_is_current(session):
            return False
    store_event_columns(session, build_event_columns(session), generation)
    log.info("event snapshot rebuilt at generation %s", generation)
    return True


def load_event_columns(session: Session) -> EventColumns:
    """The events as columns: from the snapshot when current, else read from the table."""
    columns = _stored_columns(session, events_generation(session))
    if columns is None:
        log.info("event snapshot missing or out of date: reading the events table")
        columns = build_event_columns(session)
    return columns
