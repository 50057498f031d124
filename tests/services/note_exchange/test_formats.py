"""Note export formats: times people read in Markdown and CSV, full ISO in JSON; counts read right."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import UTC, date, datetime, timedelta, timezone

from timeline_app.domain.models import DatePrecision, EventMarker, Note
from timeline_app.services.note_exchange.formats import (
    NotesSnapshot,
    readable_timestamp,
    render_csv,
    render_json,
    render_markdown,
    utc_offset_label,
)

ALMATY = timezone(timedelta(hours=5))
CREATED = datetime(2026, 11, 29, 17, 59, 23, 486479, tzinfo=UTC)
UPDATED = datetime(2026, 11, 30, 8, 1, 2, 5, tzinfo=UTC)
EVENT = EventMarker("e", "EXPO", date(2017, 6, 10), None, DatePrecision.DAY, False, "culture", 3)
RAW_TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d|\.\d{6}|\+00:00")


def snapshot(*notes: Note) -> NotesSnapshot:
    return NotesSnapshot(notes=notes, events={"e": EVENT}, sources={})


def note(created: datetime = CREATED, updated: datetime = UPDATED) -> Note:
    return Note(1, "e", "text", created, updated, "uid-1")


def test_readable_timestamp_is_local_and_to_the_minute() -> None:
    assert readable_timestamp(CREATED, ALMATY) == "2026-11-29 22:59"
    assert readable_timestamp(CREATED, UTC) == "2026-11-29 17:59"
    assert utc_offset_label(CREATED, ALMATY) == "UTC+05:00"
    assert utc_offset_label(CREATED, timezone(timedelta(hours=-3, minutes=-30))) == "UTC-03:30"
    assert utc_offset_label(CREATED, UTC) == "UTC"


def test_markdown_shows_times_as_people_read_them() -> None:
    text = render_markdown(snapshot(note()), UPDATED, ALMATY)
    lines = text.splitlines()
    assert "Exported 2026-11-30 13:01 (times are local, UTC+05:00); 1 note." in lines
    assert "*Created 2026-11-29 22:59, updated 2026-11-30 13:01*" in lines
    assert not RAW_TIMESTAMP.search(text)


def test_markdown_counts_several_notes_and_a_never_edited_note() -> None:
    second = Note(2, "e", "other", CREATED, CREATED, "uid-2")
    text = render_markdown(snapshot(note(), second), UPDATED, ALMATY)
    assert "; 2 notes." in text
    assert "*Created 2026-11-29 22:59*" in text.splitlines()


def test_csv_times_are_readable_local_minutes() -> None:
    rows = list(csv.reader(io.StringIO(render_csv(snapshot(note()), ALMATY))))
    assert rows[1][4:6] == ["2026-11-29 22:59", "2026-11-30 13:01"]
    assert not RAW_TIMESTAMP.search("".join(rows[1]))


def test_json_keeps_full_iso_utc_for_the_importer() -> None:
    document = json.loads(render_json(snapshot(note()), UPDATED))
    assert document["notes"][0]["created_at"] == "2026-11-29T17:59:23.486479+00:00"
    assert document["exported_at"] == "2026-11-30T08:01:02.000005+00:00"
