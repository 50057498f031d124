"""What the main window remembers between runs: size, splitters, appearance, motion, filters.

Filters are remembered per database file: another file starts with everything shown.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QSize
from PySide6.QtWidgets import QMainWindow, QSplitter

from timeline_app.domain.event_filter import EventFilter
from timeline_app.domain.store_location import without_password
from timeline_app.ui.preference_values import StartView, TextSize
from timeline_app.ui.theme import Appearance

#: The window's size on a first start, when the screen has room for it.
PREFERRED_SIZE = QSize(1280, 860)


class WindowState:
    """Reads and writes the window's remembered state in ``QSettings``."""

    def __init__(self, settings: QSettings, database_path: Path | str) -> None:
        self._settings = settings
        self._database_path = database_path

    def set_database_path(self, database_path: Path | str) -> None:
        """The window now shows another file (Move…): its filters go with it."""
        filters = self.filter()
        self._database_path = database_path
        self.save_filter(filters)

    def appearance(self) -> Appearance:
        """View ▸ Appearance as last chosen (the system's by default)."""
        try:
            return Appearance(str(self._settings.value("view/appearance", "system")))
        except ValueError:
            return Appearance.SYSTEM

    def set_appearance(self, appearance: Appearance) -> None:
        """Remember View ▸ Appearance."""
        self._settings.setValue("view/appearance", appearance.value)

    def animate(self) -> bool:
        """View ▸ Animate Transitions as last chosen (on by default)."""
        return str(self._settings.value("view/animate", "true")).lower() == "true"

    def set_animate(self, enabled: bool) -> None:
        """Remember View ▸ Animate Transitions."""
        self._settings.setValue("view/animate", enabled)

    def text_size(self) -> TextSize:
        """Preferences ▸ detail text size (normal by default)."""
        try:
            return TextSize(str(self._settings.value("view/textSize", "normal")))
        except ValueError:
            return TextSize.NORMAL

    def set_text_size(self, size: TextSize) -> None:
        """Remember the detail text size."""
        self._settings.setValue("view/textSize", size.value)

    def start_view(self) -> StartView:
        """Preferences ▸ at start (everything by default)."""
        try:
            return StartView(str(self._settings.value("start/view", "everything")))
        except ValueError:
            return StartView.EVERYTHING

    def set_start_view(self, start_view: StartView) -> None:
        """Remember what to show at start."""
        self._settings.setValue("start/view", start_view.value)

    def save_last_place(self, window: tuple[float, float], event_id: str | None) -> None:
        """Remember the window shown (in day numbers) and the event selected, for next start."""
        self._settings.setValue("start/lastWindow", f"{window[0]!r}/{window[1]!r}")
        self._settings.setValue("start/lastEvent", event_id or "")

    def last_window(self) -> tuple[float, float] | None:
        """The window shown when the window last closed (None: never, or unreadable)."""
        try:
            start, end = (
                float(part) for part in str(self._settings.value("start/lastWindow", "")).split("/")
            )
        except ValueError:
            return None
        return (start, end) if end > start else None

    def last_event(self) -> str | None:
        """The event selected when the window last closed."""
        return str(self._settings.value("start/lastEvent", "")) or None

    def _filter_group(self) -> str:
        # A server store by its URL without a password: the app never stores one, not even
        # inside a key, and the same store keeps its filters whichever way the password came.
        where = self._database_path
        key = str(where.resolve()) if isinstance(where, Path) else without_password(where)
        digest = hashlib.sha1(key.encode("utf-8")).hexdigest()
        return f"filters/{digest[:16]}"

    def save_filter(self, event_filter: EventFilter) -> None:
        """Remember the filters for this database file."""
        self._settings.beginGroup(self._filter_group())
        for key, value in event_filter.to_settings().items():
            self._settings.setValue(key, value)
        self._settings.endGroup()

    def filter(self) -> EventFilter:
        """The filters last used on this database file."""
        self._settings.beginGroup(self._filter_group())
        values = {key: self._settings.value(key) for key in self._settings.childKeys()}
        self._settings.endGroup()
        return EventFilter.from_settings(values)

    def restore_layout(self, window: QMainWindow, splitters: dict[str, QSplitter]) -> None:
        """Geometry and splitter sizes as they were; a first start fits the screen."""
        geometry = self._settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            window.restoreGeometry(geometry)
        else:
            window.resize(fitted_size(window))
        for name, splitter in splitters.items():
            state = self._settings.value(f"window/{name}")
            if isinstance(state, QByteArray):
                splitter.restoreState(state)
        fit_on_screen(window)

    def save_layout(self, window: QMainWindow, splitters: dict[str, QSplitter]) -> None:
        """Remember geometry and splitter sizes."""
        self._settings.setValue("window/geometry", window.saveGeometry())
        for name, splitter in splitters.items():
            self._settings.setValue(f"window/{name}", splitter.saveState())
        self._settings.sync()


def available_size(window: QMainWindow) -> QSize:
    """The room on the window's screen, less its title bar and frame (a 1366×768 laptop
    leaves about 1350×680 for the window itself)."""
    available = window.screen().availableGeometry()
    return QSize(available.width() - 16, available.height() - 48)


def fitted_size(window: QMainWindow) -> QSize:
    """The preferred size, shrunk to the room on the window's screen."""
    return PREFERRED_SIZE.boundedTo(available_size(window))


def fit_on_screen(window: QMainWindow) -> None:
    """Shrink a remembered size that no longer fits (the window moved to a smaller screen)."""
    room = available_size(window)
    size = window.size()
    if size.width() > room.width() or size.height() > room.height():
        window.resize(size.boundedTo(room))
