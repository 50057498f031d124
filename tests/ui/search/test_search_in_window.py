"""Searching in the window through real input: results, dimming, choosing, notes, Ctrl+F."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from tests.ui.helpers import span_days
from tests.ui.window_helpers import (
    WindowFactory,
    category_box,
    give_focus,
    results_header,
    search_for,
)
from timeline_app.ui.timeline.view import TimelineView


def dimmed(view: TimelineView) -> set[str]:
    return {event_id for event_id in view.eventIds() if view.isDimmed(event_id)}


def test_typing_in_the_search_box_lists_results_and_enter_selects(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    results = search_for(qtbot, window, "exp")
    assert results.eventIds() == ["e2017-expo"]
    assert "EXPO 2017 in Astana" in results.item(0).text()
    assert "10 June – 10 September 2017" in results.item(0).text()
    QTest.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.timeline_view.selectedEventId() == "e2017-expo"
    assert "EXPO 2017 in Astana" in window.detail_pane.toPlainText()
    first, last = window.timeline_view.visibleRange()
    assert first <= date(2017, 6, 10) and date(2017, 9, 10) <= last
    assert span_days(window.timeline_view) <= 3 * 366  # a readable zoom, not all 33 years


def test_search_dims_the_rest_and_esc_clears(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    view = window.timeline_view
    results = search_for(qtbot, window, "agreement")
    matches = {"e1992-agreement", "e2015-agreement"}
    assert set(results.eventIds()) == matches
    assert dimmed(view) == set(view.eventIds()) - matches
    QTest.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert results.count() == 0
    assert not dimmed(view)


def test_arrow_down_and_enter_choose_a_result(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    results = search_for(qtbot, window, "agreement")
    QTest.keyClick(window.search_box, Qt.Key.Key_Down)
    QTest.keyClick(results, Qt.Key.Key_Down)
    QTest.keyClick(results, Qt.Key.Key_Return)
    assert window.timeline_view.selectedEventId() == results.eventIds()[1]


def test_search_finds_the_users_notes(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    window.timeline_view.selectEvent("e2024-students")
    window.notes_panel.note_editor.setPlainText("follow up with the ministry archive")
    window.notes_panel.add_button.click()
    results = search_for(qtbot, window, "ministr")
    assert results.eventIds() == ["e2024-students"]


def test_search_box_clicking_a_result_selects(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    results = search_for(qtbot, window, "humanitarian")
    rect = results.visualItemRect(results.item(0))
    QTest.mouseClick(
        results.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center()
    )
    assert window.timeline_view.selectedEventId() == "e2015-agreement"


def test_ctrl_f_focuses_the_search_box(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    give_focus(qtbot, window.timeline_view)
    window.actions_.find.trigger()
    qtbot.waitUntil(window.search_box.hasFocus)
    assert window.actions_.find.shortcut().toString() == "Ctrl+F"


def test_results_header_follows_the_filters(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    search_for(qtbot, window, "agreement")
    assert results_header(window).startswith("2 results")
    QTest.mouseClick(category_box(window, "agreement"), Qt.MouseButton.LeftButton)
    assert results_header(window).startswith("Nothing matches")
