"""The notes file format (JSON): reading and checking one, before anything is written; what
an import did.

A file is checked in full; the first fault raises NoteImportError naming the file, the note
(counted from 1) and the field.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from timeline_app.domain.note_text import NoteTextError, check_note_text

FORMAT_NAME = "kz-cn-timeline-notes"
FORMAT_VERSION = 1
_UID = re.compile(r"[0-9a-f]{32}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")
#: A string quoted in a message is cut after this many characters.
_QUOTE_CHARS = 40


class NoteImportError(ValueError):
    """A notes file cannot be imported; the message names the file, the note and the field."""


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
    #: Who wrote it, as the file says. Checked, but not recorded: an imported note is
    #: authored by whoever imports it (issue 17), which on a server store the server enforces.
    author: str = ""
    #: Only its author may read it (field ``private``, optional: shared when absent).
    private: bool = False


def parse_notes_file(data: bytes, name: str) -> list[ImportedNote]:
    """Check a whole notes file and return its notes; raise NoteImportError at the first fault."""
    try:
        return _parse(data, name)
    except NoteImportError:
        raise
    except (RecursionError, ValueError, OverflowError) as error:
        # Pathological but well-formed input: nesting too deep, numbers too long to print,
        # dates that overflow when converted to UTC.
        raise NoteImportError(f"{name}: cannot be read as a notes file ({error})") from error


def _parse(data: bytes, name: str) -> list[ImportedNote]:
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


def _found(value: object) -> str:
    """What a JSON value is, with the value itself: 'the decimal number 1.0', 'the string "1"'.

    Kind alone said "expected a number, got a number" for a version written 1.0.
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        # Very long integers cannot even be printed (Python caps int-to-text at 4,300 digits).
        return f"the whole number {value}" if value.bit_length() <= 64 else "a huge whole number"
    if isinstance(value, float):
        return f"the decimal number {value!r}"
    if isinstance(value, str):
        cut = value if len(value) <= _QUOTE_CHARS else value[:_QUOTE_CHARS] + "…"
        return "the string " + json.dumps(cut, ensure_ascii=False)
    if isinstance(value, list):
        count = len(value)
        return "an empty array" if not count else f"an array of {count} item{'s' * (count != 1)}"
    return "an object" if isinstance(value, dict) else type(value).__name__


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
            f"{name}: field 'version': expected a whole number, got {_found(version)}"
        )
    if version != FORMAT_VERSION:
        raise NoteImportError(
            f"{name}: field 'version': version {version} is not one this app reads "
            f"(it reads version {FORMAT_VERSION})"
        )
    notes = document.get("notes")
    if not isinstance(notes, list):
        raise NoteImportError(f"{name}: field 'notes': expected an array, got {_found(notes)}")
    return notes


def _string_field(raw: dict[str, Any], key: str, where: str) -> str:
    if key not in raw:
        raise NoteImportError(f"{where}: field '{key}': missing")
    value = raw[key]
    if not isinstance(value, str):
        raise NoteImportError(f"{where}: field '{key}': expected a string, got {_found(value)}")
    try:
        if key != "text":  # the note text gets the note service's own check and message
            value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise NoteImportError(
            f"{where}: field '{key}': contains an invalid character (a lone surrogate)"
        ) from error
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
        raise NoteImportError(f"{where}: expected an object, got {_found(raw)}")
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
    author = _string_field(raw, "author", where) if "author" in raw else ""
    if _CONTROL.search(author):
        raise NoteImportError(f"{where}: field 'author': holds control characters")
    private = raw.get("private", False)
    if not isinstance(private, bool):
        raise NoteImportError(
            f"{where}: field 'private': expected true or false, got {_found(private)}"
        )
    return ImportedNote(
        number, uid, event_id, text, created_at, updated_at, author.strip(), private
    )


def _check_unique_uids(notes: Iterable[ImportedNote], name: str) -> None:
    first_seen: dict[str, int] = {}
    for note in notes:
        if note.uid in first_seen:
            raise NoteImportError(
                f"{name}: note #{note.number}: field 'uid': "
                f"the same as note #{first_seen[note.uid]}"
            )
        first_seen[note.uid] = note.number


def check_not_after_today(notes: Iterable[ImportedNote], name: str, now: datetime) -> None:
    """Refuse the file when a note is dated after today (this computer's date), naming it.

    A note cannot have been written in the future: such a date is a wrong clock or an edited
    file, and as the newer copy it would replace the text here on every later import.
    """
    today = now.astimezone().date()
    for note in notes:
        for key, moment in (("created_at", note.created_at), ("updated_at", note.updated_at)):
            day = moment.astimezone().date()
            if day > today:
                raise NoteImportError(
                    f"{name}: note #{note.number} (on event '{note.event_id}', "
                    f"{_preview(note.text)}): field '{key}': {day.isoformat()} is after today "
                    f"({today.isoformat()})"
                )


def _preview(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return f"“{line if len(line) <= 30 else line[:29] + '…'}”"
