"""The Timeline Project's ``.timeline`` files (XML, root ``<timeline>``).

Read: ``<categories>`` (``name``, ``color`` as 'r,g,b'), ``<eras>`` (``name``, ``start``,
``end``) and ``<events>``: ``start``/``end`` ('2012-07-04 13:20:00'), ``text`` (the title),
``description`` (the text), ``category``, ``hyperlink`` (the source url), ``fuzzy`` (or
``fuzzy_start``/``fuzzy_end``) → approximate. Dates are day-precision; a time of 00:00:00 means
none; an end equal to the start means a moment, not a span. The '[1]' and '(1)' prefixes the
program puts before container and sub-event texts are dropped. Everything else (view,
``locked``, ``ends_today``, icons, progress …) is not kept. Events are read one at a time and
forgotten once read, so a big file never sits in memory.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import time
from xml.etree import ElementTree

from timeline_app.interchange.dates import DateProblemError, date_from_text, to_bool
from timeline_app.interchange.model import (
    Era,
    FileDate,
    ImportedEvent,
    NotATimelineError,
)
from timeline_app.interchange.reader import Item, TimelineReader
from timeline_app.interchange.slides import SlideFields, make_era, make_event, refusal
from timeline_app.interchange.text_stream import CountedFile

FORMAT_NAME = "Timeline (.timeline)"
_CONTAINER_PREFIX = re.compile(r"^(?:\[\d+\]|\(\d+\))")


def colour_from_rgb(value: str) -> str | None:
    """'255,0,0' as '#ff0000'; None when it is not three numbers 0–255."""
    parts = [part.strip() for part in value.split(",")]
    if len(parts) != 3 or not all(part.isdigit() and int(part) <= 255 for part in parts):
        return None
    return "#" + "".join(f"{int(part):02x}" for part in parts)


def _child(element: ElementTree.Element, tag: str) -> str:
    found = element.find(tag)
    return (found.text or "").strip() if found is not None else ""


def _date(written: str, what: str) -> FileDate | None:
    day = date_from_text(written, what=what)
    if day is not None and day.time == time(0, 0):
        return FileDate(day.day, day.precision)
    return day


class TimelineXmlReader(TimelineReader):
    """Reads a The Timeline Project file (see the module docstring)."""

    format_name = FORMAT_NAME

    def _items(self, file: CountedFile) -> Iterator[Item]:
        path: list[ElementTree.Element] = []
        event_count = era_count = 0
        has_events = False
        try:
            for action, element in ElementTree.iterparse(file.binary, events=("start", "end")):
                if action == "start":
                    if not path and element.tag != "timeline":
                        raise NotATimelineError(FORMAT_NAME, "no root element <timeline>")
                    path.append(element)
                    continue
                path.pop()
                has_events = has_events or (element.tag == "events" and len(path) == 1)
                parent = path[-1].tag if path else ""
                if element.tag == "category" and parent == "categories":
                    name = _child(element, "name")
                    self.note_category(name, colour_from_rgb(_child(element, "color")))
                elif element.tag == "era" and parent == "eras":
                    era_count += 1
                    era = self._era(element, era_count)
                    if isinstance(era, Era):
                        self.note_era(era)
                    else:
                        yield era
                elif element.tag == "event" and parent == "events":
                    event_count += 1
                    yield self._event(element, event_count)
                else:
                    continue
                path[-1].remove(element)
        except ElementTree.ParseError as error:
            raise NotATimelineError(FORMAT_NAME, f"not well-formed XML ({error})") from None
        if not has_events:
            raise NotATimelineError(FORMAT_NAME, "no <events> element")

    @staticmethod
    def _era(element: ElementTree.Element, number: int) -> Item | Era:
        label = f"era {number}"
        try:
            start = _date(_child(element, "start"), "start")
            end = _date(_child(element, "end"), "end")
        except DateProblemError as problem:
            return refusal(SlideFields(row=number, label=label), problem)
        return make_era(number, label, _child(element, "name"), start, end)

    def _event(self, element: ElementTree.Element, number: int) -> Item:
        fields = SlideFields(
            row=number,
            label=f"event {number}",
            headline=_CONTAINER_PREFIX.sub("", _child(element, "text")),
            text=(element.findtext("description") or ""),
            media=_child(element, "hyperlink"),
            category=_child(element, "category"),
            approximate=any(
                to_bool(_child(element, tag)) for tag in ("fuzzy", "fuzzy_start", "fuzzy_end")
            ),
            html=False,
        )
        try:
            start = _date(_child(element, "start"), "start")
            end = _date(_child(element, "end"), "end")
        except DateProblemError as problem:
            return refusal(fields, problem)
        if end == start:
            end = None
        item = make_event(fields, start, end)
        if isinstance(item, ImportedEvent):
            self.note_category(item.category)
        return item
