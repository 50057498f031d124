"""The timeline follows a language switch: names, badge tooltips, and titles read afresh."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAccessible, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from tests.ui.language_markers import marked_language
from tests.ui.timeline.test_view import crowd
from timeline_app.domain.event_columns import EventColumns
from timeline_app.domain.event_lookup import MarkerLookup
from timeline_app.domain.models import Category, DatePrecision, EventMarker
from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.timeline.view import TimelineView

CULTURE = Category("culture", "Culture", "#CC79A7")


class RetitledLookup(MarkerLookup):
    """Titles in a 'language' that can be changed, as event titles in another language are."""

    def __init__(self, markers: Sequence[EventMarker]) -> None:
        super().__init__(markers)
        self.prefix = ""

    def titles(self, keys: Sequence[int]) -> dict[int, str]:
        return {key: self.prefix + title for key, title in super().titles(keys).items()}


def test_names_are_retranslated(make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    view = window.timeline_view
    view.selectEvent("e2015-agreement")
    interface = QAccessible.queryAccessibleInterface(view)
    assert interface.text(QAccessible.Text.Name) == "Timeline"
    with marked_language():
        assert view.accessibleName() == "⟦Timeline⟧"
        assert interface.text(QAccessible.Text.Name) == "⟦Timeline⟧"
        item = interface.focusChild().text(QAccessible.Text.Name)
        assert item == "⟦31 August 2015: Agreement on cultural and humanitarian cooperation⟧"
        assert window.overview_band.accessibleName() == "⟦Overview of 1992–2024⟧"
    assert view.accessibleName() == "Timeline"


def test_a_language_change_reads_the_titles_again(qtbot: QtBot) -> None:
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(900, 300)
    markers = [
        EventMarker("a", "Expo", date(2017, 6, 10), None, DatePrecision.DAY, False, "culture", 3)
    ]
    columns, ordered = EventColumns.from_markers(markers, [CULTURE.id])
    lookup = RetitledLookup(ordered)
    view.setColumns(columns, lookup, [CULTURE])
    view.show()
    qtbot.waitExposed(view)
    before = view.titleRects()[0].width()
    lookup.prefix = "A much longer title in another language: "
    view.update()
    assert view.titleRects()[0].width() == before  # kept: titles are not read at every paint
    with marked_language():
        assert view.titleRects()[0].width() > before + 100


def test_the_badge_tooltip_is_retranslated(qtbot: QtBot) -> None:
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(900, 160)
    view.setEvents(crowd(30, date(2010, 3, 3)), [CULTURE])
    view.show()
    qtbot.waitExposed(view)
    badge = view.badgePositions()[0]
    with marked_language():
        QApplication.sendEvent(
            view, QHelpEvent(QEvent.Type.ToolTip, badge, view.mapToGlobal(badge))
        )
        qtbot.waitUntil(QToolTip.isVisible)
        assert QToolTip.text().startswith("⟦") and "more events start here" in QToolTip.text()
        QToolTip.hideText()
