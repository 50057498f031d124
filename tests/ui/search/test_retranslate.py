"""The search pane follows a language switch: field, filters and results are written again."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.language_markers import marked, marked_language
from timeline_app.domain.models import Category
from timeline_app.domain.search_types import SearchResult
from timeline_app.ui.search.box import SearchBox
from timeline_app.ui.search.filter_panel import FilterPanel
from timeline_app.ui.search.results import HTML_ROLE, SearchResultsList


def test_the_search_field_is_retranslated(qtbot: QtBot) -> None:
    box = SearchBox()
    qtbot.addWidget(box)
    assert box.placeholderText().startswith("Search events")
    with marked_language():
        assert box.placeholderText() == "⟦Search events, places, people, sources, notes… (Ctrl+F)⟧"
        assert box.accessibleName() == "⟦Search⟧"
    assert box.placeholderText().startswith("Search events")


def test_the_filters_are_retranslated_with_their_counts(qtbot: QtBot) -> None:
    panel = FilterPanel()
    qtbot.addWidget(panel)
    panel.setCategories([Category("culture", "Culture", "#0072B2")], {"culture": 1234})
    assert panel.categoryBox("culture").text() == "Culture (1,234)"
    with marked_language():
        assert panel.title() == "⟦Show⟧"
        assert panel.accessibleName() == "⟦Filters and legend⟧"
        assert panel.only_notes.text() == "⟦Only events with my notes⟧"
        assert marked(panel.exact_dates.text()) and marked(panel.exact_dates.toolTip())
        assert panel.reset_button.text() == "⟦Show all⟧"
        assert panel.confidence.itemText(0) == "⟦Any (low and up)⟧"
        assert panel.categoryBox("culture").text() == "⟦Culture (1,234)⟧"
    assert panel.reset_button.text() == "Show all"


def test_the_listed_results_are_written_again(qtbot: QtBot) -> None:
    results = SearchResultsList()
    qtbot.addWidget(results)
    found = SearchResult("e1", "Expo", "2017", ((0, 4),), in_notes=True)
    results.setResults([found])
    assert "also in your notes" in str(results.item(0).data(HTML_ROLE))
    with marked_language():
        assert results.accessibleName() == "⟦Search results⟧"
        assert "⟦also in your notes⟧" in str(results.item(0).data(HTML_ROLE))
        assert results.item(0).text() == "⟦2017 — Expo⟧"
