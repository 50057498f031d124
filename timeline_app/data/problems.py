"""Problems found in data files, each naming the file, the record and the field."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

#: A text value quoted in a message is cut after this many characters.
QUOTE_CHARS = 40


def quoted(text: str) -> str:
    """``text`` in double quotes as TOML writes it, cut when long."""
    cut = text if len(text) <= QUOTE_CHARS else text[:QUOTE_CHARS] + "…"
    return json.dumps(cut, ensure_ascii=False)


def found(value: object) -> str:
    """What a TOML value is, in the file author's terms: 'the decimal number 1.5'.

    Kind and value both: "expected a number, got a number" told nobody that 1.0 is not a
    whole number, or that "3" in quotes is text (and a bool is an int to Python).
    """
    if isinstance(value, bool):
        return f"the boolean {'true' if value else 'false'}"
    if isinstance(value, int):
        # Very long integers cannot even be printed (Python caps int-to-text at 4,300 digits).
        return f"the whole number {value}" if value.bit_length() <= 64 else "a huge whole number"
    if isinstance(value, float):
        return f"the decimal number {value!r}"
    if isinstance(value, str):
        return f"the text {quoted(value)}"
    if isinstance(value, datetime):
        return f"the date and time {value.isoformat()}"
    if isinstance(value, date):
        return f"the date {value.isoformat()}"
    if isinstance(value, time):
        return f"the time of day {value.isoformat()}"
    if isinstance(value, list):
        count = len(value)
        return "an empty list" if not count else f"a list of {count} item{'s' * (count != 1)}"
    if isinstance(value, dict):
        return "a table"
    return f"a value of type {type(value).__name__}"


@dataclass(frozen=True, slots=True)
class DataProblem:
    """One thing wrong in a data file."""

    file: str
    message: str
    record: str = ""
    field: str = ""
    line: int | None = None

    def __str__(self) -> str:
        where = [self.file if self.line is None else f"{self.file}, line {self.line}"]
        if self.record:
            where.append(self.record)
        if self.field:
            where.append(f"field '{self.field}'")
        return f"{': '.join(where)}: {self.message}"


class DataValidationError(Exception):
    """The data folder cannot be loaded; ``problems`` lists every reason found."""

    def __init__(self, problems: Sequence[DataProblem]) -> None:
        self.problems = tuple(problems)
        count = len(self.problems)
        head = str(self.problems[0]) if self.problems else "unknown problem"
        more = f" (and {count - 1} more problem{'s' if count > 2 else ''})" if count > 1 else ""
        super().__init__(f"{head}{more}")
