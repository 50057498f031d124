"""Typed ORM rows. Named ``…Row`` so they are never confused with the domain's value objects.

Event dates are SQL ``DATE`` columns (ISO calendar dates, no time zone). Note timestamps are
UTC; SQLite has no zone-aware type, so ``UtcDateTime`` stores naive UTC and returns aware UTC.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    DDL,
    Boolean,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
    event,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UtcDateTime(TypeDecorator[datetime]):
    """A timestamp stored as naive UTC and always returned as an aware UTC datetime."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be time-zone aware")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    """Declarative base of every table of the app."""


class MetaRow(Base):
    """Key/value facts about the database: bundled data version and hash."""

    __tablename__ = "app_meta"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class CategoryRow(Base):
    """A thematic category and its colour."""

    __tablename__ = "categories"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    colour: Mapped[str] = mapped_column(String(7))
    position: Mapped[int] = mapped_column(Integer)
    # Added in schema 7 (ADD COLUMN, hence the server defaults): the names in Kazakh,
    # Russian and Chinese.
    name_kk: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    name_ru: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    name_zh: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    #: Schema 8: the collection a user's category belongs to (NULL: curated). No foreign
    #: key (ADD COLUMN; the collection repository keeps them consistent).
    collection_id: Mapped[int | None] = mapped_column(Integer)


class PlaceRow(Base):
    """A place with today's name and coordinates."""

    __tablename__ = "places"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    name_kk: Mapped[str] = mapped_column(Text, default="")
    name_zh: Mapped[str] = mapped_column(Text, default="")
    country: Mapped[str] = mapped_column(Text, default="")
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    #: Added in schema 6 (ADD COLUMN, hence the server default).
    name_ru: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    # Added in schema 7: the country in Kazakh, Russian and Chinese (``country`` is the
    # English). Each place holds its country's names: the data files write them once per
    # country, and the table is rewritten whole from the files.
    country_kk: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    country_ru: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    country_zh: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))


class PlaceNameRow(Base):
    """A former name (with the dates it was used) or an undated alias of a place."""

    __tablename__ = "place_names"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    place_id: Mapped[str] = mapped_column(ForeignKey("places.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(Text)
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    is_alias: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)


class PersonRow(Base):
    """A person or organisation named by the sources."""

    __tablename__ = "people"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String, default="person")
    role: Mapped[str] = mapped_column(Text, default="")
    # Added in schema 6 (ADD COLUMN, hence the server defaults). ``aliases``: one a line.
    name_kk: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    name_ru: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    name_zh: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    aliases: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    # Added in schema 7: the role in Kazakh, Russian and Chinese.
    role_kk: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    role_ru: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    role_zh: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))


class GlossaryTermRow(Base):
    """A key term of the glossary with its names in four languages (schema 6)."""

    __tablename__ = "glossary_terms"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    name_kk: Mapped[str] = mapped_column(Text, default="")
    name_ru: Mapped[str] = mapped_column(Text, default="")
    name_zh: Mapped[str] = mapped_column(Text, default="")
    #: Other spellings, one a line.
    aliases: Mapped[str] = mapped_column(Text, default="")


class SourceRow(Base):
    """A published source or one of the seed documents."""

    __tablename__ = "sources"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    publisher: Mapped[str] = mapped_column(Text)
    url: Mapped[str] = mapped_column(Text, default="")
    seed_document: Mapped[str] = mapped_column(Text, default="")
    published: Mapped[date | None] = mapped_column(Date)
    published_text: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String, default="")
    #: Schema 8: the collection a user's source belongs to (NULL: curated).
    collection_id: Mapped[int | None] = mapped_column(Integer)
    #: Schema 9: the day the source was read for the dataset (NULL: not known).
    accessed: Mapped[date | None] = mapped_column(Date)


class EventRow(Base):
    """An event; ``id`` is stable across data releases so notes stay attached.

    ``collection_id`` NULL: the curated chronology (written by data sync only); else one of
    the user's collections (see orm_collections), whose events carry the schema-8 columns.
    """

    __tablename__ = "events"
    __table_args__ = (
        Index("ix_events_start_id", "start_date", "id"),
        Index("ix_events_key", "key", unique=True),
    )
    # Server defaults (the key) are set by a trigger after the INSERT; RETURNING would report
    # the value before it, so the ORM reads such a column again when it is next used.
    __mapper_args__ = {"eager_defaults": False}  # noqa: RUF012
    id: Mapped[str] = mapped_column(String, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    precision: Mapped[str] = mapped_column(String)
    approximate: Mapped[bool] = mapped_column(Boolean, default=False)
    qualifier: Mapped[str] = mapped_column(String, default="")
    category_id: Mapped[str] = mapped_column(ForeignKey("categories.id"), index=True)
    importance: Mapped[int] = mapped_column(Integer, default=3)
    confidence: Mapped[str] = mapped_column(String, default="high")
    summary: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text, default="")
    #: The integer the column snapshot, the title lookups and the search index know the event
    #: by. A column of its own, not SQLite's rowid: a table whose primary key is not an
    #: INTEGER PRIMARY KEY may have its rowids renumbered by VACUUM or a dump and restore,
    #: which once sent every marker the next event's title. ``id`` stays the primary key:
    #: five tables refer to it, and rebuilding the table around a new one would cascade
    #: deletes into them. DEFAULT 0 only because SQLite can add a NOT NULL column to an
    #: existing table only with a default (migration 4); the trigger below replaces 0.
    key: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    # Schema 8 (ADD COLUMN): what a user's event carries. Media credit or caption in
    # ``source_label``; ``time_of_day`` "HH:MM"; a title made from the text: ``title_derived``.
    # No foreign key on collection_id, as on categories and sources.
    collection_id: Mapped[int | None] = mapped_column(Integer, index=True)
    source_url: Mapped[str | None] = mapped_column(Text)
    source_label: Mapped[str | None] = mapped_column(Text)
    time_of_day: Mapped[str | None] = mapped_column(String(5))
    title_derived: Mapped[bool | None] = mapped_column(Boolean)
    #: Revision note_and_event_authors: who made a user's event (NULL: curated, or older).
    author: Mapped[str | None] = mapped_column(Text)


def sqlite_only(statement: str) -> DDL:
    """DDL that runs after ``create_all`` on SQLite only: the triggers below are SQLite's
    dialect; server_triggers.py makes their PostgreSQL equivalents."""
    return DDL(statement).execute_if(dialect="sqlite")  # type: ignore[no-untyped-call]


#: Every insert gets a key, however the row is written (ORM, bulk insert, plain SQL): one
#: more than the largest, found through the key's unique index, like SQLite's own rowids.
EVENT_KEY_TRIGGER = (
    "CREATE TRIGGER IF NOT EXISTS events_key_assigned AFTER INSERT ON events "
    "WHEN NEW.key = 0 BEGIN "
    "UPDATE events SET key = (SELECT max(key) + 1 FROM events) WHERE id = NEW.id; END"
)
event.listen(EventRow.__table__, "after_create", sqlite_only(EVENT_KEY_TRIGGER))

#: app_meta key counting every change to the events table (kept by the triggers below), so
#: derived data (the column snapshot, the search index) knows when it is out of date.
EVENTS_GENERATION_KEY = "events_generation"
EVENT_TRIGGERS = tuple(
    f"CREATE TRIGGER IF NOT EXISTS events_changed_{action.lower()} AFTER {action} ON events "
    f"BEGIN UPDATE app_meta SET value = CAST(value AS INTEGER) + 1 "
    f"WHERE key = '{EVENTS_GENERATION_KEY}'; END"
    for action in ("INSERT", "UPDATE", "DELETE")
)
for _trigger in EVENT_TRIGGERS:
    event.listen(EventRow.__table__, "after_create", sqlite_only(_trigger))


class EventTextRow(Base):
    """An event's title, summary and body in another language (schema 7).

    Curated data like the event itself: written from the data files by data sync, replaced
    whole with each sync. Read by (event, language) through the primary key.
    """

    __tablename__ = "event_texts"
    event_id: Mapped[str] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    language: Mapped[str] = mapped_column(String(8), primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text, default="")


#: A change of the translations moves the events generation on too, so the search index
#: (which holds every language) is rebuilt.
EVENT_TEXT_TRIGGERS = tuple(
    f"CREATE TRIGGER IF NOT EXISTS event_texts_changed_{action.lower()} AFTER {action} "
    f"ON event_texts BEGIN UPDATE app_meta SET value = CAST(value AS INTEGER) + 1 "
    f"WHERE key = '{EVENTS_GENERATION_KEY}'; END"
    for action in ("INSERT", "UPDATE", "DELETE")
)
for _trigger in EVENT_TEXT_TRIGGERS:
    event.listen(EventTextRow.__table__, "after_create", sqlite_only(_trigger))


class EventSnapshotRow(Base):
    """One column of every event (or the snapshot's description), as packed bytes.

    Derived data: rebuilt from ``events`` whenever the events generation moves on.
    """

    __tablename__ = "event_snapshot"
    name: Mapped[str] = mapped_column(String, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class EventPlaceRow(Base):
    """An event happened at a place."""

    __tablename__ = "event_places"
    event_id: Mapped[str] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    place_id: Mapped[str] = mapped_column(
        ForeignKey("places.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)


class EventTermRow(Base):
    """A glossary term applies to an event (its names are indexed with the event)."""

    __tablename__ = "event_terms"
    event_id: Mapped[str] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    term_id: Mapped[str] = mapped_column(
        ForeignKey("glossary_terms.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class EventPersonRow(Base):
    """A person or organisation took part in an event."""

    __tablename__ = "event_people"
    event_id: Mapped[str] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[str] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)


class CitationRow(Base):
    """An event cites a source, with a short supporting quote."""

    __tablename__ = "citations"
    event_id: Mapped[str] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    source_id: Mapped[str] = mapped_column(
        ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    quote: Mapped[str] = mapped_column(Text, default="")


class EventLinkRow(Base):
    """A typed link between two events (e.g. one step leads to the next)."""

    __tablename__ = "event_links"
    from_event_id: Mapped[str] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    to_event_id: Mapped[str] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    kind: Mapped[str] = mapped_column(String)


class FigureRow(Base):
    """A figure an event reports, dated and with its way of counting."""

    __tablename__ = "figures"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    label: Mapped[str] = mapped_column(Text)
    value: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(Text, default="")
    as_of: Mapped[date | None] = mapped_column(Date)
    as_of_precision: Mapped[str] = mapped_column(String, default="day")
    counting: Mapped[str] = mapped_column(Text, default="")
    source_id: Mapped[str | None] = mapped_column(ForeignKey("sources.id", ondelete="SET NULL"))
