"""Private notes through the services, on both backends: made private and shared again, kept
through undo and edits, and carried by every export; a JSON import reads the mark back."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from tests.conftest import SAMPLE_DATA
from timeline_app.domain.errors import NoteGoneError
from timeline_app.persistence.database import Database
from timeline_app.services.note_exchange.import_file import NoteImportError
from timeline_app.services.note_exchange.service import NoteExchangeService
from timeline_app.services.note_service import NoteService
from timeline_app.services.startup import open_timeline_database

EVENT = "e1992-agreement"


@pytest.fixture
def notes(store: Database) -> NoteService:
    return NoteService(store.session_factory, store.name)


def test_a_note_is_shared_until_made_private_and_back(notes: NoteService) -> None:
    note, _ = notes.add_note(EVENT, "a thought")
    assert note.private is False
    private, changes = notes.set_private(note.id, True)
    assert (private.private, private.text, private.updated_at) == (
        True,
        "a thought",
        note.updated_at,
    )
    assert changes.notes_of_events == {EVENT}
    assert [n.private for n in notes.notes_for(EVENT)] == [True]
    shared, _ = notes.set_private(note.id, False)
    assert shared.private is False and notes.note(note.id) == shared


def test_making_a_deleted_note_private_says_it_is_gone(notes: NoteService) -> None:
    note, _ = notes.add_note(EVENT, "gone soon")
    notes.delete_note(note.id)
    with pytest.raises(NoteGoneError):
        notes.set_private(note.id, True)


def test_a_private_note_stays_private_through_edits_and_undo_of_a_delete(
    notes: NoteService,
) -> None:
    note, _ = notes.add_note(EVENT, "mine")
    notes.set_private(note.id, True)
    edited, _ = notes.update_note(note.id, "mine, edited")
    assert edited.private
    deleted, _ = notes.delete_note(note.id)
    assert deleted is not None and deleted.private
    notes.restore_note(deleted)
    assert [(n.text, n.private) for n in notes.notes_for(EVENT)] == [("mine, edited", True)]


def test_a_text_kept_as_new_note_is_the_writers_and_as_private_as_the_note(
    notes: NoteService,
) -> None:
    note, _ = notes.add_note(EVENT, "first")
    notes.set_private(note.id, True)
    notes.update_note(note.id, "changed in another window")
    saved = notes.save_edit(note.id, "changed here", note.updated_at)
    assert saved.kept_as_new
    assert (saved.note.author, saved.note.private) == (notes.author, True)


def test_the_authors_of_readable_notes_are_listed(notes: NoteService, store: Database) -> None:
    assert notes.authors() == []
    notes.add_note(EVENT, "one")
    notes.add_note(EVENT, "two")
    assert notes.authors() == [notes.author]


def test_exports_mark_private_notes_and_json_brings_the_mark_back(
    store: Database, tmp_path: Path
) -> None:
    notes = NoteService(store.session_factory, store.name, author="amina")
    secret, _ = notes.add_note(EVENT, "only mine")
    notes.set_private(secret.id, True)
    notes.add_note(EVENT, "for all")
    exchange = NoteExchangeService(store.session_factory, store.name)

    exchange.export_markdown(tmp_path / "notes.md")
    lines = (tmp_path / "notes.md").read_text(encoding="utf-8").splitlines()
    marks = [line for line in lines if line.startswith("*Created")]
    assert [line.endswith(" · private*") for line in marks] == [True, False]
    exchange.export_csv(tmp_path / "notes.csv")
    with (tmp_path / "notes.csv").open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert sorted((row["text"], row["private"]) for row in rows) == [
        ("for all", ""),
        ("only mine", "private"),
    ]
    exchange.export_json(tmp_path / "notes.json")
    document = json.loads((tmp_path / "notes.json").read_text(encoding="utf-8"))
    assert {n["text"]: n["private"] for n in document["notes"]} == {
        "only mine": True,
        "for all": False,
    }

    other = open_timeline_database(tmp_path / "other.sqlite3", SAMPLE_DATA)
    try:
        del document["notes"][1]["private"]  # optional: a file of an older version has none
        (tmp_path / "notes.json").write_text(json.dumps(document), encoding="utf-8")
        NoteExchangeService(other.session_factory, other.path).import_json(tmp_path / "notes.json")
        imported = NoteService(other.session_factory, other.path).notes_for(EVENT)
        assert sorted((n.text, n.private) for n in imported) == [
            ("for all", False),
            ("only mine", True),
        ]
    finally:
        other.dispose()


def test_a_private_field_that_is_not_a_boolean_is_refused(store: Database, tmp_path: Path) -> None:
    NoteService(store.session_factory, store.name).add_note(EVENT, "x")
    exchange = NoteExchangeService(store.session_factory, store.name)
    exchange.export_json(tmp_path / "notes.json")
    document = json.loads((tmp_path / "notes.json").read_text(encoding="utf-8"))
    document["notes"][0]["private"] = "yes"
    (tmp_path / "notes.json").write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(NoteImportError, match="field 'private': expected true or false"):
        exchange.read_notes_file(tmp_path / "notes.json")
