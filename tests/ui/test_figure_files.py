"""File ▸ Export Timeline Image… and File ▸ Print… in the real window: where they stand, when
they can be used, PNG/SVG/PDF of the visible range at the chosen width, what is remembered, a
cancel that leaves nothing, a failure named in a message box, and the print preview's pages."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QImage, QKeySequence, QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from tests.ui.fake_translator import fake_translation, marked
from timeline_app.domain.event_filter import EventFilter
from timeline_app.ui.dialogs.export_image import ExportImageDialog
from timeline_app.ui.figure_files import FigureFiles
from timeline_app.ui.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]
TRANSLATED = Path(__file__).parents[1] / "fixtures" / "translated_data"
FORMAT_INDEX = {"png": 0, "svg": 1, "pdf": 2}


@pytest.fixture
def window(make_window: WindowFactory, qtbot: QtBot) -> MainWindow:
    made = make_window()
    qtbot.waitUntil(lambda: made.timeline_view.eventCount() > 0)
    return made


def action(window: MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert isinstance(found, QAction)
    return found


def open_dialog(window: MainWindow) -> ExportImageDialog:
    action(window, "exportImageAction").trigger()
    dialog = FigureFiles.of(window).dialog
    assert isinstance(dialog, ExportImageDialog) and dialog.isVisible()
    return dialog


def save_as(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[tuple[object, ...]]:
    """getSaveFileName answers ``target``; returns the arguments it was asked with."""
    asked: list[tuple[object, ...]] = []

    def answer(*args: object, **_kwargs: object) -> tuple[str, str]:
        asked.append(args)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return asked


def pdf_pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", path.read_bytes()))


def test_the_actions_stand_after_the_data_exports_in_a_group_of_their_own(
    window: MainWindow,
) -> None:
    actions = window.actions_.menus["file"].actions()
    # After the exports of data (Export Events, Export Sources, Export Bibliography).
    position = actions.index(action(window, "exportBibliographyAction"))
    separator, image, printing, after = actions[position + 1 : position + 5]
    assert separator.isSeparator() and after.isSeparator()
    assert (image.objectName(), printing.objectName()) == ("exportImageAction", "printAction")
    assert image.text() == "Export &Timeline Image…" and printing.text() == "&Print…"
    assert printing.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert image.isEnabled() and printing.isEnabled()


def test_the_actions_wait_for_events_to_be_shown(window: MainWindow, qtbot: QtBot) -> None:
    window.explorer.setFilter(EventFilter(only_with_notes=True))  # no event has notes
    assert window.timeline_view.eventCount() == 0
    assert not action(window, "exportImageAction").isEnabled()
    assert not action(window, "printAction").isEnabled()
    window.explorer.setFilter(EventFilter())
    assert action(window, "exportImageAction").isEnabled()


@pytest.mark.parametrize("kind", ["png", "svg", "pdf"])
def test_export_writes_the_visible_range_at_the_chosen_width(
    window: MainWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    kind: str,
) -> None:
    dialog = open_dialog(window)
    first, last = window.timeline_view.visibleRange()
    dialog.format_combo.setCurrentIndex(FORMAT_INDEX[kind])
    dialog.width_spin.setValue(900)
    target = tmp_path / "out" / "figure"  # no extension: the format's is added
    target.parent.mkdir()
    asked = save_as(monkeypatch, target)
    with qtbot.waitSignal(dialog.finished):
        QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    written = target.with_name(f"figure.{kind}")
    assert written.is_file() and list(target.parent.iterdir()) == [written]
    suggested = Path(str(asked[0][2]))
    assert suggested.name == (
        f"kazakhstan-china-timeline-{first.year}-{last.year}.{kind}"
        if first.year != last.year
        else f"kazakhstan-china-timeline-{first.year}.{kind}"
    )
    assert asked[0][3] == f"{kind.upper()} (*.{kind})"
    message = window.statusBar().currentMessage()
    assert message.startswith(f"Exported {written} ({kind.upper()}")
    if kind == "png":
        assert QImage(str(written)).width() == 900
    elif kind == "svg":
        text = written.read_text(encoding="utf-8")
        assert "<svg" in text and 'width="900' in text and "<image" not in text
    else:
        pages = pdf_pages(written)
        assert pages >= 2  # a timeline page and the sources
        assert message == f"Exported {written} (PDF, {pages} pages)."
    settings = QSettings()
    assert settings.value("figure/format") == kind
    assert int(str(settings.value("figure/width"))) == 900
    assert Path(str(settings.value("figure/folder"))) == target.parent


def test_the_next_export_starts_from_what_was_chosen(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    dialog = open_dialog(window)
    dialog.format_combo.setCurrentIndex(FORMAT_INDEX["svg"])
    dialog.width_spin.setValue(1200)
    dialog.appearance_combo.setCurrentIndex(1)
    save_as(monkeypatch, tmp_path / "dark.svg")
    with qtbot.waitSignal(dialog.finished):
        QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    again = open_dialog(window)
    assert again is not dialog
    assert again.format_combo.currentIndex() == FORMAT_INDEX["svg"]
    assert again.width_spin.value() == 1200
    assert again.appearance_combo.currentIndex() == 1
    asked = save_as(monkeypatch, tmp_path / "next.svg")
    with qtbot.waitSignal(again.finished):
        QTest.keyClick(again.width_spin, Qt.Key.Key_Return)
    assert Path(str(asked[0][2])).parent == tmp_path  # the last folder used


def test_cancel_in_the_progress_dialog_leaves_no_file(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    dialog = open_dialog(window)
    dialog.format_combo.setCurrentIndex(FORMAT_INDEX["pdf"])
    folder = tmp_path / "out"
    folder.mkdir()
    save_as(monkeypatch, folder / "cancelled.pdf")
    shown: list[QProgressDialog] = []

    def press_cancel(progress: QProgressDialog) -> None:
        shown.append(progress)
        qtbot.waitUntil(progress.isVisible)
        cancel = progress.findChild(QPushButton)
        assert cancel is not None
        QTest.mouseClick(cancel, Qt.MouseButton.LeftButton)

    FigureFiles.of(window).progressShown.connect(press_cancel)
    QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert shown  # the progress dialog was there to cancel
    assert list(folder.iterdir()) == []
    assert dialog.isVisible()  # the export may be tried again
    assert "cancelled" in window.statusBar().currentMessage()


def test_a_folder_that_cannot_be_written_is_named_in_a_message_box(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    dialog = open_dialog(window)
    target = tmp_path / "missing" / "figure.png"
    save_as(monkeypatch, target)
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, read_and_close)
            return
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(0, read_and_close)
    QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen))
    assert str(target) in seen[0]
    assert not target.parent.exists()
    assert dialog.isVisible()


def test_print_preview_paints_the_pdf_pages_on_the_printer(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    action(window, "printAction").trigger()
    preview = FigureFiles.of(window).preview
    assert isinstance(preview, QPrintPreviewDialog)
    assert preview.objectName() == "printPreviewDialog"
    qtbot.waitExposed(preview)
    shown = preview.findChild(QPrintPreviewWidget)
    assert shown is not None
    qtbot.waitUntil(lambda: shown.pageCount() >= 2)
    assert preview.printer().pageLayout().orientation() == QPageLayout.Orientation.Landscape
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    preview.paintRequested.emit(printer)
    assert pdf_pages(printed) == shown.pageCount()
    with qtbot.waitSignal(preview.finished):
        QTest.keyClick(preview, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: FigureFiles.of(window).preview is None)


def test_the_actions_follow_the_language(window: MainWindow, qtbot: QtBot) -> None:
    with fake_translation():
        qtbot.waitUntil(lambda: marked(action(window, "exportImageAction").text()))
        assert marked(action(window, "printAction").text())
        assert marked(action(window, "printAction").statusTip())


def test_titles_are_drawn_in_the_language_shown(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from timeline_app.app import create_main_window

    monkeypatch.setenv("TIMELINE_APP_LANGUAGE", "ru")
    window = create_main_window(tmp_path / "ru.sqlite3", data_dir=TRANSLATED)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: window.timeline_view.eventCount() > 0)
    dialog = open_dialog(window)
    dialog.format_combo.setCurrentIndex(FORMAT_INDEX["svg"])
    save_as(monkeypatch, tmp_path / "ru.svg")
    with qtbot.waitSignal(dialog.finished):
        QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    text = (tmp_path / "ru.svg").read_text(encoding="utf-8")
    assert "Соглашение о культурном сотрудничестве" in text
    window.close()


def test_the_file_menu_keeps_one_accelerator_per_letter(window: MainWindow) -> None:
    letters = [
        re.search(r"&(\w)", action.text()).group(1).lower()  # type: ignore[union-attr]
        for action in window.actions_.menus["file"].actions()
        if "&" in action.text()
    ]
    assert len(letters) == len(set(letters)), letters


def test_a_remembered_width_that_is_not_a_number_is_forgotten(window: MainWindow) -> None:
    QSettings().setValue("figure/width", "wide")
    assert open_dialog(window).width_spin.value() == 1600


def test_a_last_folder_since_removed_is_not_offered(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    QSettings().setValue("figure/folder", str(tmp_path / "gone"))
    dialog = open_dialog(window)
    asked = save_as(monkeypatch, tmp_path / "x.png")
    with qtbot.waitSignal(dialog.finished):
        QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert Path(str(asked[0][2])).parent != tmp_path / "gone"
