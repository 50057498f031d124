"""The user's own events in the window: add (Ctrl+N, double-click), edit, delete, undo/redo,
the "yours" line in the detail pane, validation, curated events left alone, search."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QAction, QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QColorDialog, QListWidget, QPlainTextEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import SAMPLE_DATA
from tests.ui.helpers import as_date, day_under
from tests.ui.window_helpers import give_focus, search_for
from timeline_app.app import create_main_window
from timeline_app.domain.collections import OwnEventInput
from timeline_app.domain.models import DatePrecision
from timeline_app.services.own_events import OwnEventsService
from timeline_app.services.startup import open_timeline_database
from timeline_app.ui.details.html import DELETE_OWN_EVENT_URL, EDIT_OWN_EVENT_URL
from timeline_app.ui.dialogs.event_editor import EventEditor
from timeline_app.ui.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]


def action(window: MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def open_new_event(qtbot: QtBot, window: MainWindow) -> EventEditor:
    """Ctrl+N, as the user presses it."""
    give_focus(qtbot, window.timeline_view)
    QTest.keyClick(window.timeline_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.own_events.editor
    assert editor is not None and editor.isVisible()
    return editor


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    QTest.keySequence(widget, "Ctrl+A")
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def add_event(qtbot: QtBot, window: MainWindow, title: str, start: str = "2010-05-01") -> str:
    """Add an event through the dialog, with the keyboard; returns its id."""
    editor = open_new_event(qtbot, window)
    type_into(qtbot, editor.title, title)
    type_into(qtbot, editor.start, start)
    QTest.keyClick(editor.start, Qt.Key.Key_Return)  # Enter = OK
    assert not editor.isVisible(), editor.problemText()
    selected = window.timeline_view.selectedEventId()
    assert selected is not None and selected.startswith("u-")
    return selected


def detail_text(window: MainWindow) -> str:
    return window.detail_pane.toPlainText()


def test_ctrl_n_adds_an_event_with_undo_and_redo(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    before = window.timeline_view.eventCount()
    event_id = add_event(qtbot, window, "Silk Road fair")
    assert window.timeline_view.eventCount() == before + 1
    assert "Silk Road fair" in detail_text(window)
    assert "Your event" in detail_text(window)
    assert window.undo_stack.undoText() == "Add Event “Silk Road fair”"
    assert action(window, "editEventAction").isEnabled()
    assert action(window, "deleteEventAction").isEnabled()
    assert "Add Event" in window.actions_.undo.text()
    window.undo()
    assert event_id not in window.timeline_view.eventIds()
    assert window.timeline_view.eventCount() == before
    window.redo()
    assert event_id in window.timeline_view.eventIds()
    assert window.timeline_view.selectedEventId() == event_id


def test_the_editor_is_keyboard_friendly(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    editor = open_new_event(qtbot, window)
    assert editor.objectName() == "eventEditor"
    assert editor.windowTitle() == "New Event"
    give_focus(qtbot, editor.title)
    QTest.keyClick(editor.title, Qt.Key.Key_Tab)
    assert editor.start.hasFocus()
    QTest.keyClick(editor.start, Qt.Key.Key_Tab)
    assert editor.end.hasFocus()
    QTest.keyClick(editor.end, Qt.Key.Key_Escape)  # Esc = Cancel
    assert not editor.isVisible()
    assert window.undo_stack.count() == 0


def test_double_click_on_an_empty_spot_opens_the_editor_on_that_date(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    view = window.timeline_view
    view.setVisibleRange(date(2010, 1, 1), date(2010, 3, 31))  # no sample event there
    x, y = view.width() // 2, view.height() - 30
    assert view.eventAt(QPoint(x, y)) is None
    expected = as_date(day_under(view, x))
    QTest.mouseDClick(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, y))
    editor = window.own_events.editor
    assert editor is not None and editor.isVisible()
    assert editor.start.text() == expected.isoformat()
    assert editor.precision.currentData() == DatePrecision.DAY.value


def test_double_click_zoomed_out_prefills_a_year(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    view = window.timeline_view
    view.setVisibleRange(date(1993, 1, 1), date(2006, 12, 31))
    x = view.width() // 2
    point = QPoint(x, view.height() - 30)
    assert view.eventAt(point) is None
    QTest.mouseDClick(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    editor = window.own_events.editor
    assert editor is not None
    assert editor.start.text() == str(as_date(day_under(view, x)).year)
    assert editor.precision.currentData() == DatePrecision.YEAR.value


def test_double_click_on_an_event_does_not_open_the_editor(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    position = window.timeline_view.eventPosition("e2017-expo")
    assert position is not None
    QTest.mouseDClick(
        window.timeline_view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, position
    )
    assert window.own_events.editor is None


def test_edit_through_the_menu_with_undo(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    event_id = add_event(qtbot, window, "First title")
    action(window, "editEventAction").trigger()
    editor = window.own_events.editor
    assert editor is not None and editor.windowTitle() == "Edit Event"
    assert editor.title.text() == "First title"
    assert editor.start.text() == "2010-05-01"
    type_into(qtbot, editor.title, "Second title")
    QTest.keyClick(editor.title, Qt.Key.Key_Return)
    assert not editor.isVisible()
    assert window.timeline_view.selectedEventId() == event_id
    assert "Second title" in detail_text(window)
    assert window.undo_stack.undoText() == "Edit Event “Second title”"
    window.undo()
    window.timeline_view.selectEvent(event_id)
    assert "First title" in detail_text(window)
    window.redo()
    window.timeline_view.selectEvent(event_id)
    assert "Second title" in detail_text(window)


def test_the_detail_pane_links_edit_and_delete(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    event_id = add_event(qtbot, window, "Linked")
    html = window.detail_pane.toHtml()
    assert EDIT_OWN_EVENT_URL in html and DELETE_OWN_EVENT_URL in html
    window.detail_pane.anchorClicked.emit(QUrl(EDIT_OWN_EVENT_URL))
    editor = window.own_events.editor
    assert editor is not None and editor.title.text() == "Linked"
    editor.reject()
    window.detail_pane.anchorClicked.emit(QUrl(DELETE_OWN_EVENT_URL))
    assert event_id not in window.timeline_view.eventIds()


def test_delete_keeps_the_notes_and_undo_brings_both_back(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    event_id = add_event(qtbot, window, "With a note")
    note = window.findChild(QPlainTextEdit, "noteEditor")
    assert note is not None
    note.setFocus()
    qtbot.keyClicks(note, "my note")
    button = window.findChild(QPushButton, "addNoteButton")
    assert button is not None
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    action(window, "deleteEventAction").trigger()
    assert event_id not in window.timeline_view.eventIds()
    assert window.detail_pane.eventId() is None
    assert window.undo_stack.undoText() == "Delete Event “With a note”"
    window.undo()
    assert window.timeline_view.selectedEventId() == event_id
    notes = window.findChild(QListWidget, "notesList")
    assert notes is not None
    assert [notes.item(row).text() for row in range(notes.count())] == ["my note"]


@pytest.mark.parametrize(
    ("field", "text", "message"),
    [
        ("title", "", "Title: an event needs a title."),
        ("start", "", "Start: an event needs a start date."),
        ("start", "10000", "Start: the year must be between 1 and 9999."),
        ("start", "0", "Start: the year must be between 1 and 9999."),
        ("start", "spring", "Start: write the date as YYYY, YYYY-MM or YYYY-MM-DD."),
        ("start", "2010-02-30", "Start: there is no such date (2010-02-30)."),
        ("end", "2009-01-01", "End: the end is before the start."),
        ("source_url", "ftp://example.org/x", "Source URL: give a web address starting"),
        ("source_url", "not a link", "Source URL: give a web address starting"),
    ],
)
def test_bad_input_is_named_and_nothing_is_saved(
    make_window: WindowFactory, qtbot: QtBot, field: str, text: str, message: str
) -> None:
    window = make_window()
    before = window.timeline_view.eventCount()
    editor = open_new_event(qtbot, window)
    type_into(qtbot, editor.title, "A title")
    type_into(qtbot, editor.start, "2010-05-01")
    widget = getattr(editor, field)
    type_into(qtbot, widget, text)
    give_focus(qtbot, editor.title)
    QTest.keyClick(editor.title, Qt.Key.Key_Return)
    assert editor.isVisible()
    assert editor.problemText().startswith(message)
    assert widget.hasFocus()
    assert window.timeline_view.eventCount() == before
    assert window.undo_stack.count() == 0


def test_a_new_category_with_its_colour(
    make_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QColorDialog, "getColor", lambda *_args: QColor("#123456"))
    window = make_window()
    editor = open_new_event(qtbot, window)
    type_into(qtbot, editor.title, "In a new category")
    type_into(qtbot, editor.start, "2011")
    assert editor.precision.currentData() == DatePrecision.YEAR.value  # follows the typing
    editor.category.setCurrentIndex(editor.category.count() - 1)
    assert editor.new_name.isVisibleTo(editor)
    QTest.keyClick(editor.title, Qt.Key.Key_Return)
    assert editor.problemText() == "Category: the new category needs a name."
    type_into(qtbot, editor.new_name, "Fieldwork")
    QTest.mouseClick(editor.colour_button, Qt.MouseButton.LeftButton)
    assert editor.newCategoryColour() == "#123456"
    editor.buttons.button(editor.buttons.StandardButton.Ok).click()
    assert not editor.isVisible()
    detail = window.detail_pane.eventDetail()
    assert detail is not None
    assert detail.category.name == "Fieldwork" and detail.category.colour == "#123456"
    assert detail.precision is DatePrecision.YEAR
    assert "2011" in detail_text(window)
    window.undo()  # the category made with it goes too
    editor = open_new_event(qtbot, window)
    names = [editor.category.itemText(i) for i in range(editor.category.count())]
    assert "Fieldwork" not in names


def test_places_description_and_source_link(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    editor = open_new_event(qtbot, window)
    type_into(qtbot, editor.title, "Concert")
    type_into(qtbot, editor.start, "2012-06")
    type_into(qtbot, editor.source_url, "https://example.org/concert")
    editor.description.setFocus()
    qtbot.keyClicks(editor.description, "An evening of music.")
    names = [editor.places.item(row).text() for row in range(editor.places.count())]
    editor.places.item(names.index(next(n for n in names if n.startswith("Astana")))).setCheckState(
        Qt.CheckState.Checked
    )
    editor.approximate.setChecked(True)
    QTest.keyClick(editor.title, Qt.Key.Key_Return)
    text, html = detail_text(window), window.detail_pane.toHtml()
    assert "An evening of music." in text
    assert "Astana" in text
    assert "https://example.org/concert" in html and "href" in html
    detail = window.detail_pane.eventDetail()
    assert detail is not None and detail.approximate and detail.precision is DatePrecision.MONTH


def test_curated_events_cannot_be_edited_or_deleted(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    assert window.timeline_view.selectEvent("e2017-expo")
    assert not action(window, "editEventAction").isEnabled()
    assert not action(window, "deleteEventAction").isEnabled()
    assert "Your event" not in detail_text(window)
    assert EDIT_OWN_EVENT_URL not in window.detail_pane.toHtml()
    assert window.own_events.editEvent("e2017-expo") is None
    window.own_events.deleteEvent("e2017-expo")
    assert "e2017-expo" in window.timeline_view.eventIds()
    assert window.undo_stack.count() == 0


def test_search_finds_a_new_event(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    event_id = add_event(qtbot, window, "Zebracaravan arrives")
    results = search_for(qtbot, window, "Zebracaravan")
    assert results.eventIds() == [event_id]
    window.undo()  # the search runs again on what is there now
    assert results.eventIds() == []


def test_filter_counts_follow_a_new_event(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    total = window.explorer.total
    add_event(qtbot, window, "Counted")
    assert window.explorer.total == total + 1
    window.undo()
    assert window.explorer.total == total


def test_nothing_can_be_changed_in_a_read_only_database(qtbot: QtBot, db_path: Path) -> None:
    database = open_timeline_database(db_path, SAMPLE_DATA)
    made = OwnEventsService(database.session_factory, db_path).create(
        OwnEventInput("Frozen", date(2010, 1, 1), category_id="diplomacy")
    )
    database.dispose()
    window = create_main_window(db_path, data_dir=SAMPLE_DATA, read_only=True)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert window.timeline_view.selectEvent(made.event_id)
    assert "Your event" in detail_text(window)
    assert EDIT_OWN_EVENT_URL not in window.detail_pane.toHtml()
    for name in ("newEventAction", "editEventAction", "deleteEventAction"):
        assert not action(window, name).isEnabled(), name
    assert window.own_events.newEvent() is None


def test_an_imported_event_names_its_collection(make_window: WindowFactory) -> None:
    window = make_window()
    detail = window.detail_pane
    assert window.timeline_view.selectEvent("e2017-expo")
    shown = detail.eventDetail()
    assert shown is not None
    detail.setEventDetail(
        dataclasses.replace(
            shown, collection_id=3, collection_kind="imported", collection_name="Women in Computing"
        )
    )
    assert "From collection Women in Computing" in detail_text(window)


def test_selecting_an_own_event_on_the_timeline_enables_edit_and_delete(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    own = add_event(qtbot, window, "Film week")
    assert window.timeline_view.selectEvent("e2017-expo")
    qtbot.waitUntil(lambda: not action(window, "editEventAction").isEnabled())
    assert window.timeline_view.selectEvent(own)  # as a click or a key on the timeline does
    qtbot.waitUntil(lambda: action(window, "editEventAction").isEnabled())
    assert action(window, "deleteEventAction").isEnabled()
