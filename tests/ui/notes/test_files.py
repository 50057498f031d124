"""File ▸ Export Notes / Import Notes, Notes on Removed Events, Help ▸ Open Log Folder."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.conftest import SAMPLE_DATA
from timeline_app.app import create_main_window
from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.notes.import_preview import ImportPreviewDialog

WindowFactory = Callable[..., MainWindow]


def add(window: MainWindow, event_id: str, text: str) -> None:
    window.timeline_view.selectEvent(event_id)
    window.notes_panel.note_editor.setPlainText(text)
    window.notes_panel.add_button.click()


def answer_preview(*, accept: bool) -> list[str]:
    """Answer the import preview when it is shown; returns what it said."""
    said: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ImportPreviewDialog)
        said.append(dialog.informativeText())
        said.append(dialog.detailedText())
        (dialog.import_button if accept else dialog.cancel_button).click()

    QTimer.singleShot(0, answer)
    return said


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(path), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))


@pytest.mark.parametrize(
    ("action", "suffix"),
    [("export_markdown", "md"), ("export_json", "json"), ("export_csv", "csv")],
)
def test_export_menu_writes_every_note(
    make_window: WindowFactory,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    action: str,
    suffix: str,
) -> None:
    window = make_window()
    add(window, "e2017-expo", "=SUM(A1) looks like a formula")
    add(window, "e1992-agreement", "Қазақ 中文 🎎")
    choose_file(monkeypatch, tmp_path / "out")
    getattr(window.actions_, action).trigger()
    written = tmp_path / f"out.{suffix}"
    text = written.read_text(encoding="utf-8-sig")
    assert "Қазақ 中文 🎎" in text
    assert "exported" in window.statusBar().currentMessage()
    if suffix == "csv":
        assert "'=SUM(A1)" in text


def test_export_then_import_into_a_fresh_database_restores_the_notes(
    make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qtbot: QtBot
) -> None:
    window = make_window()
    add(window, "e2017-expo", "carry me over")
    choose_file(monkeypatch, tmp_path / "notes.json")
    window.actions_.export_json.trigger()
    window.close()
    other = make_window(tmp_path / "other.sqlite3")
    answer_preview(accept=True)
    other.actions_.import_json.trigger()
    assert "1 added" in other.statusBar().currentMessage()
    other.timeline_view.selectEvent("e2017-expo")
    assert other.notes_panel.notes_list.item(0).text() == "carry me over"
    other.actions_.import_json.trigger()  # again: nothing new
    assert other.notes_panel.notes_list.count() == 1
    assert "0 added" in other.statusBar().currentMessage()


def test_a_broken_import_file_is_explained(
    make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = make_window()
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "kz-cn-timeline-notes", "notes": [', encoding="utf-8")
    choose_file(monkeypatch, bad)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    window.actions_.import_json.trigger()
    assert "bad.json" in shown[0] and "Nothing was imported" in shown[0]


def test_notes_on_removed_events_stay_reachable(qtbot: QtBot, tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(SAMPLE_DATA, data)
    db = tmp_path / "db.sqlite3"
    window = create_main_window(db, data_dir=data)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    add(window, "e2020-nur-sultan", "my note on an event that will be withdrawn")
    window.close()
    sample = data / "sample.toml"
    sample.write_text(
        sample.read_text(encoding="utf-8").replace(
            'id = "e2020-nur-sultan"', 'id = "e2020-renamed"'
        ),
        encoding="utf-8",
    )
    again = create_main_window(db, data_dir=data)
    assert isinstance(again, MainWindow)
    qtbot.addWidget(again)
    dialog = again.showRemovedEventNotes()
    assert dialog.notes_list.count() == 1
    assert dialog.notes_list.item(0).text() == "my note on an event that will be withdrawn"
    dialog.close()
    again.close()


def test_open_log_folder(make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    make_window().actions_.open_log_folder.trigger()
    assert opened and opened[0].toLocalFile().endswith("logs")


def test_exported_json_is_the_documented_format(
    make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = make_window()
    add(window, "e2017-expo", "x")
    choose_file(monkeypatch, tmp_path / "n.json")
    window.actions_.export_json.trigger()
    document = json.loads((tmp_path / "n.json").read_text(encoding="utf-8"))
    assert document["format"] == "kz-cn-timeline-notes"
    assert document["notes"][0]["event_id"] == "e2017-expo"


def test_one_exported_note_is_one_note(
    make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = make_window()
    add(window, "e2017-expo", "only one")
    choose_file(monkeypatch, tmp_path / "one")
    window.actions_.export_json.trigger()
    assert window.statusBar().currentMessage() == f"1 note exported to {tmp_path / 'one.json'}."
