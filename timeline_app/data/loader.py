"""Reads every ``*.toml`` file of a data folder into one validated Dataset."""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Callable
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, TypeVar

from timeline_app.data.location import data_files
from timeline_app.data.parsing import (
    parse_category,
    parse_country,
    parse_event,
    parse_person,
    parse_place,
    parse_source,
    parse_term,
)
from timeline_app.data.problems import DataProblem, DataValidationError, found
from timeline_app.data.schema import Dataset, EventSpec
from timeline_app.data.validation import (
    check_events,
    duplicate_ids,
    resolve_countries,
    resolve_glossary,
)

T = TypeVar("T")
TOP_LEVEL_KEYS = {
    "data_version",
    "title",
    "category",
    "country",
    "place",
    "person",
    "source",
    "event",
    "term",
}
_TOML_LINE = re.compile(r"line (\d+)")


def _read_files(folder: Traversable | Path) -> list[tuple[str, bytes]]:
    return [(entry.name, entry.read_bytes()) for entry in data_files(folder)]


def _parse_toml(name: str, raw: bytes, problems: list[DataProblem]) -> dict[str, Any] | None:
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        problems.append(
            DataProblem(name, f"is not valid UTF-8 text ({error.reason} at byte {error.start})")
        )
    except tomllib.TOMLDecodeError as error:
        match = _TOML_LINE.search(str(error))
        line = int(match.group(1)) if match else None
        problems.append(DataProblem(name, f"is not valid TOML: {error}", line=line))
    return None


def _records(
    name: str,
    document: dict[str, Any],
    key: str,
    parse: Callable[[str, dict[str, Any], list[DataProblem]], T],
    problems: list[DataProblem],
) -> list[tuple[str, T]]:
    tables = document.get(key, [])
    if not isinstance(tables, list) or not all(isinstance(table, dict) for table in tables):
        problems.append(DataProblem(name, f"'{key}' must be written as [[{key}]] tables"))
        return []
    return [(name, parse(name, table, problems)) for table in tables]


def load_dataset(folder: Traversable | Path) -> Dataset:
    """Load and validate a data folder; raise DataValidationError listing every problem."""
    problems: list[DataProblem] = []
    try:
        files = _read_files(folder)
    except OSError as error:
        raise DataValidationError([DataProblem(str(folder), f"cannot be read: {error}")]) from error
    if not files:
        raise DataValidationError([DataProblem(str(folder), "holds no .toml data files")])
    digest = hashlib.sha256()
    categories, places, people, sources, events, terms = [], [], [], [], [], []
    countries = []
    versions: list[tuple[str, Any]] = []
    title = ""
    for name, raw in files:
        digest.update(name.encode() + b"\0" + raw + b"\0")
        document = _parse_toml(name, raw, problems)
        if document is None:
            continue
        for key in sorted(set(document) - TOP_LEVEL_KEYS):
            problems.append(DataProblem(name, f"unknown top-level key '{key}'"))
        if "data_version" in document:
            versions.append((name, document["data_version"]))
        title = document.get("title", title) if isinstance(document.get("title"), str) else title
        categories += _records(name, document, "category", parse_category, problems)
        countries += _records(name, document, "country", parse_country, problems)
        places += _records(name, document, "place", parse_place, problems)
        people += _records(name, document, "person", parse_person, problems)
        sources += _records(name, document, "source", parse_source, problems)
        events += _records(name, document, "event", parse_event, problems)
        terms += _records(name, document, "term", parse_term, problems)
    data_version = _data_version(versions, problems)
    for kind, records in (
        ("category", categories),
        ("country", countries),
        ("place", places),
        ("person", people),
        ("source", sources),
        ("event", events),
        ("term", terms),
    ):
        problems += duplicate_ids(kind, [(file, getattr(r, "id", "")) for file, r in records if r])
    places, country_problems = resolve_countries(places, [c for _, c in countries])
    problems += country_problems
    valid_events: list[tuple[str, EventSpec]] = [(f, e) for f, e in events if e is not None]
    problems += check_events(
        valid_events,
        [c for _, c in categories],
        [p for _, p in places],
        [p for _, p in people],
        [s for _, s in sources],
    )
    glossary, glossary_problems = resolve_glossary(terms, [e for _, e in valid_events])
    problems += glossary_problems
    if problems:
        raise DataValidationError(problems)
    return Dataset(
        data_version=data_version,
        title=title,
        content_hash=digest.hexdigest(),
        categories=tuple(c for _, c in categories),
        places=tuple(p for _, p in places),
        people=tuple(p for _, p in people),
        sources=tuple(s for _, s in sources),
        events=tuple(sorted((e for _, e in valid_events), key=lambda e: (e.start, e.id))),
        glossary=tuple(glossary),
        countries=tuple(c for _, c in countries),
    )


def _data_version(versions: list[tuple[str, Any]], problems: list[DataProblem]) -> int:
    if len(versions) != 1:
        where = ", ".join(name for name, _ in versions) or "no file"
        problems.append(
            DataProblem("manifest.toml", f"data_version must be set once (found in {where})")
        )
        return 0
    name, value = versions[0]
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        problems.append(
            DataProblem(name, f"data_version must be a positive whole number (got {found(value)})")
        )
        return 0
    return value
