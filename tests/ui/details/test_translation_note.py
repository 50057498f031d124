"""A translated event says so below its title, with one click (or key) to show the English."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from tests.ui.details.test_html import detail
from tests.ui.details.test_pane import click_text
from timeline_app.domain.models import EventDetail
from timeline_app.domain.translations import EventTranslation
from timeline_app.ui.details.pane import DetailPane

ENGLISH = EventTranslation("en", "Agreement on cultural cooperation", "The first one.", "Body.")


def translated() -> EventDetail:
    return detail(
        id="e1",
        title="文化合作协定",
        summary="第一个文化协定。",
        body="最早的法律文件之一。",
        language="zh",
        original=ENGLISH,
    )


def shown_pane(qtbot: QtBot) -> DetailPane:
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.resize(500, 600)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def lines(pane: DetailPane) -> list[str]:
    return [line for line in pane.toPlainText().splitlines() if line.strip()]


def test_the_title_comes_first_and_the_note_right_below(qtbot: QtBot) -> None:
    pane = shown_pane(qtbot)
    pane.setEventDetail(translated())
    assert lines(pane)[:2] == ["文化合作协定", "Translated from English · Show English"]
    assert "最早的法律文件之一。" in pane.toPlainText()
    assert pane.isTranslated() and not pane.showingOriginal()


def test_show_english_toggles_to_the_original_and_back(qtbot: QtBot) -> None:
    pane = shown_pane(qtbot)
    pane.setEventDetail(translated())
    click_text(pane, "Show English")
    assert pane.showingOriginal()
    assert lines(pane)[:2] == [ENGLISH.title, "English original · Show translation"]
    assert "The first one." in pane.toPlainText() and "第一个" not in pane.toPlainText()
    click_text(pane, "Show translation")
    assert not pane.showingOriginal() and lines(pane)[0] == "文化合作协定"


def test_the_link_is_reachable_from_the_keyboard(qtbot: QtBot) -> None:
    pane = shown_pane(qtbot)
    pane.setEventDetail(translated())
    pane.setFocus()
    QTest.keyClick(pane, Qt.Key.Key_Tab)  # the first link of the pane is the note's
    assert pane.textCursor().selectedText() == "Show English"
    QTest.keyClick(pane, Qt.Key.Key_Return)
    assert pane.showingOriginal()


def test_no_note_for_english_or_an_untranslated_event(qtbot: QtBot) -> None:
    pane = shown_pane(qtbot)
    pane.setEventDetail(detail(title="Only English"))
    assert "Translated from English" not in pane.toPlainText()
    assert not pane.isTranslated()


def test_another_event_opens_in_its_translation(qtbot: QtBot) -> None:
    pane = shown_pane(qtbot)
    pane.setEventDetail(translated())
    pane.setShowingOriginal(True)
    pane.setEventDetail(translated())  # the same event read again (a language switch)
    assert pane.showingOriginal()
    pane.setEventDetail(detail(id="e2", title="二", language="zh", original=ENGLISH))
    assert not pane.showingOriginal() and lines(pane)[0] == "二"
