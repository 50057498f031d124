"""Exploring through real input: overview band, search, filters, navigation, undo, appearance."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QListWidget, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.helpers import drag, span_days
from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.search.box import SearchBox
from timeline_app.ui.search.filter_panel import FilterPanel
from timeline_app.ui.search.results import SearchResultsList
from timeline_app.ui.theme import Appearance
from timeline_app.ui.timeline.overview_band import OverviewBand

WindowFactory = Callable[..., MainWindow]


def overview(window: MainWindow) -> OverviewBand:
    band = window.findChild(OverviewBand, "overviewBand")
    assert band is not None
    return band


def give_focus(qtbot: QtBot, widget: QWidget) -> None:
    """Activate the widget's window and focus the widget, as a click would."""
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=3000)


def search_for(qtbot: QtBot, window: MainWindow, text: str) -> SearchResultsList:
    box = window.findChild(SearchBox, "searchBox")
    results = window.findChild(SearchResultsList, "searchResults")
    assert box is not None and results is not None
    box.setFocus()
    qtbot.keyClicks(box, text)
    qtbot.waitUntil(lambda: not box.isPending(), timeout=2000)
    return results


# ----- overview band -----


def test_dragging_the_overview_box_pans_the_timeline(make_window: WindowFactory) -> None:
    window = make_window()
    view = window.timeline_view
    view.setVisibleRange(date(2000, 1, 1), date(2003, 12, 31))
    band = overview(window)
    box = band.boxRect()
    before = view.visibleRange()
    drag(band, box.center().toPoint(), box.center().toPoint() + QPoint(120, 0))
    after = view.visibleRange()
    assert after[0] > before[0]
    assert abs((after[1] - after[0]) - (before[1] - before[0])).days <= 1  # same zoom


def test_dragging_an_edge_of_the_box_zooms(make_window: WindowFactory) -> None:
    window = make_window()
    view = window.timeline_view
    view.setVisibleRange(date(2000, 1, 1), date(2003, 12, 31))
    band = overview(window)
    box = band.boxRect()
    right_edge = QPoint(round(box.right()), round(box.center().y()))
    before = span_days(view)
    drag(band, right_edge, right_edge + QPoint(100, 0))
    assert span_days(view) > before
    assert view.visibleRange()[0] == date(2000, 1, 1)


def test_clicking_the_overview_centres_the_view_there(make_window: WindowFactory) -> None:
    window = make_window()
    view = window.timeline_view
    view.setVisibleRange(date(1993, 1, 1), date(1993, 12, 31))
    band = overview(window)
    x = round(band.width() * 0.8)
    QTest.mouseClick(band, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, 30))
    assert view.visibleRange()[0].year >= 2015 and span_days(view) in range(364, 367)


def test_the_overview_follows_the_timeline(make_window: WindowFactory) -> None:
    window = make_window()
    window.timeline_view.setVisibleRange(date(2010, 1, 1), date(2010, 12, 31))
    start, end = overview(window).visibleWindow()
    assert (start, end) == (
        float(date(2010, 1, 1).toordinal()),
        float(date(2011, 1, 1).toordinal()),
    )


# ----- search -----


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
    results = search_for(qtbot, window, "agreement")
    assert set(results.eventIds()) == {"e1992-agreement", "e2015-agreement"}
    assert window.timeline_view._matching is not None and len(window.timeline_view._matching) == 2
    QTest.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert results.count() == 0
    assert window.timeline_view._matching is None


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


# ----- filters -----


def category_box(window: MainWindow, category_id: str) -> QCheckBox:
    panel = window.findChild(FilterPanel, "categoryFilter")
    assert panel is not None
    box = panel.findChild(QCheckBox, f"category-{category_id}")
    assert box is not None
    return box


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


def test_filters_change_the_overview_histogram(make_window: WindowFactory) -> None:
    window = make_window()
    band = overview(window)
    total_before = sum(sum(row) for row in band.histogram().counts)
    QTest.mouseClick(category_box(window, "agreement"), Qt.MouseButton.LeftButton)
    total_after = sum(sum(row) for row in band.histogram().counts)
    assert (total_before, total_after) == (6, 4)


# ----- navigation -----


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


def test_go_to_date_explains_mistakes(make_window: WindowFactory) -> None:
    window = make_window()
    dialog = window.showGoToDate()
    dialog.edit.setText("1980")
    QTest.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "outside the timeline" in dialog.error.text()
    dialog.edit.setText("Aug 2015")
    QTest.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.timeline_view.visibleRange() == (date(2015, 8, 1), date(2015, 8, 31))


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


# ----- undo -----


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


# ----- appearance -----


def test_dark_and_light_appearance(make_window: WindowFactory) -> None:
    window = make_window()
    window.setAppearance(Appearance.DARK)
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    assert base.lightness() < 60
    assert window.actions_.appearance[Appearance.DARK].isChecked()
    window.setAppearance(Appearance.LIGHT)
    assert QApplication.palette().color(QPalette.ColorRole.Base).lightness() > 200


@pytest.mark.parametrize("appearance", [Appearance.LIGHT, Appearance.DARK])
def test_text_contrast_is_high_in_both_palettes(
    make_window: WindowFactory, appearance: Appearance
) -> None:
    window = make_window()
    window.setAppearance(appearance)
    palette = QApplication.palette()

    def luminance(role: QPalette.ColorRole) -> float:
        colour = palette.color(role)

        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(colour.redF())
            + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF())
        )

    light, dark = sorted(
        [luminance(QPalette.ColorRole.Text), luminance(QPalette.ColorRole.Base)], reverse=True
    )
    assert (light + 0.05) / (dark + 0.05) >= 7.0
    window.setAppearance(Appearance.LIGHT)


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


def test_dragging_the_right_edge_to_the_end_keeps_the_left_edge(make_window: WindowFactory) -> None:
    window = make_window()
    view = window.timeline_view
    view.setVisibleRange(date(2018, 1, 1), date(2021, 12, 31))
    band = overview(window)
    box = band.boxRect()
    right_edge = QPoint(round(box.right()), round(box.center().y()))
    drag(band, right_edge, QPoint(band.width() + 50, right_edge.y()))
    assert view.visibleRange() == (date(2018, 1, 1), date(2024, 12, 31))


def test_back_to_a_place_without_selection_clears_the_panes(make_window: WindowFactory) -> None:
    window = make_window()
    view = window.timeline_view
    view.selectEvent("e2017-expo")
    assert window.detail_pane.eventId() == "e2017-expo"
    window.actions_.back.trigger()  # the opening view, nothing selected
    assert view.selectedEventId() is None
    assert window.detail_pane.eventId() is None
    assert window.notes_panel.eventId() is None


def test_filters_are_remembered_per_database(make_window: WindowFactory, tmp_path: Path) -> None:
    window = make_window()
    QTest.mouseClick(category_box(window, "culture"), Qt.MouseButton.LeftButton)
    window.close()
    other = make_window(tmp_path / "another.sqlite3")
    assert category_box(other, "culture").isChecked()
    assert "e2017-expo" in other.timeline_view.eventIds()


def results_header(window: MainWindow) -> str:
    header = window.findChild(QLabel, "resultsHeader")
    assert header is not None
    return header.text()


def test_results_header_follows_the_filters(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    search_for(qtbot, window, "agreement")
    assert results_header(window).startswith("2 results")
    QTest.mouseClick(category_box(window, "agreement"), Qt.MouseButton.LeftButton)
    assert results_header(window).startswith("Nothing matches")
