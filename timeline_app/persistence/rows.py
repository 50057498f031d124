"""Domain values from the rows of the reference tables, shared by the event readers."""

from __future__ import annotations

from timeline_app.domain.models import Category, Source
from timeline_app.persistence.orm import CategoryRow, SourceRow


def category_of(row: CategoryRow, language: str) -> Category:
    """A category as shown to a reader of ``language``: its name in it, else the English."""
    name = Category(row.id, row.name, row.colour, row.name_kk, row.name_ru, row.name_zh)
    return Category(row.id, name.name_in(language), row.colour)


def source_of(row: SourceRow) -> Source:
    """A source as the readers show it."""
    return Source(
        id=row.id,
        title=row.title,
        publisher=row.publisher,
        url=row.url,
        seed_document=row.seed_document,
        published=row.published,
        published_text=row.published_text,
        language=row.language,
        accessed=row.accessed,
    )
