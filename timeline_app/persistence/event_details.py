"""One event's details: places, people, citations, figures, links, in the reader's language.

Read for the detail pane by EventRepository.detail; an event of a hidden collection (being
imported, or removed) reads as unknown, like a withdrawn one.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from timeline_app.domain.models import (
    Citation,
    Confidence,
    DatePrecision,
    EventDetail,
    EventLink,
    Figure,
    Person,
    Place,
    PlaceName,
)
from timeline_app.domain.translations import ENGLISH, EventTranslation
from timeline_app.persistence.event_texts import translations_of
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
from timeline_app.persistence.orm_collections import CollectionRow, event_is_shown
from timeline_app.persistence.rows import category_of, source_of


def _places(session: Session, event_id: str) -> tuple[Place, ...]:
    rows = list(
        session.scalars(
            select(PlaceRow)
            .join(EventPlaceRow, EventPlaceRow.place_id == PlaceRow.id)
            .where(EventPlaceRow.event_id == event_id)
            .order_by(EventPlaceRow.position)
        )
    )
    names: dict[str, list[PlaceNameRow]] = defaultdict(list)
    for name_row in session.scalars(
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


def _links(session: Session, event_id: str, language: str) -> tuple[EventLink, ...]:
    outgoing = session.execute(
        select(EventLinkRow.kind, EventRow.id, EventRow.title, EventRow.start_date)
        .join(EventRow, EventRow.id == EventLinkRow.to_event_id)
        .where(EventLinkRow.from_event_id == event_id)
    )
    incoming = session.execute(
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
    translated = translations_of(session, by_other, language)
    for other_id, translation in translated.items():
        by_other[other_id] = dataclasses.replace(by_other[other_id], other_title=translation.title)
    return tuple(sorted(by_other.values(), key=lambda link: (link.other_start, link.other_id)))


def read_detail(session: Session, event_id: str, language: str) -> EventDetail | None:
    """Everything about one event, or None when no shown event has that id."""
    row = session.scalar(select(EventRow).where(EventRow.id == event_id, event_is_shown()))
    if row is None:
        return None
    category_row = session.get_one(CategoryRow, row.category_id)
    citations = tuple(
        Citation(source_of(source_row), quote)
        for source_row, quote in session.execute(
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
        for p in session.scalars(
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
        for f in session.scalars(
            select(FigureRow).where(FigureRow.event_id == event_id).order_by(FigureRow.position)
        )
    )
    translation = translations_of(session, [event_id], language).get(event_id)
    shown = translation or EventTranslation(ENGLISH, row.title, row.summary, row.body)
    return EventDetail(
        id=row.id,
        title=shown.title,
        start=row.start_date,
        end=row.end_date,
        precision=DatePrecision(row.precision),
        approximate=row.approximate,
        qualifier=row.qualifier,
        category=category_of(category_row, language),
        importance=row.importance,
        confidence=Confidence(row.confidence),
        summary=shown.summary,
        body=shown.body,
        places=_places(session, event_id),
        people=people,
        citations=citations,
        figures=figures,
        links=_links(session, event_id, language),
        language=shown.language,
        original=(
            None
            if translation is None
            else EventTranslation(ENGLISH, row.title, row.summary, row.body)
        ),
        reader_language=language,
        collection_id=row.collection_id,
        source_url=row.source_url or "",
        source_label=row.source_label or "",
        time_of_day=row.time_of_day or "",
        title_derived=bool(row.title_derived),
        **_collection_of(session, row.collection_id),
    )


def _collection_of(session: Session, collection_id: int | None) -> dict[str, str]:
    """The name and kind of an event's collection (none for a curated event)."""
    row = None if collection_id is None else session.get(CollectionRow, collection_id)
    if row is None:
        return {}
    return {"collection_name": row.name, "collection_kind": row.kind}
