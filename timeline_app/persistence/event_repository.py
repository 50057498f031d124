"""Read queries over the curated events; returns domain objects, never ORM rows."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Collection, Sequence
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from timeline_app.domain.models import (
    Category,
    Citation,
    Confidence,
    DatePrecision,
    EventDetail,
    EventLink,
    EventMarker,
    EventText,
    Figure,
    Person,
    Place,
    PlaceName,
    Source,
)
from timeline_app.domain.translations import ENGLISH, EventTranslation, text_language
from timeline_app.persistence.event_texts import (
    every_translation_of,
    titles_sql,
    translations_of,
    with_title,
)
from timeline_app.persistence.orm import (
    CategoryRow,
    CitationRow,
    EventLinkRow,
    EventPersonRow,
    EventPlaceRow,
    EventRow,
    FigureRow,
    PersonRow,
    PlaceNameRow,
    PlaceRow,
    SourceRow,
)

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


def _category(row: CategoryRow, language: str) -> Category:
    """A category as shown to a reader of ``language``: its name in it, else the English."""
    name = Category(row.id, row.name, row.colour, row.name_kk, row.name_ru, row.name_zh)
    return Category(row.id, name.name_in(language), row.colour)


def _source(row: SourceRow) -> Source:
    return Source(
        id=row.id,
        title=row.title,
        publisher=row.publisher,
        url=row.url,
        seed_document=row.seed_document,
        published=row.published,
        published_text=row.published_text,
        language=row.language,
    )


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
            with_title(select(*MARKER_COLUMNS), self._language).order_by(
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
        for batch in _batches(keys):
            listed = ",".join(str(int(key)) for key in batch)
            statement, parameters = titles_sql(listed, self._language)
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
                    select(EventRow.id, EVENT_KEY).where(EventRow.id.in_(batch))
                ).all()
            )
        return keys

    def markers_of(self, event_ids: Collection[str]) -> dict[str, EventMarker]:
        """Markers of the events with these ids (unknown ids are left out)."""
        markers: dict[str, EventMarker] = {}
        for batch in _batches(list(event_ids)):
            for row in self._session.execute(select(*MARKER_COLUMNS).where(EventRow.id.in_(batch))):
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
            for row in self._session.scalars(select(EventRow).where(EventRow.id.in_(batch))):
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
        """Categories in their data-file order, named in the reader's language."""
        rows = self._session.scalars(select(CategoryRow).order_by(CategoryRow.position))
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

    def _places(self, event_id: str) -> tuple[Place, ...]:
        rows = list(
            self._session.scalars(
                select(PlaceRow)
                .join(EventPlaceRow, EventPlaceRow.place_id == PlaceRow.id)
                .where(EventPlaceRow.event_id == event_id)
                .order_by(EventPlaceRow.position)
            )
        )
        names: dict[str, list[PlaceNameRow]] = defaultdict(list)
        for name_row in self._session.scalars(
            select(PlaceNameRow)
            .where(PlaceNameRow.place_id.in_([row.id for row in rows]))
            .order_by(PlaceNameRow.position)
        ):
            names[name_row.place_id].append(name_row)
        return tuple(
            Place(
                id=row.id,
                name=row.name,
                country=row.country,
                latitude=row.latitude,
                longitude=row.longitude,
                name_kk=row.name_kk,
                name_ru=row.name_ru,
                name_zh=row.name_zh,
                former_names=tuple(
                    PlaceName(n.name, n.valid_from, n.valid_until, n.note)
                    for n in names[row.id]
                    if not n.is_alias
                ),
                aliases=tuple(n.name for n in names[row.id] if n.is_alias),
                country_kk=row.country_kk,
                country_ru=row.country_ru,
                country_zh=row.country_zh,
            )
            for row in rows
        )

    def _links(self, event_id: str) -> tuple[EventLink, ...]:
        outgoing = self._session.execute(
            select(EventLinkRow.kind, EventRow.id, EventRow.title, EventRow.start_date)
            .join(EventRow, EventRow.id == EventLinkRow.to_event_id)
            .where(EventLinkRow.from_event_id == event_id)
        )
        incoming = self._session.execute(
            select(EventLinkRow.kind, EventRow.id, EventRow.title, EventRow.start_date)
            .join(EventRow, EventRow.id == EventLinkRow.from_event_id)
            .where(EventLinkRow.to_event_id == event_id)
        )
        # One entry per related event: a pair linked both ways shows the outgoing link.
        by_other: dict[str, EventLink] = {}
        for r in incoming:
            by_other[r.id] = EventLink(r.kind, r.id, r.title, r.start_date, False)
        for r in outgoing:
            by_other[r.id] = EventLink(r.kind, r.id, r.title, r.start_date, True)
        translated = translations_of(self._session, by_other, self._language)
        for other_id, translation in translated.items():
            by_other[other_id] = dataclasses.replace(
                by_other[other_id], other_title=translation.title
            )
        return tuple(sorted(by_other.values(), key=lambda link: (link.other_start, link.other_id)))

    def detail(self, event_id: str) -> EventDetail | None:
        """Everything about one event, or None when no event has that id."""
        row = self._session.get(EventRow, event_id)
        if row is None:
            return None
        category_row = self._session.get_one(CategoryRow, row.category_id)
        citations = tuple(
            Citation(_source(source_row), quote)
            for source_row, quote in self._session.execute(
                select(SourceRow, CitationRow.quote)
                .join(CitationRow, CitationRow.source_id == SourceRow.id)
                .where(CitationRow.event_id == event_id)
                .order_by(CitationRow.position)
            )
        )
        people = tuple(
            Person(
                p.id,
                p.name,
                p.kind,
                p.role,
                name_kk=p.name_kk,
                name_ru=p.name_ru,
                name_zh=p.name_zh,
                aliases=tuple(line for line in p.aliases.splitlines() if line),
                role_kk=p.role_kk,
                role_ru=p.role_ru,
                role_zh=p.role_zh,
            )
            for p in self._session.scalars(
                select(PersonRow)
                .join(EventPersonRow, EventPersonRow.person_id == PersonRow.id)
                .where(EventPersonRow.event_id == event_id)
                .order_by(EventPersonRow.position)
            )
        )
        figures = tuple(
            Figure(
                f.label,
                f.value,
                f.unit,
                f.as_of,
                f.counting,
                f.source_id or "",
                DatePrecision(f.as_of_precision),
            )
            for f in self._session.scalars(
                select(FigureRow).where(FigureRow.event_id == event_id).order_by(FigureRow.position)
            )
        )
        translation = translations_of(self._session, [event_id], self._language).get(event_id)
        shown = translation or EventTranslation(ENGLISH, row.title, row.summary, row.body)
        return EventDetail(
            id=row.id,
            title=shown.title,
            start=row.start_date,
            end=row.end_date,
            precision=DatePrecision(row.precision),
            approximate=row.approximate,
            qualifier=row.qualifier,
            category=_category(category_row, self._language),
            importance=row.importance,
            confidence=Confidence(row.confidence),
            summary=shown.summary,
            body=shown.body,
            places=self._places(event_id),
            people=people,
            citations=citations,
            figures=figures,
            links=self._links(event_id),
            language=shown.language,
            original=(
                None
                if translation is None
                else EventTranslation(ENGLISH, row.title, row.summary, row.body)
            ),
            reader_language=self._language,
        )
