"""Turns the tables of one data file into records, checking each field on the way."""

from __future__ import annotations

from datetime import date
from typing import Any

from timeline_app.data.problems import DataProblem, found
from timeline_app.data.record_reader import RecordReader
from timeline_app.data.schema import CitationSpec, Country, EventSpec, GlossaryTerm, LinkSpec
from timeline_app.data.translations import parse_translations
from timeline_app.domain.dates import QUALIFIERS
from timeline_app.domain.models import (
    Category,
    Confidence,
    DatePrecision,
    Figure,
    Person,
    Place,
    PlaceName,
    Source,
)

LINK_KINDS = ("leads-to", "see-also", "context", "conflicts-with")
PERSON_KINDS = ("person", "organisation")
MAX_TITLE_LENGTH = 120
MAX_QUOTE_WORDS = 20
#: Stands in for an unreadable start date; the event is then dropped with a problem recorded.
_PLACEHOLDER_DATE = date(1992, 1, 1)


def parse_category(file: str, table: dict[str, Any], problems: list[DataProblem]) -> Category:
    """A ``[[category]]`` table with its names in Kazakh, Russian and Chinese."""
    reader = RecordReader(
        file, "category", table, problems, ("name", "name_kk", "name_ru", "name_zh", "colour")
    )
    return Category(
        reader.id,
        reader.text("name"),
        reader.colour("colour"),
        name_kk=reader.name("name_kk"),
        name_ru=reader.name("name_ru"),
        name_zh=reader.name("name_zh"),
    )


def parse_country(file: str, table: dict[str, Any], problems: list[DataProblem]) -> Country:
    """A ``[[country]]`` table: a country places refer to by id, with its names."""
    reader = RecordReader(
        file, "country", table, problems, ("name", "name_kk", "name_ru", "name_zh")
    )
    return Country(
        reader.id,
        reader.text("name"),
        name_kk=reader.name("name_kk"),
        name_ru=reader.name("name_ru"),
        name_zh=reader.name("name_zh"),
    )


def parse_place(file: str, table: dict[str, Any], problems: list[DataProblem]) -> Place:
    """A ``[[place]]`` table with its dated former names and undated aliases.

    ``country`` is read as written (a country's id); the loader puts the country's names in.
    """
    reader = RecordReader(
        file,
        "place",
        table,
        problems,
        ("name", "name_kk", "name_ru", "name_zh", "country", "lat", "lon", "names", "aliases"),
    )
    latitude = reader.number("lat", required=False)
    longitude = reader.number("lon", required=False)
    if latitude is not None and not -90 <= latitude <= 90:
        reader.problem("lat", f"must be between -90 and 90 (got {latitude})")
    if longitude is not None and not -180 <= longitude <= 180:
        reader.problem("lon", f"must be between -180 and 180 (got {longitude})")
    former: list[PlaceName] = []
    for position, entry in enumerate(reader.tables("names"), start=1):
        names_reader = RecordReader(
            file,
            f"{reader.label}, names #{position}",
            {"id": reader.id or "x", **entry},
            problems,
            ("name", "from", "until", "note", "source"),
            label=f"{reader.label}, names #{position}",
        )
        valid_from = names_reader.calendar_date("from", required=False)
        valid_until = names_reader.calendar_date("until", required=False)
        if valid_from and valid_until and valid_until < valid_from:
            names_reader.problem("until", "is before 'from'")
        former.append(
            PlaceName(
                names_reader.text("name"),
                valid_from,
                valid_until,
                names_reader.text("note", required=False),
            )
        )
    return Place(
        id=reader.id,
        name=reader.text("name"),
        country=reader.text("country", required=False),
        latitude=latitude,
        longitude=longitude,
        name_kk=reader.name("name_kk"),
        name_zh=reader.name("name_zh"),
        former_names=tuple(former),
        aliases=reader.id_list("aliases"),
        name_ru=reader.name("name_ru"),
    )


def parse_person(file: str, table: dict[str, Any], problems: list[DataProblem]) -> Person:
    """A ``[[person]]`` table (a person or an organisation)."""
    reader = RecordReader(
        file,
        "person",
        table,
        problems,
        (
            "name",
            "kind",
            "role",
            "role_kk",
            "role_ru",
            "role_zh",
            "name_kk",
            "name_ru",
            "name_zh",
            "aliases",
        ),
    )
    return Person(
        reader.id,
        reader.text("name"),
        reader.choice("kind", PERSON_KINDS, default="person"),
        reader.text("role", required=False),
        name_kk=reader.name("name_kk"),
        name_ru=reader.name("name_ru"),
        name_zh=reader.name("name_zh"),
        aliases=reader.names("aliases"),
        role_kk=reader.name("role_kk"),
        role_ru=reader.name("role_ru"),
        role_zh=reader.name("role_zh"),
    )


def parse_term(file: str, table: dict[str, Any], problems: list[DataProblem]) -> GlossaryTerm:
    """A ``[[term]]`` table of the glossary; its matches are resolved by validation."""
    reader = RecordReader(
        file,
        "term",
        table,
        problems,
        ("name", "name_kk", "name_ru", "name_zh", "aliases", "matches", "events"),
    )
    return GlossaryTerm(
        id=reader.id,
        name=reader.text("name"),
        name_kk=reader.name("name_kk"),
        name_ru=reader.name("name_ru"),
        name_zh=reader.name("name_zh"),
        aliases=reader.names("aliases"),
        matches=reader.names("matches"),
        events=reader.id_list("events"),
    )


def parse_source(file: str, table: dict[str, Any], problems: list[DataProblem]) -> Source:
    """A ``[[source]]`` table: it must give a URL, a seed document name, or both."""
    reader = RecordReader(
        file,
        "source",
        table,
        problems,
        (
            "title",
            "publisher",
            "url",
            "seed",
            "published",
            "published_text",
            "language",
            "accessed",
        ),
    )
    url = reader.url("url")
    seed = reader.text("seed", required=False)
    if not url and not seed:
        reader.problem("url", "a source needs a url or a seed document name")
    return Source(
        id=reader.id,
        title=reader.text("title"),
        publisher=reader.text("publisher"),
        url=url,
        seed_document=seed,
        published=reader.calendar_date("published", required=False),
        published_text=reader.text("published_text", required=False),
        language=reader.text("language", required=False),
        accessed=reader.calendar_date("accessed", required=False),
    )


def _citations(reader: RecordReader) -> tuple[CitationSpec, ...]:
    citations: list[CitationSpec] = []
    for position, entry in enumerate(reader.tables("sources"), start=1):
        source_id = entry.get("id")
        quote = entry.get("quote", "")
        unknown = set(entry) - {"id", "quote"}
        if not isinstance(source_id, str) or not source_id:
            reader.problem("sources", f"citation #{position} needs an id")
            continue
        if unknown:
            reader.problem("sources", f"citation #{position} has unknown keys {sorted(unknown)}")
        if not isinstance(quote, str):
            reader.problem(
                "sources", f"citation #{position}: quote must be text (got {found(quote)})"
            )
            quote = ""
        if len(quote.split()) > MAX_QUOTE_WORDS:
            reader.problem("sources", f"citation #{position}: quote longer than 20 words")
        citations.append(CitationSpec(source_id, quote.strip()))
    if not citations:
        reader.problem("sources", "every event needs at least one source")
    return tuple(citations)


def _links(reader: RecordReader) -> tuple[LinkSpec, ...]:
    links: list[LinkSpec] = []
    for position, entry in enumerate(reader.tables("related"), start=1):
        target, kind = entry.get("event"), entry.get("kind", "see-also")
        if not isinstance(target, str) or not target:
            reader.problem("related", f"link #{position} needs an event id")
        elif kind not in LINK_KINDS:
            reader.problem(
                "related", f"link #{position}: kind must be one of {', '.join(LINK_KINDS)}"
            )
        else:
            links.append(LinkSpec(target, kind))
    return tuple(links)


def _figures(reader: RecordReader) -> tuple[Figure, ...]:
    figures: list[Figure] = []
    for position, entry in enumerate(reader.tables("figures"), start=1):
        figure_reader = RecordReader(
            reader.file,
            f"{reader.label}, figure #{position}",
            {"id": reader.id or "x", **entry},
            reader.problems,
            ("label", "value", "unit", "as_of", "counting", "source", "precision"),
            label=f"{reader.label}, figure #{position}",
        )
        figures.append(
            Figure(
                label=figure_reader.text("label"),
                value=figure_reader.number("value") or 0.0,
                unit=figure_reader.text("unit", required=False),
                as_of=figure_reader.calendar_date("as_of", required=False),
                counting=figure_reader.text("counting", required=False),
                source_id=figure_reader.text("source", required=False),
                precision=DatePrecision(
                    figure_reader.choice(
                        "precision", [p.value for p in DatePrecision], default="day"
                    )
                ),
            )
        )
    return tuple(figures)


EVENT_FIELDS = (
    "title",
    "start",
    "end",
    "precision",
    "approximate",
    "qualifier",
    "category",
    "importance",
    "confidence",
    "summary",
    "body",
    "places",
    "people",
    "sources",
    "related",
    "figures",
    "translations",
)


def parse_event(file: str, table: dict[str, Any], problems: list[DataProblem]) -> EventSpec | None:
    """An ``[[event]]`` table; None when its dates are unusable (the problem is recorded)."""
    reader = RecordReader(file, "event", table, problems, EVENT_FIELDS)
    start = reader.calendar_date("start")
    end = reader.calendar_date("end", required=False)
    event = EventSpec(
        id=reader.id,
        title=reader.text("title", max_length=MAX_TITLE_LENGTH),
        start=start or _PLACEHOLDER_DATE,
        end=end,
        precision=DatePrecision(reader.choice("precision", [p.value for p in DatePrecision])),
        approximate=reader.boolean("approximate"),
        qualifier=reader.choice("qualifier", QUALIFIERS, default=""),
        category_id=reader.text("category"),
        importance=reader.integer("importance", 1, 5, default=3),
        confidence=Confidence(reader.choice("confidence", [c.value for c in Confidence])),
        summary=reader.text("summary"),
        body=reader.text("body", required=False),
        place_ids=reader.id_list("places"),
        person_ids=reader.id_list("people"),
        citations=_citations(reader),
        links=_links(reader),
        figures=_figures(reader),
        translations=parse_translations(file, reader.label, table.get("translations"), problems),
        file=file,
    )
    return event if start is not None else None
