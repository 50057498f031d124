"""ORM rows of the user's collections (schema 8): their own events and imported timelines.

The curated chronology is not a row here: events, categories and sources with a NULL
``collection_id`` are curated, and only data sync writes them. A collection is ``own`` (the
events the user makes in the window, at most one such collection) or ``imported`` (one file).

``state`` hides a collection from every reader while it is not ``shown``: an import writes
under a ``staging`` collection and publishes it in one transaction at the end; a removed
collection is ``removed`` until purged, so removing it is undone by showing it again.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ColumnElement, Date, ForeignKey, Integer, String, Text, or_, select
from sqlalchemy.orm import Mapped, mapped_column

# Imported for their effect: they attach the PostgreSQL triggers, the change feed and row-level
# security to the tables of SCHEMA (and bring the notes' tables into it).
from timeline_app.persistence import change_feed, server_privacy, server_triggers  # noqa: F401
from timeline_app.persistence.orm import Base, CategoryRow, EventRow, UtcDateTime

#: Collection kinds.
KIND_OWN = "own"
KIND_IMPORTED = "imported"
#: Collection states: only ``shown`` collections are read by anything but their writer.
STATE_SHOWN = "shown"
STATE_STAGING = "staging"
STATE_REMOVED = "removed"
#: The states in which no reader sees a collection.
HIDDEN_STATES = (STATE_STAGING, STATE_REMOVED)


class CollectionRow(Base):
    """A named set of the user's events, with its eras."""

    __tablename__ = "collections"
    __table_args__ = {"sqlite_autoincrement": True}  # noqa: RUF012
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String)
    #: The file an imported collection came from (its name only); "" for the own events.
    source_file: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    #: Indexed: every reader asks which collections are hidden (a search, never a scan).
    state: Mapped[str] = mapped_column(String, default=STATE_SHOWN, index=True)


class EraRow(Base):
    """A labelled period of a collection (TimelineJS ``eras``), drawn behind its events."""

    __tablename__ = "eras"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    collection_id: Mapped[int] = mapped_column(
        ForeignKey("collections.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    label: Mapped[str] = mapped_column(Text)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    precision: Mapped[str] = mapped_column(String, default="day")


# ----- what readers see: curated rows and those of shown collections -----

#: Ids of the collections no reader sees (being imported, or removed and not yet purged).
HIDDEN_COLLECTION_IDS = select(CollectionRow.id).where(CollectionRow.state.in_(HIDDEN_STATES))
#: The same as SQL text, for the plain-SQL readers (the column snapshot).
SHOWN_EVENT_SQL = (
    "(e.collection_id IS NULL OR e.collection_id NOT IN "
    f"(SELECT id FROM collections WHERE state IN ('{STATE_STAGING}', '{STATE_REMOVED}')))"
)


def event_is_shown() -> ColumnElement[bool]:
    """True for an event of the curated chronology or of a shown collection."""
    return or_(
        EventRow.collection_id.is_(None), EventRow.collection_id.not_in(HIDDEN_COLLECTION_IDS)
    )


def category_is_shown() -> ColumnElement[bool]:
    """True for a curated category or one of a shown collection."""
    return or_(
        CategoryRow.collection_id.is_(None),
        CategoryRow.collection_id.not_in(HIDDEN_COLLECTION_IDS),
    )


#: Categories in display order: the curated ones in their data-file order, then each
#: collection's in the order they were made.
CATEGORY_ORDER = (
    CategoryRow.collection_id.is_not(None),
    CategoryRow.collection_id,
    CategoryRow.position,
)


#: Every table of the app, those of orm.py and these: what creates and checks the schema
#: uses (this module imports orm.py, never the other way round).
SCHEMA = Base.metadata
