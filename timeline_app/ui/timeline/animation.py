"""Smooth zoom and pan transitions for jumps (≤ 250 ms), off when the user wants less motion."""

from __future__ import annotations

import math
import os
from collections.abc import Callable

from PySide6.QtCore import QEasingCurve, QObject, Qt, QVariantAnimation
from PySide6.QtWidgets import QApplication

from timeline_app.domain.time_scale import TimeScale

TRANSITION_MS = 220
REDUCED_MOTION_VARIABLE = "TIMELINE_APP_REDUCED_MOTION"


def system_allows_motion() -> bool:
    """False when the environment or the desktop asks for reduced motion.

    Qt exposes the desktop's animation setting (GNOME's enable-animations, KDE's animation
    speed) as the general UI effect; where no desktop reports a setting at all, motion is on.
    ``TIMELINE_APP_REDUCED_MOTION=1`` always turns it off.
    """
    if os.environ.get(REDUCED_MOTION_VARIABLE, "").strip() not in ("", "0"):
        return False
    if not os.environ.get("XDG_CURRENT_DESKTOP"):
        return True
    return QApplication.isEffectEnabled(Qt.UIEffect.UI_General)


def interpolate(source: TimeScale, target: TimeScale, progress: float) -> TimeScale:
    """The window between two, zooming geometrically and moving the centre linearly."""
    source_centre = (source.start + source.end) / 2
    target_centre = (target.start + target.end) / 2
    span = math.exp(
        math.log(source.span) + (math.log(target.span) - math.log(source.span)) * progress
    )
    centre = source_centre + (target_centre - source_centre) * progress
    return target.with_window(centre - span / 2, centre + span / 2)


class ScaleAnimator(QObject):
    """Runs one transition at a time, calling ``show`` with each intermediate scale."""

    def __init__(self, show: Callable[[TimeScale], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._show = show
        self._source: TimeScale | None = None
        self._target: TimeScale | None = None
        self.enabled = True
        self._animation = QVariantAnimation(self)
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.setDuration(TRANSITION_MS)
        self._animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._animation.valueChanged.connect(self._step)
        self._animation.finished.connect(self.finish)

    @property
    def running(self) -> bool:
        """True while a transition is in progress."""
        return self._target is not None

    def start(self, source: TimeScale, target: TimeScale) -> None:
        """Animate from ``source`` to ``target`` (or show the target at once when disabled)."""
        self._animation.stop()
        if not self.enabled or not system_allows_motion() or source == target:
            self._target = None
            self._show(target)
            return
        self._source, self._target = source, target
        self._animation.start()

    def finish(self) -> None:
        """Jump to the end of the running transition."""
        target = self._target
        self._animation.stop()
        self._target = None
        if target is not None:
            self._show(target)

    def _step(self, value: object) -> None:
        if self._source is not None and self._target is not None and isinstance(value, float):
            self._show(interpolate(self._source, self._target, value))
