"""Help ▸ Sources: the model alone, and the dialog opened from the real menu."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView
from pytestqt.qtbot import QtBot

from timeline_app.domain.models import Source
from timeline_app.ui.dialogs.sources import SourcesDialog
from timeline_app.ui.dialogs.sources_model import (
    COL_EVENTS,
    COL_LOCATION,
    COL_PUBLISHED,
    COL_PUBLISHER,
    SORT_ROLE,
    SourcesTableModel,
)
from timeline_app.ui.main_window import MainWindow

ROWS = [
    (Source("a", "Seed A", "Kazinform", "https://example.org/a", "000.txt", date(2024, 6, 20)), 3),
    (Source("b", "Web B", "CGTN", "https://example.org/b", published_text="September 2017"), 12),
]


def test_model_rows_without_a_view() -> None:
    model = SourcesTableModel()
    model.set_rows(ROWS)
    assert model.rowCount() == 2
    assert model.index(0, COL_PUBLISHER).data() == "Kazinform"
    assert model.index(0, COL_PUBLISHED).data() == "20 June 2024"
    assert model.index(1, COL_PUBLISHED).data() == "September 2017"
    assert model.index(0, COL_LOCATION).data() == "https://example.org/a"  # not the file name
    assert model.index(1, COL_EVENTS).data(SORT_ROLE) == 12  # counts sort as numbers


def test_dialog_sorts_by_count_and_filters(qtbot: QtBot) -> None:
    dialog = SourcesDialog(ROWS)
    qtbot.addWidget(dialog)
    table = dialog.findChild(QTableView, "sourcesTable")
    assert table is not None
    proxy = table.model()
    assert proxy.index(0, COL_PUBLISHER).data() == "CGTN"
    filter_edit = dialog.findChild(QLineEdit, "sourcesFilter")
    assert filter_edit is not None
    qtbot.keyClicks(filter_edit, "kazinf")
    assert proxy.rowCount() == 1
    assert proxy.index(0, COL_PUBLISHER).data() == "Kazinform"


def test_help_sources_lists_every_source_with_counts(
    make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window()
    window.sources_action.trigger()
    dialog = window.findChild(SourcesDialog, "sourcesDialog")
    assert dialog is not None and dialog.isVisible()
    model = dialog.model
    counts = {
        model.source_at(row).id: model.index(row, COL_EVENTS).data()
        for row in range(model.rowCount())
    }
    assert counts == {"seed-a": "3", "web-b": "3"}
    dialog.close()
    assert Qt.WindowType.Dialog & dialog.windowFlags()


def test_summary_counts_read_right_for_one(qtbot: QtBot) -> None:
    dialog = SourcesDialog([(ROWS[0][0], 1)])
    qtbot.addWidget(dialog)
    summary = dialog.findChild(QLabel, "sourcesSummary")
    assert summary is not None
    assert summary.text() == "1 source, cited 1 time. Double-click a row to open its link."
    dialog = SourcesDialog(ROWS)
    qtbot.addWidget(dialog)
    summary = dialog.findChild(QLabel, "sourcesSummary")
    assert summary is not None
    assert summary.text().startswith("2 sources, cited 15 times.")
