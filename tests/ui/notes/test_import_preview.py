"""File ▸ Import Notes shows what it will change first, and Edit ▸ Undo takes it back whole."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from uuid import uuid4

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.ui.notes.test_files import add, answer_preview, choose_file
from timeline_app.persistence.database import open_database
from timeline_app.persistence.note_repository import NoteRepository
from timeline_app.ui.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]


def stored(path: Path) -> dict[str, tuple[str, str, datetime]]:
    """Every note in the file by uid: (event, text, updated_at)."""
    database = open_database(path)
    try:
        with database.session_factory() as session:
            notes = NoteRepository(session).by_uid().values()
            return {note.uid: (note.event_id, note.text, note.updated_at) for note in notes}
    finally:
        database.dispose()


def edited_export(window: MainWindow, monkeypatch: pytest.MonkeyPatch, folder: Path) -> Path:
    """Two notes exported; in the file one is edited later and two new ones are added."""
    add(window, "e2017-expo", "stays the same")
    add(window, "e1992-agreement", "old text")
    path = folder / "notes.json"
    choose_file(monkeypatch, path)
    window.actions_.export_json.trigger()
    document = json.loads(path.read_text(encoding="utf-8"))
    for note in document["notes"]:
        if note["text"] == "old text":
            note["text"] = "new text from elsewhere"
            later = datetime.fromisoformat(note["updated_at"]) + timedelta(seconds=1)
            note["updated_at"] = later.isoformat()
    for text in ("added one", "added two"):
        document["notes"].append(
            {**document["notes"][0], "uid": uuid4().hex, "text": text, "event_id": "e2017-expo"}
        )
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_cancel_on_the_preview_imports_nothing(
    make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, db_path: Path
) -> None:
    window = make_window()
    edited_export(window, monkeypatch, tmp_path)
    before, steps = stored(db_path), window.undo_stack.count()
    said = answer_preview(accept=False)
    window.actions_.import_json.trigger()
    assert said[0].startswith("2 added, 1 updated, 1 unchanged.")
    assert "On e1992-agreement: “old text” becomes “new text from elsewhere”" in said[1]
    assert stored(db_path) == before
    assert window.undo_stack.count() == steps
    assert window.statusBar().currentMessage() == "Nothing was imported from notes.json."


def test_an_accepted_import_is_one_step_for_undo_and_redo(
    make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, db_path: Path
) -> None:
    window = make_window()
    edited_export(window, monkeypatch, tmp_path)
    before, steps = stored(db_path), window.undo_stack.count()
    answer_preview(accept=True)
    window.actions_.import_json.trigger()
    imported = stored(db_path)
    assert len(imported) == 4
    assert sorted(text for _, text, _ in imported.values()) == [
        "added one",
        "added two",
        "new text from elsewhere",
        "stays the same",
    ]
    assert window.undo_stack.count() == steps + 1
    window.timeline_view.selectEvent("e2017-expo")
    assert window.notes_panel.notes_list.count() == 3
    assert window.actions_.undo.text() == "&Undo Import Notes from notes.json"
    window.actions_.undo.trigger()
    assert stored(db_path) == before
    assert window.notes_panel.notes_list.count() == 1
    window.actions_.redo.trigger()
    assert stored(db_path) == imported
    assert window.notes_panel.notes_list.count() == 3


def test_a_note_dated_after_today_is_refused_by_name(
    make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, db_path: Path
) -> None:
    window = make_window()
    path = edited_export(window, monkeypatch, tmp_path)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["notes"][3]["updated_at"] = "2999-01-01T00:00:00+00:00"
    path.write_text(json.dumps(document), encoding="utf-8")
    before = stored(db_path)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    window.actions_.import_json.trigger()
    assert shown[0].startswith(
        "notes.json: note #4 (on event 'e2017-expo', “added two”): field 'updated_at': "
        "2999-01-01 is after today"
    )
    assert shown[0].endswith("Nothing was imported.")
    assert stored(db_path) == before
