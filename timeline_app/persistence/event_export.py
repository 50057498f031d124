"""Events as an export writes them: the curated chronology, one collection, or chosen ids.

Streams (rows are read in chunks), so a collection of a million events is exported in the
memory of one chunk. Only shown events are read (the curated chronology and shown
collections), in date order.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from timeline_app.domain.models import DatePrecision
from timeline_app.persistence.orm import CategoryRow, CitationRow, EventRow, SourceRow
from timeline_app.persistence.orm_collections import event_is_shown

#: Rows read at a time.
CHUNK = 2000


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """One event with what an export file carries."""

    id: str
    title: str
    start: date
    end: date | None
    precision: DatePrecision
    approximate: bool
    time_of_day: str
    description: str
    category: str
    source_url: str
    source_label: str


#: Which events: the curated chronology (CURATED), every shown event (EVERY), or a collection id.
CURATED = -1
EVERY = -2


def _query(which: int) -> Select[EventRow, str]:
    query = (
        select(EventRow, CategoryRow.name)
        .join(CategoryRow, CategoryRow.id == EventRow.category_id)
        .where(event_is_shown())
        .order_by(EventRow.start_date, EventRow.id)
    )
    if which == CURATED:
        return query.where(EventRow.collection_id.is_(None))
    if which == EVERY:
        return query
    return query.where(EventRow.collection_id == which)


def _first_sources(session: Session, ids: list[str]) -> dict[str, tuple[str, str]]:
    """The first cited source (url, title) of each curated event of ``ids``."""
    found: dict[str, tuple[str, str]] = {}
    rows = session.execute(
        select(CitationRow.event_id, SourceRow.url, SourceRow.title)
        .join(SourceRow, SourceRow.id == CitationRow.source_id)
        .where(CitationRow.event_id.in_(ids))
        .order_by(CitationRow.event_id, CitationRow.position)
    )
    for event_id, url, title in rows:
        found.setdefault(event_id, (url or "", title or ""))
    return found


def _stored(row: EventRow, category: str, cited: tuple[str, str] | None) -> StoredEvent:
    url, label = row.source_url or "", row.source_label or ""
    description = row.summary
    if row.collection_id is None:
        if row.body:
            description = f"{row.summary}\n\n{row.body}" if row.summary else row.body
        if cited is not None:
            url, label = cited
    return StoredEvent(
        id=row.id,
        title=row.title,
        start=row.start_date,
        end=row.end_date,
        precision=DatePrecision(row.precision),
        approximate=bool(row.approximate),
        time_of_day=row.time_of_day or "",
        description=description,
        category=category,
        source_url=url,
        source_label=label,
    )


def stored_events(
    session: Session, which: int, keys: Collection[int] | None = None
) -> Iterator[StoredEvent]:
    """The shown events of ``which`` (CURATED, EVERY or a collection id) in date order; only
    those whose key (EventRow.key, as the column snapshot knows them) is in ``keys`` when
    given."""
    query = _query(which)
    result = session.execute(query.execution_options(yield_per=CHUNK))
    for chunk in result.partitions():
        rows: list[tuple[EventRow, str]] = [
            (found[0], found[1]) for found in chunk if keys is None or found[0].key in keys
        ]
        curated = [row.id for row, _ in rows if row.collection_id is None]
        cited = _first_sources(session, curated) if curated else {}
        for row, name in rows:
            yield _stored(row, name, cited.get(row.id))


def collection_span(session: Session, collection_id: int) -> tuple[date, date] | None:
    """The first start and the last start or end of a collection's events; None when empty."""
    query = select(
        func.min(EventRow.start_date), func.max(EventRow.start_date), func.max(EventRow.end_date)
    ).where(EventRow.collection_id == collection_id)
    found = session.execute(query).one()
    first: date | None = found[0]
    last_start: date | None = found[1]
    last_end: date | None = found[2]
    if first is None or last_start is None:
        return None
    return first, max(last_start, last_end or last_start)


def curated_count(session: Session) -> int:
    """How many events the curated chronology has."""
    query = select(func.count()).select_from(EventRow).where(EventRow.collection_id.is_(None))
    return int(session.scalar(query) or 0)
