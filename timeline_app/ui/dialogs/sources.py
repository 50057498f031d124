"""Help ▸ Sources: every source the events cite, with how many events cite each; filterable."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QSortFilterProxyModel, Qt, QUrl
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from timeline_app.domain.models import Source
from timeline_app.ui.dialogs.sources_model import (
    COL_EVENTS,
    COL_PUBLISHED,
    COL_PUBLISHER,
    COL_TITLE,
    COLUMNS,
    SORT_ROLE,
    URL_ROLE,
    SourcesTableModel,
)
from timeline_app.ui.external_links import open_external
from timeline_app.ui.plural import tr


class SourcesDialog(QDialog):
    """A sortable, filterable table of sources; double-click or Enter opens a source's link."""

    def __init__(self, rows: Sequence[tuple[Source, int]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourcesDialog")
        self.resize(1000, 600)
        self.model = SourcesTableModel()
        self.model.set_rows(rows)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self._build_ui()
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.model.modelReset.connect(self._summarise)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the language now in force."""
        self.setWindowTitle(QCoreApplication.translate("SourcesDialog", "Sources"))
        self.filter_edit.setPlaceholderText(
            QCoreApplication.translate("SourcesDialog", "Filter by publisher, title, date or link…")
        )
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        self._summarise()

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _summarise(self) -> None:
        rows = self.model.rowCount()
        citations = sum(self.model.count_at(row) for row in range(rows))
        self.summary.setText(
            tr("%n sources", "", rows)
            + tr(", cited %n times.", "", citations)
            + " "
            + QCoreApplication.translate("SourcesDialog", "Double-click a row to open its link.")
        )

    def _build_ui(self) -> None:
        self.summary = summary = QLabel()
        summary.setObjectName("sourcesSummary")
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("sourcesFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.table = QTableView()
        self.table.setObjectName("sourcesTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_EVENTS, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in (
            (COL_PUBLISHER, 220),
            (COL_TITLE, 400),
            (COL_PUBLISHED, 140),
            (COL_EVENTS, 64),
        ):
            self.table.setColumnWidth(column, width)
        self.table.setWordWrap(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def _open(self, index: QModelIndex) -> None:
        url = str(index.data(URL_ROLE) or "")
        if url.startswith(("http://", "https://")):
            open_external(self, QUrl(url))
