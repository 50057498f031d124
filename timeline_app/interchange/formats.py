"""Which reader a file needs: by its extension, and for a CSV by its header.

``detect_format`` names the format; ``open_timeline`` gives the reader (a plain CSV reads
through the mapping given, else through the mapping its header suggests);
``read_csv_header`` gives a CSV's column names for the window to offer a mapping.
"""

from __future__ import annotations

import enum
from pathlib import Path

from timeline_app.interchange.csv_rows import CsvRows
from timeline_app.interchange.model import NotATimelineError
from timeline_app.interchange.plain_csv import (
    ColumnMapping,
    Field,
    PlainCsvReader,
    guess_mapping,
)
from timeline_app.interchange.reader import TimelineReader
from timeline_app.interchange.text_stream import (
    SAMPLE_BYTES,
    CountedFile,
    detect_encoding,
    open_text,
)
from timeline_app.interchange.timeline_xml import TimelineXmlReader
from timeline_app.interchange.timelinejs_csv import TimelineJsCsvReader, is_timelinejs_header
from timeline_app.interchange.timelinejs_json import TimelineJsJsonReader


class TimelineFormat(enum.StrEnum):
    """The formats a timeline file can be read from."""

    TIMELINEJS_JSON = "timelinejs-json"
    TIMELINEJS_CSV = "timelinejs-csv"
    PLAIN_CSV = "csv"
    TIMELINE_XML = "timeline-xml"


_BY_EXTENSION = {
    ".json": TimelineFormat.TIMELINEJS_JSON,
    ".timeline": TimelineFormat.TIMELINE_XML,
    ".xml": TimelineFormat.TIMELINE_XML,
    ".csv": TimelineFormat.PLAIN_CSV,
    ".tsv": TimelineFormat.PLAIN_CSV,
    ".txt": TimelineFormat.PLAIN_CSV,
}


def read_csv_header(path: Path) -> tuple[str, ...]:
    """The column names of a CSV file's header (its first line), stripped."""
    file = CountedFile(path)
    try:
        with open_text(path, file, "CSV") as stream:
            return CsvRows(stream).header
    finally:
        file.close()


def _sniff(path: Path) -> TimelineFormat:
    with path.open("rb") as file:
        start = file.read(SAMPLE_BYTES)
    text = start.decode(detect_encoding(start, "timeline"), errors="ignore").lstrip()
    if text.startswith("{"):
        return TimelineFormat.TIMELINEJS_JSON
    if text.startswith("<"):
        return TimelineFormat.TIMELINE_XML
    return TimelineFormat.PLAIN_CSV


def detect_format(path: Path) -> TimelineFormat:
    """The format of the file at ``path``: its extension, else its first characters; a CSV is a
    TimelineJS spreadsheet when its header has TimelineJS's Year and Headline columns."""
    found = _BY_EXTENSION.get(path.suffix.casefold()) or _sniff(path)
    if found is TimelineFormat.PLAIN_CSV and is_timelinejs_header(read_csv_header(path)):
        return TimelineFormat.TIMELINEJS_CSV
    return found


def open_timeline(
    path: Path,
    *,
    mapping: ColumnMapping | None = None,
    timeline_format: TimelineFormat | None = None,
) -> TimelineReader:
    """The reader for ``path`` (the format detected unless given). A plain CSV reads through
    ``mapping``, else the one its header suggests; NotATimelineError when that has no date."""
    path = Path(path)
    chosen = timeline_format or detect_format(path)
    if chosen is TimelineFormat.TIMELINEJS_JSON:
        return TimelineJsJsonReader(path)
    if chosen is TimelineFormat.TIMELINEJS_CSV:
        return TimelineJsCsvReader(path)
    if chosen is TimelineFormat.TIMELINE_XML:
        return TimelineXmlReader(path)
    if mapping is None:
        mapping = guess_mapping(read_csv_header(path))
        if mapping.column_for(Field.START) is None:
            raise NotATimelineError("CSV", "no column that reads as a date (Date, Start, Year …)")
    return PlainCsvReader(path, mapping)
