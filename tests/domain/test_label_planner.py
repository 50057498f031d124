"""Planning which titles get a place at one zoom: every planned title stays inside the period."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from timeline_app.domain.event_columns import EventColumns
from timeline_app.domain.label_planner import WidthEstimator, plan_labels
from timeline_app.domain.models import DatePrecision, EventMarker
from timeline_app.domain.time_scale import TimeScale

#: Pixels between a widget's edge and the period's ends (the view's SIDE_PADDING).
SIDE = 14.0


def columns_with_titles(lengths: Sequence[int]) -> EventColumns:
    """Events spread over the whole period, with titles of these lengths."""
    first = date(1992, 3, 1)
    step = (date(2024, 10, 1) - first) / len(lengths)
    markers = [
        EventMarker(
            f"e{n}",
            "x" * length,
            first + step * n,
            None,
            DatePrecision.DAY,
            False,
            "culture",
            1 + n % 5,
        )
        for n, length in enumerate(lengths)
    ]
    return EventColumns.from_markers(markers, ["culture"])[0]


def fit_all(widget_width: float) -> tuple[TimeScale, tuple[float, float]]:
    """The first view of a widget this wide, and the world x of its edges (as the view has)."""
    scale = TimeScale(0.0, 1.0, widget_width - 2 * SIDE, SIDE).fit_all()
    ppd = scale.pixels_per_day
    return scale, (scale.domain_start * ppd - SIDE + 2, scale.domain_end * ppd + SIDE - 2)


def test_every_planned_title_lies_inside_the_widget_at_the_first_view() -> None:
    lengths = [20, 70, 35, 90, 55, 80, 15, 64, 72, 40, 88, 30, 60, 75, 50, 85]
    columns = columns_with_titles(lengths)
    width_of_key = {int(key): 6.0 * lengths[n] for n, key in enumerate(columns.keys.tolist())}
    for widget_width in (526.0, 750.0, 800.0, 1024.0, 1326.0):
        scale, limits = fit_all(widget_width)
        plan = plan_labels(
            columns,
            scale,
            rows=10,
            selected=None,
            limits=limits,
            widths_of=lambda keys: [width_of_key[key] for key in keys],
            estimator=WidthEstimator(6.0),
        )
        assert plan.layout.placed, widget_width
        for item in plan.layout.placed:
            assert limits[0] <= item.text_x, (widget_width, item)
            assert item.text_x + item.text_width <= limits[1], (widget_width, item)


def test_the_selected_event_keeps_a_place_even_when_its_title_fits_nowhere_whole() -> None:
    columns = columns_with_titles([120] * 12)
    scale, limits = fit_all(750.0)
    selected = 4
    plan = plan_labels(
        columns,
        scale,
        rows=1,
        selected=selected,
        limits=limits,
        widths_of=lambda keys: [720.0] * len(keys),
        estimator=WidthEstimator(6.0),
    )
    (item,) = [item for item in plan.layout.placed if item.index == selected]
    assert limits[0] <= item.text_x and item.text_x + item.text_width <= limits[1]
    assert 0 < item.text_width < 720.0


def test_estimated_titles_stay_inside_too() -> None:
    columns = columns_with_titles([80] * 30)
    scale, limits = fit_all(1024.0)
    plan = plan_labels(
        columns,
        scale,
        rows=8,
        selected=None,
        limits=limits,
        widths_of=lambda keys: [None] * len(keys),
        estimator=WidthEstimator(7.0),
    )
    assert plan.unmeasured
    for item in plan.layout.placed:
        assert limits[0] <= item.text_x and item.text_x + item.text_width <= limits[1]
