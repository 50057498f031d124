"""Frozen value objects that cross the layers; no Qt and no SQLAlchemy here."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime

from timeline_app.domain.translations import ENGLISH, EventTranslation, in_language


class DatePrecision(enum.StrEnum):
    """How much of an event's date the sources state."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class Confidence(enum.StrEnum):
    """How firmly the sources establish an event (see data/README in the project README)."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


@dataclass(frozen=True, slots=True)
class Category:
    """A thematic category with its display colour (``#RRGGBB``).

    ``name`` is the name shown: English in the data files, in the reader's language when read
    for display (see EventRepository). ``name_kk``, ``name_ru``, ``name_zh``: the names in
    Kazakh, Russian and Chinese as the data files give them.
    """

    id: str
    name: str
    colour: str
    name_kk: str = ""
    name_ru: str = ""
    name_zh: str = ""

    def name_in(self, language: str) -> str:
        """The name in ``language``, the English where there is none."""
        return in_language(language, self.name, self.name_kk, self.name_ru, self.name_zh)


def _distinct(*names: str) -> tuple[str, ...]:
    """The non-empty names, each once, in order (Kazakh and Russian are often spelled alike)."""
    return tuple(dict.fromkeys(name for name in names if name))


def _own_name(language: str, name_kk: str, name_ru: str, name_zh: str) -> str:
    """The name in the reader's ``language`` ("" in English or where the data has none)."""
    return in_language(language, "", name_kk, name_ru, name_zh) if language != ENGLISH else ""


@dataclass(frozen=True, slots=True)
class PlaceName:
    """A name a place carried, with the calendar period it was in use (bounds inclusive)."""

    name: str
    valid_from: date | None = None
    valid_until: date | None = None
    note: str = ""

    def applies_on(self, day: date) -> bool:
        """True when this name was in use on ``day``."""
        if self.valid_from is not None and day < self.valid_from:
            return False
        return not (self.valid_until is not None and day > self.valid_until)


@dataclass(frozen=True, slots=True)
class Place:
    """A place with today's name, earlier names and coordinates."""

    id: str
    name: str
    country: str
    latitude: float | None
    longitude: float | None
    name_kk: str = ""
    name_zh: str = ""
    former_names: tuple[PlaceName, ...] = ()
    name_ru: str = ""
    aliases: tuple[str, ...] = ()
    #: The country in Kazakh, Russian and Chinese (``country`` is the English).
    country_kk: str = ""
    country_ru: str = ""
    country_zh: str = ""

    def other_names(self) -> tuple[str, ...]:
        """Today's name in Kazakh, Russian and Chinese, each once, in that order."""
        return _distinct(self.name_kk, self.name_ru, self.name_zh)

    def name_in(self, language: str) -> str:
        """Today's name in the reader's ``language``; "" in English or where there is none."""
        return _own_name(language, self.name_kk, self.name_ru, self.name_zh)

    def country_in(self, language: str) -> str:
        """The country in ``language``, the English where there is none."""
        return in_language(
            language, self.country, self.country_kk, self.country_ru, self.country_zh
        )

    def name_on(self, day: date) -> str:
        """The name in use on ``day``: the first dated former name that applies, else today's."""
        for former in self.former_names:
            if former.applies_on(day):
                return former.name
        return self.name


@dataclass(frozen=True, slots=True)
class Person:
    """A person or organisation named by the sources, with its names in Kazakh, Russian and
    Chinese where an established spelling exists, and other spellings (``aliases``)."""

    id: str
    name: str
    kind: str
    role: str
    name_kk: str = ""
    name_ru: str = ""
    name_zh: str = ""
    aliases: tuple[str, ...] = ()
    #: The role in Kazakh, Russian and Chinese (``role`` is the English).
    role_kk: str = ""
    role_ru: str = ""
    role_zh: str = ""

    def other_names(self) -> tuple[str, ...]:
        """The names in Kazakh, Russian and Chinese, each once, in that order."""
        return _distinct(self.name_kk, self.name_ru, self.name_zh)

    def name_in(self, language: str) -> str:
        """The name in the reader's ``language``; "" in English or where there is none."""
        return _own_name(language, self.name_kk, self.name_ru, self.name_zh)

    def role_in(self, language: str) -> str:
        """The role in ``language``, the English where there is none."""
        return in_language(language, self.role, self.role_kk, self.role_ru, self.role_zh)


@dataclass(frozen=True, slots=True)
class Source:
    """A published source: an article, a legal text, a chronology or one of the seed documents."""

    id: str
    title: str
    publisher: str
    url: str = ""
    seed_document: str = ""
    published: date | None = None
    published_text: str = ""
    language: str = ""
    #: the day the page was read for the dataset (a citation's access date), when known
    accessed: date | None = None


@dataclass(frozen=True, slots=True)
class Citation:
    """A source as cited by one event, with the short quote that supports it."""

    source: Source
    quote: str = ""


@dataclass(frozen=True, slots=True)
class Figure:
    """A number the sources state, with its date and how it was counted."""

    label: str
    value: float
    unit: str
    as_of: date | None
    counting: str = ""
    source_id: str = ""
    precision: DatePrecision = DatePrecision.DAY


@dataclass(frozen=True, slots=True)
class EventLink:
    """A typed pointer from one event to another, seen from the event being shown."""

    kind: str
    other_id: str
    other_title: str
    other_start: date
    outgoing: bool


@dataclass(frozen=True, slots=True)
class EventMarker:
    """The little the timeline needs to draw and navigate one event."""

    id: str
    title: str
    start: date
    end: date | None
    precision: DatePrecision
    approximate: bool
    category_id: str
    importance: int
    confidence: Confidence = Confidence.HIGH
    qualifier: str = ""

    @property
    def is_span(self) -> bool:
        """True when the event lasts over more than its start day."""
        return self.end is not None and self.end > self.start


@dataclass(frozen=True, slots=True)
class EventDetail:
    """Everything the detail pane shows about one event."""

    id: str
    title: str
    start: date
    end: date | None
    precision: DatePrecision
    approximate: bool
    qualifier: str
    category: Category
    importance: int
    confidence: Confidence
    summary: str
    body: str
    places: tuple[Place, ...] = ()
    people: tuple[Person, ...] = ()
    citations: tuple[Citation, ...] = ()
    figures: tuple[Figure, ...] = ()
    links: tuple[EventLink, ...] = ()
    #: The language of ``title``, ``summary`` and ``body`` ("en", or a translation's)
    language: str = "en"
    #: The English texts when the ones above are a translation, else None
    original: EventTranslation | None = None
    #: The reader's language the event was read for ("en", "kk", "ru", "zh"): the category's
    #: name is in it, and places and people are shown by their names, roles and countries in it
    #: where the data has them (``language`` above falls back to "en" per event).
    reader_language: str = "en"
    #: The user's collection the event belongs to (None: the curated chronology), and what a
    #: user's event carries: a source link and its credit or caption, a time "HH:MM", and
    #: whether the title was made from the text (an import without a headline).
    collection_id: int | None = None
    source_url: str = ""
    source_label: str = ""
    time_of_day: str = ""
    title_derived: bool = False
    #: The name and kind ("own" or "imported") of the user's collection ("" when curated).
    collection_name: str = ""
    collection_kind: str = ""

    @property
    def is_users(self) -> bool:
        """True for an event of the user's own or imported collections ("yours")."""
        return self.collection_id is not None


@dataclass(frozen=True, slots=True)
class Note:
    """A user's note on an event; timestamps are UTC."""

    id: int
    event_id: str
    text: str
    created_at: datetime
    updated_at: datetime
    uid: str = ""
    #: Who wrote it (the OS user on a local file, the database role on a server store); ""
    #: when not known (written before authors were recorded).
    author: str = ""
    #: Only its author may read it (enforced by the server on a shared store; on a local file
    #: only a mark, carried by exports). Shared with the team by default.
    private: bool = False


@dataclass(frozen=True, slots=True)
class Draft:
    """Text typed in one window for a new note on an event, not added yet; time in UTC.

    ``mine`` says whether the asking window wrote it; ``released`` that the window which
    wrote it has closed, so it belongs to nobody now.
    """

    event_id: str
    window_id: str
    text: str
    updated_at: datetime
    mine: bool = False
    released: bool = False


@dataclass(frozen=True, slots=True)
class Changes:
    """What a write changed, so each pane refreshes only for what it shows."""

    notes_of_events: frozenset[str] = field(default_factory=frozenset)
    drafts_of_events: frozenset[str] = field(default_factory=frozenset)
    events: bool = False


@dataclass(frozen=True, slots=True)
class EventText:
    """An event's date and texts: what a search result is made of."""

    id: str
    title: str
    start: date
    end: date | None
    precision: DatePrecision
    approximate: bool
    qualifier: str
    summary: str
    body: str
