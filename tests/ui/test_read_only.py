"""A database that cannot be written opens read-only: notes are shown, editing is off."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from tests.conftest import SAMPLE_DATA
from tests.persistence.read_only_helpers import (
    NAME,
    assert_left_as_it_was,
    folder_state,
    write_uncheckpointed,
)
from timeline_app.app import create_main_window
from timeline_app.persistence import database as database_module
from timeline_app.services.note_service import NoteService
from timeline_app.services.startup import open_timeline_database
from timeline_app.ui.main_window import MainWindow


def test_an_unwritable_database_opens_read_only(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = open_timeline_database(db_path, SAMPLE_DATA)
    NoteService(database.session_factory, db_path).add_note("e2017-expo", "visible but frozen")
    database.dispose()
    before = db_path.read_bytes()
    # Root may write anywhere, so the test makes the app see what a user sees on a locked file.
    monkeypatch.setattr(database_module, "cannot_write", lambda _path: True)
    window = create_main_window(db_path, data_dir=SAMPLE_DATA)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.timeline_view.selectEvent("e2017-expo")
    panel = window.notes_panel
    assert [panel.notes_list.item(i).text() for i in range(panel.notes_list.count())] == [
        "visible but frozen"
    ]
    assert not panel.note_editor.isEnabled()
    assert not panel.add_button.isEnabled() and not panel.delete_button.isEnabled()
    assert "read-only" in panel.note_editor.placeholderText()
    indicator = window.findChild(QLabel, "readOnlyIndicator")
    assert indicator is not None and indicator.text() == "Read-only"
    window.close()
    assert db_path.read_bytes() == before


def test_read_only_mode_can_be_asked_for(qtbot: QtBot, db_path: Path) -> None:
    open_timeline_database(db_path, SAMPLE_DATA).dispose()
    window = create_main_window(db_path, data_dir=SAMPLE_DATA, read_only=True)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert window.notes_panel.isReadOnly()


def test_read_only_cannot_create_a_database(db_path: Path) -> None:
    from timeline_app.persistence.database import DatabaseOpenError

    with pytest.raises(DatabaseOpenError, match="does not exist yet"):
        open_timeline_database(db_path, SAMPLE_DATA, read_only=True)


def test_writing_when_disk_is_full_fails_cleanly_and_keeps_the_text(
    make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window()
    window.timeline_view.selectEvent("e2017-expo")
    engine = window.notes_panel._notes._session_factory.kw["bind"]
    with engine.connect() as connection:  # the pool reuses this connection for the next write
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
        connection.exec_driver_sql(f"PRAGMA max_page_count = {pages}")
    big = "note text " * 20_000
    window.notes_panel.note_editor.setPlainText(big)
    window.notes_panel.add_button.click()
    assert window.notes_panel.note_editor.toPlainText() == big
    assert "full" in window.notes_panel.status_line.text()
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA max_page_count = 1073741823")


def test_notes_only_in_the_wal_are_shown_and_exported_from_a_private_copy(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "db"
    folder.mkdir()
    path = write_uncheckpointed(folder)
    (folder / f"{NAME}-shm").unlink()  # so only a private copy can read the -wal
    before = folder_state(folder)
    window = create_main_window(path, data_dir=SAMPLE_DATA, read_only=True)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert "private copy" in window.statusBar().currentMessage()
    indicator = window.findChild(QLabel, "readOnlyIndicator")
    assert indicator is not None and "private copy" in indicator.toolTip()
    window.timeline_view.selectEvent("e2017-expo")
    assert window.notes_panel.notes_list.count() == 20
    target = tmp_path / "exported.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    window.actions_.export_json.trigger()
    assert window.statusBar().currentMessage() == f"20 notes exported to {target}."
    window.close()
    assert_left_as_it_was(folder, before)
