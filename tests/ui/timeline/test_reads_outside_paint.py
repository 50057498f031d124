"""The timeline never reads storage while painting, and still paints titles on the first frame.

A lookup that records whether the widget was being painted when it was asked stands in for
the database; the view is driven with real wheel, key, mouse and resize input.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date, timedelta

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QPaintEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from typing_extensions import override

from timeline_app.domain.errors import StorageError
from timeline_app.domain.event_columns import EventColumns
from timeline_app.domain.models import Category, DatePrecision, EventMarker
from timeline_app.ui.timeline.view import TimelineView

CATEGORY = Category("culture", "Culture", "#CC79A7")


def markers(count: int) -> list[EventMarker]:
    first = date(1992, 1, 1)
    return [
        EventMarker(
            id=f"e{number}",
            title=f"Event number {number} of the chronology",
            start=first + timedelta(days=number * 4),
            end=None,
            precision=DatePrecision.DAY,
            approximate=False,
            category_id="culture",
            importance=1 + number % 5,
        )
        for number in range(count)
    ]


class WatchedView(TimelineView):
    """A TimelineView that says when it is inside paintEvent."""

    in_paint = False

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        self.in_paint = True
        try:
            super().paintEvent(event)
        finally:
            self.in_paint = False


class WatchingLookup:
    """Answers from markers; records every call made while ``widget`` was being painted."""

    def __init__(self, events: Sequence[EventMarker], widget: WatchedView) -> None:
        self._events = list(events)
        self._widget = widget
        self.calls = 0
        self.title_calls = 0
        self.calls_in_paint = 0
        self.failing = False

    def _asked(self) -> None:
        self.calls += 1
        self.calls_in_paint += self._widget.in_paint
        if self.failing:
            raise StorageError("Could not read event titles in test.sqlite3: malformed.")

    def titles(self, keys: Sequence[int]) -> dict[int, str]:
        self.title_calls += 1
        self._asked()
        return {key: self._events[key].title for key in keys}

    def ids(self, keys: Sequence[int]) -> dict[int, str]:
        self._asked()
        return {key: self._events[key].id for key in keys}

    def keys_of(self, event_ids: Collection[str]) -> dict[str, int]:
        self._asked()
        wanted = set(event_ids)
        return {m.id: key for key, m in enumerate(self._events) if m.id in wanted}

    def markers_by_key(self, keys: Sequence[int]) -> dict[int, EventMarker]:
        self._asked()
        return {key: self._events[key] for key in keys}


def shown_view(qtbot: QtBot, count: int) -> tuple[TimelineView, WatchingLookup]:
    view = WatchedView()
    qtbot.addWidget(view)
    view.resize(1000, 360)
    view.show()
    qtbot.waitExposed(view)
    events = markers(count)
    lookup = WatchingLookup(events, view)
    columns, _ = EventColumns.from_markers(events, [CATEGORY.id])
    view.setColumns(columns, lookup, [CATEGORY])
    return view, lookup


def wheel(view: TimelineView, notches: int) -> None:
    centre = QPointF(view.width() / 2, view.height() / 2)
    event = QWheelEvent(
        centre,
        view.mapToGlobal(centre),
        QPoint(),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view, event)


def test_no_read_happens_while_painting(qtbot: QtBot) -> None:
    view, lookup = shown_view(qtbot, 3000)
    view.grab()
    for notches in (1, 1, 2, -1, 3):
        wheel(view, notches)
        view.grab()
    QTest.keyClick(view, Qt.Key.Key_Right)
    QTest.keyClick(view, Qt.Key.Key_PageDown)
    view.resize(800, 300)
    view.grab()
    QTest.mouseMove(view, QPoint(400, 120))
    view.grab()
    QApplication.processEvents()
    assert lookup.calls > 0
    assert lookup.calls_in_paint == 0


def test_the_first_frame_after_new_events_has_its_titles(qtbot: QtBot) -> None:
    view, lookup = shown_view(qtbot, 400)
    view.grab()
    read = lookup.title_calls
    QApplication.processEvents()
    # The frame lacked no title: nothing was left to read after it.
    assert lookup.title_calls == read and lookup.calls_in_paint == 0
    drawn = view.visibleEventRects()
    assert drawn and all(rect.width() > 20 for _, rect in drawn)


def test_a_failing_read_is_reported_and_the_view_goes_on(qtbot: QtBot) -> None:
    view, lookup = shown_view(qtbot, 3000)
    view.grab()
    failures: list[StorageError] = []
    view.storageFailed.connect(failures.append)
    lookup.failing = True
    for notches in (2, 2, 2):
        wheel(view, notches)
        view.grab()
    QTest.keyClick(view, Qt.Key.Key_Right)
    QApplication.processEvents()
    assert failures and "malformed" in str(failures[0])
    lookup.failing = False
    wheel(view, 1)
    view.grab()
    assert view.visibleEventRects()  # reads work again, and the view shows titles again
