"""The timeline widget driven with real mouse, wheel and key input."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from tests.conftest import SAMPLE_DATA
from tests.ui.helpers import day_under, drag, span_days, wheel
from timeline_app.domain.models import Category, DatePrecision, EventMarker
from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.timeline.view import TimelineView

WindowFactory = Callable[..., MainWindow]


def test_opens_on_the_whole_period(make_window: WindowFactory) -> None:
    view = make_window().timeline_view
    assert view.visibleRange() == (date(1992, 1, 1), date(2024, 12, 31))
    assert view.eventIds() == [
        "e1992-agreement",
        "e2007-institutes",
        "e2015-agreement",
        "e2017-expo",
        "e2020-nur-sultan",
        "e2024-students",
    ]


def test_wheel_zooms_around_the_cursor(make_window: WindowFactory) -> None:
    view = make_window().timeline_view
    x = 400
    anchor = day_under(view, x)
    for _ in range(12):
        wheel(view, QPoint(x, 100), 1)
    assert span_days(view) < 12053 / 10
    assert abs(day_under(view, x) - anchor) <= 2.5  # visibleRange() has whole-day resolution
    for _ in range(4):
        wheel(view, QPoint(x, 100), -1)
    assert abs(day_under(view, x) - anchor) <= 2.5


def test_dragging_pans_without_selecting(make_window: WindowFactory) -> None:
    view = make_window().timeline_view
    view.setVisibleRange(date(2005, 1, 1), date(2009, 12, 31))
    before = view.visibleRange()
    drag(view, QPoint(700, 300), QPoint(400, 300))
    after = view.visibleRange()
    assert after[0] > before[0]
    assert span_days(view) == pytest.approx((before[1] - before[0]).days + 1, abs=1)
    assert view.selectedEventId() is None


def test_keys_zoom_pan_and_fit(make_window: WindowFactory, qtbot: QtBot) -> None:
    view = make_window().timeline_view
    view.setFocus()
    full = span_days(view)
    QTest.keyClick(view, Qt.Key.Key_Plus)
    assert span_days(view) < full
    start = view.visibleRange()[0]
    QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.visibleRange()[0] > start
    QTest.keyClick(view, Qt.Key.Key_Minus)
    QTest.keyClick(view, Qt.Key.Key_0)
    assert view.visibleRange() == (date(1992, 1, 1), date(2024, 12, 31))
    QTest.keyClick(view, Qt.Key.Key_Plus)
    QTest.keyClick(view, Qt.Key.Key_0)
    assert span_days(view) == full


def test_home_and_end_select_the_first_and_last_event(make_window: WindowFactory) -> None:
    view = make_window().timeline_view
    view.setVisibleRange(date(2010, 1, 1), date(2011, 1, 1))
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_End)
    assert view.selectedEventId() == "e2024-students"
    first, last = view.visibleRange()
    assert first <= date(2024, 6, 20) <= last
    QTest.keyClick(view, Qt.Key.Key_Home)
    assert view.selectedEventId() == "e1992-agreement"
    assert view.visibleRange() == (date(1992, 1, 1), date(2024, 12, 31))  # Home also fits all


def test_ctrl_arrows_step_within_the_category(make_window: WindowFactory) -> None:
    view = make_window().timeline_view
    view.selectEvent("e1992-agreement")
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert view.selectedEventId() == "e2015-agreement"  # skips the 2007 language event
    QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert view.selectedEventId() == "e2015-agreement"  # no later agreement
    QTest.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert view.selectedEventId() == "e1992-agreement"


def test_jumps_are_animated_but_the_logical_range_changes_at_once(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    view = make_window().timeline_view
    view.setVisibleRange(date(1992, 1, 1), date(1993, 12, 31))
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_End)
    first, last = view.visibleRange()
    assert first <= date(2024, 6, 20) <= last
    assert view.isAnimating()
    qtbot.waitUntil(lambda: not view.isAnimating(), timeout=1000)


def test_reduced_motion_turns_transitions_off(
    make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIMELINE_APP_REDUCED_MOTION", "1")
    view = make_window().timeline_view
    view.setVisibleRange(date(1992, 1, 1), date(1993, 12, 31))
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_End)
    assert not view.isAnimating()


def test_left_and_right_step_through_events_and_bring_them_into_view(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    view = make_window().timeline_view
    view.setVisibleRange(date(1992, 1, 1), date(1993, 12, 31))
    view.setFocus()
    with qtbot.waitSignal(view.eventSelected) as selected:
        QTest.keyClick(view, Qt.Key.Key_Right)
    assert selected.args == ["e1992-agreement"]
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert view.selectedEventId() == "e2007-institutes"
    first, last = view.visibleRange()
    assert first <= date(2007, 1, 1) <= last
    assert span_days(view) <= 731  # the zoom stays; the view moved
    QTest.keyClick(view, Qt.Key.Key_Left)
    assert view.selectedEventId() == "e1992-agreement"
    QTest.keyClick(view, Qt.Key.Key_Left)  # already the first: stays
    assert view.selectedEventId() == "e1992-agreement"


def test_clicking_a_marker_selects_it(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    view = window.timeline_view
    position = view.eventPosition("e2015-agreement")
    assert position is not None
    with qtbot.waitSignal(view.eventSelected) as selected:
        QTest.mouseClick(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, position)
    assert selected.args == ["e2015-agreement"]
    assert view.selectedEventId() == "e2015-agreement"


def test_clicking_empty_space_keeps_the_selection(make_window: WindowFactory) -> None:
    view = make_window().timeline_view
    view.selectEvent("e2017-expo")
    QTest.mouseClick(
        view,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        QPoint(view.width() // 2, view.height() - 40),
    )
    assert view.selectedEventId() == "e2017-expo"


def test_hover_tooltip_shows_date_and_title(make_window: WindowFactory, qtbot: QtBot) -> None:
    view = make_window().timeline_view
    position = view.eventPosition("e1992-agreement")
    assert position is not None
    QApplication.sendEvent(
        view, QHelpEvent(QEvent.Type.ToolTip, position, view.mapToGlobal(position))
    )
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == "10 August 1992\nAgreement on cultural cooperation"
    QToolTip.hideText()


def test_select_event_api(make_window: WindowFactory) -> None:
    view = make_window().timeline_view
    assert view.selectEvent("unknown-id") is False
    assert view.selectedEventId() is None
    assert view.selectEvent("e2024-students") is True
    assert view.selectedEventId() == "e2024-students"
    assert view.selectEvent(None) is True
    assert view.selectedEventId() is None


def crowd(count: int, day: date) -> list[EventMarker]:
    return [
        EventMarker(
            f"c{n}",
            f"Crowded event number {n}",
            day + timedelta(days=n % 3),
            None,
            DatePrecision.DAY,
            False,
            "culture",
            1 + n % 5,
        )
        for n in range(count)
    ]


def test_events_that_do_not_fit_collapse_into_a_badge_that_zooms_in(qtbot: QtBot) -> None:
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(900, 160)
    view.setEvents(crowd(30, date(2010, 3, 3)), [Category("culture", "Culture", "#CC79A7")])
    view.show()
    qtbot.waitExposed(view)
    badges = view.badgePositions()
    assert badges, "30 events on three days cannot all fit in two rows"
    before = span_days(view)
    QTest.mouseClick(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, badges[0])
    assert span_days(view) < before / 50
    first, last = view.visibleRange()
    assert first <= date(2010, 3, 3) and date(2010, 3, 5) <= last


def test_titles_shown_never_overlap_at_any_zoom(qtbot: QtBot) -> None:
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(1000, 300)
    view.setEvents(
        crowd(40, date(2003, 1, 1)) + crowd(40, date(2003, 2, 1)),
        [Category("culture", "Culture", "#CC79A7")],
    )
    view.show()
    for _ in range(14):
        boxes = view.titleRects()
        for position, box in enumerate(boxes):
            for other in boxes[position + 1 :]:
                assert not box.intersects(other)
        wheel(view, QPoint(200, 100), 1)


def test_an_unshown_window_maps_input_like_a_shown_one(qtbot: QtBot, db_path: Path) -> None:
    """Outside tests may drive the window without showing it (the public contract allows it)."""
    from timeline_app.app import create_main_window

    window = create_main_window(db_path, data_dir=SAMPLE_DATA)
    qtbot.addWidget(window)
    view = window.findChild(TimelineView, "timelineView")
    assert view is not None
    view.setVisibleRange(date(2000, 1, 1), date(2009, 12, 31))
    x = view.width() // 2
    anchor = day_under(view, x)
    wheel(view, QPoint(x, 50), 1)
    assert abs(day_under(view, x) - anchor) <= 2.5
    view.fitAll()
    position = view.eventPosition("e2015-agreement")
    assert position is not None and position.x() > view.width() * 0.6
    QTest.mouseClick(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, position)
    assert view.selectedEventId() == "e2015-agreement"


def test_selecting_does_not_move_other_titles(qtbot: QtBot) -> None:
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(900, 220)
    view.setEvents(crowd(30, date(2010, 3, 3)), [Category("culture", "Culture", "#CC79A7")])
    view.show()
    before = dict(view.visibleEventRects())
    shown = next(iter(before))
    view.selectEvent(shown)
    assert dict(view.visibleEventRects()) == before
    hidden = next(marker_id for marker_id in view.eventIds() if marker_id not in before)
    view.selectEvent(hidden)
    assert hidden in dict(view.visibleEventRects())  # a hidden selection is always shown


def test_tooltip_keeps_the_date_qualifier(make_window: WindowFactory, qtbot: QtBot) -> None:
    view = make_window().timeline_view
    position = view.eventPosition("e2024-students")
    assert position is not None
    QApplication.sendEvent(
        view, QHelpEvent(QEvent.Type.ToolTip, position, view.mapToGlobal(position))
    )
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text().startswith("as of 20 June 2024\n")
    QToolTip.hideText()


def test_new_events_keep_the_selection_and_search_on_the_same_events(qtbot: QtBot) -> None:
    view = TimelineView()
    qtbot.addWidget(view)
    culture = [Category("culture", "Culture", "#CC79A7")]
    a, b, c = (
        EventMarker(
            f"e{n}", f"Event {n}", date(2000, n, 1), None, DatePrecision.DAY, False, "culture", 3
        )
        for n in (1, 2, 3)
    )
    view.setEvents([a, b, c], culture)
    view.selectEvent("e2")
    view.setMatchingIds({"e3"})
    view.setEvents([a, c], culture)  # e2 filtered away: nothing else becomes selected
    assert view.selectedEventId() is None
    assert not view.isDimmed("e3") and view.isDimmed("e1")
    view.setEvents([a, b, c], culture)
    view.selectEvent("e3")
    view.setEvents([b, c], culture)  # positions shift; the selection follows the event
    assert view.selectedEventId() == "e3"
