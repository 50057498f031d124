"""The notes list names a teammate's notes and marks private ones; "Private note" is undoable;
the author filter appears once notes of two authors exist and picks whose notes are listed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from tests.conftest import SAMPLE_DATA
from tests.ui.language_markers import marked_language
from tests.ui.window_helpers import WindowFactory, give_focus
from timeline_app.services.note_service import NoteService
from timeline_app.services.startup import open_timeline_database
from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.notes.author_filter import NoteAuthorFilter
from timeline_app.ui.notes.item_delegate import TIMESTAMP_ROLE
from timeline_app.ui.notes.panel import NotesPanel

EVENT = "e2017-expo"


@pytest.fixture(autouse=True)
def _me(monkeypatch: pytest.MonkeyPatch) -> None:
    """The window's user is "amina" (the OS user is the author on a local file)."""
    monkeypatch.setenv("LOGNAME", "amina")


def write_as(
    db_path: Path, author: str, text: str, *, private: bool = False, event: str = EVENT
) -> None:
    """A note by someone else on the same store (as a teammate's would be)."""
    database = open_timeline_database(db_path, SAMPLE_DATA)
    try:
        notes = NoteService(database.session_factory, database.path, author=author)
        note, _ = notes.add_note(event, text, from_draft=False)
        if private:
            notes.set_private(note.id, True)
    finally:
        database.dispose()


def add_mine(window: MainWindow, text: str) -> NotesPanel:
    window.timeline_view.selectEvent(EVENT)
    panel = window.notes_panel
    panel.note_editor.setPlainText(text)
    panel.add_button.click()
    return panel


def listed(panel: NotesPanel) -> list[tuple[str, str]]:
    items = [panel.notes_list.item(row) for row in range(panel.notes_list.count())]
    return [(item.text(), str(item.data(TIMESTAMP_ROLE))) for item in items]


def select_note(panel: NotesPanel, text: str) -> None:
    for row in range(panel.notes_list.count()):
        if panel.notes_list.item(row).text() == text:
            panel.notes_list.setCurrentRow(row)
            return
    raise AssertionError(f"no note {text!r}")


def test_a_teammates_note_shows_its_author_and_mine_does_not(
    make_window: WindowFactory, db_path: Path
) -> None:
    write_as(db_path, "alice", "by alice")
    panel = add_mine(make_window(), "by me")
    (mine_text, mine_line), (alice_text, alice_line) = listed(panel)
    assert (mine_text, alice_text) == ("by me", "by alice")
    assert alice_line.startswith("alice · ") and "amina" not in mine_line
    assert "Private" not in alice_line + mine_line


def test_private_note_is_toggled_by_keyboard_and_undone(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    panel = add_mine(window, "a secret")
    select_note(panel, "a secret")
    action = panel.privacy.action
    assert action.objectName() == "notePrivateAction" and action.isEnabled()
    assert not action.isChecked()
    assert "Only you can read a private note" in action.toolTip()

    give_focus(qtbot, panel.private_button)
    QTest.keyClick(panel.private_button, Qt.Key.Key_Space)
    assert action.isChecked()
    assert listed(panel)[0][1].startswith("Private · ")
    assert panel.status_line.text() == "The note is private now."
    assert "Make Note “a secret” Private" in window.actions_.undo.text()

    window.actions_.undo.trigger()
    assert not listed(panel)[0][1].startswith("Private · ")
    assert not action.isChecked()
    window.actions_.redo.trigger()
    assert listed(panel)[0][1].startswith("Private · ") and action.isChecked()
    current = panel.notes_list.currentNote()
    assert current is not None and current.private


def test_the_private_action_is_in_the_lists_context_menu_and_clicked(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    panel = add_mine(window, "mine")
    select_note(panel, "mine")
    assert panel.privacy.action in panel.notes_list.actions()
    qtbot.mouseClick(panel.private_button, Qt.MouseButton.LeftButton)
    assert listed(panel)[0][1].startswith("Private · ")
    qtbot.mouseClick(panel.private_button, Qt.MouseButton.LeftButton)
    assert not listed(panel)[0][1].startswith("Private · ")
    assert "Share Note “mine”" in window.actions_.undo.text()


def test_a_teammates_note_cannot_be_made_private(make_window: WindowFactory, db_path: Path) -> None:
    write_as(db_path, "alice", "by alice")
    window = make_window()
    window.timeline_view.selectEvent(EVENT)
    panel = window.notes_panel
    select_note(panel, "by alice")
    assert not panel.privacy.action.isEnabled()


def test_the_author_filter_appears_with_a_second_author_and_picks_notes(
    make_window: WindowFactory, db_path: Path, qtbot: QtBot
) -> None:
    window = make_window()
    panel = add_mine(window, "by me")
    combo = panel.findChild(NoteAuthorFilter, "noteAuthorFilter")
    assert combo is not None and combo.isHidden()  # one author: nothing to choose
    window.close()

    write_as(db_path, "alice", "by alice")
    write_as(db_path, "bob", "bob's private", private=True)
    window = make_window()
    window.timeline_view.selectEvent(EVENT)
    panel = window.notes_panel
    combo = panel.findChild(NoteAuthorFilter, "noteAuthorFilter")
    assert combo is not None and combo.isVisible()
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All authors",
        "Me",
        "alice",
        "bob",
    ]
    assert len(listed(panel)) == 3
    give_focus(qtbot, combo)
    QTest.keyClick(combo, Qt.Key.Key_Down)  # Me
    assert [text for text, _ in listed(panel)] == ["by me"]
    QTest.keyClick(combo, Qt.Key.Key_Down)  # alice
    assert [text for text, _ in listed(panel)] == ["by alice"]
    header = panel._header.text()
    assert header == "Notes (1)"
    QTest.keyClick(combo, Qt.Key.Key_Home)  # all authors
    assert len(listed(panel)) == 3


def test_notes_on_removed_events_follow_the_author_filter(
    make_window: WindowFactory, db_path: Path, qtbot: QtBot
) -> None:
    write_as(db_path, "alice", "alice on a removed event", event="gone-event")
    write_as(db_path, "amina", "mine on a removed event", event="gone-event")
    window = make_window()
    window.timeline_view.selectEvent(EVENT)
    combo = window.notes_panel.author_filter
    assert combo.isVisible()
    dialog = window.showRemovedEventNotes()
    qtbot.addWidget(dialog)
    assert dialog.notes_list.count() == 2
    dialog.close()

    combo.setCurrentIndex(combo.findData("alice"))
    dialog = window.showRemovedEventNotes()
    qtbot.addWidget(dialog)
    assert dialog.notes_list.count() == 1
    item = dialog.notes_list.item(0)
    assert item.text() == "alice on a removed event"
    assert "alice · " in str(item.data(TIMESTAMP_ROLE))


def test_the_new_texts_follow_a_language_switch(make_window: WindowFactory, db_path: Path) -> None:
    write_as(db_path, "alice", "by alice", private=True)
    window = make_window()
    panel = add_mine(window, "by me")
    combo = panel.author_filter
    with marked_language():
        assert panel.privacy.action.text() == "⟦Private note⟧"
        assert panel.privacy.action.toolTip().startswith("⟦Only you can read")
        assert [combo.itemText(i) for i in range(combo.count())] == [
            "⟦All authors⟧",
            "⟦Me⟧",
            "alice",  # a name is never translated
        ]
        alice_line = str(panel.notes_list.item(1).data(TIMESTAMP_ROLE))
        assert alice_line.startswith("⟦Private · ⟦alice · ")
    assert combo.itemText(0) == "All authors"
