"""The whole window: details on click, notes that survive restarts, menus and saved layout."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QWidget,
)
from pytestqt.qtbot import QtBot

from timeline_app.ui.dialogs.about import AboutDialog
from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.notes.editor_controller import AUTOSAVE_DELAY_MS
from timeline_app.ui.timeline.view import TimelineView

WindowFactory = Callable[..., MainWindow]


T = TypeVar("T", bound=QWidget)


def child(window: QMainWindow, kind: type[T], name: str) -> T:
    widget = window.findChild(kind, name)
    assert widget is not None, f"no {kind.__name__} named {name}"
    return widget


def click_event(qtbot: QtBot, window: QMainWindow, event_id: str) -> None:
    view = child(window, TimelineView, "timelineView")
    position = view.eventPosition(event_id)
    assert position is not None, f"{event_id} is not drawn in view"
    with qtbot.waitSignal(view.eventSelected):
        QTest.mouseClick(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, position)


def add_note(qtbot: QtBot, window: QMainWindow, text: str) -> None:
    editor = child(window, QPlainTextEdit, "noteEditor")
    editor.setFocus()
    # QTest can only type ASCII keys; the rest arrives as an input method would deliver it.
    ascii_end = next((i for i, ch in enumerate(text) if not ch.isascii()), len(text))
    qtbot.keyClicks(editor, text[:ascii_end])
    editor.insertPlainText(text[ascii_end:])
    QTest.mouseClick(child(window, QPushButton, "addNoteButton"), Qt.MouseButton.LeftButton)


def note_texts(window: QMainWindow) -> list[str]:
    notes = child(window, QListWidget, "notesList")
    return [notes.item(row).text() for row in range(notes.count())]


def test_contract_object_names_exist(make_window: WindowFactory) -> None:
    window = make_window()
    assert window.objectName() == "mainWindow"
    for kind, name in (
        (TimelineView, "timelineView"),
        (QTextBrowser, "detailPane"),
        (QListWidget, "notesList"),
        (QPlainTextEdit, "noteEditor"),
        (QPushButton, "addNoteButton"),
    ):
        child(window, kind, name)
    assert window.windowTitle() == "Kazakhstan–China Cultural Timeline"


def test_clicking_a_marker_shows_its_details_and_sources(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    click_event(qtbot, window, "e1992-agreement")
    text = child(window, QTextBrowser, "detailPane").toPlainText()
    for expected in (
        "Agreement on cultural cooperation",
        "10 August 1992",
        "Agreements",
        "confidence: high",
        "Beijing",
        "北京",
        "Kazinform",
        "Seed article A",
        "https://example.org/a",
        "A seed article of this timeline",
        "one of the first legal acts",
        "Бибігүл Жексенбай",
        "A second paragraph.",
    ):
        assert expected in text, expected


def test_place_is_named_as_it_was_on_the_day(make_window: WindowFactory) -> None:
    window = make_window()
    window.timeline_view.selectEvent("e2020-nur-sultan")
    text = child(window, QTextBrowser, "detailPane").toPlainText()
    assert "Nur-Sultan (today Astana)" in text
    assert "May 2020" in text


def test_related_event_link_selects_that_event(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    window.timeline_view.selectEvent("e1992-agreement")
    pane = window.detail_pane
    cursor = pane.document().find("Agreement on cultural and humanitarian cooperation")
    assert not cursor.isNull()
    cursor.setPosition(cursor.selectionStart() + 3)
    link_point = pane.cursorRect(cursor).center()
    with qtbot.waitSignal(window.timeline_view.eventSelected) as selected:
        QTest.mouseClick(
            pane.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, link_point
        )
    assert selected.args == ["e2015-agreement"]
    assert "Agreement on cultural and humanitarian cooperation" in pane.toPlainText()


def test_a_note_survives_closing_and_rebuilding_the_window(
    make_window: WindowFactory, qtbot: QtBot, db_path: Path
) -> None:
    window = make_window()
    click_event(qtbot, window, "e2015-agreement")
    add_note(qtbot, window, "check the archive: Қытаймен келісім — 中哈协议")
    assert note_texts(window) == ["check the archive: Қытаймен келісім — 中哈协议"]
    assert child(window, QPlainTextEdit, "noteEditor").toPlainText() == ""
    window.close()

    again = make_window(db_path)
    again.timeline_view.selectEvent("e2015-agreement")
    assert note_texts(again) == ["check the archive: Қытаймен келісім — 中哈协议"]
    again.timeline_view.selectEvent("e1992-agreement")
    assert note_texts(again) == []


def test_notes_are_listed_newest_first(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    click_event(qtbot, window, "e2015-agreement")
    add_note(qtbot, window, "older")
    add_note(qtbot, window, "newer")
    assert note_texts(window) == ["newer", "older"]


def test_ctrl_enter_adds_the_note(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    window.timeline_view.selectEvent("e2017-expo")
    editor = child(window, QPlainTextEdit, "noteEditor")
    editor.setFocus()
    qtbot.keyClicks(editor, "by keyboard")
    QTest.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert note_texts(window) == ["by keyboard"]


def test_typed_text_survives_switching_events(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    window.timeline_view.selectEvent("e2017-expo")
    editor = child(window, QPlainTextEdit, "noteEditor")
    qtbot.keyClicks(editor, "unfinished thought")
    window.timeline_view.selectEvent("e2015-agreement")
    assert editor.toPlainText() == ""
    window.timeline_view.selectEvent("e2017-expo")
    assert editor.toPlainText() == "unfinished thought"


def test_typed_text_survives_closing_the_window(
    make_window: WindowFactory, qtbot: QtBot, db_path: Path
) -> None:
    window = make_window()
    window.timeline_view.selectEvent("e2017-expo")
    qtbot.keyClicks(child(window, QPlainTextEdit, "noteEditor"), "typed just before quitting")
    window.close()
    again = make_window(db_path)
    again.timeline_view.selectEvent("e2017-expo")
    assert child(again, QPlainTextEdit, "noteEditor").toPlainText() == "typed just before quitting"


def test_draft_is_saved_shortly_after_typing_stops(
    make_window: WindowFactory, qtbot: QtBot, db_path: Path
) -> None:
    window = make_window()
    window.timeline_view.selectEvent("e2017-expo")
    qtbot.keyClicks(child(window, QPlainTextEdit, "noteEditor"), "autosaved")
    notes = window.notes_panel._notes  # the same service the window writes through
    qtbot.waitUntil(
        lambda: notes.draft_for("e2017-expo") == "autosaved", timeout=AUTOSAVE_DELAY_MS * 5
    )


def test_editing_a_note_saves_without_a_save_button(
    make_window: WindowFactory, qtbot: QtBot, db_path: Path
) -> None:
    window = make_window()
    window.timeline_view.selectEvent("e2017-expo")
    add_note(qtbot, window, "first version")
    notes_list = child(window, QListWidget, "notesList")
    notes_list.setCurrentRow(0)
    QTest.mouseClick(child(window, QPushButton, "editNoteButton"), Qt.MouseButton.LeftButton)
    editor = child(window, QPlainTextEdit, "noteEditor")
    assert editor.toPlainText() == "first version"
    editor.selectAll()
    qtbot.keyClicks(editor, "second version")
    window.timeline_view.selectEvent("e2015-agreement")  # switching away saves the edit
    window.timeline_view.selectEvent("e2017-expo")
    assert note_texts(window) == ["second version"]
    assert editor.toPlainText() == ""


def test_delete_is_immediate_and_undoable(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    window.timeline_view.selectEvent("e2017-expo")
    add_note(qtbot, window, "keep me")
    notes_list = child(window, QListWidget, "notesList")
    notes_list.setCurrentRow(0)
    QTest.keyClick(notes_list, Qt.Key.Key_Delete)
    assert note_texts(window) == []
    window.actions_.undo.trigger()
    assert note_texts(window) == ["keep me"]
    window.actions_.redo.trigger()
    assert note_texts(window) == []


def test_empty_note_cannot_be_added(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    window.timeline_view.selectEvent("e2017-expo")
    qtbot.keyClicks(child(window, QPlainTextEdit, "noteEditor"), "   ")
    assert not child(window, QPushButton, "addNoteButton").isEnabled()


def test_notes_need_a_selected_event(make_window: WindowFactory) -> None:
    window = make_window()
    assert not child(window, QPlainTextEdit, "noteEditor").isEnabled()
    assert not child(window, QPushButton, "addNoteButton").isEnabled()


def test_menus_have_the_expected_actions(make_window: WindowFactory) -> None:
    window = make_window()
    menus = {}
    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        menus[action.text().replace("&", "")] = [a.text().replace("&", "") for a in menu.actions()]
    assert menus == {
        "File": [
            "Export Notes",
            "Import Notes from JSON…",
            "Import Events…",
            "Export Events…",
            "Export Sources…",
            "Export Bibliography…",
            "",
            "Export Timeline Image…",
            "Print…",
            "",
            "Notes on Removed Events…",
            "",
            "Quit",
        ],
        "Edit": [
            "Undo",
            "Redo",
            "",
            "Find…",
            "New Event…",
            "Edit Event…",
            "Delete Event",
            "New Note",
            "Copy Citation",
            "",
            "Preferences…",
        ],
        "View": [
            "Zoom In",
            "Zoom Out",
            "Fit All",
            "",
            "Appearance",
            "Animate Transitions",
            "Language",
        ],
        "Go": [
            "Back",
            "Forward",
            "",
            "First Event",
            "Last Event",
            "Previous Event",
            "Next Event",
            "",
            "Go to Date…",
        ],
        "Help": ["User Guide", "Keyboard Shortcuts", "", "Sources", "Open Log Folder", "About"],
    }


def test_view_menu_zooms_the_timeline(make_window: WindowFactory) -> None:
    window = make_window()
    full = window.timeline_view.visibleRange()
    window.zoom_in_action.trigger()
    assert window.timeline_view.visibleRange() != full
    window.fit_action.trigger()
    assert window.timeline_view.visibleRange() == full


def test_geometry_and_splitters_persist(
    make_window: WindowFactory, qtbot: QtBot, db_path: Path
) -> None:
    window = make_window()
    window.resize(760, 580)  # the offscreen screen is 800×600; restored geometry must fit it
    splitter = child(window, QSplitter, "mainSplitter")
    splitter.setSizes([300, 120])
    sizes = splitter.sizes()
    window.close()
    again = make_window(db_path, resize=False)
    assert (again.width(), again.height()) == (760, 580)
    assert child(again, QSplitter, "mainSplitter").sizes() == sizes


def test_about_names_the_sources(make_window: WindowFactory) -> None:
    window = make_window()
    window.about_action.trigger()
    dialog = window.findChild(AboutDialog, "aboutDialog")
    assert dialog is not None
    text = dialog.text.text()
    assert "Kazinform" in text and "Seed article A" in text and "CGTN" in text
    assert "000_test" not in text
    dialog.accept()


def test_every_action_shortcut_is_unambiguous(make_window: WindowFactory) -> None:
    window = make_window()
    for action in window.findChildren(QAction):
        sequences = [sequence.toString() for sequence in action.shortcuts()]
        assert len(sequences) == len(set(sequences)), action.text()
    assert window.quit_action.shortcuts(), "Quit has a keyboard shortcut"


def test_figures_show_their_date_and_source(make_window: WindowFactory) -> None:
    window = make_window()
    window.timeline_view.selectEvent("e2024-students")
    text = child(window, QTextBrowser, "detailPane").toPlainText()
    assert "3,449 students — Kazakhstani students in China (as of 20 June 2024)" in text
    assert "source: Kazinform" in text
    assert "as of 20 June 2024" in text.splitlines()[1]  # the qualifier is on the date line


def test_imprecise_dates_read_as_such(make_window: WindowFactory) -> None:
    window = make_window()
    window.timeline_view.selectEvent("e2007-institutes")
    text = child(window, QTextBrowser, "detailPane").toPlainText()
    assert "c. 2007–2012" in text
    assert "date precision: year (approximate)" in text
    assert "confidence: low" in text


def test_a_window_waiting_for_its_database_is_quiet_and_safe(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    window = MainWindow(tmp_path / "later.sqlite3", QSettings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.timeline_view.eventCount() == 0
    assert not window.actions_.back.isEnabled() and not window.actions_.forward.isEnabled()
    assert "Opening" in window.statusBar().currentMessage()
    with pytest.raises(RuntimeError, match="before the database was opened"):
        window._timeline_service.categories()
