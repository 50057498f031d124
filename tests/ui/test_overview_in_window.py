"""The overview band in the window: dragging, clicking and following the timeline."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from tests.ui.helpers import drag, span_days
from tests.ui.window_helpers import WindowFactory, overview


def test_dragging_the_overview_box_pans_the_timeline(make_window: WindowFactory) -> None:
    window = make_window()
    view = window.timeline_view
    view.setVisibleRange(date(2000, 1, 1), date(2003, 12, 31))
    band = overview(window)
    box = band.boxRect()
    before = view.visibleRange()
    drag(band, box.center().toPoint(), box.center().toPoint() + QPoint(120, 0))
    after = view.visibleRange()
    assert after[0] > before[0]
    assert abs((after[1] - after[0]) - (before[1] - before[0])).days <= 1  # same zoom


def test_dragging_an_edge_of_the_box_zooms(make_window: WindowFactory) -> None:
    window = make_window()
    view = window.timeline_view
    view.setVisibleRange(date(2000, 1, 1), date(2003, 12, 31))
    band = overview(window)
    box = band.boxRect()
    right_edge = QPoint(round(box.right()), round(box.center().y()))
    before = span_days(view)
    drag(band, right_edge, right_edge + QPoint(100, 0))
    assert span_days(view) > before
    assert view.visibleRange()[0] == date(2000, 1, 1)


def test_dragging_the_right_edge_to_the_end_keeps_the_left_edge(make_window: WindowFactory) -> None:
    window = make_window()
    view = window.timeline_view
    view.setVisibleRange(date(2018, 1, 1), date(2021, 12, 31))
    band = overview(window)
    box = band.boxRect()
    right_edge = QPoint(round(box.right()), round(box.center().y()))
    drag(band, right_edge, QPoint(band.width() + 50, right_edge.y()))
    assert view.visibleRange() == (date(2018, 1, 1), date(2024, 12, 31))


def test_clicking_the_overview_centres_the_view_there(make_window: WindowFactory) -> None:
    window = make_window()
    view = window.timeline_view
    view.setVisibleRange(date(1993, 1, 1), date(1993, 12, 31))
    band = overview(window)
    x = round(band.width() * 0.8)
    QTest.mouseClick(band, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, 30))
    assert view.visibleRange()[0].year >= 2015 and span_days(view) in range(364, 367)


def test_the_overview_follows_the_timeline(make_window: WindowFactory) -> None:
    window = make_window()
    window.timeline_view.setVisibleRange(date(2010, 1, 1), date(2010, 12, 31))
    start, end = overview(window).visibleWindow()
    assert (start, end) == (
        float(date(2010, 1, 1).toordinal()),
        float(date(2011, 1, 1).toordinal()),
    )
