"""Edit ▸ Preferences: theme, detail text size, start view and animations apply at once and
are remembered by the next window; Move… moves the database and the window keeps working."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from tests.ui.window_helpers import WindowFactory
from timeline_app.desktop import paths
from timeline_app.desktop.database_location import remembered_database_path
from timeline_app.persistence import database_copy
from timeline_app.ui.dialogs.preferences import PreferencesDialog
from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.preference_values import StartView, TextSize
from timeline_app.ui.theme import Appearance


def choose(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(combo.findData(value))


def open_preferences(qtbot: QtBot, window: MainWindow) -> PreferencesDialog:
    window.actions_.preferences.trigger()
    dialog = window.findChild(PreferencesDialog, "preferencesDialog")
    assert isinstance(dialog, PreferencesDialog)
    qtbot.waitExposed(dialog)
    return dialog


def notes_in(path: Path) -> list[str]:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in connection.execute("SELECT text FROM notes ORDER BY id")]
    finally:
        connection.close()


def add_note(qtbot: QtBot, window: MainWindow, event_id: str, text: str) -> None:
    assert window.timeline_view.selectEvent(event_id)
    editor = window.findChild(QPlainTextEdit, "noteEditor")
    assert editor is not None
    editor.setFocus()
    qtbot.keyClicks(editor, text)
    button = window.findChild(QPushButton, "addNoteButton")
    assert button is not None
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def test_preferences_has_the_standard_shortcut_and_role(make_window: WindowFactory) -> None:
    action = make_window().actions_.preferences
    assert QKeySequence("Ctrl+,") in action.shortcuts()
    assert action.menuRole() == action.MenuRole.PreferencesRole


def test_choices_apply_at_once_and_a_new_window_remembers_them(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    normal = window.detail_pane.font().pointSizeF()
    dialog = open_preferences(qtbot, window)
    choose(dialog.theme, Appearance.DARK)
    assert QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 60
    assert window.actions_.appearance[Appearance.DARK].isChecked()  # the View menu follows
    choose(dialog.text_size, TextSize.LARGER)
    assert window.detail_pane.font().pointSizeF() == pytest.approx(normal * 1.5)
    choose(dialog.start_view, StartView.LAST_EVENT)
    dialog.animate.setChecked(False)
    assert not window.actions_.animate.isChecked()
    assert window.timeline_view.selectEvent("e2017-expo")
    window.close()

    again = make_window()
    assert again.actions_.appearance[Appearance.DARK].isChecked()
    assert again.detail_pane.font().pointSizeF() == pytest.approx(normal * 1.5)
    assert not again.actions_.animate.isChecked()
    assert again.timeline_view.selectedEventId() == "e2017-expo"  # the last event, at start
    reopened = open_preferences(qtbot, again)
    assert reopened.theme.currentData() is Appearance.DARK
    assert reopened.start_view.currentData() is StartView.LAST_EVENT
    again.setAppearance(Appearance.LIGHT)


def test_last_view_shows_the_days_last_shown(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    choose(open_preferences(qtbot, window).start_view, StartView.LAST_VIEW)
    window.timeline_view.setDayWindow(8000.0, 8400.0)
    shown = window.timeline_view.visibleDayWindow()
    window.close()
    assert make_window().timeline_view.visibleDayWindow() == pytest.approx(shown)


def test_everything_is_the_default_start(make_window: WindowFactory) -> None:
    window = make_window()
    assert window.timeline_view.selectEvent("e2017-expo")
    window.close()
    assert make_window().timeline_view.selectedEventId() is None


def test_move_to_a_new_folder_moves_the_file_and_the_window_keeps_working(
    qtbot: QtBot,
    make_window: WindowFactory,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(paths, "default_database_path", lambda: db_path)
    window = make_window()
    add_note(qtbot, window, "e2017-expo", "before the move")
    qtbot.waitUntil(lambda: notes_in(db_path) == ["before the move"])
    target = tmp_path / "elsewhere" / "moved.sqlite3"
    target.parent.mkdir()
    dialog = open_preferences(qtbot, window)

    assert dialog.moveDatabaseTo(target) is None

    assert not db_path.exists()
    assert not Path(f"{db_path}-wal").exists()
    assert dialog.database_path.text() == str(target)
    add_note(qtbot, window, "e2015-agreement", "after the move")
    qtbot.waitUntil(lambda: notes_in(target) == ["before the move", "after the move"])
    assert not db_path.exists()  # nothing writes to the old place any more
    # The next plain start opens it.
    assert paths.resolve_database_path(None, remembered_database_path) == target
    window.close()
    assert not db_path.exists()


def refused(
    qtbot: QtBot, make_window: WindowFactory, db_path: Path, target: Path
) -> tuple[MainWindow, str]:
    window = make_window()
    add_note(qtbot, window, "e2017-expo", "keep me")
    qtbot.waitUntil(lambda: notes_in(db_path) == ["keep me"])
    dialog = open_preferences(qtbot, window)
    problem = dialog.moveDatabaseTo(target)
    assert problem is not None
    assert dialog.move_message.text() == problem
    assert dialog.database_path.text() == str(db_path)
    # The old file is still the one in use.
    add_note(qtbot, window, "e2015-agreement", "still here")
    qtbot.waitUntil(lambda: notes_in(db_path) == ["keep me", "still here"])
    return window, problem


def test_move_onto_an_existing_file_is_refused(
    qtbot: QtBot, make_window: WindowFactory, db_path: Path, tmp_path: Path
) -> None:
    existing = tmp_path / "taken.sqlite3"
    existing.write_bytes(b"someone else's file")
    _window, problem = refused(qtbot, make_window, db_path, existing)
    assert problem == (
        f"{existing} already exists: choose a new file name, so no file is overwritten."
    )
    assert existing.read_bytes() == b"someone else's file"


def test_move_onto_a_folder_is_refused(
    qtbot: QtBot, make_window: WindowFactory, db_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    _window, problem = refused(qtbot, make_window, db_path, folder)
    assert "is a folder" in problem


def test_move_under_a_file_is_refused(
    qtbot: QtBot, make_window: WindowFactory, db_path: Path, tmp_path: Path
) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    target = a_file / "timeline.sqlite3"
    _window, problem = refused(qtbot, make_window, db_path, target)
    assert problem == f"The database cannot be moved to {target}: {a_file} is not a folder."


def test_move_to_a_place_sqlite_cannot_write_is_refused(
    qtbot: QtBot,
    make_window: WindowFactory,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # As a normal user meets a read-only folder: SQLite opens the new file read-only.
    real_connect = sqlite3.connect

    def read_only_target(database: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(database, str) and "mode=rwc" in database:
            database = database.replace("mode=rwc", "mode=ro")
        return real_connect(database, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", read_only_target)
    target = tmp_path / "read-only" / "timeline.sqlite3"
    target.parent.mkdir()
    _window, problem = refused(qtbot, make_window, db_path, target)
    assert problem == (
        f"The database could not be copied to {target}: that folder cannot be written. It "
        f"stays at {db_path}; nothing was changed."
    )
    assert list(target.parent.iterdir()) == []


def test_a_full_disk_leaves_the_old_file_in_use(
    qtbot: QtBot,
    make_window: WindowFactory,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def full(_self: sqlite3.Connection, _target: sqlite3.Connection) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(database_copy, "_backup", full)
    target = tmp_path / "full" / "timeline.sqlite3"
    target.parent.mkdir()
    _window, problem = refused(qtbot, make_window, db_path, target)
    assert problem == (
        f"The database could not be copied to {target}: the disk is full. It stays at "
        f"{db_path}; nothing was changed."
    )
    assert list(target.parent.iterdir()) == []
