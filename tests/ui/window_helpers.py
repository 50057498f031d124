"""Finding and driving parts of the main window in tests: overview band, search, filters, focus."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.search.box import SearchBox
from timeline_app.ui.search.filter_panel import FilterPanel
from timeline_app.ui.search.results import SearchResultsList
from timeline_app.ui.timeline.overview_band import OverviewBand

WindowFactory = Callable[..., MainWindow]


def overview(window: MainWindow) -> OverviewBand:
    """The overview band under the timeline."""
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
    """Type ``text`` in the search box and wait for its results."""
    box = window.findChild(SearchBox, "searchBox")
    results = window.findChild(SearchResultsList, "searchResults")
    assert box is not None and results is not None
    box.setFocus()
    qtbot.keyClicks(box, text)
    qtbot.waitUntil(lambda: not box.isPending(), timeout=2000)
    return results


def results_header(window: MainWindow) -> str:
    """The line above the search results."""
    header = window.findChild(QLabel, "resultsHeader")
    assert header is not None
    return header.text()


def category_box(window: MainWindow, category_id: str) -> QCheckBox:
    """The check box that shows or hides one category."""
    panel = window.findChild(FilterPanel, "categoryFilter")
    assert panel is not None
    box = panel.findChild(QCheckBox, f"category-{category_id}")
    assert box is not None
    return box
