"""Two windows on one file (two launches, or ``--db`` twice): drafts stay each window's own,
an edit of a note deleted or changed in the other window is never lost.

Each window opens the file through its own Database (its own engine and connections), so for
SQLite's locking the two are as separate as two processes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.notes.panel import NotesPanel

WindowFactory = Callable[..., MainWindow]
EVENT = "e2017-expo"


def _drafts_in_file(db_path: Path) -> list[str]:
    connection = sqlite3.connect(db_path)
    try:
        return [text for (text,) in connection.execute("SELECT text FROM drafts ORDER BY text")]
    finally:
        connection.close()


def _show(window: MainWindow) -> NotesPanel:
    assert window.timeline_view.selectEvent(EVENT)
    assert window.notes_panel.eventId() == EVENT
    return window.notes_panel


def _texts(panel: NotesPanel) -> list[str]:
    return [panel.notes_list.item(row).text() for row in range(panel.notes_list.count())]


def _button(panel: NotesPanel, name: str) -> QPushButton:
    button = panel.offer_bar.findChild(QPushButton, name)
    assert isinstance(button, QPushButton), name
    return button


def _edit_first_note(panel: NotesPanel) -> None:
    panel.notes_list.setCurrentRow(0)
    panel.edit_button.click()
    assert panel._editor_controller.isEditing()


def test_a_note_added_in_one_window_leaves_the_other_windows_draft_alone(
    make_window: WindowFactory, qtbot: QtBot, db_path: Path
) -> None:
    a = _show(make_window())
    qtbot.keyClicks(a.note_editor, "A's draft")
    assert a.flush()
    window_b = make_window(db_path)
    b = _show(window_b)
    # B's editor does not take A's draft; B is told it exists.
    assert b.note_editor.toPlainText() == ""
    assert b.offer_bar.isVisible() and "Another draft" in b.offer_bar.text()
    qtbot.keyClicks(b.note_editor, "B's note")
    b.add_button.click()
    assert _texts(b) == ["B's note"]
    assert _drafts_in_file(db_path) == ["A's draft"]
    assert a.note_editor.toPlainText() == "A's draft"
    window_b.close()
    # Restart: the first window quits, a new one (a new window id) finds the draft.
    a.window().close()
    again = _show(make_window(db_path))
    assert again.note_editor.toPlainText() == "A's draft"
    again.note_editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(again.note_editor, " and more")
    again.add_button.click()
    assert _texts(again) == ["A's draft and more", "B's note"]
    assert _drafts_in_file(db_path) == []  # the draft taken over became the note


def test_two_drafts_of_one_event_are_both_kept_and_one_can_be_used(
    make_window: WindowFactory, qtbot: QtBot, db_path: Path
) -> None:
    a = _show(make_window())
    window_b = make_window(db_path)
    b = _show(window_b)
    qtbot.keyClicks(a.note_editor, "from A")
    qtbot.keyClicks(b.note_editor, "from B")
    assert a.flush() and b.flush()
    assert _drafts_in_file(db_path) == ["from A", "from B"]
    b.setEventId(EVENT)  # shown again: its own draft in the editor, A's offered
    assert b.note_editor.toPlainText() == "from B"
    _button(b, "useDraftButton").click()
    assert b.note_editor.toPlainText() == "from B\n\nfrom A"
    assert not b.offer_bar.isVisible()
    b.add_button.click()
    assert _texts(b) == ["from B\n\nfrom A"]
    assert _drafts_in_file(db_path) == ["from A"]  # A's draft is A's to add or discard
    assert a.note_editor.toPlainText() == "from A"


def test_an_edit_of_a_note_deleted_in_the_other_window_can_be_kept_as_a_new_note(
    make_window: WindowFactory, qtbot: QtBot, db_path: Path
) -> None:
    window_a = make_window()
    a = _show(window_a)
    a.note_editor.setPlainText("the original")
    a.add_button.click()
    _edit_first_note(a)
    b = _show(make_window(db_path))
    b.notes_list.setCurrentRow(0)
    b.delete_button.click()
    assert _texts(b) == []
    a.note_editor.selectAll()
    qtbot.keyClicks(a.note_editor, "my edit, which must not be lost")
    assert not a.flush()
    assert "deleted in another window" in a.status_line.text()
    assert a.offer_bar.isVisible()
    assert a.note_editor.toPlainText() == "my edit, which must not be lost"
    assert a.hasUnsavedText()  # quitting now would ask first
    _button(a, "keepAsNewNoteButton").click()
    assert _texts(a) == ["my edit, which must not be lost"]
    assert not a.hasUnsavedText() and not a.offer_bar.isVisible()
    b.setEventId(EVENT)
    assert _texts(b) == ["my edit, which must not be lost"]


def test_concurrent_edits_of_one_note_keep_both_texts_and_say_so(
    make_window: WindowFactory, qtbot: QtBot, db_path: Path
) -> None:
    a = _show(make_window())
    a.note_editor.setPlainText("the original")
    a.add_button.click()
    b = _show(make_window(db_path))
    _edit_first_note(a)
    _edit_first_note(b)
    b.note_editor.selectAll()
    qtbot.keyClicks(b.note_editor, "B's version")
    assert b.flush()
    a.note_editor.selectAll()
    qtbot.keyClicks(a.note_editor, "A's version")
    assert a.flush()
    assert "changed in another window" in a.status_line.text()
    assert "Both texts are kept" in a.status_line.text()
    assert sorted(_texts(a)) == ["A's version", "B's version"]
    # A goes on editing its own copy: later saves go there, without another conflict.
    qtbot.keyClicks(a.note_editor, ", more")
    assert a.flush()
    b.setEventId(EVENT)
    assert sorted(_texts(b)) == ["A's version, more", "B's version"]
