"""Notes exchange tests: the services over a fresh database, and notes files to import."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from uuid import uuid4

from sqlalchemy import select

from timeline_app.persistence.database import Database
from timeline_app.persistence.orm_notes import NoteRow
from timeline_app.persistence.search_index import index_is_current
from timeline_app.services.note_exchange.service import FORMAT_NAME, NoteExchangeService
from timeline_app.services.note_service import NoteService

EXPORTED_AT = datetime(2026, 2, 3, 4, 5, 6, tzinfo=UTC)
MULTILINGUAL = "Қазақстан мен Қытай: 中哈文化交流 🎉🐎"

NoteFacts = tuple[str, str, str, datetime, datetime]


class Clock:
    """A clock that moves a second forward each time it is read."""

    def __init__(self) -> None:
        self.now = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@dataclass
class Env:
    """The services under test over one fresh database."""

    database: Database
    notes: NoteService
    exchange: NoteExchangeService
    folder: Path

    def facts(self) -> list[NoteFacts]:
        """Every stored note as (uid, event_id, text, created_at, updated_at), by uid."""
        with self.database.session_factory() as session:
            rows = session.scalars(select(NoteRow).order_by(NoteRow.uid))
            return [(r.uid, r.event_id, r.text, r.created_at, r.updated_at) for r in rows]

    def wipe(self) -> None:
        """Delete every note through the note service."""
        with self.database.session_factory() as session:
            ids = list(session.scalars(select(NoteRow.id)))
        for note_id in ids:
            self.notes.delete_note(note_id)

    def index_is_current(self) -> bool:
        """True when the search index covers exactly the stored notes."""
        with self.database.session_factory() as session:
            return index_is_current(session)


def add_sample_notes(env: Env) -> None:
    """Five notes: two on one event, one with Markdown in it, one on a removed event."""
    env.notes.add_note("e2007-institutes", "Institutes note")
    env.notes.add_note("e1992-agreement", "Older note on 1992")
    env.notes.add_note("e1992-agreement", "# not a heading\n\nsecond paragraph\r\nthird line")
    env.notes.add_note("gone-event", "A note that outlived its event")
    env.notes.add_note("e2017-expo", MULTILINGUAL)


def read_csv(path: Path) -> list[list[str]]:
    """The rows of an exported CSV file."""
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream))


def entry(**overrides: Any) -> dict[str, Any]:
    """One valid note of a notes file, with fields replaced or (value None) removed."""
    fields: dict[str, Any] = {
        "uid": uuid4().hex,
        "event_id": "e1992-agreement",
        "event_title": "Agreement on cultural cooperation",
        "text": "imported text",
        "created_at": "2025-05-01T10:00:00+00:00",
        "updated_at": "2025-05-02T10:00:00+00:00",
    }
    fields.update(overrides)
    return {key: value for key, value in fields.items() if value is not None}


def notes_file(folder: Path, *notes: object, **header: Any) -> Path:
    """A notes file holding ``notes``, with header fields replaced or (value None) set to null."""
    document: dict[str, Any] = {
        "format": FORMAT_NAME,
        "version": 1,
        "exported_at": "2026-01-01T00:00:00+00:00",
    }
    document.update(header)
    document["notes"] = list(notes)
    path = folder / "notes.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def write_bytes(folder: Path, data: bytes) -> Path:
    """A notes file holding exactly these bytes."""
    path = folder / "notes.json"
    path.write_bytes(data)
    return path
