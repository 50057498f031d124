"""Moving around the window by keyboard and history: back and forward, Go to Date, Enter and N."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QListWidget, QPlainTextEdit
from pytestqt.qtbot import QtBot

from tests.ui.window_helpers import WindowFactory, give_focus
from timeline_app.ui.main_window import MainWindow


def test_back_and_forward_through_selections(make_window: WindowFactory) -> None:
    window = make_window()
    view = window.timeline_view
    view.selectEvent("e1992-agreement")
    view.selectEvent("e2017-expo")
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert view.selectedEventId() == "e1992-agreement"
    assert window.actions_.forward.isEnabled()
    QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert view.selectedEventId() == "e2017-expo"
    window.actions_.back.trigger()
    assert view.selectedEventId() == "e1992-agreement"


def test_back_returns_to_a_previous_view(make_window: WindowFactory) -> None:
    window = make_window()
    view = window.timeline_view
    dialog = window.showGoToDate()
    dialog.edit.setText("2015")
    QTest.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert view.visibleRange() == (date(2015, 1, 1), date(2015, 12, 31))
    window.actions_.back.trigger()
    assert view.visibleRange() == (date(1992, 1, 1), date(2024, 12, 31))


def test_back_to_a_place_without_selection_clears_the_panes(make_window: WindowFactory) -> None:
    window = make_window()
    view = window.timeline_view
    view.selectEvent("e2017-expo")
    assert window.detail_pane.eventId() == "e2017-expo"
    window.actions_.back.trigger()  # the opening view, nothing selected
    assert view.selectedEventId() is None
    assert window.detail_pane.eventId() is None
    assert window.notes_panel.eventId() is None


def test_go_to_date_explains_mistakes(make_window: WindowFactory) -> None:
    window = make_window()
    dialog = window.showGoToDate()
    dialog.edit.setText("0000")
    QTest.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "outside the timeline" in dialog.error.text()
    dialog.edit.setText("Aug 2015")
    QTest.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.timeline_view.visibleRange() == (date(2015, 8, 1), date(2015, 8, 31))


def test_go_to_date_goes_to_any_year_and_fit_all_comes_back(make_window: WindowFactory) -> None:
    # No event lies in 1066: the timeline goes there all the same (years 1–9999).
    window = make_window()
    view = window.timeline_view
    dialog = window.showGoToDate()
    dialog.edit.setText("1066")
    QTest.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert view.visibleRange() == (date(1066, 1, 1), date(1066, 12, 31))
    window.actions_.fit_all.trigger()
    assert view.visibleRange() == (date(1992, 1, 1), date(2024, 12, 31))


def test_enter_reads_and_n_writes(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    view = window.timeline_view
    give_focus(qtbot, view)
    QTest.keyClick(view, Qt.Key.Key_Right)
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is window.detail_pane
    give_focus(qtbot, view)
    QTest.keyClick(view, Qt.Key.Key_N)
    assert QApplication.focusWidget() is window.notes_panel.note_editor


def test_keyboard_only_walk_through_ten_events(qtbot: QtBot, db_path: Path) -> None:
    """The real bundled data: Tab into the timeline, step through ten events, read, write."""
    from timeline_app.app import create_main_window

    window = create_main_window(db_path)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.show()
    give_focus(qtbot, window.search_box)
    QTest.keyClick(window.search_box, Qt.Key.Key_Tab)
    view = window.timeline_view
    assert QApplication.focusWidget() is view
    expected = view.eventIds()[:10]
    seen = []
    for _ in range(10):
        QTest.keyClick(view, Qt.Key.Key_Right)
        assert QApplication.focusWidget() is view
        selected = view.selectedEventId()
        assert selected is not None
        seen.append(selected)
        marker = view.markerFor(selected)
        assert marker is not None and marker.title in window.detail_pane.toPlainText()
    assert seen == expected
    QTest.keyClick(view, Qt.Key.Key_N)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QPlainTextEdit)
    qtbot.keyClicks(editor, "typed without a mouse")
    QTest.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    notes = window.findChild(QListWidget, "notesList")
    assert notes is not None and notes.item(0).text() == "typed without a mouse"
    window.close()
