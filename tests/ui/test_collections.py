"""Collections in the window: listed with counts in the filter panel, hidden by unticking
(everywhere, remembered), renamed and removed with undo; their eras drawn behind their
events; the timeline, Fit All, the overview and Go to Date over years 1–9999."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.conftest import SAMPLE_DATA
from tests.ui.window_helpers import WindowFactory, give_focus, overview, search_for
from timeline_app.domain.collections import Era, NeutralEvent
from timeline_app.domain.event_columns import CURATED_COLLECTION
from timeline_app.domain.models import DatePrecision
from timeline_app.services.event_import import EventImportWriter, ImportTarget
from timeline_app.services.startup import open_timeline_database
from timeline_app.ui.main_window import MainWindow

CURATED_COUNT = 6


@pytest.fixture
def ancient(db_path: Path) -> int:
    """A collection "Ancient" of two events, in years 5 and 9999, with one era."""
    database = open_timeline_database(db_path, SAMPLE_DATA)
    try:
        written = EventImportWriter(database.session_factory, database.path).write(
            ImportTarget(
                "Ancient",
                eras=(Era("Antiquity", date(1, 1, 1), date(500, 12, 31)),),
            ),
            [
                NeutralEvent("Zebra year five", date(5, 1, 1), precision=DatePrecision.YEAR),
                NeutralEvent("Zebra far future", date(9999, 3, 1)),
            ],
        )
    finally:
        database.dispose()
    return written.collection_id


def imported_ids(window: MainWindow) -> list[str]:
    return [i for i in window.timeline_view.eventIds() if i.startswith("u-")]


def test_the_panel_lists_the_chronology_and_each_collection_with_counts(
    make_window: WindowFactory, ancient: int
) -> None:
    window = make_window()
    panel = window.filter_panel
    assert panel.collections.isVisible()
    assert panel.collectionBox(CURATED_COLLECTION).text() == f"Curated chronology ({CURATED_COUNT})"
    assert panel.collectionBox(ancient).text() == "Ancient (2)"
    assert panel.collectionBox(ancient).isChecked()


def test_only_the_chronology_lists_no_collections(make_window: WindowFactory) -> None:
    window = make_window()
    assert not window.filter_panel.collections.isVisible()
    assert window.timeline_view.visibleRange() == (date(1992, 1, 1), date(2024, 12, 31))
    window.actions_.fit_all.trigger()
    assert window.timeline_view.visibleRange() == (date(1992, 1, 1), date(2024, 12, 31))
    assert overview(window).period().label == "1992–2024"


def test_unticking_hides_a_collection_everywhere_and_is_remembered(
    make_window: WindowFactory, ancient: int, qtbot: QtBot
) -> None:
    window = make_window()
    assert len(imported_ids(window)) == 2
    assert len(search_for(qtbot, window, "Zebra").eventIds()) == 2
    box = window.filter_panel.collectionBox(ancient)
    QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert not box.isChecked()
    assert imported_ids(window) == []
    assert window.timeline_view.eventCount() == CURATED_COUNT
    assert window.search_results.eventIds() == []
    assert overview(window).period().label == "1992–2024"
    window.close()

    again = make_window()
    assert not again.filter_panel.collectionBox(ancient).isChecked()
    assert imported_ids(again) == []
    again.filter_panel.reset_button.click()
    assert len(imported_ids(again)) == 2


def test_the_curated_chronology_can_be_hidden_too(make_window: WindowFactory, ancient: int) -> None:
    window = make_window()
    window.filter_panel.collectionBox(CURATED_COLLECTION).setChecked(False)
    assert window.timeline_view.eventCount() == 2
    assert window.explorer.currentFilter().hidden_collections == {CURATED_COLLECTION}


def test_rename_with_f2_and_undo(make_window: WindowFactory, ancient: int, qtbot: QtBot) -> None:
    window = make_window()
    box = window.filter_panel.collectionBox(ancient)
    give_focus(qtbot, box)
    QTest.keyClick(box, Qt.Key.Key_F2)
    dialog = window.findChild(QInputDialog, "renameCollectionDialog")
    assert dialog is not None and dialog.textValue() == "Ancient"
    dialog.setTextValue("Old world")
    dialog.accept()
    assert window.filter_panel.collectionBox(ancient).text() == "Old world (2)"
    assert window.undo_stack.undoText() == "Rename collection Ancient"
    window.undo()
    assert window.filter_panel.collectionBox(ancient).text() == "Ancient (2)"


def test_a_taken_name_is_refused(make_window: WindowFactory, ancient: int) -> None:
    window = make_window()
    window.collections.rename(ancient, "  ")
    dialog = window.filter_panel.collections.startRename(ancient)
    dialog.setTextValue("Ancient")  # the same name: nothing to do
    dialog.accept()
    assert window.undo_stack.count() == 0
    assert window.filter_panel.collectionBox(ancient).text() == "Ancient (2)"


def test_remove_asks_naming_the_count_and_undo_brings_it_back(
    make_window: WindowFactory, ancient: int, qtbot: QtBot
) -> None:
    window = make_window()
    box = window.filter_panel.collectionBox(ancient)
    give_focus(qtbot, box)
    QTest.keyClick(box, Qt.Key.Key_Delete)
    question = window.findChild(QMessageBox, "removeCollectionBox")
    assert question is not None
    assert "“Ancient”" in question.text() and "2 events" in question.text()
    yes = question.button(QMessageBox.StandardButton.Yes)
    assert yes is not None
    yes.click()
    assert imported_ids(window) == []
    assert window.timeline_view.eventCount() == CURATED_COUNT
    assert not window.filter_panel.collections.isVisible()
    assert window.undo_stack.undoText() == "Remove collection Ancient"
    assert window.actions_.undo.text().endswith("Remove collection Ancient")

    window.undo()
    assert len(imported_ids(window)) == 2
    assert window.filter_panel.collectionBox(ancient).text() == "Ancient (2)"
    window.redo()
    assert imported_ids(window) == []


def test_cancel_removes_nothing(make_window: WindowFactory, ancient: int) -> None:
    window = make_window()
    question = window.filter_panel.collections.confirmRemove(ancient)
    cancel = question.button(QMessageBox.StandardButton.Cancel)
    assert cancel is not None
    cancel.click()
    assert len(imported_ids(window)) == 2
    assert window.undo_stack.count() == 0


def test_the_context_menu_offers_rename_and_remove(
    make_window: WindowFactory, ancient: int
) -> None:
    window = make_window()
    menu = window.filter_panel.collections.menuFor(ancient)
    names = [action.objectName() for action in menu.actions()]
    assert names == ["renameCollection", "removeCollection"]
    menu.actions()[1].trigger()
    assert window.findChild(QMessageBox, "removeCollectionBox") is not None


def test_fit_all_covers_years_5_to_9999_and_the_overview_too(
    make_window: WindowFactory, ancient: int
) -> None:
    window = make_window()
    view = window.timeline_view
    assert view.visibleRange() == (date(1992, 1, 1), date(2024, 12, 31))  # opens as before
    window.actions_.fit_all.trigger()
    first, last = view.visibleRange()
    assert first <= date(5, 1, 1) and last >= date(9999, 3, 1)
    assert overview(window).period().label == "5–9999"  # whole years of what is shown
    assert overview(window).histogram().first_year == 5
    window.timeline_view.grab()  # the axis labels millennia without failing
    for _ in range(40):  # zooming out stops at the extent
        view.zoomOut()
    assert view.visibleRange() == (date(5, 1, 1), date(9999, 12, 31))


def test_eras_are_drawn_as_bands_behind_the_events(
    make_window: WindowFactory, ancient: int
) -> None:
    window = make_window()
    view = window.timeline_view
    view.setVisibleRange(date(1, 1, 1), date(1000, 12, 31))
    rects = view.era_bands.rects()
    assert [label for label, _ in rects] == ["Antiquity"]
    rect = rects[0][1]
    assert rect.width() > view.width() / 3
    point = QPoint(int(rect.center().x()), int(rect.bottom()) - 4)
    with_band = view.grab().toImage().pixelColor(point)
    window.filter_panel.collectionBox(ancient).setChecked(False)
    assert view.era_bands.rects() == []
    without = view.grab().toImage().pixelColor(point)
    assert with_band != without


def test_a_removal_is_deleted_for_good_when_the_window_closes(
    make_window: WindowFactory, ancient: int, db_path: Path
) -> None:
    from timeline_app.services.collections_service import CollectionsService

    window = make_window()
    window.collections.remove(ancient)
    assert imported_ids(window) == []
    window.close()  # the undo stack goes: nothing is left to bring back
    database = open_timeline_database(db_path, SAMPLE_DATA)
    try:
        assert CollectionsService(database.session_factory, database.path).purge_removed() == 0
    finally:
        database.dispose()


def test_the_status_line_counts_again_when_a_collection_goes(
    make_window: WindowFactory, ancient: int
) -> None:
    window = make_window()
    before = f"{CURATED_COUNT + 2} events · notes are stored in "
    assert window.statusBar().currentMessage().startswith(before)
    window.collections.remove(ancient)
    assert window.statusBar().currentMessage().startswith(f"{CURATED_COUNT} events · ")
