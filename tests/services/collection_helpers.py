"""Helpers of the collection tests: a database with the sample data, neutral events."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from timeline_app.domain.collections import NeutralEvent
from timeline_app.domain.models import DatePrecision


def neutral_events(
    count: int, *, first: date = date(1, 1, 1), groups: int = 3
) -> Iterator[NeutralEvent]:
    """``count`` events a day apart from ``first``, in ``groups`` categories."""
    for number in range(count):
        day = first + timedelta(days=number % 3_000_000)
        yield NeutralEvent(
            title=f"Imported event {number}",
            start=day,
            precision=DatePrecision.DAY,
            description=f"Text of event {number} zebrafish{number % 7}",
            category=f"Group {number % groups}",
            source_url="https://example.org/e",
            source_label="credit",
        )
