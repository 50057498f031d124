"""Edit ▸ Copy Citation, File ▸ Export Sources… and File ▸ Export Bibliography… in the real
window: enabled with a selection, the clipboard's plain text and HTML, files a strict reader
reads back, and a message naming a file that cannot be written."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
import rispy
from bibtexparser.entrypoint import parse_string
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.fake_translator import fake_translation, marked
from tests.ui.window_helpers import category_box
from timeline_app.ui.citation_actions import CitationActions, with_suffix_of_filter
from timeline_app.ui.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def window(make_window: WindowFactory) -> MainWindow:
    return make_window()


def action(window: MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def click_event(qtbot: QtBot, window: MainWindow, event_id: str) -> None:
    view = window.timeline_view
    position = view.eventPosition(event_id)
    assert position is not None, f"{event_id} is not drawn in view"
    with qtbot.waitSignal(view.eventSelected):
        QTest.mouseClick(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, position)


def save_as(monkeypatch: pytest.MonkeyPatch, name: Path, chosen_filter: str) -> list[str]:
    """Answer the save dialog with ``name``; returns the filters it was offered."""
    offered: list[str] = []

    def answer(*arguments: object, **_k: object) -> tuple[str, str]:
        offered.extend(str(arguments[3]).split(";;"))
        return str(name), chosen_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return offered


def test_the_actions_stand_in_the_edit_and_file_menus(window: MainWindow) -> None:
    edit = window.actions_.menus["edit"].actions()
    copy = action(window, "copyCitationAction")
    assert edit.index(copy) == edit.index(window.actions_.new_note) + 1
    assert copy.shortcut() == QKeySequence("Ctrl+Shift+C")
    assert copy.text() == "Copy C&itation"
    file = [a.objectName() for a in window.actions_.menus["file"].actions()]
    at = file.index("exportEventsAction")
    assert file[at + 1 : at + 4] == ["exportSourcesAction", "exportBibliographyAction", ""]


def test_copy_and_export_sources_follow_the_selection(window: MainWindow, qtbot: QtBot) -> None:
    copy, sources = action(window, "copyCitationAction"), action(window, "exportSourcesAction")
    assert not copy.isEnabled() and not sources.isEnabled()
    assert action(window, "exportBibliographyAction").isEnabled()
    click_event(qtbot, window, "e1992-agreement")
    assert copy.isEnabled() and sources.isEnabled()
    with qtbot.waitSignal(window.timeline_view.selectionCleared):
        window.timeline_view.selectEvent(None)
    assert not copy.isEnabled() and not sources.isEnabled()


def test_a_filter_hiding_the_selected_event_disables_copy(window: MainWindow, qtbot: QtBot) -> None:
    click_event(qtbot, window, "e1992-agreement")
    copy = action(window, "copyCitationAction")
    assert copy.isEnabled()
    box = category_box(window, "agreement")
    with qtbot.waitSignal(window.explorer.shownEventsChanged):
        box.click()
    qtbot.waitUntil(lambda: window.timeline_view.selectedEventId() is None)
    assert not copy.isEnabled()


def test_copy_citation_puts_plain_text_and_html_on_the_clipboard(
    window: MainWindow, qtbot: QtBot
) -> None:
    click_event(qtbot, window, "e1992-agreement")
    window.timeline_view.setFocus()
    QTest.keyClick(
        window.timeline_view,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: "Seed article A" in QGuiApplication.clipboard().text())
    data = QGuiApplication.clipboard().mimeData()
    assert data.hasText() and data.hasHtml()
    assert data.text() == (
        "Kazinform. “Seed article A.” 20 June 2024. https://example.org/a "
        "Accessed 22 November 2026."
    )
    assert '<a href="https://example.org/a">' in data.html()
    assert "Seed article A" in data.html()
    # "sources" until the English catalogue gives the singular (the lead regenerates it).
    assert re.fullmatch(r"Citation of 1 sources? copied\.", window.statusBar().currentMessage())


def test_a_citation_without_access_date_or_full_date(window: MainWindow, qtbot: QtBot) -> None:
    click_event(qtbot, window, "e2017-expo")
    action(window, "copyCitationAction").trigger()
    assert QGuiApplication.clipboard().text() == (
        "CGTN. “Web article B.” September 2017. https://example.org/b"
    )


@pytest.mark.parametrize(
    ("name", "chosen_filter", "written"),
    [
        ("sources.bib", "CSL-JSON (*.json)", "sources.bib"),
        ("sources", "RIS (*.ris)", "sources.ris"),
        ("sources", "CSL-JSON (*.json)", "sources.json"),
    ],
)
def test_export_sources_writes_what_a_reader_reads_back(
    window: MainWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    name: str,
    chosen_filter: str,
    written: str,
) -> None:
    click_event(qtbot, window, "e1992-agreement")
    offered = save_as(monkeypatch, tmp_path / name, chosen_filter)
    action(window, "exportSourcesAction").trigger()
    assert offered == ["CSL-JSON (*.json)", "BibTeX (*.bib)", "RIS (*.ris)"]
    target = tmp_path / written
    text = target.read_text(encoding="utf-8")
    if target.suffix == ".bib":
        (entry,) = parse_string(text).entries
        assert (entry.key, entry["title"], entry["urldate"]) == (
            "seeda",
            "Seed article A",
            "2026-11-22",
        )
    elif target.suffix == ".ris":
        (record,) = rispy.loads(text)
        assert (record["type_of_reference"], record["title"]) == ("NEWS", "Seed article A")
    else:
        (item,) = json.loads(text)
        assert (item["id"], item["type"]) == ("seed-a", "article-newspaper")
    label = {".bib": "BibTeX", ".ris": "RIS", ".json": "CSL-JSON"}[target.suffix]
    message = window.statusBar().currentMessage()
    assert re.fullmatch(r"1 sources? written to (.*) \((.*)\)\.", message)
    assert message.endswith(f" written to {target} ({label}).")


def test_export_bibliography_writes_every_source(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    save_as(monkeypatch, tmp_path / "all.bib", "BibTeX (*.bib)")
    action(window, "exportBibliographyAction").trigger()
    library = parse_string((tmp_path / "all.bib").read_text(encoding="utf-8"))
    assert library.failed_blocks == []
    assert sorted(entry.key for entry in library.entries) == ["seeda", "webb"]


def test_a_file_that_cannot_be_written_is_named_in_a_message(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    target = tmp_path / "a-file" / "all.ris"
    save_as(monkeypatch, target, "RIS (*.ris)")
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *_a: warnings.append(text)
    )
    action(window, "exportBibliographyAction").trigger()
    assert len(warnings) == 1 and str(target) in warnings[0]
    assert not [p.name for p in tmp_path.rglob("*") if p.name.endswith(".tmp")]


def test_the_filter_gives_the_suffix_a_name_lacks() -> None:
    assert with_suffix_of_filter("/x/refs", "BibTeX (*.bib)").name == "refs.bib"
    assert with_suffix_of_filter("/x/refs.RIS", "BibTeX (*.bib)").name == "refs.RIS"
    assert with_suffix_of_filter("/x/refs.v2", "RIS (*.ris)").name == "refs.v2.ris"


def test_the_actions_are_translated(window: MainWindow) -> None:
    controller = CitationActions.of(window)
    with fake_translation():
        QGuiApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))
        for each in (
            controller.copy_action,
            controller.export_sources_action,
            controller.export_bibliography_action,
        ):
            assert marked(each.text()), each.text()


def test_the_copy_citation_link_by_the_sources_heading(window: MainWindow, qtbot: QtBot) -> None:
    click_event(qtbot, window, "e2017-expo")
    pane = window.detail_pane
    found = pane.document().find("Copy citation")
    assert not found.isNull()
    found.setPosition(found.selectionStart() + 2)  # inside the link
    pane.setTextCursor(found)
    pane.ensureCursorVisible()
    point = pane.cursorRect(found).center()
    QGuiApplication.clipboard().clear()
    with qtbot.waitSignal(pane.citationCopyRequested):
        QTest.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert QGuiApplication.clipboard().text().startswith("CGTN. “Web article B.”")
