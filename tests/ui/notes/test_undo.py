"""Edit ▸ Undo and Redo of notes: deleting, adding, editing, and undoing in the middle of an edit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from tests.ui.window_helpers import WindowFactory


def test_undo_restores_a_deleted_note(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    window.timeline_view.selectEvent("e2017-expo")
    window.notes_panel.note_editor.setPlainText("precious")
    window.notes_panel.add_button.click()
    notes = window.notes_panel.notes_list
    original_id = notes.item(0).data(Qt.ItemDataRole.UserRole + 1)
    notes.setCurrentRow(0)
    QTest.keyClick(notes, Qt.Key.Key_Delete)
    assert notes.count() == 0
    window.actions_.undo.trigger()
    assert notes.count() == 1 and notes.item(0).text() == "precious"
    assert notes.item(0).data(Qt.ItemDataRole.UserRole + 1) == original_id


def test_undo_and_redo_of_add_and_edit(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    window.timeline_view.selectEvent("e2017-expo")
    panel = window.notes_panel
    panel.note_editor.setPlainText("first")
    panel.add_button.click()
    panel.notes_list.setCurrentRow(0)
    panel.edit_button.click()
    panel.note_editor.selectAll()
    qtbot.keyClicks(panel.note_editor, "second")
    panel.done_button.click()
    texts = lambda: [panel.notes_list.item(i).text() for i in range(panel.notes_list.count())]  # noqa: E731
    assert texts() == ["second"]
    assert "Edit Note" in window.actions_.undo.text()
    window.actions_.undo.trigger()
    assert texts() == ["first"]
    window.actions_.undo.trigger()
    assert texts() == []
    window.actions_.redo.trigger()
    assert texts() == ["first"]
    window.actions_.redo.trigger()
    assert texts() == ["second"]


def test_undo_while_editing_closes_the_edit_and_shows_the_old_text(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    panel = window.notes_panel
    window.timeline_view.selectEvent("e2017-expo")
    panel.note_editor.setPlainText("orig")
    panel.add_button.click()
    panel.notes_list.setCurrentRow(0)
    panel.edit_button.click()
    qtbot.keyClicks(panel.note_editor, " changed")
    panel.flush()
    window.undo()
    assert not panel.done_button.isVisible()  # back to writing a new note
    assert panel.notes_list.item(0).text() == "orig"
    assert panel.note_editor.toPlainText() == ""
    qtbot.keyClicks(panel.note_editor, "x")
    panel.flush()
    assert panel.notes_list.item(0).text() == "orig"


def test_undo_of_the_add_while_editing_that_note(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    panel = window.notes_panel
    window.timeline_view.selectEvent("e2017-expo")
    panel.note_editor.setPlainText("soon gone")
    panel.add_button.click()
    panel.notes_list.setCurrentRow(0)
    panel.edit_button.click()
    window.undo()
    assert panel.notes_list.count() == 0
    assert not panel.unsaved
    assert not panel.done_button.isVisible()
