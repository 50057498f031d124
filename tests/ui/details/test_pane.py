"""The detail pane: a source link nothing can open is named and can be copied."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QTextCursor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from tests.ui.details.test_html import detail
from timeline_app.ui.details.pane import DetailPane
from timeline_app.ui.external_links import OpenFailedDialog


def click_text(pane: DetailPane, text: str) -> None:
    found = pane.document().find(text)
    assert not found.isNull()
    cursor = QTextCursor(pane.document())
    cursor.setPosition(found.selectionStart() + 2)
    point = pane.cursorRect(cursor).center() + QPoint(1, 0)
    QTest.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_a_source_link_with_no_browser_is_explained(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    asked: list[QUrl] = []

    def no_browser(url: QUrl) -> bool:
        asked.append(url)
        return False

    monkeypatch.setattr(QDesktopServices, "openUrl", no_browser)
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.resize(500, 600)
    pane.show()
    qtbot.waitExposed(pane)
    pane.setEventDetail(detail())
    click_text(pane, "https://example.org")
    assert asked == [QUrl("https://example.org")]
    box = pane.findChild(OpenFailedDialog, "openFailedDialog")
    assert box is not None and box.isVisible()
    assert box.addressText() == "https://example.org"
