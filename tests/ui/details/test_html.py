"""The detail pane's HTML: figures at their precision, escaping, places named as on the day."""

from __future__ import annotations

from datetime import date

from timeline_app.domain.models import (
    Category,
    Citation,
    Confidence,
    DatePrecision,
    EventDetail,
    Figure,
    Source,
)
from timeline_app.ui.details.html import event_detail_html


def detail(**changes: object) -> EventDetail:
    values: dict[str, object] = {
        "id": "x",
        "title": "<script>alert(1)</script>",
        "start": date(2024, 1, 1),
        "end": None,
        "precision": DatePrecision.YEAR,
        "approximate": False,
        "qualifier": "",
        "category": Category("tourism", "Tourism", "#D55E00"),
        "importance": 3,
        "confidence": Confidence.HIGH,
        "summary": "S",
        "body": "",
        "citations": (Citation(Source("q", "Title", "Qazinform", "https://example.org"), ""),),
    }
    values.update(changes)
    return EventDetail(**values)  # type: ignore[arg-type]


def test_a_yearly_figure_shows_the_year_only() -> None:
    figure = Figure(
        "Chinese tourists",
        655000,
        "visitors",
        date(2024, 1, 1),
        "calendar year",
        "q",
        DatePrecision.YEAR,
    )
    html = event_detail_html(detail(figures=(figure,)))
    assert "655,000</b> visitors — Chinese tourists (as of 2024)" in html
    assert "source: Qazinform" in html


def test_text_from_the_data_is_escaped() -> None:
    html = event_detail_html(detail())
    assert "<script>" not in html and "&lt;script&gt;" in html
