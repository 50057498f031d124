"""The user's collections and events, as values: what the services take and give back.

The curated chronology is collection CURATED_COLLECTION (0); the user's own events form one
collection of kind ``own``; each imported file one of kind ``imported``. Ids of the user's
events and categories are "u-" and 12 hex digits (random), so they never meet a curated id.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import date, datetime
from uuid import uuid4

from timeline_app.domain.models import DatePrecision

#: Ids of the user's events and categories: never those of curated rows (no "u-" there).
USER_ID_PREFIX = "u-"
_USER_ID = re.compile(r"u-[0-9a-f]{12}")
_TIME_OF_DAY = re.compile(r"([01]\d|2[0-3]):[0-5]\d")
#: Colours given in turn to the categories of an import that names none.
CATEGORY_PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
)


def new_user_id() -> str:
    """A fresh id for a user's event or category: "u-" and 12 random hex digits."""
    return USER_ID_PREFIX + uuid4().hex[:12]


def is_user_id(value: str) -> bool:
    """True for an id of the form new_user_id gives."""
    return bool(_USER_ID.fullmatch(value))


class CollectionKind(enum.StrEnum):
    """Where a collection's events come from."""

    OWN = "own"
    IMPORTED = "imported"


@dataclass(frozen=True, slots=True)
class Era:
    """A labelled period of a collection, drawn as a band behind its events (both days in)."""

    label: str
    start: date
    end: date
    precision: DatePrecision = DatePrecision.DAY


@dataclass(frozen=True, slots=True)
class CollectionInfo:
    """A shown collection, with how many events it holds."""

    id: int
    name: str
    description: str
    kind: CollectionKind
    source_file: str
    created_at: datetime
    event_count: int
    eras: tuple[Era, ...] = ()


@dataclass(frozen=True, slots=True)
class NewCategory:
    """A category the user makes while writing an event."""

    name: str
    colour: str


@dataclass(frozen=True, slots=True)
class OwnEventInput:
    """What the user gives for an event of their own.

    The category is an existing one (``category_id``, curated or the user's) or, when
    ``new_category`` is given, one made with it. ``time_of_day`` is "" or "HH:MM".
    """

    title: str
    start: date
    end: date | None = None
    precision: DatePrecision = DatePrecision.DAY
    approximate: bool = False
    category_id: str = ""
    new_category: NewCategory | None = None
    description: str = ""
    place_ids: tuple[str, ...] = ()
    source_url: str = ""
    time_of_day: str = ""

    def problem(self) -> str | None:
        """Why this cannot be stored (in English, for logs and tests), or None."""
        if not self.title.strip():
            return "an event needs a title"
        if self.end is not None and self.end < self.start:
            return "the end is before the start"
        if self.time_of_day and not _TIME_OF_DAY.fullmatch(self.time_of_day):
            return f"{self.time_of_day!r} is not a time of day (HH:MM)"
        if self.new_category is None and not self.category_id:
            return "an event needs a category"
        if self.new_category is not None and not self.new_category.name.strip():
            return "a new category needs a name"
        return None


@dataclass(frozen=True, slots=True)
class CategoryRecord:
    """A user's category as stored: enough to make it again (undo)."""

    id: str
    collection_id: int
    name: str
    colour: str
    position: int


@dataclass(frozen=True, slots=True)
class OwnEventRecord:
    """A user's event exactly as stored, to put it back as it was (undo).

    ``made_category``: the category the change that wrote this state made, if any.
    """

    id: str
    collection_id: int
    title: str
    start: date
    end: date | None
    precision: DatePrecision
    approximate: bool
    category_id: str
    description: str
    place_ids: tuple[str, ...]
    source_url: str
    source_label: str
    time_of_day: str
    title_derived: bool
    made_category: CategoryRecord | None = None
    #: Who made it; "" when not known (made before authors were recorded).
    author: str = ""


@dataclass(frozen=True, slots=True)
class NeutralEvent:
    """One event to import, whatever the file's format (the import writer's input).

    ``category`` is a category name within the collection ("" for the collection's own
    default category); ``event_id`` a wished-for id (kept only when it is a user id that no
    event outside the collection being replaced has; otherwise the event gets a fresh one).
    """

    title: str
    start: date
    end: date | None = None
    precision: DatePrecision = DatePrecision.DAY
    approximate: bool = False
    time_of_day: str = ""
    description: str = ""
    category: str = ""
    source_url: str = ""
    source_label: str = ""
    title_derived: bool = False
    event_id: str = ""


class CollectionError(ValueError):
    """A collection operation that cannot be done (the message says why, in English)."""


class CollectionExistsError(CollectionError):
    """A collection of that name exists and was not to be replaced."""

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(f"a collection named {name!r} exists")


class ImportCancelledError(Exception):
    """The import was cancelled; nothing of it was kept."""
