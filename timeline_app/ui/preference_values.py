"""The choices Preferences offers besides the theme: detail text size and what shows at start."""

from __future__ import annotations

from enum import Enum


class StartView(Enum):
    """What the window shows when it opens its database."""

    EVERYTHING = "everything"
    LAST_VIEW = "last-view"
    LAST_EVENT = "last-event"


class TextSize(Enum):
    """Steps of the detail pane's text size, as a factor of the application's font size."""

    SMALL = "small"
    NORMAL = "normal"
    LARGE = "large"
    LARGER = "larger"

    @property
    def factor(self) -> float:
        """How much larger than the application's font this step is."""
        return _FACTORS[self]


_FACTORS = {
    TextSize.SMALL: 0.9,
    TextSize.NORMAL: 1.0,
    TextSize.LARGE: 1.25,
    TextSize.LARGER: 1.5,
}
