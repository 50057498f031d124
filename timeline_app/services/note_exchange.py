"""Exporting the user's notes to Markdown, JSON and CSV, and merging notes back from JSON.

Every export is written atomically (temporary file, fsync, rename), so a failed write never
leaves a half-written file behind. An import is checked in full before anything is written,
then merged by note uid in one transaction, so importing the same file twice adds nothing.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from uuid import uuid4

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from timeline_app.domain.dates import format_event_date
from timeline_app.domain.models import Changes, EventMarker, Note, Source
from timeline_app.persistence.event_repository import EventRepository
from timeline_app.persistence.orm import CitationRow, NoteRow, SourceRow
from timeline_app.persistence.search_index import index_note
from timeline_app.services.note_service import NoteTextError, check_note_text
from timeline_app.services.storage_errors import StorageError, storage_errors

#: The ``format`` and ``version`` a notes JSON file carries.
FORMAT_NAME = "kz-cn-timeline-notes"
FORMAT_VERSION = 1

MARKDOWN_TITLE = "Notes from the Kazakhstan–China Cultural Timeline"
REMOVED_EVENTS_HEADING = "Notes on removed events"
CSV_HEADER = ("uid", "event_id", "event_date", "event_title", "created_at", "updated_at", "text")

# OWASP "CSV injection": spreadsheets treat cells starting with these as formulas.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_UID = re.compile(r"[0-9a-f]{32}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")
_JSON_TYPE_NAMES = {
    bool: "a boolean",
    int: "a number",
    float: "a number",
    str: "a string",
    list: "an array",
    dict: "an object",
    type(None): "null",
}


class NoteImportError(ValueError):
    """A notes file cannot be imported; the message names the file, the note and the field."""


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did: counts of notes added, updated, unchanged and skipped, and why."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    warnings: tuple[str, ...] = ()
    changes: Changes = field(default_factory=Changes)


@dataclass(frozen=True, slots=True)
class _Snapshot:
    """Every note, with the events they are on and those events' sources, read in one session."""

    notes: tuple[Note, ...]
    events: Mapping[str, EventMarker]
    sources: Mapping[str, tuple[Source, ...]]

    def event_date(self, event_id: str) -> str:
        """The event's date as a reader expects it; '' for a removed event."""
        event = self.events.get(event_id)
        if event is None:
            return ""
        return format_event_date(
            event.start,
            event.end,
            event.precision,
            approximate=event.approximate,
            qualifier=event.qualifier,
        )

    def event_title(self, event_id: str) -> str:
        """The event's title; '' for a removed event."""
        event = self.events.get(event_id)
        return "" if event is None else event.title


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _timestamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


class NoteExchangeService:
    """Use cases that move notes in and out of files. Raises StorageError for failed I/O."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        path: Path,
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        self._session_factory = session_factory
        self._path = path
        self._clock = clock

    def export_markdown(self, target: Path) -> int:
        """Write every note as Markdown, grouped by event; returns how many notes."""
        snapshot = self._snapshot()
        _write_atomically(target, _render_markdown(snapshot, self._clock()).encode("utf-8"))
        return len(snapshot.notes)

    def export_json(self, target: Path) -> int:
        """Write every note as JSON that import_json reads back; returns how many notes."""
        snapshot = self._snapshot()
        _write_atomically(target, _render_json(snapshot, self._clock()).encode("utf-8"))
        return len(snapshot.notes)

    def export_csv(self, target: Path) -> int:
        """Write every note as a spreadsheet-safe CSV (UTF-8 with BOM); returns how many notes."""
        snapshot = self._snapshot()
        _write_atomically(target, _render_csv(snapshot).encode("utf-8-sig"))
        return len(snapshot.notes)

    def import_json(self, source: Path) -> ImportReport:
        """Merge the notes of a JSON export by uid, in one transaction; raises NoteImportError."""
        try:
            data = source.read_bytes()
        except OSError as error:
            raise StorageError(f"Could not read {source}: {_reason(error)}.") from error
        notes = parse_notes_file(data, source.name)
        with (
            storage_errors(self._path, "import the notes"),
            self._session_factory.begin() as session,
        ):
            return _merge(session, notes)

    def _snapshot(self) -> _Snapshot:
        with storage_errors(self._path, "read the notes"), self._session_factory() as session:
            rows = session.scalars(select(NoteRow).order_by(NoteRow.created_at, NoteRow.id))
            notes = tuple(_note(row) for row in rows)
            events = {marker.id: marker for marker in EventRepository(session).markers()}
            sources = _sources_of(session, {note.event_id for note in notes})
        return _Snapshot(notes, events, sources)


def _note(row: NoteRow) -> Note:
    return Note(row.id, row.event_id, row.text, row.created_at, row.updated_at, row.uid)


def _sources_of(session: Session, event_ids: set[str]) -> dict[str, tuple[Source, ...]]:
    """The sources each event cites, in citation order."""
    found: dict[str, list[Source]] = defaultdict(list)
    rows = session.execute(
        select(
            CitationRow.event_id, SourceRow.id, SourceRow.publisher, SourceRow.title, SourceRow.url
        )
        .join(SourceRow, SourceRow.id == CitationRow.source_id)
        .where(CitationRow.event_id.in_(event_ids))
        .order_by(CitationRow.event_id, CitationRow.position)
    )
    for event_id, source_id, publisher, title, url in rows:
        found[event_id].append(Source(id=source_id, title=title, publisher=publisher, url=url))
    return {event_id: tuple(sources) for event_id, sources in found.items()}


# ---- Markdown ---------------------------------------------------------------------------------


def _render_markdown(snapshot: _Snapshot, exported_at: datetime) -> str:
    """Notes grouped by event (chronologically), then the notes on events that no longer exist."""
    by_event: dict[str, list[Note]] = defaultdict(list)
    for note in snapshot.notes:
        by_event[note.event_id].append(note)
    lines = [
        f"# {MARKDOWN_TITLE}",
        "",
        f"Exported {_timestamp(exported_at)} (UTC); {len(snapshot.notes)} notes.",
        "",
    ]
    for event_id, event in snapshot.events.items():
        if event_id in by_event:
            heading = f"## {snapshot.event_date(event_id)} — {event.title}"
            lines += [heading, "", _sources_line(snapshot.sources.get(event_id, ())), ""]
            lines += _markdown_notes(by_event[event_id])
    removed = sorted(event_id for event_id in by_event if event_id not in snapshot.events)
    if removed:
        lines += [f"## {REMOVED_EVENTS_HEADING}", ""]
        for event_id in removed:
            lines += [f"### Event id: {event_id}", ""]
            lines += _markdown_notes(by_event[event_id])
    return "\n".join(lines)


def _sources_line(sources: Iterable[Source]) -> str:
    described = [
        f"{source.publisher} — {source.title}" + (f" ({source.url})" if source.url else "")
        for source in sources
    ]
    return "Sources: " + ("; ".join(described) if described else "none listed") + "."


def _markdown_notes(notes: Iterable[Note]) -> list[str]:
    lines: list[str] = []
    for note in notes:
        lines.append(
            f"*Created {_timestamp(note.created_at)}, updated {_timestamp(note.updated_at)}*"
        )
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


def _render_json(snapshot: _Snapshot, exported_at: datetime) -> str:
    """The notes file import_json reads: format, version, export time and every note."""
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": _timestamp(exported_at),
        "notes": [
            {
                "uid": note.uid,
                "event_id": note.event_id,
                "event_title": snapshot.event_title(note.event_id),
                "text": note.text,
                "created_at": _timestamp(note.created_at),
                "updated_at": _timestamp(note.updated_at),
            }
            for note in snapshot.notes
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


# ---- CSV --------------------------------------------------------------------------------------


def neutralise_cell(value: str) -> str:
    """Prefix a quote to a cell a spreadsheet would run as a formula (OWASP CSV injection)."""
    return f"'{value}" if value.startswith(_FORMULA_STARTS) else value


def _render_csv(snapshot: _Snapshot) -> str:
    """One row per note under a header row; every cell neutralised against formulas."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(CSV_HEADER)
    for note in snapshot.notes:
        row = (
            note.uid,
            note.event_id,
            snapshot.event_date(note.event_id),
            snapshot.event_title(note.event_id),
            _timestamp(note.created_at),
            _timestamp(note.updated_at),
            note.text,
        )
        writer.writerow([neutralise_cell(cell) for cell in row])
    return buffer.getvalue()


# ---- Atomic writing ---------------------------------------------------------------------------


def _reason(error: OSError) -> str:
    return error.strerror or str(error) or type(error).__name__


def _write_atomically(target: Path, content: bytes) -> None:
    """Replace ``target`` with ``content`` all at once; raise StorageError naming the file."""
    temporary = target.with_name(f".{target.name}.{uuid4().hex[:12]}.tmp")
    try:
        # 0o666 lets the umask decide the permissions, as for any file the user saves.
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as error:
        raise StorageError(f"Could not write {target}: {_reason(error)}.") from error
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise StorageError(f"Could not write {target}: {_reason(error)}.") from error
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


# ---- Reading a notes file ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ImportedNote:
    """One checked note from a notes file; ``number`` counts from 1 in file order."""

    number: int
    uid: str
    event_id: str
    text: str
    created_at: datetime
    updated_at: datetime


def parse_notes_file(data: bytes, name: str) -> list[ImportedNote]:
    """Check a whole notes file and return its notes; raise NoteImportError at the first fault."""
    try:
        decoded = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise NoteImportError(
            f"{name}: not UTF-8 text (invalid byte at position {error.start})"
        ) from error
    try:
        document = json.loads(decoded)
    except json.JSONDecodeError as error:
        raise NoteImportError(
            f"{name}: not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
        ) from error
    raw_notes = _check_header(document, name)
    notes = [
        _check_note(raw, f"{name}: note #{number}", number)
        for number, raw in enumerate(raw_notes, start=1)
    ]
    _check_unique_uids(notes, name)
    return notes


def _type_name(value: object) -> str:
    return _JSON_TYPE_NAMES.get(type(value), type(value).__name__)


def _check_header(document: object, name: str) -> list[Any]:
    if not isinstance(document, dict):
        raise NoteImportError(f"{name}: not a notes export (expected a JSON object at the top)")
    found = document.get("format")
    if found != FORMAT_NAME:
        raise NoteImportError(
            f"{name}: not a notes export: field 'format' is {found!r}, expected {FORMAT_NAME!r}"
        )
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise NoteImportError(
            f"{name}: field 'version': expected a number, got {_type_name(version)}"
        )
    if version != FORMAT_VERSION:
        raise NoteImportError(
            f"{name}: field 'version': version {version} is not one this app reads "
            f"(it reads version {FORMAT_VERSION})"
        )
    notes = document.get("notes")
    if not isinstance(notes, list):
        raise NoteImportError(f"{name}: field 'notes': expected an array, got {_type_name(notes)}")
    return notes


def _string_field(raw: dict[str, Any], key: str, where: str) -> str:
    if key not in raw:
        raise NoteImportError(f"{where}: field '{key}': missing")
    value = raw[key]
    if not isinstance(value, str):
        raise NoteImportError(f"{where}: field '{key}': expected a string, got {_type_name(value)}")
    return value


def _time_field(raw: dict[str, Any], key: str, where: str) -> datetime:
    value = _string_field(raw, key, where)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as error:
        raise NoteImportError(f"{where}: field '{key}': not an ISO date-time") from error
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise NoteImportError(
            f"{where}: field '{key}': has no time zone (expected e.g. 2026-01-31T12:00:00+00:00)"
        )
    return moment.astimezone(UTC)


def _check_note(raw: object, where: str, number: int) -> ImportedNote:
    if not isinstance(raw, dict):
        raise NoteImportError(f"{where}: expected an object, got {_type_name(raw)}")
    uid = _string_field(raw, "uid", where)
    if not _UID.fullmatch(uid):
        raise NoteImportError(f"{where}: field 'uid': expected 32 lowercase hex digits")
    event_id = _string_field(raw, "event_id", where)
    # Event ids become headings and cells: a line break in one would break the exports.
    if not event_id.strip() or _CONTROL.search(event_id):
        raise NoteImportError(f"{where}: field 'event_id': empty or holds control characters")
    if "event_title" in raw:
        _string_field(raw, "event_title", where)
    text = _string_field(raw, "text", where)
    try:
        check_note_text(text)
    except NoteTextError as error:
        raise NoteImportError(f"{where}: field 'text': {error}") from error
    created_at = _time_field(raw, "created_at", where)
    updated_at = _time_field(raw, "updated_at", where)
    return ImportedNote(number, uid, event_id, text, created_at, updated_at)


def _check_unique_uids(notes: Iterable[ImportedNote], name: str) -> None:
    first_seen: dict[str, int] = {}
    for note in notes:
        if note.uid in first_seen:
            raise NoteImportError(
                f"{name}: note #{note.number}: field 'uid': "
                f"the same as note #{first_seen[note.uid]}"
            )
        first_seen[note.uid] = note.number


# ---- Merging ----------------------------------------------------------------------------------


@dataclass
class _Tally:
    """Counts and warnings gathered while merging."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    warnings: list[str] = field(default_factory=list)
    touched: set[str] = field(default_factory=set)

    def report(self) -> ImportReport:
        return ImportReport(
            self.added,
            self.updated,
            self.unchanged,
            self.skipped,
            tuple(self.warnings),
            Changes(notes_of_events=frozenset(self.touched)),
        )


def _merge(session: Session, notes: list[ImportedNote]) -> ImportReport:
    """Insert unknown uids, update known ones whose file copy is newer; the caller commits."""
    rows = {row.uid: row for row in session.scalars(select(NoteRow))}
    known_events = {marker.id for marker in EventRepository(session).markers()}
    tally = _Tally()
    added: list[NoteRow] = []
    for note in notes:
        row = rows.get(note.uid)
        if row is None:
            added.append(_new_row(note))
            tally.added += 1
            tally.touched.add(note.event_id)
            if note.event_id not in known_events:
                tally.warnings.append(
                    f"Note #{note.number} is on event '{note.event_id}', which is not in this "
                    "timeline; it was imported and is listed with notes on removed events."
                )
        else:
            _merge_known(session, row, note, tally)
    session.add_all(added)
    session.flush()
    for row in added:
        index_note(session, row.id, row.event_id, row.text)
    return tally.report()


def _new_row(note: ImportedNote) -> NoteRow:
    return NoteRow(
        uid=note.uid,
        event_id=note.event_id,
        text=note.text,
        created_at=note.created_at,
        updated_at=note.updated_at,
    )


def _merge_known(session: Session, row: NoteRow, note: ImportedNote, tally: _Tally) -> None:
    """Keep whichever copy of a note was edited last."""
    if row.event_id != note.event_id:
        tally.warnings.append(
            f"Note #{note.number} is on event '{note.event_id}' in the file but on "
            f"'{row.event_id}' here; it stays on '{row.event_id}'."
        )
    if row.text == note.text:
        tally.unchanged += 1
    elif note.updated_at > row.updated_at:
        row.text = note.text
        row.updated_at = note.updated_at
        index_note(session, row.id, row.event_id, row.text)
        tally.updated += 1
        tally.touched.add(row.event_id)
    else:
        tally.skipped += 1
        tally.warnings.append(
            f"Note #{note.number} was edited here after the copy in the file; kept this one."
        )
