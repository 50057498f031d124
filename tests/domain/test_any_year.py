"""Events in years 1–9999: the period that covers them, a time scale over it, its axis ticks,
and the filter by collection."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from timeline_app.domain.axis_ticks import axis_ticks
from timeline_app.domain.event_columns import CURATED_COLLECTION, EventColumns
from timeline_app.domain.event_filter import EventFilter, filter_mask
from timeline_app.domain.models import Confidence, DatePrecision, EventMarker
from timeline_app.domain.period import CURATED_PERIOD, EVERY_DAY, Period, covering
from timeline_app.domain.time_scale import TimeScale

LAST = date.max.toordinal()


def columns(
    days: list[date], collections: list[int], collection_ids: tuple[int, ...]
) -> EventColumns:
    count = len(days)
    return EventColumns.from_arrays(
        {
            "key": np.arange(count),
            "start": np.array([d.toordinal() for d in days]),
            "end": np.array([d.toordinal() + 1 for d in days]),
            "category": np.zeros(count),
            "importance": np.full(count, 3),
            "precision": np.zeros(count),
            "confidence": np.full(count, 2),
            "flags": np.zeros(count),
            "title_length": np.full(count, 10),
            "collection": np.array([collection_ids.index(c) for c in collections]),
        },
        ["c"],
        collection_ids=collection_ids,
    )


def test_the_period_covers_the_curated_years_and_every_event_in_whole_years() -> None:
    shown = columns([date(1, 3, 4), date(2000, 1, 1), date(9999, 12, 31)], [5, 0, 7], (0, 5, 7))
    assert shown.period() == EVERY_DAY
    assert shown.extent() == Period(date(1, 3, 4), date(9999, 12, 31))
    only_curated = columns([date(2000, 1, 1)], [0], (0,))
    assert only_curated.period() == CURATED_PERIOD
    assert EventColumns.empty().period() == CURATED_PERIOD
    assert covering(CURATED_PERIOD, Period(date(1850, 6, 1), date(1850, 6, 2))) == Period(
        date(1850, 1, 1), CURATED_PERIOD.last
    )


def test_collection_counts_and_ids_by_position() -> None:
    shown = columns([date(1, 1, 1), date(5, 1, 1), date(9, 1, 1)], [5, 0, 5], (0, 5, 7))
    assert shown.collection_counts() == {0: 1, 5: 2, 7: 0}
    assert [shown.collection_id(p) for p in range(3)] == [5, 0, 5]
    assert shown.subset(np.array([True, False, True])).collection_ids == (0, 5, 7)
    with pytest.raises(ValueError, match="curated"):
        columns([date(1, 1, 1)], [5], (5,))


def test_the_filter_hides_collections_by_id() -> None:
    shown = columns([date(1, 1, 1), date(5, 1, 1), date(9, 1, 1)], [5, 0, 7], (0, 5, 7))
    none = np.zeros(0, np.int64)
    mask = filter_mask(
        shown, EventFilter(hidden_collections=frozenset({5, CURATED_COLLECTION})), none
    )
    assert mask is not None and mask.tolist() == [False, False, True]
    assert filter_mask(shown, EventFilter().with_collection(7, shown=True), none) is None
    marker = EventMarker(
        "u-1", "t", date(5, 1, 1), None, DatePrecision.DAY, False, "c", 3, Confidence.HIGH
    )
    hides_five = EventFilter().with_collection(5, shown=False)
    assert not hides_five.accepts(marker, False, collection_id=5)
    assert hides_five.accepts(marker, False)
    assert EventFilter.from_settings({"hidden_collections": "5"}).hidden_collections == {5}
    assert EventFilter.from_settings({"hidden_collections": ["0", "x", 7]}).hidden_collections == {
        0,
        7,
    }


def test_a_time_scale_reaches_years_1_and_9999_only_when_widened() -> None:
    scale = TimeScale(CURATED_PERIOD.start_day, CURATED_PERIOD.end_day, 1000.0)
    assert scale.with_window(0.0, 10.0).start == CURATED_PERIOD.start_day  # the default domain
    wide = scale.with_domain(EVERY_DAY)
    assert (wide.start, wide.end) == (scale.start, scale.end)  # the view is not moved
    everything = wide.fit_all()
    assert (everything.start, everything.end) == (1.0, LAST + 1.0)
    assert everything.visible_dates() == (date(1, 1, 1), date(9999, 12, 31))
    assert wide.panned_by_days(-1e9).start == 1.0
    assert wide.panned_by_days(1e9).end == LAST + 1.0
    narrowed = everything.with_domain(CURATED_PERIOD)
    assert (narrowed.start, narrowed.end) == (CURATED_PERIOD.start_day, CURATED_PERIOD.end_day)


@pytest.mark.parametrize(
    ("start", "end", "width"),
    [
        (1.0, LAST + 1.0, 1000.0),  # every year: centuries or millennia
        (1.0, LAST + 1.0, 200000.0),
        (1.0, 400.0, 1200.0),  # the first months of year 1
        (LAST - 400.0, LAST + 1.0, 1200.0),  # the last of year 9999
        (LAST - 4000.0, LAST + 1.0, 1200.0),
        (1.0, 4000.0, 1200.0),
    ],
)
def test_axis_ticks_at_the_ends_of_the_calendar(start: float, end: float, width: float) -> None:
    ticks = axis_ticks(
        start, end, width / (end - start), lambda text: 7.0 * len(text), language="en"
    )
    assert ticks.minor
    for tick in (*ticks.minor, *ticks.major):
        assert 1 <= tick.day <= LAST
        assert start - 366 <= tick.day <= end
    if end - start > 3_000_000 and width < 2000:  # 1000 px: no more than fits
        assert len(ticks.minor) <= 60
