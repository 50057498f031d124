"""The timeline's window on time: the logical one the user asked for, and the one shown.

They differ only during a transition (``ScaleAnimator``). Both follow the widget's width, even
before any resize event (a window not yet shown), so pixel arithmetic is always current.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject

from timeline_app.domain.period import CURATED_PERIOD, Period, covering
from timeline_app.domain.time_scale import TimeScale
from timeline_app.ui.timeline.animation import ScaleAnimator
from timeline_app.ui.timeline.geometry import SIDE_PADDING


class Viewport:
    """The logical and the shown ``TimeScale`` of one timeline widget."""

    def __init__(self, parent: QObject, on_shown: Callable[[TimeScale], None]) -> None:
        self._logical = TimeScale(0.0, 1.0, 1.0).fit_all().with_width(1.0, SIDE_PADDING)
        self._shown = self._logical
        self._on_shown = on_shown
        #: the shown events' whole years; days gone to outside them, until the next Fit All
        self._events_period = self._gone_to = CURATED_PERIOD
        self.animator = ScaleAnimator(self._show, parent)

    def logical_for(self, widget_width: float) -> TimeScale:
        """The logical window, fitted to a widget this wide (ending any transition if not)."""
        width = max(1.0, widget_width - 2 * SIDE_PADDING)
        if self._logical.width != width:
            self.animator.finish()
            self._logical = self._logical.with_width(width, SIDE_PADDING)
            self._shown = self._logical
        return self._logical

    def shown_for(self, widget_width: float) -> TimeScale:
        """The window to paint now, fitted to a widget this wide."""
        self.logical_for(widget_width)
        return self._shown

    def go_to(self, scale: TimeScale, *, animate: bool) -> bool:
        """Make ``scale`` the logical window, shown at once or with a transition; False when
        it already was."""
        if not animate:
            self.animator.finish()
        if scale == self._logical:
            return False
        previous_shown = self._shown
        self._logical = scale
        if animate:
            self.animator.start(previous_shown, scale)
        else:
            self._show(scale)
        return True

    def set_events_period(self, period: Period) -> bool:
        """The shown events span ``period``: the window may range over it (and over days gone
        to since the last Fit All), kept where it is, clamped; False when nothing changed."""
        self._events_period = period
        return self._set_domain(covering(period, self._gone_to))

    def extent(self) -> Period:
        """The days the window may range over now."""
        scale = self._logical
        first = date.fromordinal(int(scale.domain_start))
        return Period(first, date.fromordinal(int(scale.domain_end) - 1))

    def scale_for_dates(self, first: date, last: date) -> TimeScale:
        """The window showing ``first`` to ``last`` (any days in years 1–9999: the extent grows
        to take them in, even where no event is shown)."""
        self._gone_to = covering(self._gone_to, Period(first, last))
        domain = covering(self._events_period, self._gone_to)
        return self._logical.with_domain(domain).with_dates(first, last)

    def scale_fitting_all(self) -> TimeScale:
        """Fit All: the whole years of the shown events (the curated period at least)."""
        self._gone_to = self._events_period
        return self._logical.with_domain(self._events_period).fit_all()

    def _set_domain(self, period: Period) -> bool:
        scale = self._logical.with_domain(period)
        if scale == self._logical:
            return False
        self.animator.finish()
        self._logical = self._shown = scale
        return True

    def world_offset(self, widget_width: float) -> float:
        """Add to a world x to get a widget x (for the logical window)."""
        scale = self.logical_for(widget_width)
        return scale.left - scale.start * scale.pixels_per_day

    @staticmethod
    def world_limits(scale: TimeScale) -> tuple[float, float]:
        """World x of the widget's edges when the whole domain is in view."""
        return (
            scale.domain_start * scale.pixels_per_day - SIDE_PADDING + 2,
            scale.domain_end * scale.pixels_per_day + SIDE_PADDING - 2,
        )

    def _show(self, scale: TimeScale) -> None:
        self._shown = scale
        self._on_shown(scale)
