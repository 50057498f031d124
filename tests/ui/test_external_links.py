"""A link or folder nothing can open is named, with a Copy button; one that opens is just opened."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from timeline_app.ui.external_links import OpenFailedDialog, open_external
from timeline_app.ui.main_window import MainWindow


def refuse(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """Act as a computer with no browser and no file manager."""
    asked: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        asked.append(url)
        return False

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return asked


def failure_box(parent: QWidget) -> OpenFailedDialog:
    box = parent.findChild(OpenFailedDialog, "openFailedDialog")
    assert box is not None
    return box


def test_a_link_that_opens_shows_nothing(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: True)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert open_external(parent, QUrl("https://example.org/a"))
    assert parent.findChild(OpenFailedDialog) is None


def test_no_browser_names_the_link_and_copies_it(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    asked = refuse(monkeypatch)
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    assert not open_external(parent, QUrl("https://example.org/a"))
    assert asked == [QUrl("https://example.org/a")]
    box = failure_box(parent)
    qtbot.waitExposed(box)
    assert not box.isModal()
    assert "No web browser could open" in box.message.text()
    assert box.address.text() == "https://example.org/a"
    QApplication.clipboard().clear()
    QTest.mouseClick(box.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "https://example.org/a"
    assert box.isVisible()  # Copy does not close it: the address stays readable


def test_no_file_manager_names_the_folder(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, tmp_path: Path
) -> None:
    refuse(monkeypatch)
    parent = QWidget()
    qtbot.addWidget(parent)
    open_external(parent, QUrl.fromLocalFile(str(tmp_path)))
    box = failure_box(parent)
    assert "No file manager could open this folder" in box.message.text()
    assert box.addressText() == str(tmp_path)
    box.copyAddress()
    assert QApplication.clipboard().text() == str(tmp_path)


def test_open_log_folder_with_no_file_manager_names_the_folder(
    make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Needs the hookup in main_window.py: Help ▸ Open Log Folder through open_external().
    refuse(monkeypatch)
    window = make_window()
    window.actions_.open_log_folder.trigger()
    box = failure_box(window)
    assert box.addressText().endswith("logs")
    assert "No file manager" in box.message.text()
