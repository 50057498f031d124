"""No title is cut at the widget's edges at the whole-period view, over the real chronology."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from tests.ui.helpers import wheel
from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.timeline.view import TimelineView

#: The curated chronology the app ships: what a user sees at first start.
BUNDLED_DATA = Path(__file__).resolve().parents[3] / "data"


@pytest.fixture
def window(qtbot: QtBot, db_path: Path) -> Iterator[MainWindow]:
    """The real main window over the bundled chronology, shown."""
    from timeline_app.app import create_main_window

    built = create_main_window(db_path, data_dir=BUNDLED_DATA)
    assert isinstance(built, MainWindow)
    qtbot.addWidget(built)
    built.resize(1280, 800)
    built.show()
    qtbot.waitExposed(built)
    yield built
    built.close()


def cut_titles(view: TimelineView) -> list[tuple[str, float, float]]:
    """(id, left, right) of every title drawn partly outside the widget."""
    width = view.width()
    return [
        (event_id, rect.left(), rect.right())
        for event_id, rect in view.visibleEventRects()
        if rect.left() < 0 or rect.right() > width
    ]


def resize_timeline(window: MainWindow, qtbot: QtBot, width: int) -> None:
    """Resize the window so that the timeline itself is ``width`` pixels wide."""
    view = window.timeline_view
    window.resize(window.width() + width - view.width(), 768)
    qtbot.waitUntil(lambda: view.width() == width)


@pytest.mark.parametrize("width", [800, 1024, 1280, 1600])
def test_the_first_view_and_fit_all_cut_no_title_at_this_window_width(
    window: MainWindow, qtbot: QtBot, width: int
) -> None:
    view = window.timeline_view
    window.resize(width, 768)
    qtbot.waitUntil(lambda: window.width() == width)
    assert view.titleRects()
    assert cut_titles(view) == []
    view.fitAll()
    assert cut_titles(view) == []


@pytest.mark.parametrize("width", [526, 750, 800, 1024, 1280, 1600])
def test_fit_all_cuts_no_title_at_this_timeline_width(
    window: MainWindow, qtbot: QtBot, width: int
) -> None:
    view = window.timeline_view
    resize_timeline(window, qtbot, width)
    view.fitAll()
    assert view.titleRects()
    assert cut_titles(view) == []


@pytest.mark.parametrize("width", [750, 1024])
def test_zooming_in_and_fitting_all_again_cuts_no_title(
    window: MainWindow, qtbot: QtBot, width: int
) -> None:
    view = window.timeline_view
    resize_timeline(window, qtbot, width)
    for _ in range(6):
        wheel(view, QPoint(width // 3, 120), 1)
    assert view.visibleDayWindow()[1] - view.visibleDayWindow()[0] < 12054 / 2
    view.fitAll()
    assert cut_titles(view) == []


def test_zoomed_in_at_the_start_of_the_period_no_title_starts_off_the_left_edge(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = window.timeline_view
    resize_timeline(window, qtbot, 750)
    for _ in range(4):
        wheel(view, QPoint(1, 120), 1)
    start, end = view.visibleDayWindow()
    assert end - start < 12054 / 2 and view.visibleRange()[0].year == 1992
    assert view.titleRects()
    assert all(rect.left() >= 0 for rect in view.titleRects())
