"""The main window: search and filters on the left; timeline and overview on top; details and
notes below. It wires the widgets together; ``WindowState`` remembers layout and preferences,
``SearchController`` runs the search, ``StorageAlert`` reports a failing database."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QSettings, Signal
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import QMainWindow, QWidget
from typing_extensions import override

from timeline_app.domain.dates import event_date_text, format_point
from timeline_app.domain.errors import StorageError
from timeline_app.domain.models import Changes, DatePrecision
from timeline_app.ui import window_layout as layout
from timeline_app.ui.collections_controller import CollectionsController
from timeline_app.ui.details.pane import DetailPane
from timeline_app.ui.dialogs.go_to_date import GoToDateDialog
from timeline_app.ui.explorer import Explorer
from timeline_app.ui.navigator import Navigator
from timeline_app.ui.notes.files import NoteFiles
from timeline_app.ui.notes.panel import NotesPanel
from timeline_app.ui.notes.removed_event_notes import RemovedEventNotesDialog
from timeline_app.ui.own_events_controller import OwnEventsController
from timeline_app.ui.pending import pending
from timeline_app.ui.plural import tr
from timeline_app.ui.search.box import SearchBox
from timeline_app.ui.search.filter_panel import FilterPanel
from timeline_app.ui.search.results import SearchResultsList
from timeline_app.ui.search_controller import SearchController
from timeline_app.ui.storage_alert import StorageAlert
from timeline_app.ui.theme import Appearance
from timeline_app.ui.timeline.overview_band import OverviewBand
from timeline_app.ui.timeline.view import TimelineView
from timeline_app.ui.translate import translate
from timeline_app.ui.welcome import WelcomePanel
from timeline_app.ui.window_actions import ActionAccess, build_actions, connect_undo_stack
from timeline_app.ui.window_dialogs import WindowDialogs
from timeline_app.ui.window_preferences import WindowPreferences
from timeline_app.ui.window_state import WindowState

if TYPE_CHECKING:
    from timeline_app.domain.read_only import PrivateCopy
    from timeline_app.services.note_exchange.service import NoteExchangeService
    from timeline_app.services.note_service import NoteService
    from timeline_app.services.search_service import SearchService
    from timeline_app.services.timeline_service import TimelineService
    from timeline_app.ui.dialogs.preferences import PreferencesDialog


@dataclass(frozen=True, slots=True)
class WindowServices:
    """What the window needs from an opened database."""

    timeline: TimelineService
    notes: NoteService
    search: SearchService
    exchange: NoteExchangeService
    read_only: bool = False
    #: why a read-only database is shown from a private copy (None: the file itself)
    private_copy: PrivateCopy | None = None


class MainWindow(QMainWindow, ActionAccess):
    """Wires search, filters, timeline, overview, details and notes."""

    #: the database's services were attached and its events loaded
    attached = Signal()

    def __init__(
        self, database_path: Path | str, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        """The window, ready to show; its events and notes come with ``attach``."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._timeline_service: TimelineService = pending("timeline")
        self._notes_service: NoteService = pending("notes")
        self._database_path = database_path
        self._state = WindowState(settings, database_path)
        #: called after the window has closed (e.g. to release the database file)
        self.closed_callbacks: list[Callable[[], None]] = []
        self._dialogs = WindowDialogs(self, self.reportStorageError, self._go_to_range)
        self.undo_stack = QUndoStack(self)
        self.timeline_view = TimelineView()
        self.overview_band = OverviewBand()
        self.detail_pane = DetailPane()
        self.notes_panel = NotesPanel(self._notes_service, self.undo_stack)
        self.search_box = SearchBox()
        self.search_results = SearchResultsList()
        self.filter_panel = FilterPanel()
        self.storage_alert = StorageAlert(database_path, self.statusBar())
        self.status = layout.StatusLine(self.statusBar())
        self.welcome = WelcomePanel(settings, shared=isinstance(database_path, str))  # see app.py
        self.note_files = NoteFiles(pending("exchange"), self, self.undo_stack)
        self.explorer = Explorer(
            self.timeline_view,
            self.overview_band,
            self.search_results,
            self.filter_panel,
            pending("search"),
            self._notes_service,
            self,
        )
        self.collections = CollectionsController(self)
        self._layout = layout.lay_out_window(
            self,
            layout.WindowParts(
                self.timeline_view,
                self.overview_band,
                self.detail_pane,
                self.notes_panel,
                self.search_box,
                self.search_results,
                self.filter_panel,
                self.storage_alert,
                self.welcome,
            ),
        )
        self.search = SearchController(
            self.search_box,
            self._layout.results_header,
            self.search_results,
            self.explorer,
            self.timeline_view,
        )
        self.actions_ = build_actions(self, self.timeline_view)
        self.navigator = Navigator(self.timeline_view, self)
        self.own_events = OwnEventsController(self, self, self._load_events)
        self.preferences = WindowPreferences(
            self, self._state, self.actions_, self.timeline_view, self.detail_pane
        )
        self._connect_actions()
        self._connect_widgets()
        self._restore_state()
        self._update_history_actions()
        self.status.show(
            lambda: translate("MainWindow", "Opening {path}…").format(path=database_path)
        )
        self.retranslate()

    def attach(self, services: WindowServices) -> None:
        """Connect the opened database's services and show its events and notes. Apart from
        construction so the window paints before the database layer is imported (app.run)."""
        self._timeline_service, self._notes_service = services.timeline, services.notes
        self.notes_panel.attachService(services.notes)
        self.note_files.attachService(services.exchange)
        self.explorer.attachServices(services.search, services.notes)
        self._load_events()
        if services.read_only:
            self._show_read_only(services.private_copy)
        self.preferences.showStartView()
        self.navigator.record()
        self._update_history_actions()
        self.attached.emit()

    def _connect_actions(self) -> None:
        actions, view = self.actions_, self.timeline_view
        for action, slot in (
            (actions.quit, self.close),
            (actions.import_json, lambda: self._after_editing(self.note_files.import_json)),
            (actions.removed_event_notes, self.showRemovedEventNotes),
            (actions.open_log_folder, self._dialogs.open_log_folder),
            (actions.zoom_in, view.zoomIn),
            (actions.zoom_out, view.zoomOut),
            (actions.fit_all, view.fitAll),
            (actions.find, self.search.focusSearch),
            (actions.new_note, self.notes_panel.startNewNote),
            (actions.back, self.navigator.back),
            (actions.forward, self.navigator.forward),
            (actions.first_event, view.selectFirst),
            (actions.last_event, view.selectLast),
            (actions.previous_event, view.selectPrevious),
            (actions.next_event, view.selectNext),
            (actions.go_to_date, self.showGoToDate),
            (actions.about, lambda: self._dialogs.about(self._timeline_service, view.eventCount())),
            (actions.sources, lambda: self._dialogs.sources(self._timeline_service)),
            (actions.user_guide, self._dialogs.user_guide),
            (actions.shortcuts, self._dialogs.shortcuts),
            (actions.undo, self.undo),
            (actions.redo, self.redo),
            (actions.preferences, self.showPreferences),
        ):
            action.triggered.connect(slot)
        export = self.note_files.export
        for kind, action in (
            ("markdown", actions.export_markdown),
            ("json", actions.export_json),
            ("csv", actions.export_csv),
        ):
            action.triggered.connect(
                lambda _checked=False, k=kind: self._after_editing(lambda: export(k))
            )
        connect_undo_stack(actions, self.undo_stack)

    def _connect_widgets(self) -> None:
        view = self.timeline_view
        view.eventSelected.connect(self._show_event)
        view.selectionCleared.connect(self._clear_event)
        view.visibleRangeChanged.connect(self._on_range_changed)
        view.detailRequested.connect(self.detail_pane.setFocus)
        view.newNoteRequested.connect(self.notes_panel.startNewNote)
        view.storageFailed.connect(self.reportStorageError)
        self.navigator.historyChanged.connect(self._update_history_actions)
        self.overview_band.windowRequested.connect(view.setDayWindow)
        self.detail_pane.relatedEventActivated.connect(self._open_related)
        self.notes_panel.notesChanged.connect(self._on_notes_changed)
        self.note_files.message.connect(lambda text: self.status.show(lambda: text, 10000))
        self.note_files.notesImported.connect(self._on_notes_changed)
        self.explorer.message.connect(lambda _t: self.status.show(self.explorer.lastMessage, 8000))
        self.explorer.shownEventsChanged.connect(self._on_shown_events_changed)
        self.filter_panel.filterChanged.connect(
            lambda _f: self._state.save_filter(self.explorer.currentFilter())
        )

    # ----- public slots -----

    def undo(self) -> None:
        """Edit ▸ Undo: close any open note edit first, so it is undone as one step."""
        self.notes_panel.finishEditing()
        text = self.undo_stack.undoText()
        self.undo_stack.undo()
        if text:
            self.status.show(
                lambda: translate("MainWindow", "Undone: {what}").format(what=text), 8000
            )

    def redo(self) -> None:
        """Edit ▸ Redo."""
        self.notes_panel.finishEditing()
        text = self.undo_stack.redoText()
        self.undo_stack.redo()
        if text:
            self.status.show(
                lambda: translate("MainWindow", "Redone: {what}").format(what=text), 8000
            )

    def focusSearch(self) -> None:
        """Ctrl+F: put the cursor in the search box with its text selected."""
        self.search.focusSearch()

    def reportStorageError(self, error: StorageError) -> None:
        """Tell the user a read or write of the database failed (once per failure)."""
        self.storage_alert.report(error)

    def showGoToDate(self) -> GoToDateDialog:
        """Ctrl+G: open the Go to Date box (non-modal) and return it."""
        return self._dialogs.go_to_date()

    def setAppearance(self, appearance: Appearance) -> None:
        """Light, dark, or as the system says; remembered."""
        self.preferences.setAppearance(appearance)

    def showPreferences(self) -> PreferencesDialog:
        """Edit ▸ Preferences (non-modal); returns the dialog."""
        return self.preferences.showDialog(self._database_path, self.notes_panel.isReadOnly())

    def setDatabasePath(self, path: Path) -> None:
        """The database now lives at ``path`` (after Move…); attach its services next."""
        self._database_path = path
        self._state.set_database_path(path)
        self.storage_alert.setDatabasePath(path)

    def showRemovedEventNotes(self) -> RemovedEventNotesDialog:
        """File ▸ Notes on Removed Events (non-modal); returns the dialog."""
        return self._dialogs.removed_event_notes(self._notes_service, self.notes_panel)

    # ----- internals -----

    def _load_events(self) -> None:
        try:
            columns = self._timeline_service.columns()
            categories = self._timeline_service.categories()
        except StorageError as error:
            self.reportStorageError(error)
            return
        self.explorer.setEvents(columns, self._timeline_service, categories)
        layout.show_event_count(self.status, self._database_path, lambda: self.explorer.total)
        self._on_range_changed()

    def _show_event(self, event_id: str) -> None:
        try:
            detail = self._timeline_service.event_detail(event_id)
        except StorageError as error:
            self.reportStorageError(error)
            detail = None
        self.detail_pane.setEventDetail(detail)
        self.notes_panel.setEventId(event_id if detail is not None else None)
        if detail is not None:
            shown = detail
            self.status.show(
                lambda: translate("MainWindow", "{date}: {title}").format(
                    date=event_date_text(shown), title=shown.title
                )
            )

    def _after_editing(self, action: Callable[[], object]) -> None:
        """Save the note being edited first, so exports and imports see it."""
        self.notes_panel.finishEditing()
        action()

    def _show_read_only(self, private_copy: PrivateCopy | None) -> None:
        self.notes_panel.setReadOnly(True)
        self.actions_.new_note.setEnabled(False)
        self.actions_.import_json.setEnabled(False)
        layout.show_read_only(self.status, self._database_path, private_copy)

    def _clear_event(self) -> None:
        self.detail_pane.setEventDetail(None)
        self.notes_panel.setEventId(None)

    def _open_related(self, event_id: str) -> None:
        if not self.timeline_view.selectEvent(event_id):
            self.status.show(
                lambda: translate(
                    "MainWindow", "That event is hidden by the filters: choose Show all."
                ),
                8000,
            )

    def _on_notes_changed(self, changes: Changes) -> None:
        self.notes_panel.refresh(changes)
        if changes.notes_of_events:
            self.explorer.reloadNotes()

    def _on_shown_events_changed(self) -> None:
        if self.timeline_view.selectedEventId() is None and self.detail_pane.eventId() is not None:
            self._clear_event()
        self._show_counts()
        self.status.retranslate()  # a message on show counting events is written anew

    def _show_counts(self) -> None:
        total = tr("{shown} of %Ln events", "", self.explorer.total)
        shown = QLocale().toString(len(self.explorer.shown))
        self._layout.shown_label.setText(total.format(shown=shown))

    def _on_range_changed(self) -> None:
        first, last = (
            format_point(day, DatePrecision.DAY) for day in self.timeline_view.visibleRange()
        )
        self._layout.range_label.setText(
            translate("MainWindow", "{first} – {last}").format(first=first, last=last)
        )
        start, end = self.timeline_view.visibleDayWindow()
        self.overview_band.setWindow(start, end)

    def _update_history_actions(self) -> None:
        self.actions_.back.setEnabled(self.navigator.canGoBack())
        self.actions_.forward.setEnabled(self.navigator.canGoForward())

    def _go_to_range(self, first: date, last: date) -> None:
        self.timeline_view.animateToRange(first, last)
        self.navigator.record()

    def _restore_state(self) -> None:
        self._state.restore_layout(self, self._layout.splitters)
        self.preferences.restore()
        self.explorer.setFilter(self._state.filter())

    def save_state(self) -> None:
        """Persist geometry, splitter sizes and filters."""
        self._state.save_filter(self.explorer.currentFilter())
        self.preferences.saveLastPlace()
        self._state.save_layout(self, self._layout.splitters)

    def retranslate(self) -> None:
        """Set the window's own texts in the language now in force: title, menus, actions,
        status bar (its panes and dialogs set theirs on the same LanguageChange)."""
        self.setWindowTitle(layout.window_title(self._database_path))
        self.actions_.retranslate()
        self.status.retranslate()
        self._show_counts()
        self._on_range_changed()
        self._dialogs.retranslate()

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        self.notes_panel.finishEditing()
        unsaved = self.notes_panel.hasUnsavedText()
        if unsaved and not self._dialogs.confirm_losing_text(self.notes_panel.unsaved.last_error):
            event.ignore()
            return
        self.save_state()
        super().closeEvent(event)
        for callback in self.closed_callbacks:
            callback()
