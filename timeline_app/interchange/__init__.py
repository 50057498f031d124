"""Timelines in and out: TimelineJS JSON and spreadsheet CSV, any CSV through a column
mapping, and The Timeline Project's ``.timeline`` XML — read into one neutral model, and
written back out as TimelineJS JSON or CSV. Pure Python: no Qt, no SQL, no database.

Reading (import)::

    from timeline_app.interchange import ImportedEvent, NotATimelineError, open_timeline

    try:
        reader = open_timeline(path)            # format from the extension / CSV header
        with reader:
            for item in reader:                 # one event or refusal at a time
                if isinstance(item, ImportedEvent):
                    keep(item)                  # e.g. add to a pending database batch
                else:
                    report(item.row, item.label, item.reason, item.message)
                progress(reader.bytes_read, reader.total_bytes)
                if cancelled:
                    break                       # leaving the loop closes the file
        name = reader.title or path.stem       # complete once the loop has ended
        eras, categories, description = reader.eras, reader.categories, reader.description
    except NotATimelineError as error:         # the whole file refused: error.problem says why
        ...

Nothing is held back: a million-row CSV streams in constant memory (see
tests/benchmarks/import_speed.py), so the caller decides what to keep. Refusals name the row
(``Refusal.row`` and ``label``: 'row 7' in a CSV, where the header is row 1; 'event 3' or
'era 1' in JSON and XML), a ``RefusalReason`` to translate, and the offending value in English
(``detail``); ``message`` is the whole English line for logs and the command line.
``read_all()`` reads a small file into one ``ImportedTimeline``.

A plain CSV (one whose header is not TimelineJS's) needs a ``ColumnMapping``:
``read_csv_header(path)`` gives its columns, ``guess_mapping(header)`` proposes one for the
user to correct, ``open_timeline(path, mapping=...)`` reads through it.

Writing (export)::

    with open(tmp, "w", encoding="utf-8", newline="") as out:    # then rename: atomic
        count = write_timelinejs_json(out, events, title=..., description=..., eras=...)
        # or write_timelinejs_csv(out, events, ...) with the TimelineJS spreadsheet columns

``events`` is any iterable of ``ImportedEvent`` (a generator over the database streams too).
Reading a written file gives the same events back, except that every title is then a headline
(``title_derived`` False) and rows are numbered as in the new file.

The rules each format follows (columns, dates, HTML, titles, refusals) are in the docstrings of
``slides`` (titles), ``html_text`` (text and links), ``dates``, ``timelinejs_json``,
``timelinejs_csv``, ``plain_csv``, ``timeline_xml``, ``text_stream`` (encodings, delimiters)
and ``writers``.
"""

from timeline_app.interchange.formats import (
    TimelineFormat,
    detect_format,
    open_timeline,
    read_csv_header,
)
from timeline_app.interchange.model import (
    REASON_TEXT,
    Era,
    FileDate,
    ImportedCategory,
    ImportedEvent,
    ImportedTimeline,
    NotATimelineError,
    Refusal,
    RefusalReason,
)
from timeline_app.interchange.plain_csv import ColumnMapping, Field, guess_mapping
from timeline_app.interchange.reader import TimelineReader
from timeline_app.interchange.slides import TITLE_CHARACTERS, TITLE_WORDS
from timeline_app.interchange.writers import write_timelinejs_csv, write_timelinejs_json

__all__ = [
    "REASON_TEXT",
    "TITLE_CHARACTERS",
    "TITLE_WORDS",
    "ColumnMapping",
    "Era",
    "Field",
    "FileDate",
    "ImportedCategory",
    "ImportedEvent",
    "ImportedTimeline",
    "NotATimelineError",
    "Refusal",
    "RefusalReason",
    "TimelineFormat",
    "TimelineReader",
    "detect_format",
    "guess_mapping",
    "open_timeline",
    "read_csv_header",
    "write_timelinejs_csv",
    "write_timelinejs_json",
]
