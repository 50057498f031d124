"""What a validated dataset holds, as plain frozen records keyed by stable string ids."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from timeline_app.domain.models import (
    Category,
    Confidence,
    DatePrecision,
    Figure,
    Person,
    Place,
    Source,
)
from timeline_app.domain.translations import EventTranslation


@dataclass(frozen=True, slots=True)
class Country:
    """A country places lie in (``[[country]]``), with its names in Kazakh, Russian and Chinese.

    Written once and referred to by id from each place, so every place in a country shows the
    same names; the loader copies them into the places (``Place.country`` …).
    """

    id: str
    name: str
    name_kk: str = ""
    name_ru: str = ""
    name_zh: str = ""


@dataclass(frozen=True, slots=True)
class CitationSpec:
    """One event's citation of a source, with an optional short quote."""

    source_id: str
    quote: str = ""


@dataclass(frozen=True, slots=True)
class LinkSpec:
    """A typed link from one event to another."""

    event_id: str
    kind: str


@dataclass(frozen=True, slots=True)
class EventSpec:
    """One curated event as written in a data file."""

    id: str
    title: str
    start: date
    end: date | None
    precision: DatePrecision
    approximate: bool
    qualifier: str
    category_id: str
    importance: int
    confidence: Confidence
    summary: str
    body: str
    place_ids: tuple[str, ...] = ()
    person_ids: tuple[str, ...] = ()
    citations: tuple[CitationSpec, ...] = ()
    links: tuple[LinkSpec, ...] = ()
    figures: tuple[Figure, ...] = ()
    #: The title, summary and body in other languages (``[event.translations.kk]`` …)
    translations: tuple[EventTranslation, ...] = ()
    #: The data file the event is written in (for the data check's messages)
    file: str = ""


@dataclass(frozen=True, slots=True)
class GlossaryTerm:
    """A key term with its names in English, Kazakh, Russian and Chinese (``glossary.toml``).

    ``matches`` are English words or phrases that identify the events using the term (found
    in their title, summary or body); ``events`` names more events explicitly. ``event_ids``
    is what both found, filled in by validation: the search index adds the term's names there.
    """

    id: str
    name: str
    name_kk: str = ""
    name_ru: str = ""
    name_zh: str = ""
    aliases: tuple[str, ...] = ()
    matches: tuple[str, ...] = ()
    events: tuple[str, ...] = ()
    event_ids: tuple[str, ...] = ()

    def other_names(self) -> tuple[str, ...]:
        """The names in Kazakh, Russian and Chinese, each once, in that order."""
        return tuple(dict.fromkeys(n for n in (self.name_kk, self.name_ru, self.name_zh) if n))


@dataclass(frozen=True, slots=True)
class Dataset:
    """Everything in a data folder, validated; ``content_hash`` identifies its exact bytes."""

    data_version: int
    title: str
    content_hash: str
    categories: tuple[Category, ...]
    places: tuple[Place, ...]
    people: tuple[Person, ...]
    sources: tuple[Source, ...]
    events: tuple[EventSpec, ...]
    glossary: tuple[GlossaryTerm, ...] = ()
    countries: tuple[Country, ...] = ()
