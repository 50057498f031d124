"""Writing events as TimelineJS JSON and as a TimelineJS spreadsheet CSV, a slide at a time.

Both write to an open text stream (the caller opens it: UTF-8, and ``newline=""`` for CSV, and
writes atomically, e.g. to a temporary file renamed when done). The title and description
become the title slide, eras the eras, each event a slide: its title as the headline (a
derived title too), its text, credit and caption as HTML with every url a link, its source
url as the media, its category as the group, and 'c. …' as the display date of an approximate
event. Reading the file back gives the same events (``title_derived`` False and ``row`` as
the new file numbers them); what TimelineJS has no place for (category colours) is not written,
and a source "url" that is not one (no scheme such as https:) comes back as the text's last
paragraph, as TimelineJS shows such media.
CSV cells a spreadsheet would run as formulas get a "'" in front, which the readers drop.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from timeline_app.domain.dates import format_point
from timeline_app.domain.models import DatePrecision
from timeline_app.interchange.csv_rows import protect
from timeline_app.interchange.html_text import plain_to_html, plain_to_line
from timeline_app.interchange.model import Era, FileDate, ImportedEvent
from timeline_app.interchange.timelinejs_csv import COLUMNS

APPROXIMATE_PREFIX = "c. "


def display_date(event: ImportedEvent) -> str:
    """'c. 1950' or 'c. 1943 – 1946' for an approximate event; "" otherwise."""
    if not event.approximate:
        return ""
    text = APPROXIMATE_PREFIX + format_point(event.start.day, event.start.precision, language="en")
    if event.end is not None:
        text += " – " + format_point(event.end.day, event.end.precision, language="en")
    return text


def _parts(day: FileDate) -> dict[str, str]:
    """The date as TimelineJS parts (strings, as TimelineJS's own files give them)."""
    parts = {"year": str(day.day.year)}
    if day.precision is not DatePrecision.YEAR:
        parts["month"] = str(day.day.month)
    if day.precision is DatePrecision.DAY:
        parts["day"] = str(day.day.day)
    if day.time is not None:
        parts["hour"] = str(day.time.hour)
        parts["minute"] = str(day.time.minute)
        if day.time.second:
            parts["second"] = str(day.time.second)
    return parts


def _time(day: FileDate | None) -> str:
    if day is None or day.time is None:
        return ""
    return day.time.isoformat(timespec="seconds" if day.time.second else "minutes")


def _media(event: ImportedEvent) -> dict[str, str] | None:
    if not (event.source_url or event.source_credit or event.source_caption):
        return None
    return {
        "url": event.source_url,
        "credit": plain_to_html(event.source_credit, paragraphs=False),
        "caption": plain_to_html(event.source_caption, paragraphs=False),
    }


def event_slide(event: ImportedEvent) -> dict[str, Any]:
    """One event as a TimelineJS JSON slide."""
    slide: dict[str, Any] = {"start_date": _parts(event.start)}
    if event.end is not None:
        slide["end_date"] = _parts(event.end)
    slide["text"] = {"headline": plain_to_line(event.title), "text": plain_to_html(event.text)}
    media = _media(event)
    if media is not None:
        slide["media"] = media
    if event.category:
        slide["group"] = plain_to_line(event.category)
    if event.approximate:
        slide["display_date"] = display_date(event)
    return slide


def era_slide(era: Era) -> dict[str, Any]:
    """One era as TimelineJS JSON."""
    return {
        "start_date": _parts(era.start),
        "end_date": _parts(era.end),
        "text": {"headline": plain_to_line(era.label)},
    }


def write_timelinejs_json(
    out: TextIO,
    events: Iterable[ImportedEvent],
    *,
    title: str = "",
    description: str = "",
    eras: Sequence[Era] = (),
) -> int:
    """Write a TimelineJS JSON file to ``out``; the number of events written."""
    out.write("{\n")
    if title or description:
        slide = {"text": {"headline": plain_to_line(title), "text": plain_to_html(description)}}
        out.write(f'  "title": {json.dumps(slide, ensure_ascii=False)},\n')
    if eras:
        listed = ",\n    ".join(json.dumps(era_slide(era), ensure_ascii=False) for era in eras)
        out.write(f'  "eras": [\n    {listed}\n  ],\n')
    out.write('  "events": [')
    count = 0
    for event in events:
        out.write(",\n    " if count else "\n    ")
        out.write(json.dumps(event_slide(event), ensure_ascii=False))
        count += 1
    out.write("\n  ]\n}\n" if count else "]\n}\n")
    return count


def _date_cells(day: FileDate | None, prefix: str) -> dict[str, str]:
    """The date's cells by column key: year, month, day, time (with ``prefix`` 'end_')."""
    if day is None:
        return {}
    parts = _parts(day)
    cells = {name: parts.get(name, "") for name in ("year", "month", "day")}
    cells["time"] = _time(day)
    return {prefix + name: value for name, value in cells.items()}


_KEYS = tuple(name.lower().replace(" ", "_") for name in COLUMNS)


def _row(cells: dict[str, str]) -> list[str]:
    """A CSV row from cells by column key ('end_year', 'media_credit' …), protected."""
    return [protect(cells.get(key, "")) for key in _KEYS]


def write_timelinejs_csv(
    out: TextIO,
    events: Iterable[ImportedEvent],
    *,
    title: str = "",
    description: str = "",
    eras: Sequence[Era] = (),
) -> int:
    """Write a TimelineJS spreadsheet as CSV to ``out``; the number of events written."""
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    if title or description:
        headline, text = plain_to_line(title), plain_to_html(description)
        writer.writerow(_row({"headline": headline, "text": text, "type": "title"}))
    for era in eras:
        cells = {**_date_cells(era.start, ""), **_date_cells(era.end, "end_")}
        writer.writerow(_row({**cells, "headline": plain_to_line(era.label), "type": "era"}))
    count = 0
    for event in events:
        media = _media(event) or {}
        cells = {
            **_date_cells(event.start, ""),
            **_date_cells(event.end, "end_"),
            "display_date": display_date(event),
            "headline": plain_to_line(event.title),
            "text": plain_to_html(event.text),
            "media": media.get("url", ""),
            "media_credit": media.get("credit", ""),
            "media_caption": media.get("caption", ""),
            "group": plain_to_line(event.category),
        }
        writer.writerow(_row(cells))
        count += 1
    return count
