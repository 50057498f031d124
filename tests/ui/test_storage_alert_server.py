"""The storage banner on a server store: no Repair… (a backup or a fresh start is the store
administrator's business, not the window's), and words that say whom to tell."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow, QPushButton
from pytestqt.qtbot import QtBot

from timeline_app.domain.errors import StorageError
from timeline_app.ui.storage_alert import StorageAlert


@pytest.fixture
def make_alert(qtbot: QtBot) -> Iterator[Callable[[Path | str], StorageAlert]]:
    """Banners in shown windows, for the store given; the windows live until the test ends."""
    windows: list[QMainWindow] = []

    def factory(store: Path | str) -> StorageAlert:
        window = QMainWindow()
        windows.append(window)
        qtbot.addWidget(window)
        alert = StorageAlert(store, window.statusBar())
        window.setCentralWidget(alert)
        window.show()
        qtbot.waitExposed(window)
        return alert

    yield factory
    windows.clear()


def _repair(alert: StorageAlert) -> QPushButton:
    button = alert.findChild(QPushButton, "storageAlertRepair")
    assert button is not None
    return button


def test_a_failure_on_a_server_store_offers_no_repair(
    make_alert: Callable[[Path | str], StorageAlert],
) -> None:
    alert = make_alert("postgresql://alice@db:5432/team")
    alert.report(StorageError("Could not save the note in …: permission denied for table notes."))
    assert alert.isVisible()
    assert not _repair(alert).isVisible()
    assert "tell the store's administrator" in alert.message()
    assert "Repair" not in alert.message()
    alert.reportConnectionLost("postgresql://alice@db:5432/team")
    alert.dismiss()
    alert.report(StorageError("Could not read the notes in …: permission denied."))
    assert not _repair(alert).isVisible()


def test_a_failure_on_a_file_still_offers_repair(
    make_alert: Callable[[Path | str], StorageAlert], tmp_path: Path
) -> None:
    alert = make_alert(tmp_path / "notes.sqlite3")
    alert.report(StorageError("Could not save the note in …: disk I/O error."))
    assert _repair(alert).isVisible()
    assert "Repair…" in alert.message()
