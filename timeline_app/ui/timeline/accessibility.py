"""Assistive-technology view of the timeline: a list whose items are the events drawn in view.

Each item's name is its date and title; its state says whether it is selected. Names are
made when asked for, in the current language; ``announce_texts_changed`` tells assistive
technology when they change (a new language).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QCoreApplication, QObject, QRect, QRectF
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface, QWindow
from PySide6.QtWidgets import QAccessibleWidget, QWidget
from typing_extensions import override

from timeline_app.domain.dates import event_date_text
from timeline_app.domain.models import EventMarker


class EventsInView(Protocol):
    """What assistive technology reads of the timeline widget (``TimelineView``)."""

    def visibleEventRects(self) -> list[tuple[str, QRectF]]:
        """(event id, title rectangle) of every event drawn in view, left to right."""
        ...

    def selectedEventId(self) -> str | None:
        """The selected event's id, or None."""
        ...

    def markerFor(self, event_id: str) -> EventMarker | None:
        """The marker of an event on the timeline."""
        ...


if TYPE_CHECKING:

    class TimelineWidget(QWidget, EventsInView):
        """A widget that is also EventsInView (for annotations only: Qt's and typing's
        metaclasses do not mix at run time)."""

else:
    TimelineWidget = QWidget


class EventAccessible(QAccessibleInterface):
    """One event drawn on the timeline."""

    def __init__(self, timeline: TimelineAccessible, event_id: str) -> None:
        super().__init__()
        self._timeline = timeline
        self.event_id = event_id

    @override
    def isValid(self) -> bool:
        return self._timeline.view().markerFor(self.event_id) is not None

    @override
    def object(self) -> QObject:
        return None  # type: ignore[return-value]  # an item drawn by its parent, not a QObject

    @override
    def window(self) -> QWindow:
        return self._timeline.window()

    @override
    def relations(
        self, match: QAccessible.RelationFlag = QAccessible.RelationFlag.AllRelations
    ) -> list:  # type: ignore[type-arg]
        return []

    @override
    def focusChild(self) -> QAccessibleInterface:
        return None  # type: ignore[return-value]

    @override
    def childAt(self, x: int, y: int) -> QAccessibleInterface:
        return None  # type: ignore[return-value]

    @override
    def parent(self) -> QAccessibleInterface:
        return self._timeline

    @override
    def child(self, index: int) -> QAccessibleInterface:
        return None  # type: ignore[return-value]

    @override
    def childCount(self) -> int:
        return 0

    @override
    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return -1

    @override
    def text(self, kind: QAccessible.Text) -> str:
        marker = self._timeline.view().markerFor(self.event_id)
        if marker is None or kind not in (QAccessible.Text.Name, QAccessible.Text.Description):
            return ""
        return QCoreApplication.translate("TimelineAccessible", "{date}: {title}").format(
            date=event_date_text(marker), title=marker.title
        )

    @override
    def setText(self, kind: QAccessible.Text, text: str) -> None:
        return

    @override
    def rect(self) -> QRect:
        view = self._timeline.view()
        for event_id, rect in view.visibleEventRects():
            if event_id == self.event_id:
                return QRect(view.mapToGlobal(rect.topLeft().toPoint()), rect.size().toSize())
        return QRect()

    @override
    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    @override
    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.selectable = True
        state.selected = self._timeline.view().selectedEventId() == self.event_id
        state.focusable = True
        state.focused = state.selected and self._timeline.view().hasFocus()
        return state


class TimelineAccessible(QAccessibleWidget):
    """The timeline as a list of the events in view."""

    def __init__(self, view: TimelineWidget) -> None:
        # No fixed name: the widget's accessible name is used, which follows the language.
        super().__init__(view, QAccessible.Role.List)
        self._view = view
        self._items: dict[str, EventAccessible] = {}  # keeps the Python objects alive

    def view(self) -> TimelineWidget:
        """The widget described."""
        return self._view

    def _ids(self) -> list[str]:
        return [event_id for event_id, _ in self._view.visibleEventRects()]

    def _item(self, event_id: str) -> EventAccessible:
        item = self._items.get(event_id)
        if item is None:
            item = self._items[event_id] = EventAccessible(self, event_id)
        return item

    @override
    def childCount(self) -> int:
        return len(self._ids())

    @override
    def child(self, index: int) -> QAccessibleInterface:
        ids = self._ids()
        return self._item(ids[index]) if 0 <= index < len(ids) else None  # type: ignore[return-value]

    @override
    def indexOfChild(self, child: QAccessibleInterface) -> int:
        if isinstance(child, EventAccessible):
            ids = self._ids()
            return ids.index(child.event_id) if child.event_id in ids else -1
        return -1

    @override
    def focusChild(self) -> QAccessibleInterface:
        selected = self._view.selectedEventId()
        if selected is not None and selected in self._ids():
            return self._item(selected)
        return None  # type: ignore[return-value]


def _factory(key: str, target: QObject) -> QAccessibleInterface | None:
    # Qt passes the class name; the view module imports this one, so no import back here.
    if key == "TimelineView" and isinstance(target, QWidget):
        return TimelineAccessible(cast("TimelineWidget", target))
    return None


_installed = False


def install_accessibility() -> None:
    """Register the factory once per process."""
    global _installed  # noqa: PLW0603  # Qt's factory registry is itself process-wide
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def announce_selection(widget: QWidget) -> None:
    """Tell assistive technology which item of the timeline is now selected and focused."""
    if not QAccessible.isActive():
        return
    interface = QAccessible.queryAccessibleInterface(widget)
    focused = interface.focusChild()
    child = interface.indexOfChild(focused) if focused is not None else -1
    for kind in (QAccessible.Event.Selection, QAccessible.Event.Focus):
        event = QAccessibleEvent(widget, kind)
        event.setChild(child)
        QAccessible.updateAccessibility(event)


def announce_texts_changed(widget: QWidget) -> None:
    """Tell assistive technology that the timeline's name and its items' names changed."""
    if not QAccessible.isActive():
        return
    interface = QAccessible.queryAccessibleInterface(widget)
    for child in (-1, *range(interface.childCount())):
        event = QAccessibleEvent(widget, QAccessible.Event.NameChanged)
        event.setChild(child)
        QAccessible.updateAccessibility(event)
