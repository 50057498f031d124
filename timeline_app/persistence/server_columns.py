"""A server store's events as columns in one binary COPY: no Python object per event.

Reading a million rows through the driver makes ten million Python objects (a tuple and its
values per row) and costs seconds. Here the server does the work: it maps each event's
category and collection to its index (``array_position``), casts every value to a fixed
width, and sends the rows as ``COPY … TO STDOUT (FORMAT BINARY)``. Every row then has the
same layout (a field count, and a length and a big-endian value per field, none NULL), so
NumPy reads the whole stream as one structured array and each column is a single cast.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
from sqlalchemy import Connection

from timeline_app.domain.event_columns import COLUMN_TYPES
from timeline_app.persistence.orm_collections import SHOWN_EVENT_SQL

#: Each column as the server sends it: its SQL (over ``events AS e``) and its binary type.
#: ``%(categories)s`` and ``%(collections)s`` are the arrays of ids whose positions are the
#: indices the columns hold (an unknown category gets ``%(unknown)s``, after the known ones).
_SERVER_COLUMNS: dict[str, tuple[str, str]] = {
    "key": ("e.key::int8", ">i8"),
    "start": ("(e.start_date - DATE '0001-01-01' + 1)::int4", ">i4"),
    "end": ("(coalesce(e.end_date, e.start_date) - DATE '0001-01-01' + 2)::int4", ">i4"),
    "category": (
        "coalesce(array_position(%(categories)s::text[], e.category_id::text) - 1, "
        "%(unknown)s)::int2",
        ">i2",
    ),
    "importance": ("e.importance::int2", ">i2"),
    "precision": (
        "(CASE e.precision WHEN 'day' THEN 0 WHEN 'month' THEN 1 ELSE 2 END)::int2",
        ">i2",
    ),
    "confidence": (
        "(CASE e.confidence WHEN 'low' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END)::int2",
        ">i2",
    ),
    "flags": (
        "((CASE WHEN e.approximate THEN 1 ELSE 0 END)"
        " | (CASE WHEN e.end_date > e.start_date THEN 2 ELSE 0 END))::int2",
        ">i2",
    ),
    "title_length": ("least(length(e.title), 65535)::int4", ">i4"),
    "collection": (
        "coalesce(array_position(%(collections)s::int8[], coalesce(e.collection_id, 0)::int8)"
        " - 1, 0)::int2",
        ">i2",
    ),
}
#: The signature opening every binary COPY stream.
_SIGNATURE = b"PGCOPY\n\xff\r\n\x00"
#: Signature, flags (int32), length of the header extension (int32).
_HEADER_BYTES = len(_SIGNATURE) + 8
#: The int16 -1 closing the stream.
_TRAILER = b"\xff\xff"


def _copy_sql() -> str:
    selected = ",\n       ".join(sql for sql, _type in _SERVER_COLUMNS.values())
    return (
        f"COPY (SELECT {selected}\n"
        f"FROM events AS e WHERE {SHOWN_EVENT_SQL} ORDER BY e.start_date, e.id)\n"
        "TO STDOUT (FORMAT BINARY)"
    )


def row_type() -> np.dtype[Any]:
    """One row of the stream: the field count, then a length and a value per column."""
    fields: list[tuple[str, str]] = [("fields", ">i2")]
    for name, (_sql, wire) in _SERVER_COLUMNS.items():
        fields += [(f"{name}_length", ">i4"), (name, wire)]
    return np.dtype(fields)  # packed, as on the wire


def parse_binary_copy(stream: bytes) -> dict[str, npt.NDArray[Any]]:
    """The columns of a binary COPY stream of ``_copy_sql``'s rows, in COLUMN_TYPES' types.

    Raises ValueError for a stream not of that shape (a NULL, or another layout).
    """
    if not stream.startswith(_SIGNATURE) or not stream.endswith(_TRAILER):
        raise ValueError("not a binary COPY stream")
    extension = int.from_bytes(stream[_HEADER_BYTES - 4 : _HEADER_BYTES], "big")
    body = memoryview(stream)[_HEADER_BYTES + extension : len(stream) - len(_TRAILER)]
    rows_type = row_type()
    if len(body) % rows_type.itemsize:
        raise ValueError("a binary COPY stream of rows of another size")
    rows = np.frombuffer(body, dtype=rows_type)
    widths = {name: np.dtype(wire).itemsize for name, (_sql, wire) in _SERVER_COLUMNS.items()}
    if len(rows) and (
        np.any(rows["fields"] != len(_SERVER_COLUMNS))
        or any(np.any(rows[f"{name}_length"] != width) for name, width in widths.items())
    ):
        raise ValueError("a binary COPY stream with NULLs or other fields")
    return {name: rows[name].astype(COLUMN_TYPES[name]) for name in _SERVER_COLUMNS}


def read_server_columns(
    connection: Connection, category_ids: Sequence[str], collection_ids: Sequence[int]
) -> dict[str, npt.NDArray[Any]]:
    """Every shown event's columns, chronologically (start, then id), in one COPY.

    ``category`` holds indices into ``category_ids`` (``len(category_ids)`` for another
    category) and ``collection`` indices into ``collection_ids`` (0 for an unknown one).
    """
    driver_connection: Any = connection.connection.driver_connection
    parameters = {
        "categories": list(category_ids),
        "unknown": len(category_ids),
        "collections": list(collection_ids),
    }
    stream = bytearray()
    with driver_connection.cursor() as cursor, cursor.copy(_copy_sql(), parameters) as copy:
        for row in copy:  # one message per row; copied before the next is read
            stream += row
    return parse_binary_copy(bytes(stream))


#: The advisory lock (a number of our own) that one client at a time holds while it
#: rebuilds the stored snapshot.
SNAPSHOT_LOCK = 0x7473_6E61_7073  # "tsnaps"


def wait_for_snapshot_writers(connection: Connection) -> None:
    """Wait until no other client is rebuilding the stored snapshot, and keep the others
    waiting until this transaction ends. Two clients replacing its rows at once would
    collide on their names: the second, not seeing the first's rows yet, inserts them
    again. The caller checks again, after waiting, whether a rebuild is still needed."""
    connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({SNAPSHOT_LOCK})")
