"""Typed, checked access to the fields of one TOML table; every failure becomes a DataProblem."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any
from urllib.parse import urlparse

from timeline_app.data.problems import DataProblem

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
COLOUR_PATTERN = re.compile(r"^#[0-9A-Fa-f]{6}$")


def is_valid_url(text: str) -> bool:
    """An absolute http(s) URL with a host and no whitespace."""
    if any(ch.isspace() for ch in text):
        return False
    parsed = urlparse(text)
    return parsed.scheme in {"http", "https"} and bool(parsed.netloc) and "." in parsed.netloc


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

    def _check_id(self, raw_id: object) -> None:
        if raw_id is None:
            self.problem("id", "missing")
        elif not isinstance(raw_id, str) or not ID_PATTERN.match(raw_id):
            self.problem("id", f"must be lowercase letters, digits and hyphens (got {raw_id!r})")

    def text(self, field: str, *, required: bool = True, max_length: int | None = None) -> str:
        """A string field, stripped; empty when missing and optional."""
        value = self.table.get(field)
        if value is None:
            if required:
                self.problem(field, "missing")
            return ""
        if not isinstance(value, str):
            self.problem(field, f"must be text (got {type(value).__name__})")
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
            self.problem(field, f"must be one of {', '.join(allowed)} (got {value!r})")
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
            self.problem(field, f"must be a date written like 1992-08-10 (got {value!r})")
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
            self.problem(field, f"must be a whole number (got {value!r})")
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
            self.problem(field, f"must be a number (got {value!r})")
            return None
        return float(value)

    def boolean(self, field: str, *, default: bool = False) -> bool:
        """true or false."""
        value = self.table.get(field, default)
        if not isinstance(value, bool):
            self.problem(field, f"must be true or false (got {value!r})")
            return default
        return value

    def id_list(self, field: str) -> tuple[str, ...]:
        """A list of ids (references to other records)."""
        value = self.table.get(field, [])
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self.problem(field, "must be a list of ids in quotes")
            return ()
        if len(set(value)) != len(value):
            self.problem(field, "lists the same id twice")
        return tuple(value)

    def tables(self, field: str) -> list[dict[str, Any]]:
        """A list of inline tables such as ``[{ id = "…", quote = "…" }]``."""
        value = self.table.get(field, [])
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            self.problem(field, 'must be a list of tables like { id = "…" }')
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
            self.problem(field, f"must be a colour like #0072B2 (got {value!r})")
            return "#808080"
        return value
