"""The collections in the filter panel: the curated chronology and each of the user's, with a
checkbox and a count of events; a collection of the user's can be renamed and removed.

Right-click (or the Menu key) on a collection opens Rename… and Remove…; F2 and
Delete do the same from the keyboard. Rename asks in a small dialog, Remove asks for a
confirmation naming how many events go; then the request is emitted and the window does it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from timeline_app.domain.event_columns import CURATED_COLLECTION
from timeline_app.ui.plural import tr
from timeline_app.ui.reader_locale import format_number
from timeline_app.ui.translate import translate


@dataclass(frozen=True, slots=True)
class CollectionEntry:
    """One line of the list: a collection's id (CURATED_COLLECTION for the curated
    chronology, whose name the list gives), name and number of events."""

    id: int
    name: str
    count: int

    @property
    def editable(self) -> bool:
        """Only the user's collections can be renamed and removed."""
        return self.id != CURATED_COLLECTION


class CollectionList(QWidget):
    """A checkbox per collection; emits what the user asks for."""

    #: the ticks changed
    toggled = Signal()
    #: (int, str): rename the collection with this id to this name
    renameRequested = Signal(int, str)
    #: int: remove the collection with this id (the user confirmed)
    removeRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("collectionList")
        self._entries: list[CollectionEntry] = []
        self._boxes: dict[int, QCheckBox] = {}
        self._hidden: frozenset[int] = frozenset()
        self._title = QLabel()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 4)
        self._layout.setSpacing(2)
        self._layout.addWidget(self._title)
        self.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the current language (names and counts too)."""
        self._title.setText(translate("CollectionList", "Collections:"))
        for entry in self._entries:
            box = self._boxes[entry.id]
            box.setText(self._text(entry))
            if entry.editable:
                box.setToolTip(
                    translate("CollectionList", "Right-click, F2 or Delete to rename or remove it")
                )

    def _text(self, entry: CollectionEntry) -> str:
        name = entry.name
        if not entry.editable:
            name = translate("CollectionList", "Curated chronology")
        return translate("CollectionList", "{collection} ({count})").format(
            collection=name, count=format_number(entry.count)
        )

    def setEntries(self, entries: Sequence[CollectionEntry], hidden: frozenset[int]) -> None:
        """One checkbox per collection, ticked unless its id is in ``hidden``. The list is
        shown only when there is more than the curated chronology."""
        for box in self._boxes.values():
            box.deleteLater()
        self._boxes.clear()
        self._entries = list(entries)
        self._hidden = hidden
        for entry in self._entries:
            box = QCheckBox()
            box.setObjectName(f"collection-{entry.id}")
            box.setChecked(entry.id not in hidden)
            box.toggled.connect(self._on_toggled)
            if entry.editable:
                box.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
                box.installEventFilter(self)
            self._layout.addWidget(box)
            self._boxes[entry.id] = box
        self.setVisible(any(entry.editable for entry in self._entries))
        self.retranslate()

    def entries(self) -> list[CollectionEntry]:
        """The collections listed."""
        return list(self._entries)

    def box(self, collection_id: int) -> QCheckBox:
        """The checkbox of one collection."""
        return self._boxes[collection_id]

    def hidden(self) -> frozenset[int]:
        """The collections not ticked (and those hidden but not listed, kept as they were)."""
        listed = {entry.id for entry in self._entries}
        unticked = {cid for cid, box in self._boxes.items() if not box.isChecked()}
        return frozenset(unticked | (self._hidden - listed))

    def setHiddenCollections(self, hidden: frozenset[int]) -> None:
        """Tick every listed collection but these (no signal)."""
        self._hidden = hidden
        for collection_id, box in self._boxes.items():
            box.blockSignals(True)
            box.setChecked(collection_id not in hidden)
            box.blockSignals(False)

    def _on_toggled(self) -> None:
        self._hidden = self.hidden()
        self.toggled.emit()

    def _entry(self, collection_id: int) -> CollectionEntry:
        return next(entry for entry in self._entries if entry.id == collection_id)

    # ----- rename and remove -----

    def menuFor(self, collection_id: int) -> QMenu:
        """The context menu of one collection (Rename…, Remove…), not yet shown."""
        menu = QMenu(self)
        menu.setObjectName("collectionMenu")
        rename = menu.addAction(translate("CollectionList", "Rename…"))
        rename.setObjectName("renameCollection")
        rename.triggered.connect(lambda: self.startRename(collection_id))
        remove = menu.addAction(translate("CollectionList", "Remove…"))
        remove.setObjectName("removeCollection")
        remove.triggered.connect(lambda: self.confirmRemove(collection_id))
        return menu

    def startRename(self, collection_id: int) -> QInputDialog:
        """Ask for a new name (a window-modal dialog, returned); emits renameRequested when
        the user accepts a name that differs."""
        entry = self._entry(collection_id)
        dialog = QInputDialog(self)
        dialog.setObjectName("renameCollectionDialog")
        dialog.setWindowTitle(translate("CollectionList", "Rename Collection"))
        dialog.setLabelText(
            translate("CollectionList", "New name for “{collection}”:").format(
                collection=entry.name
            )
        )
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setTextValue(entry.name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen(name: str) -> None:
            if name.strip() and name.strip() != entry.name:
                self.renameRequested.emit(collection_id, name.strip())

        dialog.textValueSelected.connect(chosen)
        dialog.open()
        return dialog

    def confirmRemove(self, collection_id: int) -> QMessageBox:
        """Ask whether to remove a collection, naming how many events go (a window-modal
        box, returned); emits removeRequested when the user confirms."""
        entry = self._entry(collection_id)
        box = QMessageBox(self)
        box.setObjectName("removeCollectionBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("CollectionList", "Remove Collection"))
        box.setText(
            tr("Remove the collection “{collection}” and its %Ln events?", "", entry.count).format(
                collection=entry.name
            )
        )
        box.setInformativeText(
            translate(
                "CollectionList", "Your notes on its events are kept. Edit ▸ Undo brings it back."
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(_result: int) -> None:
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
                self.removeRequested.emit(collection_id)

        box.finished.connect(answered)
        box.open()
        return box

    # ----- Qt overrides -----

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        collection_id = next((cid for cid, box in self._boxes.items() if box is watched), None)
        if collection_id is None:
            return super().eventFilter(watched, event)
        if isinstance(event, QContextMenuEvent):
            self.menuFor(collection_id).popup(event.globalPos())
            return True
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_F2:
                self.startRename(collection_id)
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.confirmRemove(collection_id)
                return True
        return super().eventFilter(watched, event)

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
