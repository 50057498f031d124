"""The notes panel's status line tells only what is still true: undo clears "Note deleted."."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from timeline_app.ui.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]


def status(window: MainWindow) -> QLabel:
    label = window.notes_panel.findChild(QLabel, "notesStatus")
    assert label is not None
    return label


def add_and_delete(window: MainWindow, text: str) -> None:
    window.timeline_view.selectEvent("e2017-expo")
    window.notes_panel.note_editor.setPlainText(text)
    window.notes_panel.add_button.click()
    notes = window.notes_panel.notes_list
    notes.setCurrentRow(0)
    QTest.keyClick(notes, Qt.Key.Key_Delete)


def test_undo_of_a_deletion_clears_the_deleted_message(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    add_and_delete(window, "precious")
    assert status(window).isVisible()
    assert status(window).text().startswith("Note deleted.")
    window.actions_.undo.trigger()
    assert window.notes_panel.notes_list.count() == 1
    assert not status(window).isVisible()
    assert "deleted" not in status(window).text()


def test_undo_of_an_add_clears_the_added_message(make_window: WindowFactory) -> None:
    window = make_window()
    window.timeline_view.selectEvent("e2017-expo")
    window.notes_panel.note_editor.setPlainText("short-lived")
    window.notes_panel.add_button.click()
    assert status(window).text() == "Note added."
    window.actions_.undo.trigger()
    assert window.notes_panel.notes_list.count() == 0
    assert status(window).text() == ""


def test_a_later_message_is_not_cleared_by_undo(make_window: WindowFactory) -> None:
    window = make_window()
    add_and_delete(window, "first")
    window.notes_panel.status_line.showMessage("Something else happened.", error=True)
    window.actions_.undo.trigger()
    assert status(window).text() == "Something else happened."
