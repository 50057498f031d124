"""``--export-image FILE [--range A:B] [--width PX]``: the timeline as a PNG, SVG or PDF, without
a window.

Draws everything the timeline shows (the curated chronology and the shown collections, with
their eras), light, in the chosen language, over the shown events' whole years unless
``--range`` says otherwise, and prints one line. Every failure is one line on stderr and exit
status 2, and no file is left behind.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

from timeline_app.data.problems import DataValidationError
from timeline_app.desktop.identity import configure_application_identity
from timeline_app.desktop.language import current_language, install_chosen_language
from timeline_app.domain.dates import precision_extent
from timeline_app.domain.errors import StorageError
from timeline_app.domain.models import DatePrecision
from timeline_app.domain.store_location import StoreLocation
from timeline_app.persistence.database import cannot_write
from timeline_app.persistence.errors import DatabaseOpenError
from timeline_app.services.citation_service import CitationService
from timeline_app.services.collections_service import CollectionsService
from timeline_app.services.startup import open_timeline_store
from timeline_app.services.timeline_service import TimelineService
from timeline_app.ui.figure.content import FigureContent
from timeline_app.ui.figure.export import FigureError, FigureWritten, write_figure
from timeline_app.ui.figure.options import MAX_WIDTH, FigureOptions, format_of
from timeline_app.ui.timeline.era_bands import ERA_COLOURS, EraBand

FAILURES = (DatabaseOpenError, DataValidationError, StorageError, FigureError, OSError)
_END = re.compile(r"^(\d{1,4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


class UsageError(Exception):
    """A bad option value, as one line."""


@dataclass(frozen=True, slots=True)
class ImageRequest:
    """What --export-image was asked for."""

    target: Path
    range: tuple[date, date] | None
    width: int


def _range_end(text: str, *, last: bool) -> date:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``: its first day, or its last when ``last``."""
    match = _END.match(text.strip())
    if match is None:
        raise UsageError(f"'{text}' is not a year, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(part) if part else None for part in match.groups())
    assert year is not None
    if not 1 <= year <= 9999:
        raise UsageError(f"the year {year} is not between 1 and 9999")
    try:
        start = date(year, month or 1, day or 1)
    except ValueError:
        raise UsageError(f"'{text}' is not a date") from None
    precision = DatePrecision.DAY if day else DatePrecision.MONTH if month else DatePrecision.YEAR
    return precision_extent(start, precision)[1 if last else 0]


def parse_range(text: str) -> tuple[date, date]:
    """``--range FIRST:LAST``, each a year, YYYY-MM or YYYY-MM-DD (both inclusive)."""
    parts = text.split(":")
    if len(parts) != 2 or not all(part.strip() for part in parts):
        raise UsageError(f"--range '{text}' is not FIRST:LAST (e.g. 2010:2020, 2010-03:2011-06-30)")
    try:
        first = _range_end(parts[0], last=False)
        last = _range_end(parts[1], last=True)
    except UsageError as error:
        raise UsageError(f"--range '{text}': {error}") from None
    if last < first:
        raise UsageError(f"--range '{text}' ends before it starts")
    return first, last


def parse_width(text: str | None) -> int:
    """``--width PX``: 1 to MAX_WIDTH (1600 when not given)."""
    if text is None:
        return 1600
    try:
        width = int(text.strip())
    except ValueError:
        raise UsageError(f"--width '{text}' is not a whole number of pixels") from None
    if not 1 <= width <= MAX_WIDTH:
        raise UsageError(f"--width {width} is not between 1 and {MAX_WIDTH}")
    return width


def parse_request(target: str, range_text: str | None, width: str | None) -> ImageRequest:
    """The checked options (UsageError for a bad one)."""
    path = Path(target).expanduser()
    if format_of(path) is None:
        found = f"extension '{path.suffix}'" if path.suffix else "no extension"
        raise UsageError(
            f"cannot export an image to {target}: {found} is not one of .png, .svg, .pdf "
            "(the extension chooses the format)"
        )
    chosen = parse_width(width)
    return ImageRequest(path, None if range_text is None else parse_range(range_text), chosen)


def _fail(message: str) -> int:
    print(f"timeline-app: {' '.join(message.split())}", file=sys.stderr)
    return 2


def summary(written: FigureWritten) -> str:
    """The one line printed on success."""
    kind = written.format.name
    pages = f"{written.pages} page" + ("" if written.pages == 1 else "s")
    line = f"Wrote {written.path}: {kind}, {pages}, {written.events_drawn} events drawn"
    if kind == "PDF":
        line += f", {written.sources} sources listed"
    return line


def _write(db_path: StoreLocation, request: ImageRequest, *, read_only: bool) -> FigureWritten:
    if isinstance(db_path, Path):  # a file's checks; a server store is checked by opening it
        if db_path.exists() and db_path.stat().st_size == 0:
            raise FigureError(f"the database {db_path} is empty; nothing was exported")
        read_only = read_only or cannot_write(db_path)
    database = open_timeline_store(db_path, read_only=True if read_only else None)
    try:
        name = database.name
        timeline = TimelineService(database.session_factory, name)
        timeline.set_text_language(current_language())
        citations = CitationService(database.session_factory, name)
        infos = CollectionsService(database.session_factory, name).collections()
        columns, categories = timeline.columns(), timeline.categories()
        eras = [
            EraBand(
                era.label,
                float(era.start.toordinal()),
                float(era.end.toordinal() + 1),
                ERA_COLOURS[number % len(ERA_COLOURS)],
            )
            for number, info in enumerate(infos)
            for era in info.eras
        ]
        content = FigureContent(
            columns, timeline, categories, eras, citations.sources_of_keys, citations.data_version()
        )
        if request.range is None:
            period = columns.period()
            first, last = period.first, period.last
        else:
            first, last = request.range
        options = FigureOptions(first, last, width=request.width)
        return write_figure(request.target, content, options)
    finally:
        database.dispose()


def export_image(
    db_path: StoreLocation,
    target: str,
    range_text: str | None,
    width: str | None,
    *,
    read_only: bool = False,
) -> int:
    """``--export-image FILE``: exit status."""
    try:
        request = parse_request(target, range_text, width)
    except UsageError as error:
        return _fail(str(error))
    app = QApplication.instance() or QApplication([sys.argv[0]])
    del app
    configure_application_identity()
    install_chosen_language()
    try:
        written = _write(db_path, request, read_only=read_only)
    except FAILURES as error:
        return _fail(str(error))
    print(summary(written))
    return 0
