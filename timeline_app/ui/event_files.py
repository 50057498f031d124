"""File ▸ Import Events and File ▸ Export Events: the two actions (placed in the File menu
after Import Notes), the dialogs they open, and what the window does afterwards (reload the
events and show the imported collection's span; a status message).

Made when the window gets its database (``window_collections.attach_collections``), so the
window module itself does not change; ``EventFiles.of(window)`` finds it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox
from typing_extensions import override

from timeline_app.domain.errors import StorageError
from timeline_app.ui.dialogs.export_events import EVERY_CHOICE, SHOWN, ExportEventsDialog
from timeline_app.ui.explorer import Explorer
from timeline_app.ui.navigator import Navigator
from timeline_app.ui.pending import pending
from timeline_app.ui.plural import tr
from timeline_app.ui.timeline.view import TimelineView
from timeline_app.ui.translate import translate
from timeline_app.ui.window_actions import WindowActions
from timeline_app.ui.window_layout import StatusLine

if TYPE_CHECKING:  # the database layer comes with the first import (windows paint without it)
    from timeline_app.services.event_exchange import EventExchangeService
    from timeline_app.services.event_import import ImportWritten
    from timeline_app.services.timeline_service import TimelineService
    from timeline_app.ui.dialogs.import_events import ImportEventsDialog


class EventWindow(Protocol):
    """What this uses of the main window (whose module it does not import: panes' rule)."""

    actions_: WindowActions
    explorer: Explorer
    status: StatusLine
    timeline_view: TimelineView
    navigator: Navigator

    def reportStorageError(self, error: StorageError) -> None: ...


class EventFiles(QObject):
    """Imports timeline files as collections and exports events, for one window."""

    #: ImportWritten: a collection was imported (the window shows it)
    imported = Signal(object)
    #: str: what was done, for the status bar
    message = Signal(str)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("eventFiles")
        self._window, self._host = window, cast(EventWindow, window)
        self._exchange: EventExchangeService = pending("events")
        self._timeline: TimelineService = pending("timeline")
        self.dialog: ImportEventsDialog | None = None
        self.import_action = QAction(window)
        self.import_action.setObjectName("importEventsAction")
        self.export_action = QAction(window)
        self.export_action.setObjectName("exportEventsAction")
        menu, notes = self._host.actions_.menus["file"], self._host.actions_.import_json
        after = menu.actions()[menu.actions().index(notes) + 1]
        menu.insertActions(after, [self.import_action, self.export_action])
        self.import_action.triggered.connect(self.importEvents)
        self.export_action.triggered.connect(self.exportEvents)
        self.message.connect(lambda text: self._host.status.show(lambda: text, 10000))
        window.installEventFilter(self)
        self.retranslate()

    @staticmethod
    def of(window: QMainWindow) -> EventFiles:
        """The window's EventFiles, made on first call."""
        return window.findChild(EventFiles, "eventFiles") or EventFiles(window)

    def attachServices(self, exchange: EventExchangeService, timeline: TimelineService) -> None:
        """The import and export service of the opened database, and its timeline service
        (to show the events again after an import)."""
        self._exchange, self._timeline = exchange, timeline

    def _reload(self) -> None:
        try:
            columns, categories = self._timeline.columns(), self._timeline.categories()
        except StorageError as error:
            self._host.reportStorageError(error)
            return
        self._host.explorer.setEvents(columns, self._timeline, categories)

    def _folder(self) -> str:
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def importEvents(self) -> ImportEventsDialog | None:
        """Ask for a file and open its preview (window-modal; the window keeps painting)."""
        chosen, _ = QFileDialog.getOpenFileName(
            self._window,
            translate("EventFiles", "Import Events"),
            self._folder(),
            translate(
                "EventFiles",
                "Timelines (*.json *.csv *.timeline);;TimelineJS JSON (*.json);;"
                "CSV (*.csv);;The Timeline Project (*.timeline)",
            ),
        )
        return self.openImport(Path(chosen)) if chosen else None

    def openImport(self, path: Path) -> ImportEventsDialog | None:
        """The preview of ``path``, shown; it imports when the user presses Import."""
        # Loaded on first use: it brings the database layer, which the window paints without.
        from timeline_app.ui.dialogs.import_events import ImportEventsDialog  # noqa: PLC0415

        try:
            dialog = ImportEventsDialog(path, self._exchange, self._window)
        except (OSError, StorageError) as error:
            QMessageBox.warning(self._window, translate("EventFiles", "Import Events"), str(error))
            return None
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(lambda _result: self._import_done(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _import_done(self, dialog: ImportEventsDialog) -> None:
        self.dialog = None
        written = dialog.written
        dialog.deleteLater()
        if written is None:
            self.message.emit(
                translate("EventFiles", "Nothing was imported from {file}.").format(
                    file=dialog.path.name
                )
            )
            return
        self._show_imported(written)

    def _show_imported(self, written: ImportWritten) -> None:
        self._reload()
        try:
            span = self._exchange.span(written.collection_id)
        except StorageError as error:
            self._host.reportStorageError(error)
            span = None
        if span is not None:
            self._host.timeline_view.animateToRange(*span)
            self._host.navigator.record()
        self.message.emit(
            tr("%Ln events imported into {name}.", "", written.count).format(name=written.name)
        )
        self.imported.emit(written)

    def exportEvents(self) -> Path | None:
        """Ask what to export and where; write it. Returns the file written, or None."""
        try:
            shown = len(self._host.explorer.shown)
            dialog = ExportEventsDialog(
                shown,
                self._exchange.curated_count(),
                self._exchange.collections(),
                self._window,
            )
        except StorageError as error:
            self._host.reportStorageError(error)
            return None
        if dialog.exec() != ExportEventsDialog.DialogCode.Accepted:
            return None
        choice = dialog.choice()
        suggested = str(Path(self._folder()) / "timeline-events.json")
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self._window,
            translate("EventFiles", "Export Events"),
            suggested,
            translate("EventFiles", "TimelineJS JSON (*.json);;TimelineJS spreadsheet CSV (*.csv)"),
        )
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() not in (".json", ".csv"):
            target = target.with_name(target.name + (".csv" if "csv" in chosen_filter else ".json"))
        return self.exportTo(choice, target)

    def exportTo(self, choice: int, target: Path) -> Path | None:
        """Write the events ``choice`` names (see ExportEventsDialog) to ``target``."""
        keys = None
        which = {SHOWN: EVERY_CHOICE}.get(choice, choice)
        if choice == SHOWN:
            keys = {int(key) for key in self._host.explorer.shown.keys}
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            count = self._exchange.export(target, which, keys=keys)
        except (OSError, StorageError) as error:
            QMessageBox.warning(self._window, translate("EventFiles", "Export Events"), str(error))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.message.emit(tr("%Ln events exported to {file}.", "", count).format(file=target))
        return target

    def retranslate(self) -> None:
        """The actions' texts in the language in force."""
        self.import_action.setText(translate("EventFiles", "I&mport Events…"))
        self.import_action.setStatusTip(
            translate("EventFiles", "Add a TimelineJS, CSV or Timeline file as a collection")
        )
        self.export_action.setText(translate("EventFiles", "Export E&vents…"))
        self.export_action.setStatusTip(
            translate("EventFiles", "Write events as TimelineJS JSON or CSV")
        )

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().eventFilter(watched, event)
