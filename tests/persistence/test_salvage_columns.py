"""Salvage reads every note of a file of an older schema too: a backup taken before an upgrade
has no ``author`` or ``private`` column, and asking for them made every row unreadable."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from timeline_app.persistence.salvage import salvage_notes

FIXTURES = Path(__file__).parents[1] / "fixtures"


def test_a_schema_9_file_gives_up_every_note(tmp_path: Path) -> None:
    path = tmp_path / "timeline.sqlite3"
    shutil.copy(FIXTURES / "schema_v9.sqlite3", path)
    connection = sqlite3.connect(path)
    try:
        columns = [str(row[1]) for row in connection.execute("PRAGMA table_info(notes)")]
        texts = sorted(str(row[0]) for row in connection.execute("SELECT text FROM notes"))
    finally:
        connection.close()
    assert "author" not in columns and "private" not in columns
    salvaged = salvage_notes(path)
    assert (salvaged.damaged_stretches, salvaged.problem) == (0, "")
    assert sorted(note.text for note in salvaged.notes) == texts and len(texts) == 3
    assert all(note.author == "" and not note.private for note in salvaged.notes)


def test_a_current_file_gives_up_authors_and_private_marks(tmp_path: Path) -> None:
    from tests.conftest import SAMPLE_DATA
    from timeline_app.services.note_service import NoteService
    from timeline_app.services.startup import open_timeline_database

    path = tmp_path / "timeline.sqlite3"
    database = open_timeline_database(path, SAMPLE_DATA)
    try:
        notes = NoteService(database.session_factory, path, author="amina")
        note, _ = notes.add_note("e2017-expo", "kept")
        notes.set_private(note.id, True)
    finally:
        database.dispose()
    (salvaged,) = salvage_notes(path).notes
    assert (salvaged.text, salvaged.author, salvaged.private) == ("kept", "amina", True)
