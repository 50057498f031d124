"""Rules across records: unique ids, known references, dates in range, no likely duplicates."""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from datetime import date

from timeline_app.data.problems import DataProblem
from timeline_app.data.schema import Country, EventSpec, GlossaryTerm
from timeline_app.domain.models import Category, Person, Place, Source
from timeline_app.domain.period import CURATED_PERIOD

#: Titles at least this similar (difflib ratio, case-folded) on the same start date are flagged.
DUPLICATE_TITLE_RATIO = 0.85


def duplicate_ids(kind: str, records: Iterable[tuple[str, str]]) -> list[DataProblem]:
    """Ids used twice, given (file, id) pairs."""
    seen: dict[str, str] = {}
    problems: list[DataProblem] = []
    for file, record_id in records:
        if not record_id:
            continue
        if record_id in seen:
            problems.append(
                DataProblem(
                    file,
                    f"duplicate id, already used in {seen[record_id]}",
                    f"{kind} '{record_id}'",
                    "id",
                )
            )
        else:
            seen[record_id] = file
    return problems


def check_events(
    events: Sequence[tuple[str, EventSpec]],
    categories: Sequence[Category],
    places: Sequence[Place],
    people: Sequence[Person],
    sources: Sequence[Source],
) -> list[DataProblem]:
    """Every cross-record rule on events; ``events`` pairs each event with its file name."""
    category_ids = {c.id for c in categories}
    place_ids = {p.id for p in places}
    person_ids = {p.id for p in people}
    source_ids = {s.id for s in sources}
    event_ids = {event.id for _, event in events}
    problems: list[DataProblem] = []
    for file, event in events:
        label = f"event '{event.id}'"

        def report(field: str, message: str, file: str = file, label: str = label) -> None:
            problems.append(DataProblem(file, message, label, field))

        for field, day in (("start", event.start), ("end", event.end)):
            if day is not None and day not in CURATED_PERIOD:
                report(
                    field,
                    f"{day.isoformat()} is outside {CURATED_PERIOD.first} … {CURATED_PERIOD.last}",
                )
        if event.end is not None and event.end < event.start:
            report("end", f"{event.end.isoformat()} is before start {event.start.isoformat()}")
        if event.category_id and event.category_id not in category_ids:
            report("category", f"unknown category {event.category_id!r}")
        for place_id in event.place_ids:
            if place_id not in place_ids:
                report("places", f"unknown place {place_id!r}")
        for person_id in event.person_ids:
            if person_id not in person_ids:
                report("people", f"unknown person {person_id!r}")
        for citation in event.citations:
            if citation.source_id not in source_ids:
                report("sources", f"unknown source {citation.source_id!r}")
        for figure in event.figures:
            if figure.source_id and figure.source_id not in source_ids:
                report("figures", f"unknown source {figure.source_id!r}")
        for link in event.links:
            if link.event_id not in event_ids:
                report("related", f"links to unknown event {link.event_id!r}")
            elif link.event_id == event.id:
                report("related", "links to itself")
    problems.extend(_likely_duplicates(events))
    return problems


def resolve_countries(
    places: Sequence[tuple[str, Place]], countries: Sequence[Country]
) -> tuple[list[tuple[str, Place]], list[DataProblem]]:
    """Each place with its country's names (its ``country`` names a ``[[country]]`` by id), and
    the problems found: a place naming an unknown country."""
    by_id = {country.id: country for country in countries}
    resolved: list[tuple[str, Place]] = []
    problems: list[DataProblem] = []
    for file, place in places:
        country = by_id.get(place.country)
        if country is None:
            if place.country:
                problems.append(
                    DataProblem(
                        file,
                        f"unknown country {place.country!r} (use the id of a [[country]])",
                        f"place '{place.id}'",
                        "country",
                    )
                )
            resolved.append((file, place))
            continue
        resolved.append(
            (
                file,
                dataclasses.replace(
                    place,
                    country=country.name,
                    country_kk=country.name_kk,
                    country_ru=country.name_ru,
                    country_zh=country.name_zh,
                ),
            )
        )
    return resolved, problems


def _likely_duplicates(events: Sequence[tuple[str, EventSpec]]) -> list[DataProblem]:
    """Events on the same start date whose titles are nearly the same."""
    by_day: dict[date, list[tuple[str, EventSpec]]] = defaultdict(list)
    for item in events:
        by_day[item[1].start].append(item)
    problems: list[DataProblem] = []
    for same_day in by_day.values():
        for position, (file, event) in enumerate(same_day):
            for _, earlier in same_day[:position]:
                ratio = difflib.SequenceMatcher(
                    None, event.title.casefold(), earlier.title.casefold()
                ).ratio()
                if ratio >= DUPLICATE_TITLE_RATIO:
                    problems.append(
                        DataProblem(
                            file,
                            f"likely duplicate of '{earlier.id}' (same date, similar title)",
                            f"event '{event.id}'",
                            "title",
                        )
                    )
    return problems


def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    """A phrase as whole words, any case, any run of spaces between its words."""
    words = r"\s+".join(re.escape(word) for word in phrase.split())
    return re.compile(rf"(?<!\w){words}(?!\w)", re.IGNORECASE)


def resolve_glossary(
    terms: Sequence[tuple[str, GlossaryTerm]], events: Sequence[EventSpec]
) -> tuple[list[GlossaryTerm], list[DataProblem]]:
    """Each term with the ids of the events it applies to, and the problems found.

    An event uses a term when one of its ``matches`` occurs (whole words, any case) in the
    event's title, summary or body, or when the term lists the event under ``events``. A
    term whose ``matches`` find no event, or an unknown event id, is a problem: a misspelt
    phrase would otherwise leave the term's names silently out of the index.
    """
    texts = [(event.id, f"{event.title}\n{event.summary}\n{event.body}") for event in events]
    known = {event.id for event in events}
    resolved: list[GlossaryTerm] = []
    problems: list[DataProblem] = []
    for file, term in terms:
        label = f"term '{term.id}'"
        found: set[str] = set()
        for phrase in term.matches:
            pattern = _phrase_pattern(phrase)
            found |= {event_id for event_id, body in texts if pattern.search(body)}
        if term.matches and not found:
            listed = ", ".join(repr(phrase) for phrase in term.matches)
            problems.append(DataProblem(file, f"{listed}: found in no event", label, "matches"))
        for event_id in term.events:
            if event_id in known:
                found.add(event_id)
            else:
                problems.append(DataProblem(file, f"unknown event {event_id!r}", label, "events"))
        ordered = tuple(event.id for event in events if event.id in found)
        resolved.append(dataclasses.replace(term, event_ids=ordered))
    return resolved, problems


def summary_counts(events: Sequence[EventSpec]) -> dict[str, Counter[str]]:
    """Counts by category, confidence and year, for reports."""
    return {
        "category": Counter(event.category_id for event in events),
        "confidence": Counter(event.confidence.value for event in events),
        "year": Counter(str(event.start.year) for event in events),
    }
