"""TimelineJS spreadsheet CSV: the columns of TimelineJS's Google Sheets template.

Columns (matched without case): Year, Month, Day, Time, End Year, End Month, End Day, End Time,
Display Date, Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail, Type, Group,
Background. Year and Headline must be there; any other may be left out. A row of Type 'title'
names and describes the timeline, a row of Type 'era' is an era (Headline is its label); any
other row is an event. Text, Headline, Media Credit and Media Caption are HTML, as TimelineJS
reads them. A Display Date starting 'c.', 'circa', '~' … marks the event approximate; Media
Thumbnail and Background are not kept. Rows are read one at a time.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from timeline_app.interchange.csv_rows import CsvRows, column_key, unprotect
from timeline_app.interchange.dates import (
    DateProblemError,
    date_from_parts,
    marks_approximate,
    time_from_text,
)
from timeline_app.interchange.html_text import html_to_line, html_to_plain
from timeline_app.interchange.model import (
    Era,
    FileDate,
    ImportedEvent,
    NotATimelineError,
    Refusal,
)
from timeline_app.interchange.reader import Item, TimelineReader
from timeline_app.interchange.slides import SlideFields, make_era, make_event
from timeline_app.interchange.text_stream import CountedFile, open_text

FORMAT_NAME = "TimelineJS spreadsheet"

#: The template's columns, in its order (the writer writes them so).
COLUMNS = (
    "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
    "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
    "Media Thumbnail", "Type", "Group", "Background",
)  # fmt: skip
REQUIRED_COLUMNS = ("Year", "Headline")


def is_timelinejs_header(header: Sequence[str]) -> bool:
    """True when a CSV header has the columns a TimelineJS spreadsheet must have."""
    keys = {column_key(name) for name in header}
    return all(column_key(name) in keys for name in REQUIRED_COLUMNS)


class _Row:
    """One row's cells by template column name ("" for a column the file leaves out)."""

    def __init__(self, positions: dict[str, int], cells: Sequence[str]) -> None:
        self._positions = positions
        self._cells = cells

    def __getitem__(self, column: str) -> str:
        position = self._positions.get(column, -1)
        return self._cells[position] if 0 <= position < len(self._cells) else ""

    def text(self, column: str) -> str:
        return unprotect(self[column])

    def date(self, prefix: str, what: str) -> FileDate | None:
        moment = time_from_text(self[prefix + "time"], what=what)
        return date_from_parts(
            self[prefix + "year"],
            self[prefix + "month"],
            self[prefix + "day"],
            *((moment.hour, moment.minute, moment.second) if moment else ()),
            what=what,
        )


class TimelineJsCsvReader(TimelineReader):
    """Reads a TimelineJS spreadsheet saved as CSV (see the module docstring)."""

    format_name = FORMAT_NAME

    def _items(self, file: CountedFile) -> Iterator[Item]:
        with open_text(self.path, file, FORMAT_NAME) as stream:
            table = CsvRows(stream)
            keys = {column_key(name) for name in table.header}
            missing = [name for name in REQUIRED_COLUMNS if column_key(name) not in keys]
            if missing:
                raise NotATimelineError(FORMAT_NAME, "no column " + ", ".join(missing))
            positions = table.index()
            for number, cells in table.rows():
                yield from self._row(number, _Row(positions, cells))

    def _row(self, number: int, row: _Row) -> Iterator[Item]:
        kind = row["type"].strip().casefold()
        label = f"row {number}"
        if kind == "title":
            self.title = html_to_line(row.text("headline"))
            self.description = html_to_plain(row.text("text"))
            return
        try:
            start, end = row.date("", "start"), row.date("end ", "end")
        except DateProblemError as problem:
            yield Refusal(number, label, problem.reason, problem.detail)
            return
        if kind == "era":
            era = make_era(number, label, html_to_line(row.text("headline")), start, end)
            if isinstance(era, Era):
                self.note_era(era)
            else:
                yield era
            return
        fields = SlideFields(
            row=number,
            label=label,
            headline=row.text("headline"),
            text=row.text("text"),
            media=row.text("media"),
            credit=row.text("media credit"),
            caption=row.text("media caption"),
            category=row.text("group"),
            approximate=marks_approximate(row["display date"]),
        )
        item = make_event(fields, start, end)
        if isinstance(item, ImportedEvent):
            self.note_category(item.category)
        yield item
