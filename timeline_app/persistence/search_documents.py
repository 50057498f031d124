"""The texts an event is found by, gathered for the search index of either backend.

Each event's entry holds its texts in every language: the English and the translated titles
in the title column, the summaries and bodies of all languages and the names (places with
their former names, people, glossary terms, sources) in the content. Both are folded in
Python (see domain.text_search), so the backends' indexes only split words.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from timeline_app.domain.text_search import fold
from timeline_app.persistence.orm import (
    CitationRow,
    EventPersonRow,
    EventPlaceRow,
    EventRow,
    EventTermRow,
    EventTextRow,
    GlossaryTermRow,
    PersonRow,
    PlaceNameRow,
    PlaceRow,
    SourceRow,
)
from timeline_app.persistence.orm_collections import event_is_shown

#: Events whose texts are read at once (and index rows written in one statement).
BATCH = 5000


class SearchRow(NamedTuple):
    """One event's entry in the search index: its key and id, folded title and content."""

    key: int
    event_id: str
    title: str
    content: str


def _place_names(session: Session) -> dict[str, list[str]]:
    names: dict[str, list[str]] = defaultdict(list)
    for place in session.scalars(select(PlaceRow)):
        names[place.id] += [place.name, place.name_kk, place.name_ru, place.name_zh]
    for row in session.scalars(select(PlaceNameRow)):
        names[row.place_id].append(row.name)
    return names


_S = TypeVar("_S", bound=Select[*tuple[Any, ...]])


def _only(statement: _S, column: Any, event_ids: list[str] | None) -> _S:
    return statement if event_ids is None else statement.where(column.in_(event_ids))


def search_rows(session: Session, event_ids: list[str] | None) -> Iterator[list[SearchRow]]:
    """The index rows of these shown events (None: of every shown event), in batches."""
    if event_ids is not None and len(event_ids) > BATCH:
        for start in range(0, len(event_ids), BATCH):
            yield from search_rows(session, event_ids[start : start + BATCH])
        return
    place_names = _place_names(session)
    extra: dict[str, list[str]] = defaultdict(list)
    for event_id, place_id in session.execute(
        _only(
            select(EventPlaceRow.event_id, EventPlaceRow.place_id),
            EventPlaceRow.event_id,
            event_ids,
        )
    ):
        extra[event_id] += place_names.get(place_id, [])
    person_texts = {
        row.id: [
            row.name,
            row.role,
            row.name_kk,
            row.name_ru,
            row.name_zh,
            row.aliases,
            row.role_kk,
            row.role_ru,
            row.role_zh,
        ]
        for row in session.execute(
            select(
                PersonRow.id,
                PersonRow.name,
                PersonRow.role,
                PersonRow.role_kk,
                PersonRow.role_ru,
                PersonRow.role_zh,
                PersonRow.name_kk,
                PersonRow.name_ru,
                PersonRow.name_zh,
                PersonRow.aliases,
            )
        )
    }
    for event_id, person_id in session.execute(
        _only(
            select(EventPersonRow.event_id, EventPersonRow.person_id),
            EventPersonRow.event_id,
            event_ids,
        )
    ):
        extra[event_id] += person_texts.get(person_id, [])
    # Glossary terms: their names in every language go with the events that use them.
    term_texts = {
        row.id: [row.name, row.name_kk, row.name_ru, row.name_zh, row.aliases]
        for row in session.execute(
            select(
                GlossaryTermRow.id,
                GlossaryTermRow.name,
                GlossaryTermRow.name_kk,
                GlossaryTermRow.name_ru,
                GlossaryTermRow.name_zh,
                GlossaryTermRow.aliases,
            )
        )
    }
    terms = select(EventTermRow.event_id, EventTermRow.term_id)
    for event_id, term_id in session.execute(_only(terms, EventTermRow.event_id, event_ids)):
        extra[event_id] += term_texts.get(term_id, [])
    citations = select(
        CitationRow.event_id, SourceRow.title, SourceRow.publisher, CitationRow.quote
    ).join(SourceRow, SourceRow.id == CitationRow.source_id)
    for event_id, title, publisher, quote in session.execute(
        _only(citations, CitationRow.event_id, event_ids)
    ):
        extra[event_id] += [title, publisher, quote]
    # Translations: their titles go in the title column with the English one, their
    # summaries and bodies in the content, so a search in Kazakh, Russian or Chinese finds
    # the event as one in English does.
    translated_titles: dict[str, list[str]] = defaultdict(list)
    texts = select(
        EventTextRow.event_id, EventTextRow.title, EventTextRow.summary, EventTextRow.body
    )
    for event_id, title, summary, body in session.execute(
        _only(texts, EventTextRow.event_id, event_ids)
    ):
        translated_titles[event_id].append(title)
        extra[event_id] += [summary, body]
    # Column rows in batches, not ORM objects: a million events must not all sit in memory.
    statement = select(
        EventRow.key,
        EventRow.id,
        EventRow.title,
        EventRow.summary,
        EventRow.body,
        EventRow.source_label,
    ).where(event_is_shown())
    statement = _only(statement, EventRow.id, event_ids)
    for batch in session.execute(statement.execution_options(yield_per=BATCH)).partitions():
        yield [
            SearchRow(
                row.key,
                row.id,
                fold(" \n".join([row.title, *translated_titles.get(row.id, ())])),
                fold(" \n".join([row.summary, row.body, row.source_label or "", *extra[row.id]])),
            )
            for row in batch
        ]
