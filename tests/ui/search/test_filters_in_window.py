"""The filter panel in the window: what it hides, where, and that it is remembered per database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from tests.ui.window_helpers import WindowFactory, category_box, overview, search_for


def test_legend_shows_colour_and_count(make_window: WindowFactory) -> None:
    box = category_box(make_window(), "agreement")
    assert box.text() == "Agreements (2)"
    assert not box.icon().isNull()


def test_filters_hide_events_from_view_navigation_and_search(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    view = window.timeline_view
    QTest.mouseClick(category_box(window, "agreement"), Qt.MouseButton.LeftButton)
    assert "e1992-agreement" not in view.eventIds() and "e2015-agreement" not in view.eventIds()
    view.selectEvent("e2007-institutes")
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert view.selectedEventId() == "e2017-expo"  # the 2015 agreement is skipped
    QTest.keyClick(view, Qt.Key.Key_Home)
    assert view.selectedEventId() == "e2007-institutes"  # the 1992 agreement is hidden
    results = search_for(qtbot, window, "agreement")
    assert results.count() == 0


def test_only_events_with_notes_and_exact_dates(make_window: WindowFactory) -> None:
    window = make_window()
    view = window.timeline_view
    panel = window.filter_panel
    QTest.mouseClick(panel.exact_dates, Qt.MouseButton.LeftButton)
    assert "e2007-institutes" not in view.eventIds()  # approximate, year precision
    assert "e2020-nur-sultan" not in view.eventIds()  # month precision
    QTest.mouseClick(panel.exact_dates, Qt.MouseButton.LeftButton)
    view.selectEvent("e2017-expo")
    window.notes_panel.note_editor.setPlainText("noted")
    window.notes_panel.add_button.click()
    QTest.mouseClick(panel.only_notes, Qt.MouseButton.LeftButton)
    assert view.eventIds() == ["e2017-expo"]


def test_confidence_threshold(make_window: WindowFactory) -> None:
    window = make_window()
    window.filter_panel.confidence.setCurrentIndex(2)  # high only
    assert "e2020-nur-sultan" not in window.timeline_view.eventIds()  # medium
    assert "e2007-institutes" not in window.timeline_view.eventIds()  # low
    assert "e2017-expo" in window.timeline_view.eventIds()


def test_filters_persist_between_runs(make_window: WindowFactory, db_path: Path) -> None:
    window = make_window()
    QTest.mouseClick(category_box(window, "culture"), Qt.MouseButton.LeftButton)
    window.close()
    again = make_window(db_path)
    assert not category_box(again, "culture").isChecked()
    assert "e2017-expo" not in again.timeline_view.eventIds()


def test_filters_are_remembered_per_database(make_window: WindowFactory, tmp_path: Path) -> None:
    window = make_window()
    QTest.mouseClick(category_box(window, "culture"), Qt.MouseButton.LeftButton)
    window.close()
    other = make_window(tmp_path / "another.sqlite3")
    assert category_box(other, "culture").isChecked()
    assert "e2017-expo" in other.timeline_view.eventIds()


def test_filters_change_the_overview_histogram(make_window: WindowFactory) -> None:
    window = make_window()
    band = overview(window)
    total_before = sum(sum(row) for row in band.histogram().counts)
    QTest.mouseClick(category_box(window, "agreement"), Qt.MouseButton.LeftButton)
    total_after = sum(sum(row) for row in band.histogram().counts)
    assert (total_before, total_after) == (6, 4)
