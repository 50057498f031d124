"""Writing imported events in batches under a hidden collection, then publishing it at once.

An import of a million rows cannot be one transaction (the file would be locked for
minutes, and a failure would lose all of it at the end), nor many visible ones (a cancel
would leave half a collection). So: ``begin_staging`` makes a collection in state
``staging``, which no reader sees (orm_collections); ``write_batch`` adds events to it, one
transaction per batch, with their search-index rows (either backend's) and categories;
``publish`` gives it its name and shows it in one transaction (deleting the collection it
replaces in the same one). Cancelling or failing purges the staging collection
(CollectionRepository.purge): nothing is left. A staging collection left by a crash stays
hidden until purged.

Ids: every imported event gets a fresh user id, unless the file wished for one
(NeutralEvent.event_id) that is a user id no other event has. When replacing a collection,
an id its old events hold is wished for too: such events are staged under a temporary id and
take the wished one when the old events are deleted at publishing, so notes on the old
event stay attached to the new one. Notes on old events whose ids do not come back stay in
the notes list as notes on withdrawn events.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from timeline_app.domain.collections import (
    CATEGORY_PALETTE,
    CollectionExistsError,
    CollectionKind,
    Era,
    NeutralEvent,
    is_user_id,
    new_user_id,
)
from timeline_app.domain.text_search import fold
from timeline_app.persistence.collection_repository import (
    CollectionRepository,
    bump_events_generation,
)
from timeline_app.persistence.dialects import is_server, reserve_event_keys
from timeline_app.persistence.orm import CategoryRow, EventRow
from timeline_app.persistence.orm_collections import STATE_SHOWN, STATE_STAGING, CollectionRow
from timeline_app.persistence.search_documents import SearchRow
from timeline_app.persistence.search_index import (
    index_kept_current,
    rename_indexed_event,
    write_event_rows,
)
from timeline_app.persistence.server_import import insert_server_events, taken_server_ids

#: Event rows for SQLite, through the driver itself, positional: SQLAlchemy's processing of
#: named, typed parameters costs about a sixth of an import's time at 200,000 rows. (A
#: server store's rows go as arrays in one statement: server_import.py.)
_INSERT_EVENT_SQLITE = (
    "INSERT INTO events (id, title, start_date, end_date, precision, approximate, "
    "qualifier, category_id, importance, confidence, summary, body, key, collection_id, "
    "source_url, source_label, time_of_day, title_derived) "
    "VALUES (?, ?, ?, ?, ?, ?, '', ?, 3, 'high', ?, '', ?, ?, ?, ?, ?, ?)"
)


def _sqlite_row(row: dict[str, object]) -> tuple[object, ...]:
    """An event row as sqlite3 takes it: dates as ISO text, truth values as 0 and 1."""
    start, end = row["start_date"], row["end_date"]
    assert isinstance(start, date) and (end is None or isinstance(end, date))
    return (
        row["id"],
        row["title"],
        start.isoformat(),
        None if end is None else end.isoformat(),
        row["precision"],
        int(bool(row["approximate"])),
        row["category_id"],
        row["summary"],
        row["key"],
        row["collection_id"],
        row["source_url"],
        row["source_label"],
        row["time_of_day"],
        int(bool(row["title_derived"])),
    )


#: The start of a staging collection's name: a control character nobody types (not NUL,
#: which PostgreSQL's text cannot hold), so it never meets a name a user gave.
STAGING_NAME_PREFIX = "\x1fstaging "


@dataclass
class Staging:
    """An import in progress: its hidden collection, categories made so far, and ids to
    take over from the collection it replaces when publishing (temporary → wished)."""

    collection_id: int
    replaces: int | None
    category_colours: Mapping[str, str] = field(default_factory=dict)
    categories: dict[str, str] = field(default_factory=dict)
    renames: list[tuple[str, str]] = field(default_factory=list)
    written: int = 0


def begin_staging(
    session: Session,
    *,
    replaces: int | None,
    source_file: str = "",
    category_colours: Mapping[str, str] | None = None,
) -> Staging:
    """A new hidden collection to write an import into (under a name nobody can see)."""
    collection_id = CollectionRepository(session).create(
        f"{STAGING_NAME_PREFIX}{uuid.uuid4().hex}",
        CollectionKind.IMPORTED,
        source_file=source_file,
        state=STATE_STAGING,
    )
    return Staging(collection_id, replaces, dict(category_colours or {}))


def _category(session: Session, staging: Staging, name: str, default_name: str) -> str:
    """The id of the staging collection's category ``name`` (made on first use)."""
    shown = name.strip() or default_name
    found = staging.categories.get(shown)
    if found is not None:
        return found
    position = len(staging.categories)
    colour = (
        staging.category_colours.get(shown) or CATEGORY_PALETTE[position % len(CATEGORY_PALETTE)]
    )
    category_id = new_user_id()
    session.add(
        CategoryRow(
            id=category_id,
            name=shown,
            colour=colour,
            position=position,
            collection_id=staging.collection_id,
        )
    )
    staging.categories[shown] = category_id
    return category_id


def _taken_by_replaced(session: Session, staging: Staging, wished: list[str]) -> set[str]:
    if staging.replaces is None or not wished:
        return set()
    return set(
        session.scalars(
            select(EventRow.id).where(
                EventRow.id.in_(wished), EventRow.collection_id == staging.replaces
            )
        )
    )


def write_batch(
    session: Session, staging: Staging, events: Sequence[NeutralEvent], default_category: str
) -> int:
    """Add ``events`` to the staging collection (the caller commits); returns how many."""
    wished = [event.event_id for event in events if is_user_id(event.event_id)]
    later = _taken_by_replaced(session, staging, wished)
    with index_kept_current(session):
        keys = reserve_event_keys(session, len(events))
        rows: list[dict[str, object]] = []
        used: set[str] = set()
        for key, event in zip(keys, events, strict=True):
            event_id = event.event_id if is_user_id(event.event_id) else ""
            if event_id in later:
                temporary = new_user_id()
                staging.renames.append((temporary, event_id))
                event_id = temporary
            if not event_id or event_id in used:
                event_id = new_user_id()
            used.add(event_id)
            rows.append(
                {
                    "id": event_id,
                    "title": event.title,
                    "start_date": event.start,
                    "end_date": event.end,
                    "precision": event.precision.value,
                    "approximate": event.approximate,
                    "category_id": _category(session, staging, event.category, default_category),
                    "summary": event.description,
                    "key": key,
                    "collection_id": staging.collection_id,
                    "source_url": event.source_url or None,
                    "source_label": event.source_label or None,
                    "time_of_day": event.time_of_day or None,
                    "title_derived": event.title_derived,
                }
            )
        session.flush()  # the categories, before the events that refer to them
        rows = _free_ids(session, rows)
        connection = session.connection()
        if is_server(session):
            insert_server_events(connection, rows)
        else:
            connection.exec_driver_sql(_INSERT_EVENT_SQLITE, [_sqlite_row(row) for row in rows])
        write_event_rows(
            session,
            [
                SearchRow(
                    key,
                    str(row["id"]),
                    fold(str(row["title"])),
                    fold(f"{row['summary']} \n{row['source_label'] or ''}"),
                )
                for key, row in zip(keys, rows, strict=True)
            ],
        )
    staging.written += len(rows)
    return len(rows)


def _taken(session: Session, ids: list[str]) -> set[str]:
    """Those of ``ids`` some event has (a lookup in the primary key each)."""
    if is_server(session):
        return taken_server_ids(session.connection(), ids)
    taken: set[str] = set()
    for start in range(0, len(ids), 5000):
        batch = ids[start : start + 5000]
        taken.update(session.scalars(select(EventRow.id).where(EventRow.id.in_(batch))))
    return taken


def _free_ids(session: Session, rows: list[dict[str, object]]) -> list[dict[str, object]]:
    """The rows with a fresh id wherever theirs is taken (a wished id of an event outside
    the collection being replaced, or, very rarely, a random id met twice)."""
    while taken := _taken(session, [str(row["id"]) for row in rows]):
        rows = [{**row, "id": new_user_id()} if row["id"] in taken else row for row in rows]
    return rows


def publish(
    session: Session,
    staging: Staging,
    name: str,
    *,
    description: str = "",
    eras: Sequence[Era] = (),
) -> int:
    """Show the staging collection as ``name`` (the caller commits, in one transaction),
    deleting the collection it replaces first; returns the collection id."""
    collections = CollectionRepository(session)
    if staging.replaces is not None:
        collections.purge(staging.replaces)
    taken = session.scalar(
        select(CollectionRow.id).where(
            CollectionRow.name == name, CollectionRow.id != staging.collection_id
        )
    )
    if taken is not None:
        raise CollectionExistsError(name)
    with index_kept_current(session):
        for temporary, wished in staging.renames:
            rename_indexed_event(session, temporary, wished)
            session.execute(
                text("UPDATE events SET id = :w WHERE id = :t").bindparams(w=wished, t=temporary)
            )
        row = session.get_one(CollectionRow, staging.collection_id)
        row.name, row.description, row.state = name, description, STATE_SHOWN
        collections.set_eras(staging.collection_id, eras)
        session.flush()
        bump_events_generation(session)
    return staging.collection_id
