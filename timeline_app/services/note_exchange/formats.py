"""Writing notes as Markdown (grouped by event, with dates and sources), JSON and CSV.

Every file is written atomically (temporary file, fsync, rename), so a failed write never
leaves a half-written file behind. CSV cells that a spreadsheet would run as formulas are
neutralised.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from uuid import uuid4

from timeline_app.domain.dates import event_date_text
from timeline_app.domain.errors import StorageError
from timeline_app.domain.models import EventMarker, Note, Source
from timeline_app.services.note_exchange.import_file import FORMAT_NAME, FORMAT_VERSION

MARKDOWN_TITLE = "Notes from the Kazakhstan–China Cultural Timeline"
REMOVED_EVENTS_HEADING = "Notes on removed events"
CSV_HEADER = (
    "uid",
    "event_id",
    "event_date",
    "event_title",
    "created_at",
    "updated_at",
    "text",
    "author",
    "private",
)

# OWASP "CSV injection": spreadsheets treat cells starting with these as formulas.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


@dataclass(frozen=True, slots=True)
class NotesSnapshot:
    """Every note, with the events they are on and those events' sources, read in one session."""

    notes: tuple[Note, ...]
    events: Mapping[str, EventMarker]
    sources: Mapping[str, tuple[Source, ...]]

    def event_date(self, event_id: str) -> str:
        """The event's date as a reader expects it; '' for a removed event."""
        event = self.events.get(event_id)
        if event is None:
            return ""
        return event_date_text(event)

    def event_title(self, event_id: str) -> str:
        """The event's title; '' for a removed event."""
        event = self.events.get(event_id)
        return "" if event is None else event.title


def utc_timestamp(moment: datetime) -> str:
    """Full ISO 8601 in UTC, for files that are read back (JSON)."""
    return moment.astimezone(UTC).isoformat()


def readable_timestamp(moment: datetime, zone: tzinfo | None = None) -> str:
    """'2026-11-29 18:59' in ``zone`` (None: this computer's zone), for people and spreadsheets.

    Year first and to the minute: unambiguous in every country, sorts as text, and spreadsheets
    read it as a date-time; microseconds and the offset would only be noise to a reader.
    """
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M")


def utc_offset_label(moment: datetime, zone: tzinfo | None = None) -> str:
    """'UTC+05:00' (or 'UTC'): the offset of ``zone`` at ``moment``."""
    offset = moment.astimezone(zone).utcoffset() or timedelta(0)
    if not offset:
        return "UTC"
    sign = "-" if offset < timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def _count_of_notes(count: int) -> str:
    # services stay free of Qt, so no Qt translation here: English, singular and plural.
    return f"{count} note" if count == 1 else f"{count} notes"


# ---- Markdown ---------------------------------------------------------------------------------


def render_markdown(
    snapshot: NotesSnapshot, exported_at: datetime, zone: tzinfo | None = None
) -> str:
    """Notes grouped by event (chronologically), then the notes on events that no longer exist.

    Times are shown in ``zone`` (None: this computer's time zone).
    """
    by_event: dict[str, list[Note]] = defaultdict(list)
    for note in snapshot.notes:
        by_event[note.event_id].append(note)
    lines = [
        f"# {MARKDOWN_TITLE}",
        "",
        f"Exported {readable_timestamp(exported_at, zone)} "
        f"(times are local, {utc_offset_label(exported_at, zone)}); "
        f"{_count_of_notes(len(snapshot.notes))}.",
        "",
    ]
    for event_id, event in snapshot.events.items():
        if event_id in by_event:
            heading = f"## {snapshot.event_date(event_id)} — {event.title}"
            lines += [heading, "", _sources_line(snapshot.sources.get(event_id, ())), ""]
            lines += _markdown_notes(by_event[event_id], zone)
    removed = sorted(event_id for event_id in by_event if event_id not in snapshot.events)
    if removed:
        lines += [f"## {REMOVED_EVENTS_HEADING}", ""]
        for event_id in removed:
            lines += [f"### Event id: {event_id}", ""]
            lines += _markdown_notes(by_event[event_id], zone)
    return "\n".join(lines)


def _sources_line(sources: Iterable[Source]) -> str:
    described = [
        f"{source.publisher} — {source.title}" + (f" ({source.url})" if source.url else "")
        for source in sources
    ]
    return "Sources: " + ("; ".join(described) if described else "none listed") + "."


def _markdown_notes(notes: Iterable[Note], zone: tzinfo | None) -> list[str]:
    lines: list[str] = []
    for note in notes:
        created = readable_timestamp(note.created_at, zone)
        updated = readable_timestamp(note.updated_at, zone)
        line = (
            f"Created {created}" if created == updated else f"Created {created}, updated {updated}"
        )
        if note.author:
            line += f" · by {note.author}"
        if note.private:
            line += " · private"
        lines.append(f"*{line}*")
        lines.append("")
        lines += _block_quote(note.text)
        lines.append("")
    return lines


def _block_quote(text: str) -> list[str]:
    """The note as a block quote: whatever it holds (headings, fences) stays inside the quote."""
    # Markdown ends a line at CR, LF or CRLF; every such line must carry the quote marker.
    unified = text.replace("\r\n", "\n").replace("\r", "\n")
    return [f"> {line}" if line else ">" for line in unified.split("\n")]


# ---- JSON -------------------------------------------------------------------------------------


def render_json(snapshot: NotesSnapshot, exported_at: datetime) -> str:
    """The notes file import_json reads: format, version, export time and every note."""
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": utc_timestamp(exported_at),
        "notes": [
            {
                "uid": note.uid,
                "event_id": note.event_id,
                "event_title": snapshot.event_title(note.event_id),
                "text": note.text,
                "created_at": utc_timestamp(note.created_at),
                "updated_at": utc_timestamp(note.updated_at),
                "author": note.author,
                "private": note.private,
            }
            for note in snapshot.notes
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


# ---- CSV --------------------------------------------------------------------------------------


def neutralise_cell(value: str) -> str:
    """Prefix a quote to a cell a spreadsheet would run as a formula (OWASP CSV injection)."""
    # Spreadsheets also skip leading spaces and read fullwidth signs as formula starts.
    stripped = value.lstrip(" \u00a0\u3000")
    return f"'{value}" if stripped.startswith(_FORMULA_STARTS) else value


def render_csv(snapshot: NotesSnapshot, zone: tzinfo | None = None) -> str:
    """One row per note under a header row; every cell neutralised against formulas.

    Times are local to ``zone`` (None: this computer's), to the minute, as spreadsheets read them.
    """
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(CSV_HEADER)
    for note in snapshot.notes:
        row = (
            note.uid,
            note.event_id,
            snapshot.event_date(note.event_id),
            snapshot.event_title(note.event_id),
            readable_timestamp(note.created_at, zone),
            readable_timestamp(note.updated_at, zone),
            note.text,
            note.author,
            "private" if note.private else "",
        )
        writer.writerow([neutralise_cell(cell) for cell in row])
    return buffer.getvalue()


# ---- Atomic writing ---------------------------------------------------------------------------


def os_error_reason(error: OSError) -> str:
    return error.strerror or str(error) or type(error).__name__


def write_atomically(target: Path, content: bytes) -> None:
    """Replace ``target`` with ``content`` all at once; raise StorageError naming the file."""
    temporary = target.with_name(f".{target.name}.{uuid4().hex[:12]}.tmp")
    try:
        # 0o666 lets the umask decide the permissions, as for any file the user saves.
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as error:
        raise StorageError(f"Could not write {target}: {os_error_reason(error)}.") from error
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise StorageError(f"Could not write {target}: {os_error_reason(error)}.") from error
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    """Flush the rename to disk where the system allows it (POSIX; Windows cannot open folders)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
