"""A CSV file's header and its rows, streamed, as every CSV reader needs them.

The delimiter is detected from the header line; rows are numbered as a spreadsheet numbers
them (the header is row 1); rows with nothing in them are skipped; short rows are padded.
``unprotect`` reads a cell a writer protected against spreadsheet formulas (a "'" before '=',
'+', '-' or '@') without the "'"; readers apply it to the text cells they take.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from typing import TextIO

from timeline_app.interchange.text_stream import detect_delimiter

#: The largest cell read (the csv module's default, 128 KiB, is small for long HTML texts).
MAX_CELL_CHARACTERS = 16 * 1024 * 1024

# OWASP "CSV injection": spreadsheets run cells starting with these as formulas.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def unprotect(cell: str) -> str:
    """``cell`` without the "'" a writer put before a formula-like start."""
    if len(cell) > 1 and cell[0] == "'" and cell[1] in FORMULA_STARTS:
        return cell[1:]
    return cell


def protect(cell: str) -> str:
    """``cell`` with a "'" before a start a spreadsheet would run as a formula (a text that
    itself starts with "'=" is the one thing that does not come back as written)."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def column_key(name: str) -> str:
    """A column name compared without case, outer spaces, '_' or '-' ('End_Year' ~ 'end year')."""
    return " ".join(name.replace("_", " ").replace("-", " ").split()).casefold()


class CsvRows:
    """The header and rows of a CSV text stream."""

    def __init__(self, stream: TextIO) -> None:
        csv.field_size_limit(max(csv.field_size_limit(), MAX_CELL_CHARACTERS))
        first = stream.readline()
        self.delimiter = detect_delimiter(first)
        header = next(csv.reader(io.StringIO(first), delimiter=self.delimiter), [])
        self.header: tuple[str, ...] = tuple(name.strip() for name in header)
        self._rows = csv.reader(stream, delimiter=self.delimiter)

    def index(self) -> dict[str, int]:
        """Each column's position by its ``column_key`` (the first of equal names wins)."""
        positions: dict[str, int] = {}
        for position, name in enumerate(self.header):
            positions.setdefault(column_key(name), position)
        return positions

    def rows(self) -> Iterator[tuple[int, Sequence[str]]]:
        """(row number, cells) for each row with anything in it, cells padded to the header."""
        width = len(self.header)
        for number, cells in enumerate(self._rows, start=2):
            if not any(cell.strip() for cell in cells):
                continue
            if len(cells) < width:
                cells.extend([""] * (width - len(cells)))
            yield number, cells
