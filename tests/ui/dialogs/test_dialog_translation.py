"""Each dialog's texts go through Qt's translation and are set again when the language
changes while it is open; Preferences offers the languages, each named in itself."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.fake_translator import fake_translation, marked
from tests.ui.window_helpers import WindowFactory
from timeline_app.desktop import language
from timeline_app.domain.models import Source
from timeline_app.ui.dialogs.about import AboutDialog
from timeline_app.ui.dialogs.go_to_date import GoToDateDialog
from timeline_app.ui.dialogs.recovery import RecoveryDialog
from timeline_app.ui.dialogs.shortcuts import ShortcutRow, ShortcutsDialog
from timeline_app.ui.dialogs.sources import SourcesDialog
from timeline_app.ui.dialogs.sources_model import COL_PUBLISHER
from timeline_app.ui.dialogs.user_guide import UserGuideDialog
from timeline_app.ui.external_links import OpenFailedDialog
from timeline_app.ui.main_window import MainWindow

SOURCE = Source("s", "A title", "Kazinform", "https://example.org", "a.txt", date(2020, 1, 2))


def labels(dialog: QWidget) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel) if label.text()]


def test_about_title_and_text_follow_the_language(qtbot: QtBot) -> None:
    dialog = AboutDialog([(SOURCE, 3)], 5)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "About Kazakhstan–China Cultural Timeline"
    with fake_translation():
        qtbot.waitUntil(lambda: marked(dialog.windowTitle()))
        html = dialog.text.text()
        assert "⟦Seed articles⟧" in html and "⟦Version {version}⟧" not in html
        assert "⟦Version 0" in html


def test_go_to_date_texts_and_the_problem_shown_follow_the_language(qtbot: QtBot) -> None:
    dialog = GoToDateDialog()
    qtbot.addWidget(dialog)
    dialog.edit.setText("31.02.2015")
    dialog.go_button.click()
    assert "has no day 31" in dialog.error.text()
    with fake_translation():
        qtbot.waitUntil(lambda: marked(dialog.windowTitle()))
        hint = dialog.findChild(QLabel, "goToDateHint")
        assert hint is not None and marked(hint.text())
        assert marked(dialog.edit.placeholderText())
        assert dialog.go_button.text() == "⟦Go⟧"
        assert marked(dialog.error.text()) and "31.02.2015" in dialog.error.text()


def test_preferences_texts_follow_the_language(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    dialog = window.showPreferences()
    assert dialog.theme.itemText(0) == "As the system"
    with fake_translation():
        qtbot.waitUntil(lambda: marked(dialog.windowTitle()))
        texts = labels(dialog)
        assert texts and all(marked(text) for text in texts), texts
        for choices in (dialog.theme, dialog.text_size, dialog.start_view):
            assert all(marked(choices.itemText(i)) for i in range(choices.count()))
        assert marked(dialog.animate.text()) and marked(dialog.move_button.text())
        assert marked(dialog.move_button.toolTip())
        combo = dialog.findChild(QComboBox, "languageCombo")
        assert combo is not None
        assert [combo.itemText(i) for i in range(combo.count())] == [
            "English",
            "Қазақша",
            "Русский",
            "中文",
        ]


def test_preferences_sets_the_language_chosen(
    make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = make_window().showPreferences()
    combo = dialog.findChild(QComboBox, "languageCombo")
    assert combo is not None
    assert combo.currentData() == language.current_language()
    chosen: list[str] = []
    monkeypatch.setattr(language, "set_language", chosen.append)
    combo.setCurrentIndex(combo.findData("zh"))
    assert chosen == ["zh"]


def test_the_preferences_language_follows_a_change_made_elsewhere(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    dialog = make_window().showPreferences()
    combo = dialog.findChild(QComboBox, "languageCombo")
    assert combo is not None
    before = language.current_language()
    try:
        language.set_language("kk")
        qtbot.waitUntil(lambda: combo.currentData() == "kk")
    finally:
        language.set_language(before)
    qtbot.waitUntil(lambda: combo.currentData() == before)


def test_shortcuts_dialog_and_its_rows_follow_the_language(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window: MainWindow = make_window()
    dialog = window._dialogs.shortcuts()
    with fake_translation():
        qtbot.waitUntil(lambda: marked(dialog.windowTitle()))
        assert marked(dialog.filter_edit.placeholderText())
        headers = [dialog.model.horizontalHeaderItem(c).text() for c in range(3)]
        assert all(marked(header) for header in headers), headers
        rows = dialog.shown_rows()
        assert rows and all(marked(row.command) and marked(row.where) for row in rows)


def test_a_shortcuts_dialog_of_its_own_sets_its_texts_again(qtbot: QtBot) -> None:
    dialog = ShortcutsDialog([ShortcutRow("Zoom In", "Ctrl++", "View")])
    qtbot.addWidget(dialog)
    with fake_translation():
        qtbot.waitUntil(lambda: dialog.windowTitle() == "⟦Keyboard Shortcuts⟧")


def test_sources_texts_and_headers_follow_the_language(qtbot: QtBot) -> None:
    dialog = SourcesDialog([(SOURCE, 1)])
    qtbot.addWidget(dialog)
    summary = dialog.findChild(QLabel, "sourcesSummary")
    assert summary is not None
    assert dialog.windowTitle() == "Sources"
    with fake_translation():
        qtbot.waitUntil(lambda: marked(dialog.windowTitle()))
        assert marked(summary.text())
        assert marked(dialog.filter_edit.placeholderText())
        assert (
            dialog.table.model().headerData(
                COL_PUBLISHER, dialog.table.horizontalHeader().orientation()
            )
            == "⟦Publisher⟧"
        )


def test_recovery_texts_follow_the_language(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = RecoveryDialog("damaged", tmp_path / "t.sqlite3", [], 2)
    qtbot.addWidget(dialog)
    with fake_translation():
        qtbot.waitUntil(lambda: marked(dialog.windowTitle()))
        assert marked(dialog.details_label.text())
        assert "⟦%n notes" not in dialog.details_label.text()  # the count is filled in
        buttons = [b.text() for b in (dialog.fresh_button, dialog.quit_button)]
        assert all(marked(text) for text in buttons)
        assert labels(dialog)[0] == "damaged"  # the problem is given, not translated here


def test_user_guide_title_follows_the_language(qtbot: QtBot) -> None:
    dialog = UserGuideDialog(lambda: "<p>guide</p>")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "User Guide"
    with fake_translation():
        qtbot.waitUntil(lambda: dialog.windowTitle() == "⟦User Guide⟧")


def test_the_user_guide_is_read_again_in_the_new_language(qtbot: QtBot) -> None:
    from timeline_app.desktop.language import set_language
    from timeline_app.ui.window_dialogs import user_guide_html

    dialog = UserGuideDialog(user_guide_html)
    qtbot.addWidget(dialog)
    assert "Using the timeline" in dialog.browser.toPlainText()
    set_language("ru", remember=False)
    qtbot.waitUntil(lambda: "Using the timeline" not in dialog.browser.toPlainText())
    assert (
        "временн" in dialog.browser.toPlainText().lower() or "шкал" in dialog.browser.toPlainText()
    )
    set_language("zh", remember=False)
    qtbot.waitUntil(lambda: "时间" in dialog.browser.toPlainText())


def test_the_cannot_open_box_follows_the_language(qtbot: QtBot) -> None:
    dialog = OpenFailedDialog(QUrl("https://example.org"))
    qtbot.addWidget(dialog)
    dialog.copyAddress()
    with fake_translation():
        qtbot.waitUntil(lambda: marked(dialog.windowTitle()))
        assert marked(dialog.message.text()) and marked(dialog.copied.text())
        copy = dialog.findChild(QPushButton, "copyAddressButton")
        assert copy is not None and copy.text() == "⟦Copy⟧"
