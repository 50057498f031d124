"""Each language starts with its menus, a detail pane, Go to Date and a search result in that
language, and switching at run time changes the open window."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QMenu
from pytestqt.qtbot import QtBot

from timeline_app.desktop.language import (
    LANGUAGE_NAMES,
    current_language,
    remembered_language,
    set_language,
)
from timeline_app.ui.main_window import MainWindow

TRANSLATED = Path(__file__).parents[1] / "fixtures" / "translated_data"
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
CJK = re.compile(r"[\u4e00-\u9fff]")
SCRIPT = {"kk": CYRILLIC, "ru": CYRILLIC, "zh": CJK}
#: The first event's title, its date in the pane, and a word to search for, per language.
EXPECTED = {
    "kk": ("Мәдени ынтымақтастық туралы келісім", "10 тамыз 1992 ж.", "ынтымақтастық"),
    "ru": ("Соглашение о культурном сотрудничестве", "10 августа 1992 г.", "сотрудничестве"),
    "zh": ("文化合作协定", "1992年8月10日", "合作"),
}
#: Texts that are the same in every language.
SAME_EVERYWHERE = {*LANGUAGE_NAMES.values(), "&Markdown…", "&JSON…", "&CSV…"}


def _window(qtbot: QtBot, db_path: Path) -> MainWindow:
    from timeline_app.app import create_main_window

    window = create_main_window(db_path, data_dir=TRANSLATED)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def _menu_texts(window: MainWindow) -> list[str]:
    """Every menu title and command text of the menu bar, in order."""
    texts: list[str] = []

    def walk(actions: list[QAction]) -> None:
        for action in actions:
            if action.isSeparator():
                continue
            texts.append(action.text())
            menu = action.menu()
            if isinstance(menu, QMenu):
                walk(menu.actions())

    walk(window.menuBar().actions())
    return texts


def _first_line(window: MainWindow) -> str:
    return window.detail_pane.toPlainText().strip().splitlines()[0]


@pytest.mark.parametrize("code", ["kk", "ru", "zh"])
def test_each_language_starts_in_that_language(
    code: str, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    english = _menu_texts(_window(qtbot, tmp_path / "en.sqlite3"))
    monkeypatch.setenv("TIMELINE_APP_LANGUAGE", code)
    window = _window(qtbot, tmp_path / f"{code}.sqlite3")
    assert current_language() == code
    shown = _menu_texts(window)
    assert len(shown) == len(english) > 40
    untranslated = [
        text
        for text, source in zip(shown, english, strict=True)
        if text == source and text not in SAME_EVERYWHERE
    ]
    assert not untranslated, untranslated
    format_names = re.compile(r"Markdown|JSON|CSV")
    assert all(
        SCRIPT[code].search(text)
        for text in shown
        if text not in SAME_EVERYWHERE and not format_names.search(text)
    )
    assert SCRIPT[code].search(window.windowTitle())
    assert SCRIPT[code].search(window.search_box.placeholderText())

    title, day, word = EXPECTED[code]
    assert window.timeline_view.selectEvent("e1992-agreement")
    assert _first_line(window) == title
    assert day in window.detail_pane.toPlainText()
    assert window.detail_pane.isTranslated()

    window.search_box.setText(word)
    window.search_box.searchNow()
    assert window.search_results.eventIds()[0] == "e1992-agreement"
    assert title in window.search_results.item(0).text()


@pytest.mark.parametrize(
    ("code", "typed"), [("kk", "тамыз 2015"), ("ru", "август 2015"), ("zh", "2015年8月")]
)
def test_go_to_date_reads_the_readers_forms(
    code: str, typed: str, qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIMELINE_APP_LANGUAGE", code)
    window = _window(qtbot, db_path)
    dialog = window.showGoToDate()
    assert SCRIPT[code].search(dialog.windowTitle())
    dialog.edit.insert(typed)  # as an input method would (QTest types Latin keys only)
    QTest.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.timeline_view.visibleRange() == (date(2015, 8, 1), date(2015, 8, 31))


def test_switching_language_changes_the_open_window_and_is_remembered(
    qtbot: QtBot, db_path: Path
) -> None:
    window = _window(qtbot, db_path)
    english = _menu_texts(window)
    header = window.findChild(QLabel, "resultsHeader")
    assert header is not None and header.text().startswith("Type in the search box")
    assert window.timeline_view.selectEvent("e1992-agreement")
    assert _first_line(window) == "Agreement on cultural cooperation"
    russian = window.findChild(QAction, "languageAction_ru")
    assert russian is not None and not russian.isChecked()
    russian.trigger()
    qtbot.waitUntil(lambda: _first_line(window) == EXPECTED["ru"][0])
    qtbot.waitUntil(lambda: _menu_texts(window) != english)
    assert russian.isChecked()
    assert CYRILLIC.search(window.menuBar().actions()[0].text())
    assert EXPECTED["ru"][1] in window.detail_pane.toPlainText()
    assert CYRILLIC.search(header.text())
    assert remembered_language() == "ru"
    english_action = window.findChild(QAction, "languageAction_en")
    assert english_action is not None
    english_action.trigger()
    qtbot.waitUntil(lambda: _menu_texts(window) == english)
    assert _first_line(window) == "Agreement on cultural cooperation"


def test_switching_language_keeps_what_the_user_is_typing(qtbot: QtBot, db_path: Path) -> None:
    """Text half-typed in a new note and in a note being edited, and the Go to Date entry,
    survive a switch: retranslating rewrites labels, never what the user wrote."""
    window = _window(qtbot, db_path)
    panel = window.notes_panel
    assert window.timeline_view.selectEvent("e1992-agreement")
    qtbot.keyClicks(panel.note_editor, "first note")
    panel.add_button.click()
    qtbot.keyClicks(panel.note_editor, "half-typed")
    dialog = window.showGoToDate()
    qtbot.keyClicks(dialog.edit, "31.02.2015")
    QTest.keyClick(dialog.edit, Qt.Key.Key_Return)  # an error is shown, the dialog stays
    assert dialog.isVisible()
    english_error = dialog.error.text()
    set_language("zh", remember=False)
    qtbot.waitUntil(lambda: dialog.error.text() != english_error)
    assert CJK.search(dialog.error.text())
    assert dialog.edit.text() == "31.02.2015"
    dialog.reject()
    assert panel.note_editor.toPlainText() == "half-typed"
    panel.flush()
    assert window.timeline_view.selectEvent("e2017-expo")
    assert window.timeline_view.selectEvent("e1992-agreement")
    assert panel.note_editor.toPlainText() == "half-typed"  # kept as a draft
    assert not panel.unsaved
