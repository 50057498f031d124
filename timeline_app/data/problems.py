"""Problems found in data files, each naming the file, the record and the field."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


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
