"""Help ▸ Keyboard Shortcuts: every shortcut, found by typing part of its name or key."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from timeline_app.ui.translate import translate

COL_COMMAND = 0
COL_KEYS = 1
COL_WHERE = 2


@dataclass(frozen=True, slots=True)
class ShortcutRow:
    """One command, its keys as shown to the user, and the menu (or pane) it lives in."""

    command: str
    keys: str
    where: str


class ShortcutsDialog(QDialog):
    """A non-modal table of shortcuts with a filter box above it."""

    def __init__(self, rows: list[ShortcutRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setModal(False)
        self.resize(640, 560)
        self.model = QStandardItemModel(0, 3, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)  # a match in any column: "ctrl", "zoom", "Go"
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("shortcutsFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.table = QTableView()
        self.table.setObjectName("shortcutsTable")
        self.table.setModel(self.proxy)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.set_rows(rows)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the title, headers and placeholder in the language now in force (the rows come
        from the window, which lists them again)."""
        self.setWindowTitle(translate("ShortcutsDialog", "Keyboard Shortcuts"))
        self.model.setHorizontalHeaderLabels(
            [
                translate("ShortcutsDialog", "Command"),
                translate("ShortcutsDialog", "Keys"),
                translate("ShortcutsDialog", "Where"),
            ]
        )
        self.filter_edit.setPlaceholderText(
            translate("ShortcutsDialog", "Type to filter: a command, a key or a menu")
        )

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_rows(self, rows: list[ShortcutRow]) -> None:
        """Replace the listed shortcuts."""
        self.model.removeRows(0, self.model.rowCount())
        for row in rows:
            items = [QStandardItem(text) for text in (row.command, row.keys, row.where)]
            self.model.appendRow(items)

    def shown_rows(self) -> list[ShortcutRow]:
        """The rows the filter lets through, in order."""
        return [
            ShortcutRow(
                *(str(self.proxy.index(r, c).data()) for c in (COL_COMMAND, COL_KEYS, COL_WHERE))
            )
            for r in range(self.proxy.rowCount())
        ]
