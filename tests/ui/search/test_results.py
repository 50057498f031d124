"""The search results list: a selected row paints only inside itself, at any width; ↓ shows it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from timeline_app.domain.search_types import SearchResult
from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.search.results import HTML_ROLE, SearchResultsList, result_document

RESULTS = [
    SearchResult(
        f"e{n}",
        f"Agreement number {n} on cultural cooperation between Kazakhstan and China",
        f"{10 + n} August 1992",
        ((0, 9),),
        "the snippet where the agreement was found, long enough to wrap over lines",
        ((18, 27),),
    )
    for n in range(4)
]


def make_list(qtbot: QtBot, width: int) -> SearchResultsList:
    results = SearchResultsList()
    qtbot.addWidget(results)
    results.resize(width, 500)
    results.setResults(RESULTS)
    results.show()
    qtbot.waitExposed(results)
    return results


def region(results: SearchResultsList, rect: QRect) -> QImage:
    return results.viewport().grab().toImage().copy(rect)


def row_rect(results: SearchResultsList, row: int) -> QRect:
    return results.visualItemRect(results.item(row))


def test_the_selected_row_does_not_paint_over_the_next(qtbot: QtBot) -> None:
    results = make_list(qtbot, 420)
    # Narrower after the rows were laid out, as when the panel is resized or the scroll bar
    # appears: the text wraps onto more lines than the rows were sized for.
    results.resize(200, 500)
    qtbot.waitUntil(lambda: results.viewport().width() < 200)
    QApplication.processEvents()
    next_row = row_rect(results, 1)
    before = region(results, next_row)
    QTest.mouseClick(
        results.viewport(),
        Qt.MouseButton.LeftButton,
        pos=row_rect(results, 0).center(),
    )
    assert results.item(0).isSelected()
    after = region(results, row_rect(results, 1))
    assert row_rect(results, 1) == next_row
    assert after == before  # selecting row 0 changed nothing in row 1


def test_rows_are_as_tall_as_their_text_at_the_width_they_get(qtbot: QtBot) -> None:
    results = make_list(qtbot, 420)
    for width in (200, 300, 520):
        results.resize(width, 500)
        QApplication.processEvents()
        for row in range(results.count()):
            rect = row_rect(results, row)
            assert rect.width() == results.viewport().width()
            html = str(results.item(row).data(HTML_ROLE))
            document = result_document(html, results.font(), rect.width())
            assert document.size().height() <= rect.height(), (width, row)


@pytest.mark.parametrize("given", [QRect(), QRect(0, 0, 2000, 40), QRect(0, 0, 60, 40)])
def test_row_height_does_not_depend_on_the_rect_qt_passes_to_size_hint(
    qtbot: QtBot, given: QRect
) -> None:
    # Qt calls sizeHint() with an empty rect, or the whole viewport before the scroll bar
    # appears; a row sized for another width than it is painted at overflows or gaps.
    results = make_list(qtbot, 300)
    delegate = results.itemDelegate()
    index = results.indexFromItem(results.item(0))
    option = QStyleOptionViewItem()
    option.font = results.font()
    option.rect = given
    html = str(results.item(0).data(HTML_ROLE))
    painted = result_document(html, results.font(), results.viewport().width())
    hint = delegate.sizeHint(option, index)
    assert painted.size().height() <= hint.height() <= painted.size().height() + 8
    assert hint.width() == results.viewport().width()


def highlight_pixels(image: QImage, colour: int) -> int:
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixel(x, y) == colour
    )


def test_focus_first_result_shows_the_first_row_highlighted(qtbot: QtBot) -> None:
    results = make_list(qtbot, 420)
    results.focusFirstResult()
    assert results.currentRow() == 0
    assert results.item(0).isSelected()
    highlight = results.palette().color(QPalette.ColorRole.Highlight).rgb()
    assert highlight_pixels(region(results, row_rect(results, 0)), highlight) > 100


def test_the_first_arrow_down_from_the_search_box_highlights_the_first_result(
    make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    box = window.search_box
    box.setFocus()
    qtbot.keyClicks(box, "agreement")
    QTest.keyClick(box, Qt.Key.Key_Down)
    results = window.search_results
    assert results.hasFocus()
    assert results.currentRow() == 0 and results.item(0).isSelected()
    highlight = results.palette().color(QPalette.ColorRole.Highlight).rgb()
    assert highlight_pixels(region(results, row_rect(results, 0)), highlight) > 100
    QTest.keyClick(results, Qt.Key.Key_Down)  # and ↓ goes on to the second
    assert results.currentRow() == 1 and results.item(1).isSelected()
