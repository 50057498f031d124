"""Read queries over the events; returns domain objects, never ORM rows.

Events of the curated chronology and of shown collections: an event of a collection being
imported or removed (see orm_collections) is not found by id, like a withdrawn event.
Lookups by key need no such test: keys come from the column snapshot, which holds only
shown events.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from timeline_app.domain.models import (
    Category,
    Confidence,
    DatePrecision,
    EventDetail,
    EventMarker,
    EventText,
    Source,
)
from timeline_app.domain.translations import ENGLISH, EventTranslation, text_language
from timeline_app.persistence.dialects import driver_placeholder
from timeline_app.persistence.event_details import read_detail
from timeline_app.persistence.event_texts import (
    every_translation_of,
    titles_sql,
    with_title,
)
from timeline_app.persistence.orm import (
    CategoryRow,
    CitationRow,
    EventRow,
    SourceRow,
)
from timeline_app.persistence.orm_collections import (
    CATEGORY_ORDER,
    category_is_shown,
    event_is_shown,
)
from timeline_app.persistence.rows import category_of, source_of

#: The key the column snapshot, the lookups and the search index refer to events by.
EVENT_KEY = EventRow.key
_T = TypeVar("_T")
#: SQLite allows 32766 bound parameters; stay well below it.
_IN_BATCH = 5000


def _batches(values: Sequence[_T]) -> list[Sequence[_T]]:
    return [values[i : i + _IN_BATCH] for i in range(0, len(values), _IN_BATCH)]


#: The columns an EventMarker is made of, selected as columns (no ORM objects).
MARKER_COLUMNS = (
    EventRow.id,
    EventRow.title,
    EventRow.start_date,
    EventRow.end_date,
    EventRow.precision,
    EventRow.approximate,
    EventRow.category_id,
    EventRow.importance,
    EventRow.confidence,
    EventRow.qualifier,
)


def _marker(row: Any) -> EventMarker:
    """An EventMarker from a row selected with MARKER_COLUMNS."""
    return EventMarker(
        id=row.id,
        title=row.title,
        start=row.start_date,
        end=row.end_date,
        precision=DatePrecision(row.precision),
        approximate=row.approximate,
        category_id=row.category_id,
        importance=row.importance,
        confidence=Confidence(row.confidence),
        qualifier=row.qualifier,
    )


_category = category_of
_source = source_of


class EventRepository:
    """Queries on events and what they refer to, within a caller's session.

    Titles, summaries and bodies are read in ``language`` (kk, ru, zh), each event falling
    back to its English where it has no translation; "en" (or any other code) reads English.
    Category names are read in it too (English where missing); places and people come with
    every name, role and country, and an event's detail says which language to show them in.
    """

    def __init__(self, session: Session, language: str = ENGLISH) -> None:
        self._session = session
        self._language = text_language(language)

    def markers(self) -> list[EventMarker]:
        """Every event, chronologically, as markers: for tests and tools. The timeline itself
        reads the column snapshot, and titles only for what it draws."""
        rows = self._session.execute(
            with_title(select(*MARKER_COLUMNS).where(event_is_shown()), self._language).order_by(
                EventRow.start_date, EventRow.id
            )
        )
        return [_marker(row) for row in rows]

    def titles(self, keys: Sequence[int]) -> dict[int, str]:
        """Titles by event key: a lookup in the key's unique index each, on the paint path.

        Plain SQL with the (integer) keys written in: a statement with a different number of
        bound parameters per call would be compiled afresh by SQLAlchemy each time.
        """
        titles: dict[int, str] = {}
        connection = self._session.connection()
        placeholder = driver_placeholder(connection)
        for batch in _batches(keys):
            listed = ",".join(str(int(key)) for key in batch)
            statement, parameters = titles_sql(listed, self._language, placeholder)
            titles.update(connection.exec_driver_sql(statement, parameters).all())
        return titles

    def ids(self, keys: Sequence[int]) -> dict[int, str]:
        """Event ids by event key."""
        ids: dict[int, str] = {}
        for batch in _batches(keys):
            ids.update(
                self._session.execute(
                    select(EVENT_KEY, EventRow.id).where(EVENT_KEY.in_(batch))
                ).all()
            )
        return ids

    def keys_of(self, event_ids: Collection[str]) -> dict[str, int]:
        """Event keys by event id, for the ids that exist."""
        keys: dict[str, int] = {}
        for batch in _batches(list(event_ids)):
            keys.update(
                self._session.execute(
                    select(EventRow.id, EVENT_KEY).where(EventRow.id.in_(batch), event_is_shown())
                ).all()
            )
        return keys

    def markers_of(self, event_ids: Collection[str]) -> dict[str, EventMarker]:
        """Markers of the events with these ids (unknown ids are left out)."""
        markers: dict[str, EventMarker] = {}
        for batch in _batches(list(event_ids)):
            statement = select(*MARKER_COLUMNS).where(EventRow.id.in_(batch), event_is_shown())
            for row in self._session.execute(statement):
                markers[row.id] = _marker(row)
        return markers

    def markers_by_key(self, keys: Sequence[int]) -> dict[int, EventMarker]:
        """Full markers (with id, title and qualifier) for a few event keys."""
        markers: dict[int, EventMarker] = {}
        for batch in _batches(keys):
            statement = select(EVENT_KEY.label("key"), *MARKER_COLUMNS).where(EVENT_KEY.in_(batch))
            for row in self._session.execute(with_title(statement, self._language)):
                markers[row.key] = _marker(row)
        return markers

    def texts_of(self, event_ids: Collection[str]) -> dict[str, EventText]:
        """Dates and texts of the events with these ids (unknown ids are left out)."""
        texts: dict[str, EventText] = {}
        for batch in _batches(list(event_ids)):
            statement = select(EventRow).where(EventRow.id.in_(batch), event_is_shown())
            for row in self._session.scalars(statement):
                texts[row.id] = EventText(
                    id=row.id,
                    title=row.title,
                    start=row.start_date,
                    end=row.end_date,
                    precision=DatePrecision(row.precision),
                    approximate=row.approximate,
                    qualifier=row.qualifier,
                    summary=row.summary,
                    body=row.body,
                )
        return texts

    def translations(self, event_ids: Sequence[str]) -> dict[str, tuple[EventTranslation, ...]]:
        """Every translation of these events (kk, ru, zh order), for search results."""
        return every_translation_of(self._session, event_ids)

    def sources_of(self, event_ids: Collection[str]) -> dict[str, tuple[Source, ...]]:
        """The sources each of these events cites, in citation order (id, title, publisher
        and url only)."""
        found: dict[str, list[Source]] = defaultdict(list)
        rows = self._session.execute(
            select(
                CitationRow.event_id,
                SourceRow.id,
                SourceRow.publisher,
                SourceRow.title,
                SourceRow.url,
            )
            .join(SourceRow, SourceRow.id == CitationRow.source_id)
            .where(CitationRow.event_id.in_(event_ids))
            .order_by(CitationRow.event_id, CitationRow.position)
        )
        for event_id, source_id, publisher, title, url in rows:
            found[event_id].append(Source(id=source_id, title=title, publisher=publisher, url=url))
        return {event_id: tuple(sources) for event_id, sources in found.items()}

    def categories(self) -> list[Category]:
        """Categories in their data-file order, then those of each shown collection, named in
        the reader's language."""
        rows = self._session.scalars(
            select(CategoryRow).where(category_is_shown()).order_by(*CATEGORY_ORDER)
        )
        return [_category(row, self._language) for row in rows]

    def sources_with_counts(self) -> list[tuple[Source, int]]:
        """Every source with the number of events citing it, most cited first."""
        count = func.count(CitationRow.event_id)
        rows = self._session.execute(
            select(SourceRow, count)
            .outerjoin(CitationRow, CitationRow.source_id == SourceRow.id)
            .group_by(SourceRow.id)
            .order_by(count.desc(), SourceRow.publisher, SourceRow.title)
        )
        return [(_source(source_row), citations) for source_row, citations in rows]

    def detail(self, event_id: str) -> EventDetail | None:
        """Everything about one event, or None when no event of a shown collection (or of the
        curated chronology) has that id."""
        return read_detail(self._session, event_id, self._language)
