"""Real input for widget tests: wheel events and mouse drags, sent as Qt would send them."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from timeline_app.ui.timeline.geometry import SIDE_PADDING
from timeline_app.ui.timeline.view import TimelineView


def wheel(
    widget: QWidget,
    position: QPoint,
    notches: float,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """Turn the mouse wheel over ``position`` (positive notches: away from the user)."""
    local = QPointF(position)
    event = QWheelEvent(
        local,
        QPointF(widget.mapToGlobal(position)),
        QPoint(0, 0),
        QPoint(0, int(120 * notches)),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def drag(widget: QWidget, start: QPoint, end: QPoint, steps: int = 8) -> None:
    """Press the left button at ``start``, move in steps to ``end``, release."""
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, steps + 1):
        point = start + (end - start) * (step / steps)
        QTest.mouseMove(widget, point)
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def day_under(view: TimelineView, x: float) -> float:
    """Day number under pixel x, computed from the public visibleRange()."""
    first, last = view.visibleRange()
    span = (last + timedelta(days=1)).toordinal() - first.toordinal()
    return first.toordinal() + (x - SIDE_PADDING) / (view.width() - 2 * SIDE_PADDING) * span


def span_days(view: TimelineView) -> int:
    first, last = view.visibleRange()
    return (last - first).days + 1


def as_date(day: float) -> date:
    return date.fromordinal(int(day))
