"""The user's collections in the window: listed in the filter panel with their counts whenever
events load, renamed and removed from there (with undo), their eras drawn on the timeline.

Every time the explorer is given events (at start, after an import, a new event of the
user's, a removal) the list is read again with the counts of those events, and the eras with
it; painting never reads storage. Unticking a collection is a filter like any other (hidden
everywhere, remembered per database file by WindowState).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox
from typing_extensions import override

from timeline_app.domain.collections import CollectionError, CollectionInfo
from timeline_app.domain.errors import StorageError
from timeline_app.domain.event_columns import CURATED_COLLECTION, EventColumns
from timeline_app.ui.search.collection_list import CollectionEntry
from timeline_app.ui.search.filter_panel import FilterPanel
from timeline_app.ui.timeline.era_bands import ERA_COLOURS, EraBand
from timeline_app.ui.timeline.view import TimelineView
from timeline_app.ui.translate import translate
from timeline_app.ui.undo_texts import NamedCommand

if TYPE_CHECKING:
    from timeline_app.services.collections_service import CollectionsService, RemovedCollection
    from timeline_app.services.timeline_service import TimelineService
    from timeline_app.ui.explorer import Explorer


class CollectionsHost(Protocol):
    """What the controller uses of the main window."""

    filter_panel: FilterPanel
    timeline_view: TimelineView
    explorer: Explorer
    undo_stack: QUndoStack

    def reportStorageError(self, error: StorageError) -> None: ...


class CollectionsController(QObject):
    """Keeps the filter panel's collections and the timeline's eras in step with storage."""

    def __init__(self, host: CollectionsHost) -> None:
        super().__init__(host.explorer)
        self._host = host
        self._service: CollectionsService | None = None
        self._timeline: TimelineService | None = None
        self._infos: list[CollectionInfo] = []
        self._columns = EventColumns.empty()
        host.explorer.eventsLoaded.connect(self.refresh)
        host.explorer.shownEventsChanged.connect(self._show_eras)
        host.filter_panel.collections.renameRequested.connect(self.rename)
        host.filter_panel.collections.removeRequested.connect(self.remove)

    def attachServices(self, collections: CollectionsService, timeline: TimelineService) -> None:
        """The opened database's services: its collections are listed at once."""
        self._service, self._timeline = collections, timeline
        self.refresh(self._columns)

    def collections(self) -> list[CollectionInfo]:
        """The user's collections as last read."""
        return list(self._infos)

    def refresh(self, columns: EventColumns) -> None:
        """Read the collections again and list them with the counts of ``columns``."""
        self._columns = columns
        counts = columns.collection_counts()
        self._infos = []
        if self._service is not None:
            try:
                self._infos = self._service.collections()
            except StorageError as error:
                self._host.reportStorageError(error)
        entries = [CollectionEntry(CURATED_COLLECTION, "", counts.get(CURATED_COLLECTION, 0))]
        entries += [
            CollectionEntry(info.id, info.name, counts.get(info.id, info.event_count))
            for info in self._infos
        ]
        self._host.filter_panel.setCollections(entries)
        self._show_eras()

    def rename(self, collection_id: int, name: str) -> None:
        """Rename a collection, as a step of the undo stack."""
        old = next((i.name for i in self._infos if i.id == collection_id), None)
        if old is not None and self._service is not None:
            self._host.undo_stack.push(_RenameCollection(self, collection_id, old, name))

    def remove(self, collection_id: int) -> None:
        """Remove a collection with its events, as a step of the undo stack."""
        name = next((i.name for i in self._infos if i.id == collection_id), None)
        if name is not None and self._service is not None:
            self._host.undo_stack.push(_RemoveCollection(self, collection_id, name))

    # ----- what the undo steps do -----

    def applyRename(self, collection_id: int, name: str) -> bool:
        """Rename in storage and list the new name; False when it could not be done."""
        service = self._service
        assert service is not None
        try:
            service.rename(collection_id, name)
        except StorageError as error:
            self._host.reportStorageError(error)
            return False
        except CollectionError:
            self._refuse_name(name)
            return False
        self.refresh(self._columns)
        return True

    def applyRemove(self, collection_id: int) -> RemovedCollection | None:
        """Remove in storage and show the events without it; None when it failed."""
        service = self._service
        assert service is not None
        try:
            removed = service.remove(collection_id)
        except StorageError as error:
            self._host.reportStorageError(error)
            return None
        self._reload_events()
        return removed

    def applyRestore(self, removed: RemovedCollection) -> None:
        """Bring a removed collection back and show its events again."""
        service = self._service
        assert service is not None
        try:
            service.restore(removed)
        except StorageError as error:
            self._host.reportStorageError(error)
            return
        self._reload_events()

    def _refuse_name(self, name: str) -> None:
        box = QMessageBox(self._host.filter_panel)
        box.setObjectName("collectionNameRefused")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("CollectionsController", "Rename Collection"))
        box.setText(
            translate(
                "CollectionsController",
                "Another collection is named “{name}”: choose another name.",
            ).format(name=name)
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _reload_events(self) -> None:
        timeline = self._timeline
        if timeline is None:
            return
        try:
            columns, categories = timeline.columns(), timeline.categories()
        except StorageError as error:
            self._host.reportStorageError(error)
            return
        self._host.explorer.setEvents(columns, timeline, categories)

    def _show_eras(self) -> None:
        hidden = self._host.explorer.currentFilter().hidden_collections
        bands = [
            EraBand(
                era.label,
                float(era.start.toordinal()),
                float(era.end.toordinal() + 1),
                ERA_COLOURS[number % len(ERA_COLOURS)],
            )
            for number, info in enumerate(self._infos)
            if info.id not in hidden
            for era in info.eras
        ]
        self._host.timeline_view.era_bands.set(bands)


class _RenameCollection(NamedCommand):
    """Edit ▸ Undo "Rename collection {name}"."""

    def __init__(
        self, controller: CollectionsController, collection_id: int, old: str, new: str
    ) -> None:
        super().__init__(
            lambda: translate("CollectionsController", "Rename collection {name}").format(name=old)
        )
        self._controller, self._id, self._old, self._new = controller, collection_id, old, new

    @override
    def redo(self) -> None:
        if not self._controller.applyRename(self._id, self._new):
            self.setObsolete(True)

    @override
    def undo(self) -> None:
        self._controller.applyRename(self._id, self._old)


class _RemoveCollection(NamedCommand):
    """Edit ▸ Undo "Remove collection {name}"."""

    def __init__(self, controller: CollectionsController, collection_id: int, name: str) -> None:
        super().__init__(
            lambda: translate("CollectionsController", "Remove collection {name}").format(name=name)
        )
        self._controller, self._id = controller, collection_id
        self._removed: RemovedCollection | None = None

    @override
    def redo(self) -> None:
        self._removed = self._controller.applyRemove(self._id)
        if self._removed is None:
            self.setObsolete(True)

    @override
    def undo(self) -> None:
        if self._removed is not None:
            self._controller.applyRestore(self._removed)
