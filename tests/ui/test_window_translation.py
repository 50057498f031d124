"""The window speaks the language in force and follows a change at run time: menus, actions,
toolbar, title, status bar and banner are set again; View ▸ Language switches the language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QToolBar, QToolButton
from pytestqt.qtbot import QtBot

from tests.ui.fake_translator import fake_translation, marked
from tests.ui.test_main_window import add_note
from tests.ui.window_helpers import WindowFactory
from timeline_app import APP_NAME
from timeline_app.desktop import language
from timeline_app.domain.errors import StorageError
from timeline_app.ui.main_window import MainWindow


def menu_texts(window: MainWindow) -> list[str]:
    """Every menu title and action text of the menu bar, submenus included (not separators)."""
    texts: list[str] = []

    def walk(menu: QMenu) -> None:
        texts.append(menu.title())
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu)
            elif not action.isSeparator():
                texts.append(action.text())

    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        walk(menu)
    return texts


def language_menu(window: MainWindow) -> QMenu:
    menu = window.findChild(QMenu, "languageMenu")
    assert isinstance(menu, QMenu)
    return menu


def autonyms() -> list[str]:
    return [language.LANGUAGE_NAMES[code] for code in language.LANGUAGES]


def test_a_translator_installed_at_run_time_changes_the_open_window(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    assert window.windowTitle() == APP_NAME
    window.timeline_view.selectEvent("e1992-agreement")
    english_status = window.statusBar().currentMessage()
    assert "Agreement on cultural cooperation" in english_status
    toolbar = window.findChild(QToolBar, "timelineToolbar")
    assert toolbar is not None
    shown = window.findChild(QLabel, "shownCount")
    assert shown is not None
    with fake_translation():
        qtbot.waitUntil(lambda: marked(window.windowTitle()))
        texts = [text for text in menu_texts(window) if text not in autonyms()]
        assert texts and all(marked(text) for text in texts), texts
        tooltips = [
            button.toolTip() for button in toolbar.findChildren(QToolButton) if button.toolTip()
        ]
        assert tooltips and all(marked(tip) for tip in tooltips), tooltips
        assert marked(window.actions_.zoom_in.statusTip())
        assert toolbar.windowTitle() == "⟦Timeline⟧"
        # the message on show is written again, with the same event
        status = window.statusBar().currentMessage()
        assert marked(status) and "Agreement on cultural cooperation" in status
        assert marked(shown.text())
        # the languages keep their own names, never translated
        assert [a.text() for a in language_menu(window).actions()] == autonyms()
    qtbot.waitUntil(lambda: window.windowTitle() == APP_NAME)
    assert not any(marked(text) for text in menu_texts(window))
    assert window.statusBar().currentMessage() == english_status


def test_the_undo_action_keeps_naming_what_it_undoes_in_the_new_language(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    window.timeline_view.selectEvent("e1992-agreement")
    add_note(qtbot, window, "hello")
    qtbot.waitUntil(lambda: window.actions_.undo.text() == "&Undo Add Note “hello”")
    with fake_translation():
        qtbot.waitUntil(lambda: marked(window.windowTitle()))
        # the entry made before the switch is named again in the new language, too
        assert window.actions_.undo.text() == "⟦&Undo ⟦Add Note “hello”⟧⟧"
        window.undo_stack.undo()
        assert window.actions_.redo.text() == "⟦&Redo ⟦Add Note “hello”⟧⟧"
    qtbot.waitUntil(lambda: window.actions_.redo.text() == "&Redo Add Note “hello”")


def test_an_entry_made_before_a_switch_to_russian_reads_in_russian(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    window.timeline_view.selectEvent("e1992-agreement")
    add_note(qtbot, window, "hello")
    qtbot.waitUntil(lambda: "Add Note" in window.actions_.undo.text())
    language.set_language("ru", remember=False)
    qtbot.waitUntil(lambda: "Add Note" not in window.actions_.undo.text())
    assert "hello" in window.actions_.undo.text()


def test_the_storage_banner_is_written_again_in_the_new_language(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    window.reportStorageError(StorageError("disk I/O error"))
    english = window.storage_alert.message()
    assert english.startswith("The database")
    with fake_translation():
        qtbot.waitUntil(lambda: marked(window.storage_alert.message()))
        assert "disk I/O error" in window.storage_alert.message()
        assert marked(window.statusBar().currentMessage())
    qtbot.waitUntil(lambda: window.storage_alert.message() == english)


def test_the_welcome_is_written_again_in_the_new_language(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    assert window.welcome.text().startswith("<b>Welcome.</b>")
    with fake_translation():
        qtbot.waitUntil(lambda: marked(window.welcome.text()))
        assert marked(window.welcome.close_button.text())


def test_view_language_offers_each_language_named_in_itself(make_window: WindowFactory) -> None:
    window = make_window()
    menu = language_menu(window)
    actions = menu.actions()
    assert [a.text() for a in actions] == ["English", "Қазақша", "Русский", "中文"]
    assert [a.objectName() for a in actions] == [
        "languageAction_en",
        "languageAction_kk",
        "languageAction_ru",
        "languageAction_zh",
    ]
    assert all(a.isCheckable() for a in actions)
    group = actions[0].actionGroup()
    assert group is not None and group.isExclusive()
    assert all(a.actionGroup() is group for a in actions)
    checked = [a.objectName() for a in actions if a.isChecked()]
    assert checked == [f"languageAction_{language.current_language()}"]


def test_choosing_a_language_in_the_menu_sets_it(
    make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    chosen: list[str] = []
    monkeypatch.setattr(language, "set_language", chosen.append)
    action = window.findChild(QAction, "languageAction_kk")
    assert isinstance(action, QAction)
    action.trigger()
    assert chosen == ["kk"]


def test_the_checked_language_follows_a_change_made_elsewhere(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    before = language.current_language()
    ru = window.findChild(QAction, "languageAction_ru")
    assert isinstance(ru, QAction)
    try:
        language.set_language("ru")  # as Preferences would
        qtbot.waitUntil(ru.isChecked)
        checked = [a for a in language_menu(window).actions() if a.isChecked()]
        assert checked == [ru]
    finally:
        language.set_language(before)
        QCoreApplication.processEvents()
    qtbot.waitUntil(lambda: not ru.isChecked())
