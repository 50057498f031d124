"""Fills and updates the curated tables from a Dataset, by stable id; notes are never touched.

Rule: the bundled data is written when the database has none, when the bundled
``data_version`` is newer than the recorded one, or when the version is the same but the
content differs (an edit whose author forgot to bump the version). An older bundle never
overwrites newer data written by a newer app sharing the file.

Only curated rows are ever written or deleted: events, categories and sources whose
``collection_id`` is NULL, and the children of curated events. The user's collections (their
events, categories, places of their events, eras) and notes are never touched by an update.
"""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from timeline_app.data.schema import Dataset, EventSpec
from timeline_app.persistence.orm import (
    CategoryRow,
    CitationRow,
    EventLinkRow,
    EventPersonRow,
    EventPlaceRow,
    EventRow,
    EventTermRow,
    EventTextRow,
    FigureRow,
    GlossaryTermRow,
    MetaRow,
    PersonRow,
    PlaceNameRow,
    PlaceRow,
    SourceRow,
)
from timeline_app.persistence.search_index import rebuild_event_index

DATA_VERSION_KEY = "data_version"
DATA_HASH_KEY = "data_hash"
#: app_meta key naming where the events come from; absent or "bundled" means the curated
#: chronology shipped with the app. Any other value (a benchmark database, a user's own
#: archive) means the bundled data is never written into this file.
DATASET_ORIGIN_KEY = "dataset_origin"
BUNDLED_ORIGIN = "bundled"


def _meta(session: Session, key: str) -> str | None:
    row = session.get(MetaRow, key)
    return None if row is None else row.value


def _set_meta(session: Session, key: str, value: str) -> None:
    session.merge(MetaRow(key=key, value=value))


#: app_meta key: fingerprint of the bundled data files last read into this database.
DATA_FILES_KEY = "data_files_fingerprint"


def data_files_seen(session: Session, fingerprint: str) -> bool:
    """True when the bundled files with this fingerprint were already read at an earlier start
    (and written, or found older than what the database holds)."""
    return _meta(session, DATA_FILES_KEY) == fingerprint


def record_data_files(session: Session, fingerprint: str) -> None:
    """Remember that the bundled files with this fingerprint have been dealt with."""
    _set_meta(session, DATA_FILES_KEY, fingerprint)


def holds_bundled_data(session: Session) -> bool:
    """True when this database carries the app's curated chronology (not a dataset of its own)."""
    return _meta(session, DATASET_ORIGIN_KEY) in (None, BUNDLED_ORIGIN)


def set_dataset_origin(session: Session, origin: str) -> None:
    """Record where the events come from (see DATASET_ORIGIN_KEY)."""
    _set_meta(session, DATASET_ORIGIN_KEY, origin)


def needs_sync(session: Session, dataset: Dataset) -> bool:
    """True when the bundled dataset should be written into this database."""
    stored_version = _meta(session, DATA_VERSION_KEY)
    if stored_version is None:
        return True
    if dataset.data_version != int(stored_version):
        return dataset.data_version > int(stored_version)
    return _meta(session, DATA_HASH_KEY) != dataset.content_hash


def _event_fields(spec: EventSpec) -> dict[str, object]:
    return {
        "title": spec.title,
        "start_date": spec.start,
        "end_date": spec.end,
        "precision": spec.precision.value,
        "approximate": spec.approximate,
        "qualifier": spec.qualifier,
        "category_id": spec.category_id,
        "importance": spec.importance,
        "confidence": spec.confidence.value,
        "summary": spec.summary,
        "body": spec.body,
    }


def _replace_reference_tables(session: Session, dataset: Dataset) -> None:
    """Categories, places, people and sources: upsert by id, drop the ones no longer shipped."""
    for position, category in enumerate(dataset.categories):
        session.merge(
            CategoryRow(
                id=category.id,
                name=category.name,
                name_kk=category.name_kk,
                name_ru=category.name_ru,
                name_zh=category.name_zh,
                colour=category.colour,
                position=position,
            )
        )
    session.execute(delete(PlaceNameRow))
    for place in dataset.places:
        session.merge(
            PlaceRow(
                id=place.id,
                name=place.name,
                name_kk=place.name_kk,
                name_ru=place.name_ru,
                name_zh=place.name_zh,
                country=place.country,
                country_kk=place.country_kk,
                country_ru=place.country_ru,
                country_zh=place.country_zh,
                latitude=place.latitude,
                longitude=place.longitude,
            )
        )
    session.flush()  # rows without ORM relationships: parents must exist before children
    for place in dataset.places:
        for position, former in enumerate(place.former_names):
            session.add(
                PlaceNameRow(
                    place_id=place.id,
                    name=former.name,
                    valid_from=former.valid_from,
                    valid_until=former.valid_until,
                    note=former.note,
                    position=position,
                )
            )
        for alias in place.aliases:
            session.add(PlaceNameRow(place_id=place.id, name=alias, is_alias=True))
    for person in dataset.people:
        session.merge(
            PersonRow(
                id=person.id,
                name=person.name,
                kind=person.kind,
                role=person.role,
                role_kk=person.role_kk,
                role_ru=person.role_ru,
                role_zh=person.role_zh,
                name_kk=person.name_kk,
                name_ru=person.name_ru,
                name_zh=person.name_zh,
                aliases="\n".join(person.aliases),
            )
        )
    for source in dataset.sources:
        session.merge(
            SourceRow(
                id=source.id,
                title=source.title,
                publisher=source.publisher,
                url=source.url,
                seed_document=source.seed_document,
                published=source.published,
                published_text=source.published_text,
                language=source.language,
                accessed=source.accessed,
            )
        )


def _write_event_children(session: Session, spec: EventSpec) -> None:
    for position, place_id in enumerate(spec.place_ids):
        session.add(EventPlaceRow(event_id=spec.id, place_id=place_id, position=position))
    for position, person_id in enumerate(spec.person_ids):
        session.add(EventPersonRow(event_id=spec.id, person_id=person_id, position=position))
    for position, citation in enumerate(spec.citations):
        session.add(
            CitationRow(
                event_id=spec.id,
                source_id=citation.source_id,
                position=position,
                quote=citation.quote,
            )
        )
    for position, figure in enumerate(spec.figures):
        session.add(
            FigureRow(
                event_id=spec.id,
                position=position,
                label=figure.label,
                value=figure.value,
                unit=figure.unit,
                as_of=figure.as_of,
                as_of_precision=figure.precision.value,
                counting=figure.counting,
                source_id=figure.source_id or None,
            )
        )
    for translation in spec.translations:
        session.add(
            EventTextRow(
                event_id=spec.id,
                language=translation.language,
                title=translation.title,
                summary=translation.summary,
                body=translation.body,
            )
        )


def sync_dataset(session: Session, dataset: Dataset) -> bool:
    """Write ``dataset`` if needed (see module doc); returns True when something was written.

    Events are updated in place by id, new ones inserted, withdrawn ones deleted with their
    citations and links. Notes reference events by id without a foreign key, so they stay.
    """
    if not needs_sync(session, dataset):
        return False
    curated = select(EventRow.id).where(EventRow.collection_id.is_(None))
    for child in (
        EventPlaceRow,
        EventPersonRow,
        CitationRow,
        FigureRow,
        EventTermRow,
        EventTextRow,
    ):
        session.execute(delete(child).where(child.event_id.in_(curated)))
    session.execute(delete(EventLinkRow).where(EventLinkRow.from_event_id.in_(curated)))
    session.execute(delete(GlossaryTermRow))
    _replace_reference_tables(session, dataset)
    session.flush()
    existing = {
        row.id: row
        for row in session.scalars(select(EventRow).where(EventRow.collection_id.is_(None)))
    }
    shipped = {spec.id for spec in dataset.events}
    for spec in dataset.events:
        row = existing.get(spec.id)
        if row is None:
            session.add(EventRow(id=spec.id, **_event_fields(spec)))
        else:
            for name, value in _event_fields(spec).items():
                setattr(row, name, value)
    session.flush()
    for spec in dataset.events:
        _write_event_children(session, spec)
        for link in spec.links:
            session.add(
                EventLinkRow(from_event_id=spec.id, to_event_id=link.event_id, kind=link.kind)
            )
    _write_glossary(session, dataset)
    for event_id, row in existing.items():
        if event_id not in shipped:
            session.delete(row)
    session.flush()
    _delete_unshipped(session, dataset)
    rebuild_event_index(session)
    _set_meta(session, DATA_VERSION_KEY, str(dataset.data_version))
    _set_meta(session, DATA_HASH_KEY, dataset.content_hash)
    return True


def _write_glossary(session: Session, dataset: Dataset) -> None:
    """The glossary's terms, and the events each applies to (after the events exist)."""
    for term in dataset.glossary:
        session.add(
            GlossaryTermRow(
                id=term.id,
                name=term.name,
                name_kk=term.name_kk,
                name_ru=term.name_ru,
                name_zh=term.name_zh,
                aliases="\n".join(term.aliases),
            )
        )
    session.flush()
    for term in dataset.glossary:
        for event_id in term.event_ids:
            session.add(EventTermRow(event_id=event_id, term_id=term.id))


def _delete_unshipped(session: Session, dataset: Dataset) -> None:
    """Reference rows no longer in the bundle (after events, which may refer to them).

    A user's categories and sources (collection_id set) stay. People and places are curated
    only; a place no longer shipped leaves the user's events that named it (their link to it
    is deleted with it).
    """
    session.execute(
        delete(SourceRow).where(
            SourceRow.collection_id.is_(None), SourceRow.id.not_in({s.id for s in dataset.sources})
        )
    )
    session.execute(delete(PersonRow).where(PersonRow.id.not_in({p.id for p in dataset.people})))
    session.execute(delete(PlaceRow).where(PlaceRow.id.not_in({p.id for p in dataset.places})))
    # A curated category a user's event still uses stays (as it last was), so the event
    # keeps its category and colour.
    used_by_users = select(EventRow.category_id).where(EventRow.collection_id.is_not(None))
    session.execute(
        delete(CategoryRow).where(
            CategoryRow.collection_id.is_(None),
            CategoryRow.id.not_in({c.id for c in dataset.categories}),
            CategoryRow.id.not_in(used_by_users),
        )
    )
