"""A hundred thousand events through the public window API: everything still works.

The database is written once by the benchmark harness (the app's real schema, its own
dataset origin), copied for each test, and opened with ``create_main_window`` as the app does.
"""

from __future__ import annotations

import importlib.util
import itertools
import shutil
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QLabel
from pytestqt.qtbot import QtBot

from tests.ui.helpers import span_days, wheel
from tests.ui.window_helpers import overview, search_for
from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.search.filter_panel import FilterPanel
from timeline_app.ui.search.results import EVENT_ID_ROLE

EVENTS = 100_000
BENCH = Path(__file__).parents[1] / "benchmarks" / "bench.py"


@pytest.fixture(scope="module")
def big_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    spec = importlib.util.spec_from_file_location("bench", BENCH)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    path = tmp_path_factory.mktemp("scale") / "100k.sqlite3"
    bench.make_db(EVENTS, path, seed=11)
    return path


@pytest.fixture
def window(qtbot: QtBot, big_database: Path, tmp_path: Path) -> MainWindow:
    from timeline_app.app import create_main_window

    copy = tmp_path / "100k.sqlite3"
    shutil.copy(big_database, copy)
    window = create_main_window(copy)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.timeline_view.setAnimationsEnabled(False)
    return window


def test_every_event_is_on_the_timeline_in_order(window: MainWindow) -> None:
    view = window.timeline_view
    ids = view.eventIds()
    assert view.eventCount() == len(ids) == EVENTS
    assert len(set(ids)) == EVENTS
    starts = [view.markerFor(event_id).start for event_id in ids[::997]]  # type: ignore[union-attr]
    assert starts == sorted(starts)


def test_selection_next_and_previous_follow_time(window: MainWindow, qtbot: QtBot) -> None:
    view = window.timeline_view
    ids = view.eventIds()
    middle = ids[EVENTS // 2]
    with qtbot.waitSignal(view.eventSelected) as selected:
        assert view.selectEvent(middle)
    assert selected.args == [middle]
    assert window.detail_pane.eventId() == middle
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert view.selectedEventId() == ids[EVENTS // 2 + 1]
    QTest.keyClick(view, Qt.Key.Key_Left)
    QTest.keyClick(view, Qt.Key.Key_Left)
    assert view.selectedEventId() == ids[EVENTS // 2 - 1]
    QTest.keyClick(view, Qt.Key.Key_End)
    assert view.selectedEventId() == ids[-1]
    QTest.keyClick(view, Qt.Key.Key_Home)
    assert view.selectedEventId() == ids[0]


def test_the_selected_event_is_drawn_and_hovering_it_names_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = window.timeline_view
    event_id = view.eventIds()[40_000]
    assert view.revealEvent(event_id)
    position = view.eventPosition(event_id)
    assert position is not None, "a selected event always gets a place in view"
    assert view.eventAt(position) == event_id
    QTest.mouseMove(view, position)
    qtbot.waitUntil(lambda: view.cursor().shape() == Qt.CursorShape.PointingHandCursor)


def test_titles_never_overlap_and_badges_stand_for_the_rest(window: MainWindow) -> None:
    view = window.timeline_view
    for _ in range(12):
        rects = [rect for _, rect in view.visibleEventRects()]
        assert rects, "titles are shown at every zoom"
        for first, second in itertools.combinations(rects, 2):
            assert not first.intersects(second)
        wheel(view, QPoint(view.width() // 2, 120), 3)
    view.fitAll()
    badges = view.badgePositions()
    assert badges, "100,000 events cannot all be titled at full range"
    before = span_days(view)
    QTest.mouseClick(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, badges[0])
    assert span_days(view) < before


def test_search_finds_and_reveals(window: MainWindow, qtbot: QtBot) -> None:
    view = window.timeline_view
    results = search_for(qtbot, window, "pavilion")
    assert 0 < results.count() <= 500
    first = results.item(0)
    results.setCurrentItem(first)
    QTest.keyClick(results, Qt.Key.Key_Return)
    selected = view.selectedEventId()
    assert selected is not None
    marker = view.markerFor(selected)
    assert marker is not None and "pavilion" in marker.title.lower()


def test_a_very_common_word_lists_some_matches_by_date_and_dims_nothing(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = window.timeline_view
    results = search_for(qtbot, window, "pavilion")  # in about one title in eight
    header = window.findChild(QLabel, "resultsHeader")
    assert header is not None and header.text().startswith("More than 2,000 matches")
    listed = [results.item(row).data(EVENT_ID_ROLE) for row in range(results.count())]
    starts = [view.markerFor(event_id).start for event_id in listed]  # type: ignore[union-attr]
    assert starts == sorted(starts)
    # Every event in view is drawn at full strength: matches beyond the 500 are not known.
    view.setVisibleRange(date(2010, 1, 1), date(2010, 3, 1))
    assert not view.isDimmed(view.visibleEventRects()[0][0])


def test_the_overview_band_moves_the_window(window: MainWindow) -> None:
    view = window.timeline_view
    view.setVisibleRange(date(1995, 1, 1), date(1995, 12, 31))
    band = overview(window)
    x = round(band.width() * 0.75)
    QTest.mouseClick(band, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, 20))
    first, last = view.visibleRange()
    assert first.year >= 2012 and (last - first).days < 400


def test_a_category_filter_hides_its_events(window: MainWindow) -> None:
    view = window.timeline_view
    panel = window.findChild(FilterPanel, "categoryFilter")
    assert panel is not None
    box = panel.findChild(QCheckBox, "category-culture")
    assert box is not None
    count = int(box.text().rsplit("(", 1)[1].rstrip(")").replace(",", ""))
    assert 10_000 < count < 15_000
    QTest.mouseClick(box, Qt.MouseButton.LeftButton)
    assert view.eventCount() == EVENTS - count
    QTest.mouseClick(box, Qt.MouseButton.LeftButton)
    assert view.eventCount() == EVENTS
