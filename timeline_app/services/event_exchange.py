"""Timelines in and out of the database: read a file for a preview, import it as a
collection, export events as TimelineJS JSON or CSV.

An import reads the file twice: ``preview_file`` reads it whole (counting events, keeping
every refusal and the first rows for a preview, and the title, description, eras and category
colours the file gives wherever they stand in it) and writes nothing; ``import_file`` reads it
again and streams its events into the import writer, which writes all or nothing. A file in
which no event can be taken is never written (the caller sees ``event_count`` 0 first).
Exports are written to a temporary file beside the target and renamed over it when complete.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from timeline_app import APP_NAME
from timeline_app.domain import collections as domain
from timeline_app.domain.collections import ImportCancelledError, NeutralEvent
from timeline_app.domain.models import DatePrecision
from timeline_app.interchange import (
    ColumnMapping,
    FileDate,
    ImportedEvent,
    Refusal,
    open_timeline,
    write_timelinejs_csv,
    write_timelinejs_json,
)
from timeline_app.interchange import Era as FileEra
from timeline_app.persistence.collection_repository import CollectionRepository
from timeline_app.persistence.event_export import (
    CURATED,
    EVERY,
    StoredEvent,
    collection_span,
    curated_count,
    stored_events,
)
from timeline_app.services.event_import import EventImportWriter, ImportTarget, ImportWritten
from timeline_app.services.storage_errors import storage_errors

#: Rows of the file a preview keeps to show (events and refusals, in file order).
PREVIEW_ROWS = 300
#: Refusals a preview keeps (the rest are counted): a file of a million bad rows stays small.
KEPT_REFUSALS = 10_000
#: Items read between two progress reports / cancel checks.
REPORT_EVERY = 500
#: The name the command line gives the curated chronology.
CURATED_NAME = "curated"
#: Export formats by extension.
EXPORT_EXTENSIONS = (".json", ".csv")

Progress = Callable[[int, int], None]


def _never() -> bool:
    return False


@dataclass(slots=True)
class ImportPreview:
    """What a file holds, read without writing anything."""

    path: Path
    title: str = ""
    description: str = ""
    eras: tuple[FileEra, ...] = ()
    category_colours: dict[str, str] = field(default_factory=dict)
    event_count: int = 0
    #: How many rows are refused; the first KEPT_REFUSALS of them in ``refusals``.
    refused_count: int = 0
    refusals: list[Refusal] = field(default_factory=list)
    #: The first PREVIEW_ROWS items of the file (events and refusals).
    rows: list[ImportedEvent | Refusal] = field(default_factory=list)

    @property
    def name(self) -> str:
        """The collection's default name: the file's title, else its file name."""
        return " ".join(self.title.split()) or self.path.stem

    @property
    def more_rows(self) -> int:
        """Rows of the file the preview does not list."""
        return self.event_count + self.refused_count - len(self.rows)


def preview_file(
    path: Path,
    mapping: ColumnMapping | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = _never,
) -> ImportPreview:
    """Read ``path`` whole (NotATimelineError when it is not a timeline; ImportCancelledError
    when ``cancelled`` says so); ``progress(bytes_read, total_bytes)`` now and then."""
    reader = open_timeline(path, mapping=mapping)
    preview = ImportPreview(Path(path))
    with reader:
        for number, item in enumerate(reader):
            if isinstance(item, ImportedEvent):
                preview.event_count += 1
            else:
                preview.refused_count += 1
                if len(preview.refusals) < KEPT_REFUSALS:
                    preview.refusals.append(item)
            if len(preview.rows) < PREVIEW_ROWS:
                preview.rows.append(item)
            if number % REPORT_EVERY == 0:
                if cancelled():
                    raise ImportCancelledError
                if progress is not None:
                    progress(reader.bytes_read, reader.total_bytes)
    preview.title, preview.description, preview.eras = (
        reader.title,
        reader.description,
        reader.eras,
    )
    preview.category_colours = {c.name: c.colour for c in reader.categories if c.colour}
    if progress is not None:
        progress(reader.total_bytes, reader.total_bytes)
    return preview


_FINENESS = {DatePrecision.YEAR: 0, DatePrecision.MONTH: 1, DatePrecision.DAY: 2}


def _stored_end(start: FileDate, end: FileDate | None) -> date | None:
    """The end as an event stores it: the first day of its period at the start's precision
    (the chronology's own convention); an end coarser than the start ends with its last period
    (an event from July 1943 to 1946 ends in December 1946)."""
    if end is None:
        return None
    if _FINENESS[end.precision] < _FINENESS[start.precision]:
        return _file_date(end.latest().date(), start.precision).day
    return _file_date(end.day, start.precision).day


def to_neutral(event: ImportedEvent) -> NeutralEvent:
    """An event of a file as the import writer takes it."""
    start = event.start
    return NeutralEvent(
        title=event.title,
        start=start.day,
        end=_stored_end(start, event.end),
        precision=start.precision,
        approximate=event.approximate,
        time_of_day="" if start.time is None else start.time.strftime("%H:%M"),
        description=event.text,
        category=event.category,
        source_url=event.source_url,
        source_label=event.source_credit or event.source_caption,
        title_derived=event.title_derived,
    )


def to_domain_era(era: FileEra) -> domain.Era:
    """An era of a file as a collection keeps it."""
    return domain.Era(era.label, era.start.day, era.end.latest().date(), era.start.precision)


def _file_date(day: date, precision: DatePrecision) -> FileDate:
    if precision is DatePrecision.YEAR:
        return FileDate(day.replace(month=1, day=1), precision)
    if precision is DatePrecision.MONTH:
        return FileDate(day.replace(day=1), precision)
    return FileDate(day, DatePrecision.DAY)


def to_file_event(event: StoredEvent) -> ImportedEvent:
    """A stored event as an export file writes it."""
    start = _file_date(event.start, event.precision)
    if event.time_of_day and event.precision is DatePrecision.DAY:
        hour, minute = event.time_of_day.split(":")
        start = FileDate(start.day, DatePrecision.DAY, time(int(hour), int(minute)))
    end = None if event.end is None else _file_date(event.end, event.precision)
    return ImportedEvent(
        title=event.title,
        start=start,
        end=end,
        approximate=event.approximate,
        text=event.description,
        category=event.category,
        source_url=event.source_url,
        source_credit=event.source_label,
    )


def to_file_era(era: domain.Era) -> FileEra:
    """A collection's era as an export file writes it."""
    return FileEra(
        era.label, _file_date(era.start, era.precision), _file_date(era.end, era.precision)
    )


class EventExchangeService:
    """Imports files as collections and exports events."""

    def __init__(self, session_factory: sessionmaker[Session], path: Path | str) -> None:
        self._session_factory = session_factory
        self._path = path
        self.writer = EventImportWriter(session_factory, path)

    def collections(self) -> list[domain.CollectionInfo]:
        """The shown collections, with their event counts."""
        with storage_errors(self._path, "read the collections"), self._session_factory() as s:
            return CollectionRepository(s).collections()

    def collection_names(self) -> dict[str, int]:
        """The shown collections by name."""
        return {c.name: c.id for c in self.collections()}

    def curated_count(self) -> int:
        """How many events the curated chronology has."""
        with storage_errors(self._path, "count the events"), self._session_factory() as s:
            return curated_count(s)

    def span(self, collection_id: int) -> tuple[date, date] | None:
        """The days a collection's events cover (None when it has none)."""
        with storage_errors(self._path, "read the collection"), self._session_factory() as s:
            return collection_span(s, collection_id)

    def import_file(
        self,
        preview: ImportPreview,
        name: str,
        *,
        mapping: ColumnMapping | None = None,
        replace: bool = False,
        progress: Callable[[int], None] | None = None,
        cancelled: Callable[[], bool] = _never,
    ) -> ImportWritten:
        """Write the events of the previewed file as the collection ``name`` (see
        EventImportWriter.write for what it raises; nothing is left behind then)."""
        target = ImportTarget(
            name=name,
            description=preview.description,
            source_file=preview.path.name,
            eras=tuple(to_domain_era(era) for era in preview.eras),
            category_colours=preview.category_colours,
            replace=replace,
        )
        reader = open_timeline(preview.path, mapping=mapping)

        def events() -> Iterator[NeutralEvent]:
            with reader:
                for item in reader:
                    if isinstance(item, ImportedEvent):
                        yield to_neutral(item)

        return self.writer.write(target, events(), progress=progress, cancelled=cancelled)

    def export(
        self,
        target: Path,
        which: int,
        *,
        keys: Collection[int] | None = None,
        title: str = "",
    ) -> int:
        """Write the events of ``which`` (CURATED, EVERY or a collection id; only those of
        ``keys``, the column snapshot's event keys, when given) to ``target`` by its
        extension, atomically; the number written."""
        suffix = target.suffix.lower()
        if suffix not in EXPORT_EXTENSIONS:
            raise ValueError(f"extension '{suffix}' is not one of .json, .csv")
        write = write_timelinejs_json if suffix == ".json" else write_timelinejs_csv
        handle, temporary = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or Path(".")
        )
        try:
            with (
                storage_errors(self._path, "export the events"),
                self._session_factory() as s,
                os.fdopen(handle, "w", encoding="utf-8", newline="") as out,
            ):
                description, eras = "", tuple[FileEra, ...]()
                if which >= 0:
                    info = next(c for c in CollectionRepository(s).collections() if c.id == which)
                    title, description = title or info.name, info.description
                    eras = tuple(to_file_era(era) for era in info.eras)
                events = (
                    to_file_event(e)
                    for e in stored_events(s, which, None if keys is None else set(keys))
                )
                count = write(
                    out, events, title=title or APP_NAME, description=description, eras=eras
                )
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return count


__all__ = [
    "CURATED",
    "CURATED_NAME",
    "EVERY",
    "EventExchangeService",
    "ImportPreview",
    "preview_file",
    "to_neutral",
]
