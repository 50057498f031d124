"""The main window: timeline on top; details and notes below in splitters; menus and toolbar."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QToolBar, QWidget
from typing_extensions import override

from timeline_app import APP_NAME
from timeline_app.domain.dates import format_event_date
from timeline_app.domain.models import Changes
from timeline_app.services.note_service import NoteService
from timeline_app.services.storage_errors import StorageError
from timeline_app.services.timeline_service import TimelineService
from timeline_app.ui.about import show_about
from timeline_app.ui.detail_pane import DetailPane
from timeline_app.ui.notes_panel import NotesPanel
from timeline_app.ui.sources_dialog import SourcesDialog
from timeline_app.ui.timeline_view import TimelineView

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Wires the timeline, the detail pane and the notes panel; persists its geometry."""

    def __init__(
        self,
        timeline: TimelineService,
        notes: NoteService,
        database_path: Path,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self._timeline_service = timeline
        self._database_path = database_path
        self._settings = settings
        #: called after the window has closed (e.g. to release the database file)
        self.closed_callbacks: list[Callable[[], None]] = []
        self._sources_dialog: SourcesDialog | None = None
        self.timeline_view = TimelineView()
        self.detail_pane = DetailPane()
        self.notes_panel = NotesPanel(notes)
        self._build_ui()
        self._build_actions()
        self._connect_signals()
        self._load_events()
        self._restore_state()

    def _build_ui(self) -> None:
        self._lower_splitter = QSplitter(Qt.Orientation.Horizontal)
        self._lower_splitter.setObjectName("detailSplitter")
        self._lower_splitter.addWidget(self.detail_pane)
        self._lower_splitter.addWidget(self.notes_panel)
        self._lower_splitter.setStretchFactor(0, 3)
        self._lower_splitter.setStretchFactor(1, 2)
        self._main_splitter = QSplitter(Qt.Orientation.Vertical)
        self._main_splitter.setObjectName("mainSplitter")
        self._main_splitter.addWidget(self.timeline_view)
        self._main_splitter.addWidget(self._lower_splitter)
        self._main_splitter.setStretchFactor(0, 3)
        self._main_splitter.setStretchFactor(1, 2)
        self._main_splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self._main_splitter)
        self._range_label = QLabel()
        self.statusBar().addPermanentWidget(self._range_label)
        self.resize(1280, 860)

    def _action(
        self, text: str, shortcuts: list[QKeySequence], tip: str, icon: str = ""
    ) -> QAction:
        action = QAction(QIcon.fromTheme(icon) if icon else QIcon(), text, self)
        # A sequence listed twice would make the shortcut ambiguous, and Qt then fires nothing.
        unique = list(
            {
                sequence.toString(): sequence for sequence in shortcuts if not sequence.isEmpty()
            }.values()
        )
        action.setShortcuts(unique)
        shortcuts = unique
        action.setStatusTip(tip)
        action.setToolTip(
            f"{tip} ({shortcuts[0].toString(QKeySequence.SequenceFormat.NativeText)})"
            if shortcuts
            else tip
        )
        return action

    def _build_actions(self) -> None:
        standard = QKeySequence.StandardKey
        self.quit_action = self._action(
            "&Quit",
            [QKeySequence(standard.Quit), QKeySequence("Ctrl+Q")],
            "Quit the application",
            "application-exit",
        )
        self.quit_action.triggered.connect(self.close)
        self.zoom_in_action = self._action(
            "Zoom &In", [QKeySequence(standard.ZoomIn)], "Zoom in on the timeline", "zoom-in"
        )
        self.zoom_out_action = self._action(
            "Zoom &Out", [QKeySequence(standard.ZoomOut)], "Zoom out of the timeline", "zoom-out"
        )
        self.fit_action = self._action(
            "&Fit All", [QKeySequence("Ctrl+0")], "Show the whole period 1992–2024", "zoom-fit-best"
        )
        self.about_action = self._action("&About", [], "About this app and its data sources")
        self.sources_action = self._action(
            "&Sources", [], "Every source, with how many events cite it"
        )
        self.zoom_in_action.triggered.connect(self.timeline_view.zoomIn)
        self.zoom_out_action.triggered.connect(self.timeline_view.zoomOut)
        self.fit_action.triggered.connect(self.timeline_view.fitAll)
        self.about_action.triggered.connect(self._show_about)
        self.sources_action.triggered.connect(self._show_sources)

        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu("&File")
        file_menu.addAction(self.quit_action)
        view_menu = menu_bar.addMenu("&View")
        for action in (self.zoom_in_action, self.zoom_out_action, self.fit_action):
            view_menu.addAction(action)
        help_menu = menu_bar.addMenu("&Help")
        help_menu.addAction(self.sources_action)
        help_menu.addAction(self.about_action)

        toolbar = QToolBar("Timeline")
        toolbar.setObjectName("timelineToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.zoom_in_action, self.zoom_out_action, self.fit_action):
            toolbar.addAction(action)
        self.addToolBar(toolbar)

    def _connect_signals(self) -> None:
        self.timeline_view.eventSelected.connect(self._show_event)
        self.timeline_view.visibleRangeChanged.connect(self._update_range_label)
        self.detail_pane.relatedEventActivated.connect(self.timeline_view.selectEvent)
        self.notes_panel.notesChanged.connect(self._on_notes_changed)

    def _load_events(self) -> None:
        try:
            markers = self._timeline_service.markers()
            categories = self._timeline_service.categories()
        except StorageError as error:
            self.statusBar().showMessage(str(error))
            return
        self.timeline_view.setEvents(markers, categories)
        self.statusBar().showMessage(
            f"{len(markers)} events · notes are stored in {self._database_path}"
        )
        self._update_range_label()

    def _show_event(self, event_id: str) -> None:
        try:
            detail = self._timeline_service.event_detail(event_id)
        except StorageError as error:
            self.statusBar().showMessage(str(error))
            detail = None
        self.detail_pane.setEventDetail(detail)
        self.notes_panel.setEventId(event_id if detail is not None else None)
        if detail is not None:
            when = format_event_date(
                detail.start,
                detail.end,
                detail.precision,
                approximate=detail.approximate,
                qualifier=detail.qualifier,
            )
            self.statusBar().showMessage(f"{when}: {detail.title}")

    def _on_notes_changed(self, changes: Changes) -> None:
        if changes.notes_of_events:
            log.debug("notes changed for %s", sorted(changes.notes_of_events))

    def _update_range_label(self) -> None:
        first, last = self.timeline_view.visibleRange()
        self._range_label.setText(f"{first:%d %b %Y} – {last:%d %b %Y}")

    def _show_about(self) -> None:
        try:
            sources = self._timeline_service.sources_with_counts()
        except StorageError as error:
            self.statusBar().showMessage(str(error))
            sources = []
        show_about(self, sources, len(self.timeline_view.eventIds()))

    def _show_sources(self) -> None:
        try:
            rows = self._timeline_service.sources_with_counts()
        except StorageError as error:
            self.statusBar().showMessage(str(error))
            return
        if self._sources_dialog is None:
            self._sources_dialog = SourcesDialog(rows, self)
        else:
            self._sources_dialog.model.set_rows(rows)
        self._sources_dialog.show()
        self._sources_dialog.raise_()
        self._sources_dialog.activateWindow()

    def _restore_state(self) -> None:
        geometry = self._settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        for key, splitter in (
            ("window/mainSplitter", self._main_splitter),
            ("window/detailSplitter", self._lower_splitter),
        ):
            state = self._settings.value(key)
            if isinstance(state, QByteArray):
                splitter.restoreState(state)

    def save_state(self) -> None:
        """Persist geometry and splitter sizes."""
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/mainSplitter", self._main_splitter.saveState())
        self._settings.setValue("window/detailSplitter", self._lower_splitter.saveState())
        self._settings.sync()

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        self.notes_panel.flush()
        self.save_state()
        super().closeEvent(event)
        for callback in self.closed_callbacks:
            callback()
