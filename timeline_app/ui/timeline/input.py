"""What keys, the wheel and the mouse do on the timeline, kept out of the widget.

The handlers speak to the view only through ``Steerable``: its public zoom, pan and selection
methods and a few pointer actions, so each gesture reads as what it means.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication

#: One wheel notch (120 eighths of a degree) zooms by this factor.
WHEEL_ZOOM_STEP = 1.25
#: A horizontal wheel notch pans by this many pixels.
WHEEL_PAN_PIXELS = 40.0
#: Shift+arrow pans by this fraction of the visible window; Page Up/Down by this one.
KEY_PAN_FRACTION = 0.1
PAGE_PAN_FRACTION = 0.9


@dataclass(frozen=True, slots=True)
class TimelineKey:
    """Keys the timeline answers itself, for Help ▸ Keyboard Shortcuts."""

    #: QKeySequence portable strings, each one key press
    keys: tuple[str, ...]
    #: untranslated; shown through QCoreApplication.translate("TimelineKeys", …)
    what: str


# What ``KeyHandler.handle`` does, for the shortcuts list; tests/ui/timeline/test_input.py
# checks that the handler answers every key here, so the list cannot promise a dead key.
TIMELINE_KEYS: tuple[TimelineKey, ...] = (
    TimelineKey(("Left", "Right"), str(QT_TRANSLATE_NOOP("TimelineKeys", "Previous / next event"))),
    TimelineKey(
        ("Ctrl+Left", "Ctrl+Right"),
        str(QT_TRANSLATE_NOOP("TimelineKeys", "Previous / next event in the same category")),
    ),
    TimelineKey(
        ("Shift+Left", "Shift+Right"),
        str(QT_TRANSLATE_NOOP("TimelineKeys", "Move along the years (a tenth of the view)")),
    ),
    TimelineKey(
        ("PgUp", "PgDown"), str(QT_TRANSLATE_NOOP("TimelineKeys", "Move along the years (a page)"))
    ),
    TimelineKey(
        ("Alt+Left", "Alt+Right"),
        str(QT_TRANSLATE_NOOP("TimelineKeys", "Back / forward through visited events and views")),
    ),
    TimelineKey(("+", "="), str(QT_TRANSLATE_NOOP("TimelineKeys", "Zoom in"))),
    TimelineKey(("-",), str(QT_TRANSLATE_NOOP("TimelineKeys", "Zoom out"))),
    TimelineKey(("0",), str(QT_TRANSLATE_NOOP("TimelineKeys", "Show the whole period"))),
    TimelineKey(("Home", "End"), str(QT_TRANSLATE_NOOP("TimelineKeys", "First / last event"))),
    TimelineKey(
        ("Return",), str(QT_TRANSLATE_NOOP("TimelineKeys", "Read the selected event's details"))
    ),
    TimelineKey(
        ("N",), str(QT_TRANSLATE_NOOP("TimelineKeys", "Write a note on the selected event"))
    ),
)


class Steerable(Protocol):
    """What the input handlers may ask of the timeline view."""

    def zoomIn(self) -> None: ...
    def zoomOut(self) -> None: ...
    def fitAll(self) -> None: ...
    def panBy(self, fraction: float) -> None: ...
    def selectFirst(self) -> None: ...
    def selectLast(self) -> None: ...
    def selectNext(self) -> None: ...
    def selectPrevious(self) -> None: ...
    def selectNextInCategory(self, direction: int) -> None: ...
    def selectedEventId(self) -> str | None: ...
    def zoomAround(self, factor: float, x: float) -> None: ...
    def panByPixels(self, dx: float) -> None: ...
    def activateAt(self, position: QPointF) -> None: ...
    def hoverAt(self, position: QPointF) -> None: ...
    def setDragging(self, dragging: bool) -> None: ...


class KeyHandler:
    """Timeline keys: zoom, fit, pan, select, and the requests the window answers."""

    def __init__(
        self,
        view: Steerable,
        history: Callable[[int], None],
        detail: Callable[[], None],
        new_note: Callable[[], None],
    ) -> None:
        self._view = view
        self._history = history
        self._detail = detail
        self._new_note = new_note

    def handle(self, event: QKeyEvent) -> bool:
        """Act on ``event``; False when it is not a timeline key."""
        key, modifiers = event.key(), event.modifiers()
        shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        control = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        alt = bool(modifiers & Qt.KeyboardModifier.AltModifier)
        view = self._view
        arrows = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}
        if key in arrows:
            direction = arrows[Qt.Key(key)]
            if alt:
                self._history(direction)
            elif shift:
                view.panBy(KEY_PAN_FRACTION * direction)
            elif control:
                view.selectNextInCategory(direction)
            elif direction > 0:
                view.selectNext()
            else:
                view.selectPrevious()
            return True
        simple: dict[Qt.Key, Callable[[], None]] = {
            Qt.Key.Key_Plus: view.zoomIn,
            Qt.Key.Key_Equal: view.zoomIn,
            Qt.Key.Key_Minus: view.zoomOut,
            Qt.Key.Key_Underscore: view.zoomOut,
            Qt.Key.Key_0: view.fitAll,
            Qt.Key.Key_Home: view.selectFirst,
            Qt.Key.Key_End: view.selectLast,
            Qt.Key.Key_PageDown: lambda: view.panBy(PAGE_PAN_FRACTION),
            Qt.Key.Key_PageUp: lambda: view.panBy(-PAGE_PAN_FRACTION),
        }
        action = simple.get(Qt.Key(key)) if key in simple else None
        if action is not None:
            action()
            return True
        selected = view.selectedEventId() is not None
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and selected:
            self._detail()
            return True
        if key == Qt.Key.Key_N and not control and selected:
            self._new_note()
            return True
        return False


class PointerHandler:
    """The wheel zooms (pans with Shift or sideways); a drag pans; a click activates."""

    def __init__(self, view: Steerable) -> None:
        self._view = view
        self._press: QPointF | None = None
        self._last_x = 0.0
        self._dragging = False

    def wheel(self, event: QWheelEvent) -> None:
        """Zoom around the pointer, or pan."""
        delta = event.angleDelta()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        horizontal = delta.x() or (delta.y() if shift else 0)
        if horizontal:
            self._view.panByPixels(horizontal / 120 * WHEEL_PAN_PIXELS)
        elif delta.y():
            self._view.zoomAround(WHEEL_ZOOM_STEP ** (delta.y() / 120), event.position().x())
        event.accept()

    def press(self, event: QMouseEvent) -> None:
        """A left press may start a drag or become a click."""
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self._last_x = event.position().x()
            self._dragging = False

    def move(self, event: QMouseEvent) -> None:
        """Drag to pan once past the platform's drag distance; else hover."""
        position = event.position()
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            self._view.hoverAt(position)
            return
        moved = (position - self._press).manhattanLength()
        if self._dragging or moved >= QApplication.startDragDistance():
            if not self._dragging:
                self._dragging = True
                self._view.setDragging(True)
            self._view.panByPixels(position.x() - self._last_x)
            self._last_x = position.x()

    def release(self, event: QMouseEvent) -> bool:
        """End a drag, or activate what was clicked; False when it was not ours."""
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return False
        was_dragging = self._dragging
        self._press = None
        self._dragging = False
        self._view.setDragging(False)
        if not was_dragging:
            self._view.activateAt(event.position())
        return True
