"""The main window: search and filters on the left; timeline and overview on top; details and
notes below. It wires the widgets together and persists layout and preferences."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QGuiApplication, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QSplitter, QVBoxLayout, QWidget
from typing_extensions import override

from timeline_app import APP_NAME
from timeline_app.desktop.paths import log_dir
from timeline_app.domain.dates import format_event_date
from timeline_app.domain.errors import StorageError
from timeline_app.domain.event_filter import EventFilter
from timeline_app.domain.models import Changes
from timeline_app.domain.text_search import RANK_LIMIT
from timeline_app.ui.details.pane import DetailPane
from timeline_app.ui.dialogs.about import show_about
from timeline_app.ui.dialogs.go_to_date import GoToDateDialog
from timeline_app.ui.dialogs.sources import SourcesDialog
from timeline_app.ui.explorer import Explorer
from timeline_app.ui.navigator import Navigator
from timeline_app.ui.notes.files import NoteFiles
from timeline_app.ui.notes.panel import NotesPanel
from timeline_app.ui.notes.removed_event_notes import RemovedEventNotesDialog
from timeline_app.ui.pending import pending
from timeline_app.ui.search.box import SearchBox
from timeline_app.ui.search.filter_panel import FilterPanel
from timeline_app.ui.search.results import SearchResultsList
from timeline_app.ui.theme import Appearance, apply_appearance
from timeline_app.ui.timeline.overview_band import OverviewBand
from timeline_app.ui.timeline.view import TimelineView
from timeline_app.ui.window_actions import build_actions

if TYPE_CHECKING:
    from timeline_app.services.note_exchange.service import NoteExchangeService
    from timeline_app.services.note_service import NoteService
    from timeline_app.services.search_service import SearchService
    from timeline_app.services.timeline_service import TimelineService

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class WindowServices:
    """What the window needs from an opened database."""

    timeline: TimelineService
    notes: NoteService
    search: SearchService
    exchange: NoteExchangeService
    read_only: bool = False


class MainWindow(QMainWindow):
    """Wires search, filters, timeline, overview, details and notes; persists its state."""

    #: the database's services were attached and its events loaded
    attached = Signal()

    def __init__(
        self, database_path: Path, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        """The window, ready to show; its events and notes come with ``attach``."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self._timeline_service: TimelineService = pending("timeline")
        self._notes_service: NoteService = pending("notes")
        self._database_path = database_path
        self._settings = settings
        #: called after the window has closed (e.g. to release the database file)
        self.closed_callbacks: list[Callable[[], None]] = []
        self._sources_dialog: SourcesDialog | None = None
        self._go_to_dialog: GoToDateDialog | None = None
        self.undo_stack = QUndoStack(self)
        self.timeline_view = TimelineView()
        self.overview_band = OverviewBand()
        self.detail_pane = DetailPane()
        self.notes_panel = NotesPanel(self._notes_service, self.undo_stack)
        self.search_box = SearchBox()
        self.search_results = SearchResultsList()
        self.filter_panel = FilterPanel()
        self.note_files = NoteFiles(pending("exchange"), self)
        self.explorer = Explorer(
            self.timeline_view,
            self.overview_band,
            self.search_results,
            self.filter_panel,
            pending("search"),
            self._notes_service,
            self,
        )
        self._build_ui()
        self.actions_ = build_actions(self, self.timeline_view)
        self.navigator = Navigator(self.timeline_view, self)
        self._connect_signals()
        self._restore_state()
        self._update_history_actions()
        self.statusBar().showMessage(f"Opening {database_path}…")

    def attach(self, services: WindowServices) -> None:
        """Connect the opened database's services and show its events and notes.

        Kept apart from construction so the app can paint its window before the database
        layer is even imported (see cli.py); ``create_main_window`` does both at once.
        """
        self._timeline_service, self._notes_service = services.timeline, services.notes
        self.notes_panel.attachService(services.notes)
        self.note_files.attachService(services.exchange)
        self.explorer.attachServices(services.search, services.notes)
        self._load_events()
        if services.read_only:
            self._show_read_only()
        self.navigator.record()
        self._update_history_actions()
        self.attached.emit()

    # The actions tests and menus reach by name.
    @property
    def zoom_in_action(self) -> QAction:
        """View ▸ Zoom In."""
        return self.actions_.zoom_in

    @property
    def zoom_out_action(self) -> QAction:
        """View ▸ Zoom Out."""
        return self.actions_.zoom_out

    @property
    def fit_action(self) -> QAction:
        """View ▸ Fit All."""
        return self.actions_.fit_all

    @property
    def about_action(self) -> QAction:
        """Help ▸ About."""
        return self.actions_.about

    @property
    def sources_action(self) -> QAction:
        """Help ▸ Sources."""
        return self.actions_.sources

    @property
    def quit_action(self) -> QAction:
        """File ▸ Quit."""
        return self.actions_.quit

    def _build_ui(self) -> None:
        timeline_area = QWidget()
        timeline_layout = QVBoxLayout(timeline_area)
        timeline_layout.setContentsMargins(0, 0, 0, 0)
        timeline_layout.setSpacing(2)
        timeline_layout.addWidget(self.timeline_view, 1)
        timeline_layout.addWidget(self.overview_band)
        self._lower_splitter = QSplitter(Qt.Orientation.Horizontal)
        self._lower_splitter.setObjectName("detailSplitter")
        self._lower_splitter.addWidget(self.detail_pane)
        self._lower_splitter.addWidget(self.notes_panel)
        self._lower_splitter.setStretchFactor(0, 3)
        self._lower_splitter.setStretchFactor(1, 2)
        self._main_splitter = QSplitter(Qt.Orientation.Vertical)
        self._main_splitter.setObjectName("mainSplitter")
        self._main_splitter.addWidget(timeline_area)
        self._main_splitter.addWidget(self._lower_splitter)
        self._main_splitter.setStretchFactor(0, 3)
        self._main_splitter.setStretchFactor(1, 2)
        self._main_splitter.setChildrenCollapsible(False)
        sidebar = QWidget()
        sidebar.setObjectName("sidebar")
        sidebar_layout = QVBoxLayout(sidebar)
        sidebar_layout.setContentsMargins(6, 6, 0, 6)
        sidebar_layout.addWidget(self.search_box)
        self._results_header = QLabel("Type in the search box to find events and notes.")
        self._results_header.setObjectName("resultsHeader")
        self._results_header.setWordWrap(True)
        sidebar_layout.addWidget(self._results_header)
        sidebar_layout.addWidget(self.search_results, 1)
        sidebar_layout.addWidget(self.filter_panel)
        self._side_splitter = QSplitter(Qt.Orientation.Horizontal)
        self._side_splitter.setObjectName("sideSplitter")
        self._side_splitter.addWidget(sidebar)
        self._side_splitter.addWidget(self._main_splitter)
        self._side_splitter.setStretchFactor(1, 1)
        self._side_splitter.setSizes([270, 1010])
        self.setCentralWidget(self._side_splitter)
        self._range_label = QLabel()
        self._shown_label = QLabel()
        self._shown_label.setObjectName("shownCount")
        self.statusBar().addPermanentWidget(self._shown_label)
        self.statusBar().addPermanentWidget(self._range_label)
        self.resize(1280, 860)
        for first, second in (
            (self.search_box, self.timeline_view),
            (self.timeline_view, self.detail_pane),
            (self.detail_pane, self.notes_panel.notes_list),
            (self.notes_panel.notes_list, self.notes_panel.note_editor),
            (self.notes_panel.note_editor, self.notes_panel.add_button),
            (self.notes_panel.add_button, self.search_results),
        ):
            QWidget.setTabOrder(first, second)

    def _connect_signals(self) -> None:
        actions = self.actions_
        view = self.timeline_view
        actions.quit.triggered.connect(self.close)
        for kind, action in (
            ("markdown", actions.export_markdown),
            ("json", actions.export_json),
            ("csv", actions.export_csv),
        ):
            action.triggered.connect(lambda _checked=False, k=kind: self._export(k))
        actions.import_json.triggered.connect(self._import)
        actions.removed_event_notes.triggered.connect(self.showRemovedEventNotes)
        actions.open_log_folder.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir())))
        )
        self.note_files.message.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.note_files.notesImported.connect(self._on_notes_changed)
        actions.zoom_in.triggered.connect(view.zoomIn)
        actions.zoom_out.triggered.connect(view.zoomOut)
        actions.fit_all.triggered.connect(view.fitAll)
        actions.find.triggered.connect(self.focusSearch)
        actions.new_note.triggered.connect(self.notes_panel.startNewNote)
        actions.back.triggered.connect(self.navigator.back)
        actions.forward.triggered.connect(self.navigator.forward)
        actions.first_event.triggered.connect(view.selectFirst)
        actions.last_event.triggered.connect(view.selectLast)
        actions.previous_event.triggered.connect(view.selectPrevious)
        actions.next_event.triggered.connect(view.selectNext)
        actions.go_to_date.triggered.connect(self.showGoToDate)
        actions.about.triggered.connect(self._show_about)
        actions.sources.triggered.connect(self._show_sources)
        actions.animate.toggled.connect(self._set_animations)
        for appearance, action in actions.appearance.items():
            action.triggered.connect(lambda _checked=False, a=appearance: self.setAppearance(a))
        QGuiApplication.styleHints().colorSchemeChanged.connect(
            lambda _scheme: self._reapply_theme()
        )
        actions.undo.triggered.connect(self.undo)
        actions.redo.triggered.connect(self.redo)
        self.undo_stack.canUndoChanged.connect(actions.undo.setEnabled)
        self.undo_stack.canRedoChanged.connect(actions.redo.setEnabled)
        self.undo_stack.undoTextChanged.connect(
            lambda text: actions.undo.setText(f"&Undo {text}".strip())
        )
        self.undo_stack.redoTextChanged.connect(
            lambda text: actions.redo.setText(f"&Redo {text}".strip())
        )
        actions.undo.setEnabled(False)
        actions.redo.setEnabled(False)
        self._connect_widgets()

    def _connect_widgets(self) -> None:
        view = self.timeline_view
        view.eventSelected.connect(self._show_event)
        view.selectionCleared.connect(self._clear_event)
        view.visibleRangeChanged.connect(self._on_range_changed)
        view.detailRequested.connect(self.detail_pane.setFocus)
        view.newNoteRequested.connect(self.notes_panel.startNewNote)
        self.navigator.historyChanged.connect(self._update_history_actions)
        self.overview_band.windowRequested.connect(view.setDayWindow)
        self.detail_pane.relatedEventActivated.connect(self._open_related)
        self.notes_panel.notesChanged.connect(self._on_notes_changed)
        self.search_box.searchRequested.connect(self._search)
        self.search_box.acceptRequested.connect(self._choose_first_result)
        self.search_box.downRequested.connect(self._focus_results)
        self.search_results.resultChosen.connect(self._reveal)
        self.search_results.escapePressed.connect(self._clear_search)
        self.explorer.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.explorer.shownEventsChanged.connect(self._on_shown_events_changed)
        self.filter_panel.filterChanged.connect(lambda _f: self._save_filter())

    # ----- public slots -----

    def undo(self) -> None:
        """Edit ▸ Undo: close any open note edit first, so it is undone as one step."""
        self.notes_panel.finishEditing()
        text = self.undo_stack.undoText()
        self.undo_stack.undo()
        if text:
            self.statusBar().showMessage(f"Undone: {text}", 8000)

    def redo(self) -> None:
        """Edit ▸ Redo."""
        self.notes_panel.finishEditing()
        text = self.undo_stack.redoText()
        self.undo_stack.redo()
        if text:
            self.statusBar().showMessage(f"Redone: {text}", 8000)

    def focusSearch(self) -> None:
        """Ctrl+F: put the cursor in the search box with its text selected."""
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def showGoToDate(self) -> GoToDateDialog:
        """Ctrl+G: open the Go to Date box (non-modal) and return it."""
        if self._go_to_dialog is None:
            self._go_to_dialog = GoToDateDialog(self)
            self._go_to_dialog.rangeChosen.connect(self._go_to_range)
        self._go_to_dialog.edit.selectAll()
        self._go_to_dialog.show()
        self._go_to_dialog.raise_()
        self._go_to_dialog.edit.setFocus()
        return self._go_to_dialog

    def setAppearance(self, appearance: Appearance) -> None:
        """Light, dark, or as the system says; remembered."""
        self._settings.setValue("view/appearance", appearance.value)
        self.actions_.appearance[appearance].setChecked(True)
        apply_appearance(appearance)

    # ----- internals -----

    def _appearance(self) -> Appearance:
        try:
            return Appearance(str(self._settings.value("view/appearance", "system")))
        except ValueError:
            return Appearance.SYSTEM

    def _reapply_theme(self) -> None:
        if self._appearance() is Appearance.SYSTEM:
            apply_appearance(Appearance.SYSTEM)

    def _set_animations(self, enabled: bool) -> None:
        self.timeline_view.setAnimationsEnabled(enabled)
        self._settings.setValue("view/animate", enabled)

    def _load_events(self) -> None:
        try:
            columns = self._timeline_service.columns()
            categories = self._timeline_service.categories()
        except StorageError as error:
            self.statusBar().showMessage(str(error))
            return
        self.explorer.setEvents(columns, self._timeline_service, categories)
        self.statusBar().showMessage(
            f"{len(columns):,} events · notes are stored in {self._database_path}"
        )
        self._on_range_changed()

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

    def showRemovedEventNotes(self) -> RemovedEventNotesDialog:
        """File ▸ Notes on Removed Events (non-modal); returns the dialog."""
        try:
            notes = self._notes_service.notes_on_removed_events()
        except StorageError as error:
            self.statusBar().showMessage(str(error))
            notes = []
        dialog = RemovedEventNotesDialog(notes, self)
        dialog.show()
        return dialog

    def _export(self, kind: str) -> None:
        self.notes_panel.finishEditing()
        self.note_files.export(kind)

    def _import(self) -> None:
        self.notes_panel.finishEditing()
        self.note_files.import_json()

    def _show_read_only(self) -> None:
        self.notes_panel.setReadOnly(True)
        self.actions_.new_note.setEnabled(False)
        self.actions_.import_json.setEnabled(False)
        badge = QLabel("Read-only")
        badge.setObjectName("readOnlyIndicator")
        badge.setToolTip(
            f"{self._database_path} cannot be written: notes can be read, not changed."
        )
        self.statusBar().addPermanentWidget(badge)
        self.statusBar().showMessage(
            f"Read-only: {self._database_path} cannot be written, so notes cannot be changed."
        )

    def _clear_event(self) -> None:
        self.detail_pane.setEventDetail(None)
        self.notes_panel.setEventId(None)

    def _open_related(self, event_id: str) -> None:
        if not self.timeline_view.selectEvent(event_id):
            self.statusBar().showMessage(
                "That event is hidden by the filters: choose Show all.", 8000
            )

    def _on_notes_changed(self, changes: Changes) -> None:
        self.notes_panel.refresh(changes)
        if changes.notes_of_events:
            self.explorer.reloadNotes()

    def _on_shown_events_changed(self) -> None:
        if self.timeline_view.selectedEventId() is None and self.detail_pane.eventId() is not None:
            self._clear_event()
        if self.explorer.query():
            self._update_results_header(self.explorer.query())
        self._shown_label.setText(f"{len(self.explorer.shown):,} of {self.explorer.total:,} events")

    def _on_range_changed(self) -> None:
        first, last = self.timeline_view.visibleRange()
        self._range_label.setText(f"{first:%d %b %Y} – {last:%d %b %Y}")
        start, end = self.timeline_view.visibleDayWindow()
        self.overview_band.setWindow(start, end)

    def _update_history_actions(self) -> None:
        self.actions_.back.setEnabled(self.navigator.canGoBack())
        self.actions_.forward.setEnabled(self.navigator.canGoForward())

    def _search(self, text: str) -> None:
        self.explorer.setQuery(text)
        self._update_results_header(text)

    def _update_results_header(self, text: str) -> None:
        count = self.search_results.count()
        if not text.strip():
            self._results_header.setText("Type in the search box to find events and notes.")
        elif count and not self.explorer.resultsRanked():
            self._results_header.setText(
                f"More than {RANK_LIMIT:,} matches; {count} of those found first are listed, "
                "by date. Type more words to narrow the search."
            )
        elif count:
            self._results_header.setText(
                f"{count} result{'s' if count != 1 else ''} — ↓ and Enter to open"
            )
        else:
            self._results_header.setText(f"Nothing matches “{text.strip()}”.")

    def _choose_first_result(self) -> None:
        if self.search_results.count():
            self.search_results.setCurrentRow(0)
            self._reveal(self.search_results.eventIds()[0])

    def _focus_results(self) -> None:
        if self.search_results.count():
            self.search_results.setFocus()
            if self.search_results.currentRow() < 0:
                self.search_results.setCurrentRow(0)

    def _reveal(self, event_id: str) -> None:
        self.timeline_view.revealEvent(event_id)

    def _clear_search(self) -> None:
        self.search_box.clear()
        self.search_box.searchNow()
        self.timeline_view.setFocus()

    def _go_to_range(self, first: date, last: date) -> None:
        self.timeline_view.animateToRange(first, last)
        self.navigator.record()

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

    def _filter_group(self) -> str:
        """Filters are remembered per database file: another file starts with everything shown."""
        digest = hashlib.sha1(str(self._database_path.resolve()).encode("utf-8")).hexdigest()
        return f"filters/{digest[:16]}"

    def _save_filter(self) -> None:
        self._settings.beginGroup(self._filter_group())
        for key, value in self.explorer.currentFilter().to_settings().items():
            self._settings.setValue(key, value)
        self._settings.endGroup()

    def _restore_filter(self) -> EventFilter:
        self._settings.beginGroup(self._filter_group())
        values = {key: self._settings.value(key) for key in self._settings.childKeys()}
        self._settings.endGroup()
        return EventFilter.from_settings(values)

    def _restore_state(self) -> None:
        geometry = self._settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        for key, splitter in (
            ("window/mainSplitter", self._main_splitter),
            ("window/detailSplitter", self._lower_splitter),
            ("window/sideSplitter", self._side_splitter),
        ):
            state = self._settings.value(key)
            if isinstance(state, QByteArray):
                splitter.restoreState(state)
        appearance = self._appearance()
        self.actions_.appearance[appearance].setChecked(True)
        apply_appearance(appearance)
        animate = str(self._settings.value("view/animate", "true")).lower() == "true"
        self.actions_.animate.setChecked(animate)
        self.timeline_view.setAnimationsEnabled(animate)
        self.explorer.setFilter(self._restore_filter())

    def _confirm_losing_text(self) -> bool:
        """Ask before quitting with note text that could not be saved (the default keeps it)."""
        answer = QMessageBox.warning(
            self,
            "Note text not saved",
            "Some note text could not be saved:\n"
            f"{self.notes_panel.unsaved.last_error}\n\n"
            "If you quit now it will be lost. Quit anyway?",
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def save_state(self) -> None:
        """Persist geometry and splitter sizes."""
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/mainSplitter", self._main_splitter.saveState())
        self._settings.setValue("window/detailSplitter", self._lower_splitter.saveState())
        self._settings.setValue("window/sideSplitter", self._side_splitter.saveState())
        self._save_filter()
        self._settings.sync()

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        self.notes_panel.finishEditing()
        if self.notes_panel.hasUnsavedText() and not self._confirm_losing_text():
            event.ignore()
            return
        self.save_state()
        super().closeEvent(event)
        for callback in self.closed_callbacks:
            callback()
