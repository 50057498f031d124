"""Queries for event texts in other languages (the ``event_texts`` table, schema 7).

English lives in the events table itself; a translation is a row per (event, language). A
reader's language falls back to the English per event: ``coalesce(translation, english)``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from typing import Any, TypeVar, cast

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session, aliased

from timeline_app.domain.translations import (
    ENGLISH,
    TRANSLATION_LANGUAGES,
    EventTranslation,
)
from timeline_app.persistence.orm import EventRow, EventTextRow

_Select = TypeVar("_Select", bound="Select[*tuple[Any, ...]]")
#: SQLite allows 32766 bound parameters; stay well below it.
_IN_BATCH = 5000


def titles_sql(
    listed_keys: str, language: str, placeholder: str = "?"
) -> tuple[str, tuple[str, ...]]:
    """SQL and parameters reading (key, title) of the listed keys in ``language``, for
    ``exec_driver_sql`` with the driver's ``placeholder`` (dialects.driver_placeholder).

    English reads the events table alone; another language adds one lookup per event in the
    translations' primary key, so the titles stay one indexed query either way.
    """
    if language == ENGLISH:
        return f"SELECT key, title FROM events WHERE key IN ({listed_keys})", ()
    return (
        "SELECT e.key, coalesce(t.title, e.title) FROM events AS e "
        f"LEFT JOIN event_texts AS t ON t.event_id = e.id AND t.language = {placeholder} "
        f"WHERE e.key IN ({listed_keys})",
        (language,),
    )


def with_title(statement: _Select, language: str) -> _Select:
    """``statement`` (selecting from events, with a ``title`` column) reading the title in
    ``language``, falling back to the English."""
    if language == ENGLISH:
        return statement
    text = aliased(EventTextRow)
    title = func.coalesce(text.title, EventRow.title).label("title")
    columns = [
        title if getattr(c, "key", None) == "title" else c for c in statement.selected_columns
    ]
    joined = statement.with_only_columns(*columns).outerjoin(
        text, and_(text.event_id == EventRow.id, text.language == language)
    )
    # The same columns, one of them read through the join: the row type is unchanged.
    return cast(_Select, joined)


def translations_of(
    session: Session, event_ids: Collection[str], language: str
) -> dict[str, EventTranslation]:
    """The translations into ``language`` of the events with these ids that have one."""
    if language not in TRANSLATION_LANGUAGES:
        return {}
    found: dict[str, EventTranslation] = {}
    ids = list(event_ids)
    for start in range(0, len(ids), _IN_BATCH):
        batch = ids[start : start + _IN_BATCH]
        for row in session.execute(
            select(EventTextRow).where(
                EventTextRow.event_id.in_(batch), EventTextRow.language == language
            )
        ).scalars():
            found[row.event_id] = EventTranslation(language, row.title, row.summary, row.body)
    return found


def every_translation_of(
    session: Session, event_ids: Sequence[str]
) -> dict[str, tuple[EventTranslation, ...]]:
    """Every translation of the events with these ids, in TRANSLATION_LANGUAGES order."""
    found: dict[str, list[EventTranslation]] = defaultdict(list)
    for start in range(0, len(event_ids), _IN_BATCH):
        batch = list(event_ids[start : start + _IN_BATCH])
        for row in session.execute(
            select(EventTextRow).where(EventTextRow.event_id.in_(batch))
        ).scalars():
            found[row.event_id].append(
                EventTranslation(row.language, row.title, row.summary, row.body)
            )
    order = {language: position for position, language in enumerate(TRANSLATION_LANGUAGES)}
    return {
        event_id: tuple(sorted(items, key=lambda t: order.get(t.language, len(order))))
        for event_id, items in found.items()
    }
