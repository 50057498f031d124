"""The explorer's status messages: counts read right, and a search's message ends with it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from timeline_app.ui.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]


def search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    box = window.search_box
    box.setFocus()
    box.clear()
    qtbot.keyClicks(box, text)
    box.searchNow()


def test_one_match_is_one_event(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    search(qtbot, window, "exp")
    assert window.search_results.count() == 1
    assert window.statusBar().currentMessage() == "1 event matches “exp”."


def test_several_matches(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    search(qtbot, window, "agreement")
    assert window.statusBar().currentMessage() == "2 events match “agreement”."


def test_one_hidden_by_filters(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    window.filter_panel.categoryBox("agreement").setChecked(False)
    search(qtbot, window, "agreement")
    assert window.statusBar().currentMessage().startswith("0 events match “agreement” (")
    assert "more hidden by filters" in window.statusBar().currentMessage()


def test_clearing_the_search_clears_its_message(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    search(qtbot, window, "agreement")
    assert "match" in window.statusBar().currentMessage()
    QTest.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_results.count() == 0
    assert window.statusBar().currentMessage() == ""


def test_a_message_not_from_search_survives_when_no_search_ran(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    window.statusBar().showMessage("kept", 8000)
    window.explorer.setQuery("")
    assert window.statusBar().currentMessage() == "kept"
