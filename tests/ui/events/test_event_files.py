"""File ▸ Import Events and File ▸ Export Events in the real window: the preview (rows,
refusals, column mapping, the collection's name, the replacement confirmation), the import
off the UI thread (the window then shows the collection), a cancel that leaves nothing, and
exports of a collection and of what the filters show."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from tests.ui.fake_translator import fake_translation, marked
from timeline_app.domain.collections import NeutralEvent
from timeline_app.interchange import Field, ImportedEvent
from timeline_app.services import event_exchange
from timeline_app.ui.dialogs.export_events import ExportEventsDialog
from timeline_app.ui.dialogs.import_events import ImportEventsDialog
from timeline_app.ui.event_files import EventFiles
from timeline_app.ui.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]
CSV = (
    "When,Title,Description,Category\n"
    "1951,Founding,A year alone,Politics\n"
    "1960-03-14,Opening,A day,Culture\n"
    "not a date,Broken,,\n"
    "1970-05,Later,Only text here,\n"
)


@pytest.fixture
def plain_csv(tmp_path: Path) -> Path:
    path = tmp_path / "my events.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


@pytest.fixture
def window(make_window: WindowFactory) -> MainWindow:
    return make_window()


def open_preview(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, path: Path
) -> ImportEventsDialog:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    action = window.findChild(QAction, "importEventsAction")
    assert action is not None
    action.trigger()
    dialog = EventFiles.of(window).dialog
    assert isinstance(dialog, ImportEventsDialog)
    assert dialog.objectName() == "importEventsDialog"
    qtbot.waitUntil(lambda: dialog.preview is not None)
    return dialog


def cell(dialog: ImportEventsDialog, row: int, column: int) -> str:
    item = dialog.table.item(row, column)
    return "" if item is None else item.text()


def import_with(qtbot: QtBot, dialog: ImportEventsDialog) -> None:
    with qtbot.waitSignal(dialog.finished, timeout=10000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)


def test_the_actions_stand_in_the_file_menu_after_import_notes(window: MainWindow) -> None:
    actions = window.actions_.menus["file"].actions()
    position = actions.index(window.actions_.import_json)
    assert [a.objectName() for a in actions[position + 1 : position + 3]] == [
        "importEventsAction",
        "exportEventsAction",
    ]
    assert actions[position + 1].text() == "I&mport Events…"


def test_the_preview_lists_rows_and_refusals_and_maps_the_columns(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, plain_csv: Path
) -> None:
    dialog = open_preview(window, qtbot, monkeypatch, plain_csv)
    assert dialog.mapping_combos[Field.START].currentText() == "When"
    assert dialog.mapping_combos[Field.TITLE].currentText() == "Title"
    assert dialog.mapping_combos[Field.CATEGORY].currentText() == "Category"
    rows = [[cell(dialog, r, c) for c in range(3)] for r in range(dialog.table.rowCount())]
    assert rows[0] == ["2", "1951", "Founding"]
    assert rows[2][0] == "4" and rows[2][2].startswith("Refused: a date that cannot be read")
    assert dialog.summary.text() == "3 events will come in, 1 refused."
    assert dialog.name_edit.text() == "my events"
    assert dialog.import_button.isEnabled()
    # Mapping the title to the description column reads the file again with it.
    dialog.mapping_combos[Field.TITLE].setCurrentIndex(
        dialog.mapping_combos[Field.TITLE].findText("Description")
    )
    qtbot.waitUntil(lambda: dialog.preview is not None and cell(dialog, 0, 2) == "A year alone")
    dialog.reject()


def test_import_writes_the_collection_and_the_window_shows_it(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, plain_csv: Path
) -> None:
    before = window.explorer.total
    # Within the curated period (the view's range beyond it is the collections' work).
    plain_csv.write_text("Date,Title\n2001-05,Spring\n2003,Later\n2002-02-02,Between\n")
    dialog = open_preview(window, qtbot, monkeypatch, plain_csv)
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "Mine")
    import_with(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert window.explorer.total == before + 3
    qtbot.waitUntil(lambda: window.timeline_view.visibleRange()[0].year == 2001)
    assert window.timeline_view.visibleRange()[1].year == 2003
    assert "3 events imported into Mine" in window.statusBar().currentMessage()


def test_an_existing_name_must_be_confirmed_as_a_replacement(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, plain_csv: Path
) -> None:
    import_with(qtbot, open_preview(window, qtbot, monkeypatch, plain_csv))
    total = window.explorer.total
    plain_csv.write_text("When,Title\n2001,Only one\n", encoding="utf-8")
    dialog = open_preview(window, qtbot, monkeypatch, plain_csv)
    assert dialog.name_edit.text() == "my events"
    assert dialog.replace_box.isVisible()
    assert dialog.replace_box.text() == "Replace the 3 events of my events"
    assert not dialog.import_button.isEnabled()
    box = dialog.replace_box
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert dialog.import_button.isEnabled()
    import_with(qtbot, dialog)
    assert window.explorer.total == total - 2


def test_a_cancelled_import_leaves_nothing(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, plain_csv: Path
) -> None:
    gate, reached = threading.Event(), threading.Event()
    convert = event_exchange.to_neutral

    def held(event: ImportedEvent) -> NeutralEvent:
        reached.set()
        gate.wait(10)
        return convert(event)

    monkeypatch.setattr(event_exchange, "to_neutral", held)
    before = window.explorer.total
    dialog = open_preview(window, qtbot, monkeypatch, plain_csv)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.isBusy() and dialog.progress.isVisible()
    qtbot.waitUntil(reached.is_set)
    with qtbot.waitSignal(dialog.finished, timeout=10000):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        gate.set()
    assert dialog.written is None
    assert window.explorer.total == before
    assert EventFiles.of(window)._exchange.collections() == []
    assert "Nothing was imported" in window.statusBar().currentMessage()


def test_a_file_that_is_not_a_timeline_cannot_be_imported(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "notes.json"
    path.write_text('{"notes": []}', encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    EventFiles.of(window).import_action.trigger()
    dialog = EventFiles.of(window).dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.isBusy())
    assert dialog.summary.text().startswith("This file cannot be imported: ")
    assert not dialog.import_button.isEnabled()
    dialog.reject()


@pytest.fixture
def exported(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, plain_csv: Path
) -> Callable[[str], Path]:
    import_with(qtbot, open_preview(window, qtbot, monkeypatch, plain_csv))

    def export(what: str) -> Path:
        target = plain_csv.with_name(f"out-{len(what)}.json")

        def choose(dialog: ExportEventsDialog) -> int:
            dialog.what.setCurrentIndex(dialog.what.findText(what, Qt.MatchFlag.MatchStartsWith))
            return int(QDialog.DialogCode.Accepted.value)

        monkeypatch.setattr(ExportEventsDialog, "exec", choose)
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target.with_suffix("")), "")
        )
        EventFiles.of(window).export_action.trigger()
        return target

    return export


def test_export_a_collection(window: MainWindow, exported: Callable[[str], Path]) -> None:
    target = exported("my events")
    slides = json.loads(target.read_text(encoding="utf-8"))
    assert slides["title"]["text"]["headline"] == "my events"
    assert [e["text"]["headline"] for e in slides["events"]] == ["Founding", "Opening", "Later"]
    assert f"3 events exported to {target}" in window.statusBar().currentMessage()


def test_export_what_the_filters_show(window: MainWindow, exported: Callable[[str], Path]) -> None:
    target = exported("What the filters show")
    slides = json.loads(target.read_text(encoding="utf-8"))
    assert len(slides["events"]) == len(window.explorer.shown) == window.explorer.total


def test_the_dialog_choices_are_the_services_selections() -> None:
    from timeline_app.services.event_exchange import CURATED, EVERY
    from timeline_app.ui.dialogs.export_events import CURATED_CHOICE, EVERY_CHOICE, SHOWN

    assert (CURATED_CHOICE, EVERY_CHOICE) == (CURATED, EVERY)
    assert SHOWN not in (CURATED, EVERY) and SHOWN < 0


def test_the_dialogs_and_actions_speak_the_language_in_force(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, plain_csv: Path
) -> None:
    dialog = open_preview(window, qtbot, monkeypatch, plain_csv)
    export = ExportEventsDialog(5, 4, [], window)
    with fake_translation():
        qtbot.waitUntil(lambda: marked(dialog.windowTitle()) and marked(export.windowTitle()))
        qtbot.waitUntil(lambda: marked(EventFiles.of(window).import_action.text()))
        texts = [
            dialog.windowTitle(),
            dialog.import_button.text(),
            dialog.summary.text(),
            cell(dialog, 2, 2),
            dialog.mapping_combos[Field.END].currentText(),
            EventFiles.of(window).import_action.text(),
            EventFiles.of(window).export_action.text(),
            export.windowTitle(),
            export.what.currentText(),
        ]
        assert [text for text in texts if not marked(text)] == []
    qtbot.waitUntil(lambda: dialog.import_button.text() == "&Import")
    dialog.reject()
