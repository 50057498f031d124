"""Help ▸ User Guide and Help ▸ Keyboard Shortcuts, opened from the real window's menu."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from timeline_app import __version__
from timeline_app.ui.dialogs.about import about_html
from timeline_app.ui.dialogs.shortcuts import ShortcutsDialog
from timeline_app.ui.dialogs.user_guide import UserGuideDialog
from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.timeline.input import TIMELINE_KEYS


def _help_menu_texts(window: MainWindow) -> list[str]:
    for action in window.menuBar().actions():
        if action.text() == "&Help":
            menu = action.menu()
            return [a.text() for a in menu.actions()]  # type: ignore[attr-defined]
    return []


def test_the_help_menu_offers_the_guide_and_the_shortcuts(
    make_window: Callable[..., MainWindow],
) -> None:
    texts = _help_menu_texts(make_window(show=False))
    assert "User &Guide" in texts and "&Keyboard Shortcuts" in texts


def test_the_user_guide_opens_non_modal_and_explains_the_marks(
    make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window()
    window.actions_.user_guide.trigger()
    dialog = window.findChild(UserGuideDialog, "userGuideDialog")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert not dialog.isModal()
    text = dialog.browser.toPlainText()
    for mark in ("Filled dot", "Hollow diamond", "Bar", "Dashed outline", "+N badge"):
        assert mark in text
    for topic in ("Zoom", "Search", "Filter", "Write notes", "Export", "Where your data lives"):
        assert topic in text
    assert "kz-cn-cultural-timeline/timeline.sqlite3" in text
    window.actions_.user_guide.trigger()  # made once, shown again
    assert len(window.findChildren(UserGuideDialog)) == 1
    dialog.close()


def _actions_with_shortcuts(window: MainWindow) -> list[QAction]:
    found: list[QAction] = []
    for value in vars(window.actions_).values():
        for action in value.values() if isinstance(value, dict) else [value]:
            if isinstance(action, QAction) and action.shortcuts():
                found.append(action)  # (the menus and toolbar are listed there too)
    return found


def test_the_shortcuts_list_has_every_action_with_a_shortcut_and_the_timeline_keys(
    make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window()
    window.actions_.shortcuts.trigger()
    dialog = window.findChild(ShortcutsDialog, "shortcutsDialog")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert not dialog.isModal()
    rows = dialog.shown_rows()
    listed = {(row.command, row.keys) for row in rows}
    native = QKeySequence.SequenceFormat.NativeText
    actions = _actions_with_shortcuts(window)
    assert len(actions) >= 15
    for action in actions:
        keys = ", ".join(s.toString(native) for s in action.shortcuts())
        assert (action.text().replace("&", ""), keys) in listed, action.text()
    assert sum(row.where == "Timeline" for row in rows) == len(TIMELINE_KEYS)
    assert {row.where for row in rows} >= {"File", "Edit", "View", "Go", "Help", "Timeline"}


def test_the_shortcuts_list_filters_as_you_type(
    make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window()
    dialog = window._dialogs.shortcuts()
    qtbot.waitExposed(dialog)
    total = len(dialog.shown_rows())
    QTest.keyClicks(dialog.filter_edit, "zoom")
    shown = dialog.shown_rows()
    assert 0 < len(shown) < total
    assert all("zoom" in f"{r.command} {r.keys} {r.where}".lower() for r in shown)
    assert {"Zoom In", "Zoom Out"} <= {r.command for r in shown}
    dialog.filter_edit.clear()
    QTest.keyClicks(dialog.filter_edit, "ctrl+g")
    assert [r.command for r in dialog.shown_rows()] == ["Go to Date…"]
    QTest.keyClick(dialog.filter_edit, Qt.Key.Key_Backspace)
    dialog.filter_edit.setText("no such shortcut")
    assert dialog.shown_rows() == []
    dialog.close()


def test_the_about_box_shows_the_version() -> None:
    assert f"Version {__version__}" in about_html([], 0)
