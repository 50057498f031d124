"""The user's own events in the window: Edit ▸ New Event… (Ctrl+N) and a double-click on an
empty spot of the timeline open the event editor; Edit ▸ Edit Event… / Delete Event and the
detail pane's links change the selected event of the user's. Every change is undoable on the
window's stack; after each one the window's events are read again (timeline, search, counts).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer, SignalInstance
from PySide6.QtGui import QKeySequence, QMouseEvent, QUndoStack
from PySide6.QtWidgets import QMainWindow
from typing_extensions import override

from timeline_app.domain.collections import CollectionError, OwnEventRecord
from timeline_app.domain.errors import StorageError
from timeline_app.domain.models import DatePrecision, EventDetail
from timeline_app.ui.details.pane import DetailPane
from timeline_app.ui.dialogs.event_editor import EventEditor, EventValues
from timeline_app.ui.notes.panel import NotesPanel
from timeline_app.ui.own_event_commands import OwnEventCommand
from timeline_app.ui.timeline.geometry import SIDE_PADDING
from timeline_app.ui.timeline.view import TimelineView
from timeline_app.ui.translate import translate
from timeline_app.ui.window_actions import WindowActions, make_action, set_action_texts
from timeline_app.ui.window_layout import StatusLine

if TYPE_CHECKING:
    from timeline_app.services.own_events import OwnEventChange, OwnEventsService
    from timeline_app.services.timeline_service import TimelineService

#: A double-click this near a "+N" badge zooms into it rather than making an event.
BADGE_RADIUS = 14.0
#: Visible spans (days) up to which a double-click gives a day, then a month, else a year.
DAY_SPAN, MONTH_SPAN = 180.0, 8 * 365.25


class OwnEventsHost(Protocol):
    """What the controller needs of the main window."""

    undo_stack: QUndoStack
    timeline_view: TimelineView
    detail_pane: DetailPane
    actions_: WindowActions
    status: StatusLine
    notes_panel: NotesPanel
    #: the database's services were attached (read-only or not)
    attached: SignalInstance

    def reportStorageError(self, error: StorageError) -> None: ...


def date_at(view: TimelineView, x: float) -> tuple[date, DatePrecision]:
    """The day under widget ``x`` and the precision the zoom suggests for it."""
    start, end = view.visibleDayWindow()
    width = max(1.0, view.width() - 2 * SIDE_PADDING)
    day = start + (x - SIDE_PADDING) * (end - start) / width
    ordinal = min(max(int(day), 1), date.max.toordinal())
    span = end - start
    precision = (
        DatePrecision.DAY
        if span <= DAY_SPAN
        else DatePrecision.MONTH
        if span <= MONTH_SPAN
        else DatePrecision.YEAR
    )
    return date.fromordinal(ordinal), precision


def _values(record: OwnEventRecord) -> EventValues:
    return EventValues(
        title=record.title,
        start=record.start,
        end=record.end,
        precision=record.precision,
        approximate=record.approximate,
        category_id=record.category_id,
        description=record.description,
        place_ids=record.place_ids,
        source_url=record.source_url,
        time_of_day=record.time_of_day,
    )


class OwnEventsController(QObject):
    """New, edit and delete of the user's events, with undo."""

    def __init__(self, window: QMainWindow, host: OwnEventsHost, reload: Callable[[], None]):
        super().__init__(window)
        self._window, self._host, self._reload = window, host, reload
        self._service: OwnEventsService | None = None
        self._timeline: TimelineService | None = None
        #: the editor open now (None when none is)
        self.editor: EventEditor | None = None
        self.new_event = make_action(window, [QKeySequence("Ctrl+N")], "document-new")
        self.edit_event = make_action(window)
        self.delete_event = make_action(window)
        menu = host.actions_.menus["edit"]
        for action, name in (
            (self.new_event, "newEventAction"),
            (self.edit_event, "editEventAction"),
            (self.delete_event, "deleteEventAction"),
        ):
            action.setObjectName(name)
            menu.insertAction(host.actions_.new_note, action)
        self.new_event.triggered.connect(lambda _checked=False: self.newEvent())
        self.edit_event.triggered.connect(lambda: self.editEvent(self._selected()))
        self.delete_event.triggered.connect(lambda: self.deleteEvent(self._selected()))
        host.detail_pane.editRequested.connect(self.editEvent)
        host.detail_pane.deleteRequested.connect(self.deleteEvent)
        # After the window has shown the selected event (its slot is connected later), so
        # whether it is the user's is read from the event now shown.
        host.timeline_view.eventSelected.connect(
            lambda _id: QTimer.singleShot(0, self.updateActions)
        )
        host.timeline_view.selectionCleared.connect(self.updateActions)
        host.attached.connect(self.updateActions)
        host.timeline_view.installEventFilter(self)
        window.installEventFilter(self)
        self.retranslate()
        self.updateActions()

    def attach(self, service: OwnEventsService, timeline: TimelineService) -> None:
        """The opened database's services."""
        self._service, self._timeline = service, timeline
        self.updateActions()

    @property
    def _read_only(self) -> bool:
        """Nothing can be changed in a read-only database (the window makes its notes
        read-only then, on attaching it)."""
        return self._host.notes_panel.isReadOnly()

    def retranslate(self) -> None:
        """Set the actions' texts in the language now in force."""
        set_action_texts(
            self.new_event,
            translate("OwnEventsController", "New &Event…"),
            translate("OwnEventsController", "Add an event of your own to the timeline"),
        )
        set_action_texts(
            self.edit_event,
            translate("OwnEventsController", "Edit Even&t…"),
            translate("OwnEventsController", "Change the selected event of yours"),
        )
        set_action_texts(
            self.delete_event,
            translate("OwnEventsController", "&Delete Event"),
            translate("OwnEventsController", "Delete the selected event of yours (notes stay)"),
        )

    def updateActions(self) -> None:
        """New Event needs a writable database; Edit and Delete an event of the user's."""
        writable = self._service is not None and not self._read_only
        if self._host.detail_pane.ownEventsEditable() != writable:
            self._host.detail_pane.setOwnEventsEditable(writable)
        self.new_event.setEnabled(writable)
        own = self._selected() is not None
        self.edit_event.setEnabled(writable and own)
        self.delete_event.setEnabled(writable and own)

    def _selected(self) -> str | None:
        """The selected event when it is the user's."""
        detail: EventDetail | None = self._host.detail_pane.eventDetail()
        return detail.id if detail is not None and detail.is_users else None

    # ----- the editor -----

    def newEvent(
        self, day: date | None = None, precision: DatePrecision = DatePrecision.DAY
    ) -> EventEditor | None:
        """Open the editor for a new event (starting on ``day`` when given); returns it."""
        if self._service is None or self._read_only:
            return None
        return self._open(EventValues(start=day, precision=precision), None)

    def editEvent(self, event_id: str | None) -> EventEditor | None:
        """Open the editor on an event of the user's; returns it (None for any other)."""
        if self._service is None or self._read_only or event_id is None:
            return None
        try:
            record = self._service.event(event_id)
        except StorageError as error:
            self._host.reportStorageError(error)
            return None
        return None if record is None else self._open(_values(record), event_id)

    def _open(self, values: EventValues, event_id: str | None) -> EventEditor | None:
        assert self._service is not None and self._timeline is not None
        try:
            categories, places = self._timeline.categories(), self._service.places()
        except StorageError as error:
            self._host.reportStorageError(error)
            return None
        if self.editor is not None:
            self.editor.close()
        editor = EventEditor(
            categories, places, values, editing=event_id is not None, parent=self._window
        )
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.accepted.connect(lambda: self._save(editor, event_id))
        editor.finished.connect(lambda _result: self._forget(editor))
        self.editor = editor
        editor.open()
        return editor

    def _forget(self, editor: EventEditor) -> None:
        if self.editor is editor:
            self.editor = None

    def _save(self, editor: EventEditor, event_id: str | None) -> None:
        assert self._service is not None and editor.value is not None
        given = editor.value
        service = self._service
        self._change(
            lambda: service.create(given) if event_id is None else service.update(event_id, given)
        )

    def deleteEvent(self, event_id: str | None) -> None:
        """Delete an event of the user's (undoable; its notes stay)."""
        if self._service is None or self._read_only or event_id is None:
            return
        service = self._service
        self._change(lambda: service.delete(event_id))

    def _change(self, make: Callable[[], OwnEventChange]) -> None:
        assert self._service is not None
        try:
            change = make()
        except StorageError as error:
            self._host.reportStorageError(error)
            return
        except CollectionError as error:
            self._say(str(error))
            return
        command = OwnEventCommand(change, self._service, self._show, self._failed)
        self._host.undo_stack.push(command)
        self._show(None if change.after is None else change.after.id)
        self._say(command.text())

    def _show(self, event_id: str | None) -> None:
        """Read the events again and select ``event_id`` (nothing when None)."""
        view = self._host.timeline_view
        view.selectEvent(None)
        self._reload()
        if event_id is not None and not view.selectEvent(event_id):
            self._say(translate("OwnEventsController", "Your event is saved; the filters hide it."))
        self.updateActions()

    def _failed(self, error: Exception) -> None:
        if isinstance(error, StorageError):
            self._host.reportStorageError(error)
        else:
            self._say(str(error))

    def _say(self, text: str) -> None:
        self._host.status.show(lambda: text, 8000)

    # ----- events of the window and the timeline -----

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif (
            watched is self._host.timeline_view
            and event.type() == QEvent.Type.MouseButtonDblClick
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
            and self._is_empty_spot(event.position())
        ):
            self.newEvent(*date_at(self._host.timeline_view, event.position().x()))
            return True
        return super().eventFilter(watched, event)

    def _is_empty_spot(self, position: QPointF) -> bool:
        view = self._host.timeline_view
        if view.eventAt(position.toPoint()) is not None:
            return False
        return all(
            (QPointF(badge) - position).manhattanLength() > BADGE_RADIUS
            for badge in view.badgePositions()
        )
