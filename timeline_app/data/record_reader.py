"""Typed, checked access to the fields of one TOML table; every failure becomes a DataProblem."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any
from urllib.parse import urlparse

from timeline_app.data.problems import DataProblem, found

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
COLOUR_PATTERN = re.compile(r"^#[0-9A-Fa-f]{6}$")


def is_valid_url(text: str) -> bool:
    """An absolute http(s) URL with a host and no whitespace."""
    if any(ch.isspace() for ch in text):
        return False
    parsed = urlparse(text)
    return parsed.scheme in {"http", "https"} and bool(parsed.netloc) and "." in parsed.netloc


def _unquote(value: object, wanted: Callable[[object], bool]) -> str:
    """A hint when the wanted number, date or true/false was written in quotes, making it text."""
    if not isinstance(value, str):
        return ""
    try:
        parsed = tomllib.loads(f"x = {value.strip()}")
    except tomllib.TOMLDecodeError:
        return ""
    return "; write it without the quotes" if len(parsed) == 1 and wanted(parsed["x"]) else ""


def _is_date(value: object) -> bool:
    return isinstance(value, date) and not isinstance(value, datetime)


def _is_integer(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _is_boolean(value: object) -> bool:
    return isinstance(value, bool)


class RecordReader:
    """Reads fields of one record (``[[event]]``, ``[[source]]``, …), collecting problems."""

    def __init__(
        self,
        file: str,
        kind: str,
        table: dict[str, Any],
        problems: list[DataProblem],
        allowed_fields: Iterable[str],
        *,
        label: str = "",
    ) -> None:
        self.file = file
        self.kind = kind
        self.table = table
        self.problems = problems
        raw_id = table.get("id")
        self.id = raw_id if isinstance(raw_id, str) else ""
        self.label = label or (f"{kind} '{self.id}'" if self.id else f"{kind} without id")
        self._check_id(raw_id)
        allowed = set(allowed_fields) | {"id"}
        for name in sorted(set(table) - allowed):
            self.problem(name, "unknown field (check the spelling)")

    def problem(self, field: str, message: str) -> None:
        """Record a problem with ``field`` of this record."""
        self.problems.append(DataProblem(self.file, message, self.label, field))

    def wrong(
        self, field: str, expected: str, value: object, wanted: Callable[[object], bool]
    ) -> None:
        """Record that ``field`` holds ``value`` where ``expected`` was needed."""
        self.problem(field, f"must be {expected} (got {found(value)}{_unquote(value, wanted)})")

    def _check_id(self, raw_id: object) -> None:
        if raw_id is None:
            self.problem("id", "missing")
        elif not isinstance(raw_id, str) or not ID_PATTERN.match(raw_id):
            self.problem(
                "id", f"must be lowercase letters, digits and hyphens (got {found(raw_id)})"
            )

    def text(self, field: str, *, required: bool = True, max_length: int | None = None) -> str:
        """A string field, stripped; empty when missing and optional."""
        value = self.table.get(field)
        if value is None:
            if required:
                self.problem(field, "missing")
            return ""
        if not isinstance(value, str):
            self.problem(field, f"must be text in quotes (got {found(value)})")
            return ""
        value = value.strip()
        if required and not value:
            self.problem(field, "must not be empty")
        if max_length is not None and len(value) > max_length:
            self.problem(field, f"is {len(value)} characters long; at most {max_length} allowed")
        if "\x00" in value:
            self.problem(field, "contains a NUL character")
        return value

    def choice(self, field: str, options: Iterable[str], *, default: str | None = None) -> str:
        """A string field restricted to ``options``."""
        allowed = tuple(options)
        value = self.text(field, required=default is None)
        if not value and default is not None:
            return default
        if value and value not in allowed:
            self.problem(field, f"must be one of {', '.join(allowed)} (got {found(value)})")
            return default if default is not None else allowed[0]
        # A missing required value was recorded as a problem; a valid stand-in lets parsing go on.
        return value or allowed[0]

    def calendar_date(self, field: str, *, required: bool = True) -> date | None:
        """A TOML local date (1992-08-10), never a date-time with a zone."""
        value = self.table.get(field)
        if value is None:
            if required:
                self.problem(field, "missing")
            return None
        if isinstance(value, datetime) or not isinstance(value, date):
            self.wrong(field, "a date written like 1992-08-10", value, _is_date)
            return None
        return value

    def integer(self, field: str, low: int, high: int, *, default: int | None = None) -> int:
        """An integer between ``low`` and ``high`` inclusive."""
        value = self.table.get(field)
        if value is None:
            if default is None:
                self.problem(field, "missing")
                return low
            return default
        if isinstance(value, bool) or not isinstance(value, int):
            self.wrong(field, "a whole number", value, _is_integer)
            return low
        if not low <= value <= high:
            self.problem(field, f"must be between {low} and {high} (got {value})")
        return value

    def number(self, field: str, *, required: bool = True) -> float | None:
        """A number (integer or float)."""
        value = self.table.get(field)
        if value is None:
            if required:
                self.problem(field, "missing")
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.wrong(field, "a number", value, _is_number)
            return None
        return float(value)

    def boolean(self, field: str, *, default: bool = False) -> bool:
        """true or false."""
        value = self.table.get(field, default)
        if not isinstance(value, bool):
            self.wrong(field, "true or false", value, _is_boolean)
            return default
        return value

    def id_list(self, field: str) -> tuple[str, ...]:
        """A list of ids (references to other records)."""
        value = self.table.get(field, [])
        if not isinstance(value, list):
            self.problem(field, f"must be a list of ids in quotes (got {found(value)})")
            return ()
        for position, item in enumerate(value, start=1):
            if not isinstance(item, str):
                self.problem(
                    field, f"must be a list of ids in quotes (item {position} is {found(item)})"
                )
                return ()
        if len(set(value)) != len(value):
            self.problem(field, "lists the same id twice")
        return tuple(value)

    def name(self, field: str) -> str:
        """An optional name (``name_kk``, …): text when given, never empty or blank."""
        value = self.text(field, required=False)
        if field in self.table and isinstance(self.table[field], str) and not value:
            self.problem(field, "must not be empty (leave the field out when there is no name)")
        return value

    def names(self, field: str) -> tuple[str, ...]:
        """An optional list of names or phrases in quotes, none empty, none twice."""
        value = self.table.get(field, [])
        if not isinstance(value, list):
            self.problem(field, f"must be a list of texts in quotes (got {found(value)})")
            return ()
        result: list[str] = []
        for position, item in enumerate(value, start=1):
            if not isinstance(item, str):
                self.problem(
                    field, f"must be a list of texts in quotes (item {position} is {found(item)})"
                )
                return ()
            if not item.strip():
                self.problem(field, f"item {position} is empty")
                continue
            result.append(item.strip())
        if len(set(result)) != len(result):
            self.problem(field, "lists the same text twice")
        return tuple(result)

    def tables(self, field: str) -> list[dict[str, Any]]:
        """A list of inline tables such as ``[{ id = "…", quote = "…" }]``."""
        value = self.table.get(field, [])
        if not isinstance(value, list):
            self.problem(
                field, f'must be a list of tables like {{ id = "…" }} (got {found(value)})'
            )
            return []
        for position, item in enumerate(value, start=1):
            if not isinstance(item, dict):
                shape = 'a list of tables like { id = "…" }'
                self.problem(field, f"must be {shape} (item {position} is {found(item)})")
                return []
        return value

    def url(self, field: str) -> str:
        """An optional absolute http(s) URL."""
        value = self.text(field, required=False)
        if value and not is_valid_url(value):
            self.problem(field, f"is not a valid http(s) URL: {value!r}")
        return value

    def colour(self, field: str) -> str:
        """A colour written #RRGGBB."""
        value = self.text(field)
        if value and not COLOUR_PATTERN.match(value):
            self.problem(field, f"must be a colour like #0072B2 (got {found(value)})")
            return "#808080"
        return value
