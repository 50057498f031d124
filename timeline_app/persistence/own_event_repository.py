"""The user's own events in storage: write, read back as a record, delete, put back.

Own events live in the events table (collection ``own``), so the snapshot, lookups, search and
notes work on them as on curated ones. Each write keeps the search index in step; the caller
refreshes the column snapshot before committing (see OwnEventsService).
"""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from timeline_app.domain.collections import (
    CategoryRecord,
    CollectionError,
    NewCategory,
    OwnEventInput,
    OwnEventRecord,
    new_user_id,
)
from timeline_app.domain.models import DatePrecision, Place
from timeline_app.persistence.orm import CategoryRow, EventPlaceRow, EventRow, PlaceRow
from timeline_app.persistence.search_index import index_events, index_kept_current, unindex_events


class OwnEventRepository:
    """Own events within a caller's session (the caller commits)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def make_category(self, collection_id: int, category: NewCategory) -> CategoryRecord:
        """A new category of the collection, after its others."""
        position = self._session.scalar(
            select(func.count()).where(CategoryRow.collection_id == collection_id)
        )
        record = CategoryRecord(
            new_user_id(), collection_id, category.name.strip(), category.colour, int(position or 0)
        )
        self._put_category(record)
        return record

    def _put_category(self, record: CategoryRecord) -> None:
        self._session.merge(
            CategoryRow(
                id=record.id,
                name=record.name,
                colour=record.colour,
                position=record.position,
                collection_id=record.collection_id,
            )
        )
        self._session.flush()

    def record(self, event_id: str) -> OwnEventRecord | None:
        """An event of a collection as stored (None for an unknown or curated one)."""
        row = self._session.get(EventRow, event_id)
        if row is None or row.collection_id is None:
            return None
        places = self._session.scalars(
            select(EventPlaceRow.place_id)
            .where(EventPlaceRow.event_id == event_id)
            .order_by(EventPlaceRow.position)
        )
        return OwnEventRecord(
            id=row.id,
            collection_id=row.collection_id,
            title=row.title,
            start=row.start_date,
            end=row.end_date,
            precision=DatePrecision(row.precision),
            approximate=row.approximate,
            category_id=row.category_id,
            description=row.summary,
            place_ids=tuple(places),
            source_url=row.source_url or "",
            source_label=row.source_label or "",
            time_of_day=row.time_of_day or "",
            title_derived=bool(row.title_derived),
            author=row.author or "",
        )

    def record_from_input(
        self, event_id: str, collection_id: int, given: OwnEventInput, category_id: str
    ) -> OwnEventRecord:
        """The stored state ``given`` describes (the source label and derived title are the
        user's typing: none)."""
        problem = given.problem()
        if problem is not None:
            raise CollectionError(problem)
        if self._session.get(CategoryRow, category_id) is None:
            raise CollectionError(f"no category {category_id!r}")
        known = set(
            self._session.scalars(select(PlaceRow.id).where(PlaceRow.id.in_(given.place_ids)))
        )
        unknown = [place for place in given.place_ids if place not in known]
        if unknown:
            raise CollectionError(f"no place {unknown[0]!r}")
        return OwnEventRecord(
            id=event_id,
            collection_id=collection_id,
            title=given.title.strip(),
            start=given.start,
            end=given.end,
            precision=given.precision,
            approximate=given.approximate,
            category_id=category_id,
            description=given.description,
            place_ids=tuple(dict.fromkeys(given.place_ids)),
            source_url=given.source_url.strip(),
            source_label="",
            time_of_day=given.time_of_day,
            title_derived=False,
        )

    def put(self, record: OwnEventRecord) -> None:
        """Write the event exactly as ``record`` says (inserting or replacing it, same id),
        making its category again first when the record carries one that is gone."""
        made = record.made_category
        if made is not None and self._session.get(CategoryRow, made.id) is None:
            self._put_category(made)
        with index_kept_current(self._session):
            row = self._session.get(EventRow, record.id)
            if row is None:
                row = EventRow(id=record.id, importance=3, confidence="high", qualifier="")
                self._session.add(row)
            row.collection_id = record.collection_id
            row.title = record.title
            row.start_date = record.start
            row.end_date = record.end
            row.precision = record.precision.value
            row.approximate = record.approximate
            row.category_id = record.category_id
            row.summary = record.description
            row.body = ""
            row.source_url = record.source_url or None
            row.source_label = record.source_label or None
            row.time_of_day = record.time_of_day or None
            row.title_derived = record.title_derived
            row.author = record.author or None
            self._session.flush()
            self._session.execute(delete(EventPlaceRow).where(EventPlaceRow.event_id == record.id))
            for position, place_id in enumerate(record.place_ids):
                self._session.add(
                    EventPlaceRow(event_id=record.id, place_id=place_id, position=position)
                )
            self._session.flush()
            index_events(self._session, [record.id])

    def delete(self, event_id: str) -> None:
        """Delete a user's event (its places go with it; its notes stay)."""
        row = self._session.get(EventRow, event_id)
        if row is None or row.collection_id is None:
            raise CollectionError(f"no event of yours {event_id!r}")
        with index_kept_current(self._session):
            unindex_events(self._session, [row.key])
            self._session.delete(row)
            self._session.flush()

    def places(self) -> list[Place]:
        """Every known place (to pick an event's places from), by name."""
        rows = self._session.scalars(select(PlaceRow).order_by(PlaceRow.name, PlaceRow.id))
        return [
            Place(
                id=row.id,
                name=row.name,
                country=row.country,
                latitude=row.latitude,
                longitude=row.longitude,
                name_kk=row.name_kk,
                name_zh=row.name_zh,
                name_ru=row.name_ru,
            )
            for row in rows
        ]

    def delete_category_if_unused(self, category_id: str) -> bool:
        """Delete a user's category no event uses; True when it went."""
        used = self._session.scalar(select(EventRow.id).where(EventRow.category_id == category_id))
        row = self._session.get(CategoryRow, category_id)
        if used is not None or row is None or row.collection_id is None:
            return False
        self._session.delete(row)
        self._session.flush()
        return True
