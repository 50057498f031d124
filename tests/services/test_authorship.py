"""Authors: each new note and own event records who wrote it; notes files carry it both ways."""

from __future__ import annotations

import getpass
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import SAMPLE_DATA
from timeline_app.domain.collections import OwnEventInput
from timeline_app.persistence.database import Database
from timeline_app.services.authorship import local_author
from timeline_app.services.note_exchange.service import NoteExchangeService
from timeline_app.services.note_service import NoteService
from timeline_app.services.own_events import OwnEventsService
from timeline_app.services.startup import open_timeline_database


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    database = open_timeline_database(db_path, SAMPLE_DATA)
    yield database
    database.dispose()


def stored_authors(database: Database, sql: str) -> list[tuple[object, ...]]:
    with database.engine.connect() as connection:
        return [tuple(row) for row in connection.exec_driver_sql(sql)]


def test_the_local_author_is_the_os_user(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOGNAME", "amina")
    assert local_author() == getpass.getuser() == "amina"


def test_an_unknown_os_user_is_an_empty_author(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_user() -> str:
        raise OSError("No username set in the environment")

    monkeypatch.setattr(getpass, "getuser", no_user)
    assert local_author() == ""


def test_a_new_note_records_its_author(database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOGNAME", "amina")
    notes = NoteService(database.session_factory, database.path)
    assert notes.author == "amina"
    note, _ = notes.add_note("e2017-expo", "by default the OS user")
    other, _ = NoteService(database.session_factory, database.path, author="role_b").add_note(
        "e2017-expo", "a role passed in"
    )
    assert (note.author, other.author) == ("amina", "role_b")
    assert [n.author for n in notes.notes_for("e2017-expo")] == ["role_b", "amina"]
    assert stored_authors(database, "SELECT author FROM notes ORDER BY id") == [
        ("amina",),
        ("role_b",),
    ]


def test_undoing_a_delete_keeps_the_author(database: Database) -> None:
    notes = NoteService(database.session_factory, database.path, author="amina")
    note, _ = notes.add_note("e2017-expo", "deleted and back")
    deleted, _ = notes.delete_note(note.id)
    assert deleted is not None
    notes.restore_note(deleted)
    assert [n.author for n in notes.notes_for("e2017-expo")] == ["amina"]


def test_an_own_event_records_its_author_and_keeps_it_through_edits(database: Database) -> None:
    events = OwnEventsService(database.session_factory, database.path, author="amina")
    made = events.create(OwnEventInput("Mine", date(2020, 1, 1), category_id="agreement"))
    assert made.after is not None and made.after.author == "amina"
    OwnEventsService(database.session_factory, database.path, author="bolat").update(
        made.event_id, OwnEventInput("Mine, edited", date(2020, 1, 2), category_id="agreement")
    )
    record = events.event(made.event_id)
    assert record is not None and (record.title, record.author) == ("Mine, edited", "amina")
    deleted = events.delete(made.event_id)
    events.undo(deleted)
    assert stored_authors(
        database, "SELECT id, author FROM events WHERE collection_id IS NOT NULL"
    ) == [(made.event_id, "amina")]
    # The curated chronology has no author.
    assert stored_authors(
        database, "SELECT count(*) FROM events WHERE collection_id IS NULL AND author IS NOT NULL"
    ) == [(0,)]


def test_the_json_notes_file_carries_the_author_and_an_import_records_the_importer(
    database: Database, tmp_path: Path
) -> None:
    NoteService(database.session_factory, database.path, author="amina").add_note(
        "e2017-expo", "written by Amina"
    )
    exported = tmp_path / "notes.json"
    NoteExchangeService(database.session_factory, database.path).export_json(exported)
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert [note["author"] for note in document["notes"]] == ["amina"]
    unsigned = dict(document["notes"][0], uid="0" * 32, text="the file names nobody")
    del unsigned["author"]
    document["notes"].append(unsigned)
    exported.write_text(json.dumps(document), encoding="utf-8")

    other = open_timeline_database(tmp_path / "other.sqlite3", SAMPLE_DATA)
    try:
        importer = NoteExchangeService(other.session_factory, other.path, author="bolat")
        assert importer.import_json(exported).added == 2
        notes = NoteService(other.session_factory, other.path).notes_for("e2017-expo")
        # Issue 17: imported notes are authored by the importing role, whatever the file says.
        assert sorted((n.text, n.author) for n in notes) == [
            ("the file names nobody", "bolat"),
            ("written by Amina", "bolat"),
        ]
    finally:
        other.dispose()


def test_an_author_with_control_characters_is_refused(database: Database, tmp_path: Path) -> None:
    NoteService(database.session_factory, database.path, author="amina").add_note("e2017-expo", "x")
    exported = tmp_path / "notes.json"
    exchange = NoteExchangeService(database.session_factory, database.path)
    exchange.export_json(exported)
    document = json.loads(exported.read_text(encoding="utf-8"))
    document["notes"][0]["author"] = "line\nbreak"
    exported.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ValueError, match="field 'author': holds control characters"):
        exchange.read_notes_file(exported)
