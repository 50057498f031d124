"""An open window names categories, places, people, roles and countries in the interface
language, and follows a switch; English stays as it was."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from timeline_app.desktop.language import set_language
from timeline_app.ui.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]


def box_text(window: MainWindow, category_id: str) -> str:
    return window.filter_panel.categoryBox(category_id).text()


def pane_text(window: MainWindow) -> str:
    return window.detail_pane.toPlainText()


def test_the_legend_follows_the_language_and_keeps_its_ticks(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    assert box_text(window, "agreement") == "Agreements (2)"
    window.filter_panel.categoryBox("tourism").setChecked(False)

    set_language("ru", remember=False)
    qtbot.waitUntil(lambda: box_text(window, "agreement") == "Соглашения (2)")
    assert box_text(window, "people").startswith("Связи между народами (")
    assert not window.filter_panel.categoryBox("tourism").isChecked()
    assert "tourism" in window.explorer.currentFilter().hidden_categories

    set_language("zh", remember=False)
    qtbot.waitUntil(lambda: box_text(window, "agreement").startswith("协议"))

    set_language("en", remember=False)
    qtbot.waitUntil(lambda: box_text(window, "agreement") == "Agreements (2)")


def test_the_detail_pane_names_things_in_the_readers_language(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    assert window.timeline_view.selectEvent("e1992-agreement")
    qtbot.waitUntil(lambda: "Beijing 北京, China" in pane_text(window))
    assert "Бибігүл Жексенбай — Senator" in pane_text(window)
    assert "■ Agreements" in pane_text(window)

    set_language("zh", remember=False)
    qtbot.waitUntil(lambda: "北京 Beijing, 中国" in pane_text(window))
    assert "Бибігүл Жексенбай — 参议员" in pane_text(window)
    assert "■ 协议" in pane_text(window)

    # A place named otherwise on the event's day: the reader's name, then the English of the day.
    assert window.timeline_view.selectEvent("e2020-nur-sultan")
    qtbot.waitUntil(
        lambda: "阿斯塔纳 （当时称Nur-Sultan） Astana · Астана, 哈萨克斯坦" in pane_text(window)
    )

    # Astana has no Russian name in this data: the English order, the country in Russian.
    set_language("ru", remember=False)
    qtbot.waitUntil(
        lambda: "Nur-Sultan (ныне Astana) Астана · 阿斯塔纳, Казахстан" in pane_text(window)
    )

    set_language("en", remember=False)
    qtbot.waitUntil(
        lambda: "Nur-Sultan (today Astana) Астана · 阿斯塔纳, Kazakhstan" in pane_text(window)
    )
