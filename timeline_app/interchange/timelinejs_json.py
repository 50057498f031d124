"""TimelineJS JSON: ``{"title": slide, "eras": [era], "events": [slide]}``.

A slide: ``start_date``/``end_date`` (year, month, day, hour, minute, second as numbers or
strings, "" meaning absent; milliseconds are not kept), ``text.headline``/``text.text`` (HTML),
``media.url``/``media.credit``/``media.caption``, ``group`` (the category), ``display_date``
(one starting 'c.', 'circa', '~' … marks the event approximate, as the writers write it).
The title slide names and describes the timeline; it is not an event. An era: ``start_date``,
``end_date`` and ``text.headline`` as its label. The events are read one at a time.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from timeline_app.interchange.dates import (
    DateProblemError,
    date_from_parts,
    is_absent,
    marks_approximate,
)
from timeline_app.interchange.html_text import html_to_line, html_to_plain
from timeline_app.interchange.json_stream import JsonObjectStream, JsonSyntaxError
from timeline_app.interchange.model import (
    Era,
    FileDate,
    ImportedEvent,
    NotATimelineError,
    Refusal,
    RefusalReason,
)
from timeline_app.interchange.reader import Item, TimelineReader
from timeline_app.interchange.slides import SlideFields, make_era, make_event, refusal
from timeline_app.interchange.text_stream import CountedFile, open_text

FORMAT_NAME = "TimelineJS JSON"


def _member(slide: dict[str, Any], *path: str) -> str:
    """The string at ``path`` inside ``slide`` ("" where absent, null or not text)."""
    value: Any = slide
    for key in path:
        value = value.get(key) if isinstance(value, dict) else None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return value if isinstance(value, str) else ""


def _date(slide: dict[str, Any], key: str, what: str) -> FileDate | None:
    parts = slide.get(key)
    if not isinstance(parts, dict):
        if is_absent(parts) or parts == {}:
            return None
        raise DateProblemError(RefusalReason.BAD_DATE, f"{what} {parts!r}")
    return date_from_parts(
        parts.get("year"),
        parts.get("month"),
        parts.get("day"),
        parts.get("hour"),
        parts.get("minute"),
        parts.get("second"),
        what=what,
    )


def _approximate(slide: dict[str, Any]) -> bool:
    return any(
        marks_approximate(text)
        for text in (
            _member(slide, "display_date"),
            _member(slide, "start_date", "display_date"),
        )
    )


def read_slide(slide: object, row: int, label: str) -> ImportedEvent | Refusal:
    """One element of ``events`` as an event or a refusal."""
    if not isinstance(slide, dict):
        return Refusal(row, label, RefusalReason.NOT_AN_EVENT)
    fields = SlideFields(
        row=row,
        label=label,
        headline=_member(slide, "text", "headline"),
        text=_member(slide, "text", "text"),
        media=_member(slide, "media", "url"),
        credit=_member(slide, "media", "credit"),
        caption=_member(slide, "media", "caption"),
        category=_member(slide, "group"),
        approximate=_approximate(slide),
    )
    try:
        start = _date(slide, "start_date", "start")
        end = _date(slide, "end_date", "end")
    except DateProblemError as problem:
        return refusal(fields, problem)
    return make_event(fields, start, end)


def read_era(era: object, row: int) -> Era | Refusal:
    """One element of ``eras`` as an era or a refusal."""
    label = f"era {row}"
    if not isinstance(era, dict):
        return Refusal(row, label, RefusalReason.NOT_AN_EVENT)
    try:
        start = _date(era, "start_date", "start")
        end = _date(era, "end_date", "end")
    except DateProblemError as problem:
        return Refusal(row, label, problem.reason, problem.detail)
    return make_era(row, label, html_to_line(_member(era, "text", "headline")), start, end)


class TimelineJsJsonReader(TimelineReader):
    """Reads a TimelineJS JSON file (see the module docstring)."""

    format_name = FORMAT_NAME

    def _items(self, file: CountedFile) -> Iterator[Item]:
        with open_text(self.path, file, FORMAT_NAME) as text:
            stream = JsonObjectStream(text)
            try:
                yield from self._members(stream)
            except JsonSyntaxError as error:
                raise NotATimelineError(FORMAT_NAME, f"not valid JSON ({error})") from None

    def _members(self, stream: JsonObjectStream) -> Iterator[Item]:
        if not stream.starts_object():
            raise NotATimelineError(FORMAT_NAME, 'not a JSON object with an "events" list')
        seen_events = False
        for key in stream.members():
            if key == "events" and stream.next_is_list():
                seen_events = True
                for row, slide in enumerate(stream.elements(), start=1):
                    item = read_slide(slide, row, f"event {row}")
                    if isinstance(item, ImportedEvent):
                        self.note_category(item.category)
                    yield item
            elif key == "eras" and stream.next_is_list():
                for row, value in enumerate(stream.elements(), start=1):
                    era = read_era(value, row)
                    if isinstance(era, Era):
                        self.note_era(era)
                    else:
                        yield era
            elif key == "title":
                slide = stream.value()
                if isinstance(slide, dict):
                    self.title = html_to_line(_member(slide, "text", "headline"))
                    self.description = html_to_plain(_member(slide, "text", "text"))
            else:
                stream.value()
        if not seen_events:
            raise NotATimelineError(FORMAT_NAME, 'no "events" list')
