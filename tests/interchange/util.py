"""Helpers for the interchange tests: write a small file, read it whole."""

from __future__ import annotations

import dataclasses
from datetime import date, time
from pathlib import Path

from timeline_app.domain.models import DatePrecision
from timeline_app.interchange import (
    ColumnMapping,
    FileDate,
    ImportedEvent,
    ImportedTimeline,
    open_timeline,
)

ROOT = Path(__file__).resolve().parents[2]
#: Real files written by TimelineJS and The Timeline Project (kept beside the repository).
INTEROP = ROOT.parent / "shared" / "interop"
FIXTURES = Path(__file__).parent / "fixtures"

TIMELINEJS_HEADER = (
    "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,"
    "Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background"
)


def year(value: int) -> FileDate:
    return FileDate(date(value, 1, 1), DatePrecision.YEAR)


def month(value: int, month_number: int) -> FileDate:
    return FileDate(date(value, month_number, 1), DatePrecision.MONTH)


def day(value: int, month_number: int, day_number: int, at: time | None = None) -> FileDate:
    return FileDate(date(value, month_number, day_number), DatePrecision.DAY, at)


def write(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def read(path: Path, mapping: ColumnMapping | None = None) -> ImportedTimeline:
    return open_timeline(path, mapping=mapping).read_all()


def timelinejs_csv(folder: Path, *rows: str, name: str = "sheet.csv") -> ImportedTimeline:
    """Read a TimelineJS spreadsheet made of the template header and ``rows``."""
    return read(write(folder, name, "\n".join((TIMELINEJS_HEADER, *rows)) + "\n"))


def content(event: ImportedEvent) -> ImportedEvent:
    """The event without where it stood or how its title came (what a round trip keeps)."""
    return dataclasses.replace(event, row=0, title_derived=False)
