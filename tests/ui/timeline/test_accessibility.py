"""The timeline as assistive technology sees it: one list item per event in view."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAccessible

from timeline_app.ui.main_window import MainWindow


def test_each_visible_event_is_an_accessible_list_item(
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window()
    view = window.timeline_view
    view.selectEvent("e2015-agreement")
    interface = QAccessible.queryAccessibleInterface(view)
    assert interface.role() == QAccessible.Role.List
    assert interface.childCount() == len(view.visibleEventRects()) == 6
    names = [interface.child(i).text(QAccessible.Text.Name) for i in range(interface.childCount())]
    assert "31 August 2015: Agreement on cultural and humanitarian cooperation" in names
    index = names.index("31 August 2015: Agreement on cultural and humanitarian cooperation")
    item = interface.child(index)
    assert item.role() == QAccessible.Role.ListItem
    assert item.state().selected
    assert not interface.child((index + 1) % 6).state().selected
    assert interface.indexOfChild(item) == index
    assert item.parent().role() == QAccessible.Role.List
    assert item.rect().width() > 0
    assert interface.focusChild().text(QAccessible.Text.Name) == names[index]
