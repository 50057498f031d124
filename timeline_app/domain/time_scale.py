"""The mapping between calendar days and pixels, and the zoom/pan arithmetic on it.

Kept apart from the widget (as qpageview keeps its layout apart from its view) so that
it is exact, clamped and testable without Qt. Positions are in day numbers
(``date.toordinal()``); a visible window is the half-open interval [start, end).

The domain (what the window may show) is the curated period unless told otherwise:
``with_domain`` widens it to whatever is shown, up to years 1–9999 (EventColumns.period
gives the period of the shown events); the window the timeline opens on is unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from timeline_app.domain.period import CURATED_PERIOD, EVERY_DAY, Period

#: The narrowest window a user can zoom to, in days.
MIN_SPAN_DAYS = 1.0


@dataclass(frozen=True, slots=True)
class TimeScale:
    """A visible window [start, end) in day numbers drawn across ``width`` pixels from ``left``."""

    start: float
    end: float
    width: float
    left: float = 0.0
    domain_start: float = CURATED_PERIOD.start_day
    domain_end: float = CURATED_PERIOD.end_day

    @property
    def span(self) -> float:
        """Days visible."""
        return self.end - self.start

    @property
    def pixels_per_day(self) -> float:
        """Horizontal zoom level."""
        return self.width / self.span if self.span > 0 else 0.0

    def x_of(self, day: float) -> float:
        """Pixel x of a day number."""
        return self.left + (day - self.start) * self.pixels_per_day

    def day_at(self, x: float) -> float:
        """Day number under pixel x."""
        return self.start + (x - self.left) / self.pixels_per_day

    def visible_dates(self) -> tuple[date, date]:
        """First and last calendar day (inclusive) at least partly in view."""
        first = date.fromordinal(_day_number(self.start))
        last_number = self.end - 1e-9
        return first, date.fromordinal(_day_number(last_number))

    def with_domain(self, period: Period) -> TimeScale:
        """The same window (clamped into it) over a new domain, within years 1–9999."""
        first, last = max(period.first, EVERY_DAY.first), min(period.last, EVERY_DAY.last)
        domain = replace(self, domain_start=float(first.toordinal()))
        domain = replace(domain, domain_end=float(last.toordinal() + 1))
        return _clamped(domain, self.start, self.end)

    def with_width(self, width: float, left: float = 0.0) -> TimeScale:
        """The same window drawn over a new pixel width."""
        return replace(self, width=max(1.0, width), left=left)

    def with_window(self, start: float, end: float) -> TimeScale:
        """A new window, clamped to the domain and to the minimum span."""
        return _clamped(self, start, end)

    def with_dates(self, first: date, last: date) -> TimeScale:
        """Show the calendar days first..last inclusive."""
        if last < first:
            first, last = last, first
        return self.with_window(
            float(first.toordinal()), float((last + timedelta(days=1)).toordinal())
        )

    def zoomed(self, factor: float, anchor_x: float | None = None) -> TimeScale:
        """Zoom by ``factor`` (>1 zooms in) keeping the day under ``anchor_x`` at that pixel."""
        if factor <= 0:
            raise ValueError("zoom factor must be positive")
        anchor = self.left + self.width / 2 if anchor_x is None else anchor_x
        anchor_day = self.day_at(anchor)
        new_span = self.span / factor
        fraction = (anchor - self.left) / self.width
        start = anchor_day - fraction * new_span
        return _clamped(self, start, start + new_span, anchor_day=anchor_day, fraction=fraction)

    def panned_by_pixels(self, dx: float) -> TimeScale:
        """Move the window so that content shifts right by ``dx`` pixels."""
        return self.panned_by_days(-dx / self.pixels_per_day)

    def panned_by_days(self, days: float) -> TimeScale:
        """Move the window later by ``days`` (earlier when negative), span unchanged."""
        return _clamped(self, self.start + days, self.end + days)

    def centred_on(self, day: float) -> TimeScale:
        """Same span, centred on ``day`` (as far as the domain allows)."""
        half = self.span / 2
        return _clamped(self, day - half, day + half)

    def fit_all(self) -> TimeScale:
        """The whole domain."""
        return replace(self, start=self.domain_start, end=self.domain_end)


def _day_number(day: float) -> int:
    """A day number as a valid ordinal: 1 (0001-01-01) to that of 9999-12-31."""
    return min(max(1, int(day // 1)), EVERY_DAY.last.toordinal())


def _clamped(
    scale: TimeScale,
    start: float,
    end: float,
    *,
    anchor_day: float | None = None,
    fraction: float = 0.5,
) -> TimeScale:
    """Clamp a window to [MIN_SPAN_DAYS, whole domain] and inside the domain.

    When zooming hits a span limit, the anchor day is kept at its pixel where possible.
    """
    domain_span = scale.domain_end - scale.domain_start
    span = min(max(end - start, MIN_SPAN_DAYS), domain_span)
    if span != end - start:
        if anchor_day is not None:
            start = anchor_day - fraction * span
        else:
            start = (start + end) / 2 - span / 2
    start = min(max(start, scale.domain_start), scale.domain_end - span)
    return replace(scale, start=start, end=start + span)
