"""Where things are on the timeline widget: rows, badges, and what lies under a point.

Kept apart from the widget (as Frescobaldi's qpageview keeps layout geometry apart from its
view), so hit-testing and the rectangles tests and assistive technology ask for are plain
arithmetic over a ``Layout`` and the world-to-widget offset.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QPoint, QPointF, QRectF

from timeline_app.domain.label_layout import Layout, compact_count
from timeline_app.ui.timeline.paint_cache import StaticTextCache, text_width

AXIS_HEIGHT = 42.0
ROW_HEIGHT = 24.0
BADGE_LANE = 28.0
#: Room left and right of the period's ends, in pixels.
SIDE_PADDING = 14.0
#: Hits reach this far beyond a title's extent, in pixels.
HIT_SLOP = 3.0


def row_top(row: int) -> float:
    """Widget y of the top of a row of events."""
    return AXIS_HEIGHT + 6 + row * ROW_HEIGHT


def rows_available(height: float) -> int:
    """How many rows of titles fit in a widget this tall."""
    return max(1, int((height - AXIS_HEIGHT - BADGE_LANE - 8) // ROW_HEIGHT))


def badge_label(count: int) -> str:
    """The text of a badge standing for ``count`` events."""
    return f"+{compact_count(count)}"


def badge_rect(x: float, label_width: float, widget_height: float) -> QRectF:
    """The pill for a label ``label_width`` wide, centred at ``x`` in the badge lane."""
    width = round(label_width) + 14
    return QRectF(round(x - width / 2), widget_height - BADGE_LANE + 3, width, BADGE_LANE - 8)


@dataclass(frozen=True, slots=True)
class Hit:
    """What is under a point: an event (its position) or a badge (its cluster number)."""

    kind: Literal["event", "badge"]
    index: int


class TimelineGeometry:
    """Hit-testing and rectangles of one layout drawn at a world-to-widget ``offset``."""

    def __init__(self, texts: StaticTextCache) -> None:
        self._texts = texts

    def badge_rect(self, x: float, count: int, height: float) -> QRectF:
        """The pill of a badge of ``count`` events centred at widget ``x``."""
        return badge_rect(x, text_width(self._texts, badge_label(count)), height)

    def hit(self, layout: Layout, offset: float, position: QPointF, height: float) -> Hit | None:
        """The badge or the event under ``position`` (widget coordinates), if any."""
        for number, cluster in enumerate(layout.clusters):
            if self.badge_rect(cluster.x + offset, cluster.count, height).contains(position):
                return Hit("badge", number)
        for item in layout.placed:
            top = row_top(item.row)
            left = item.left + offset - HIT_SLOP
            right = item.right + offset + HIT_SLOP
            if left <= position.x() <= right and top <= position.y() <= top + ROW_HEIGHT:
                return Hit("event", item.index)
        return None

    def badge_centres(
        self, layout: Layout, offset: float, width: float, height: float
    ) -> list[QPoint]:
        """Centres of the badges in view."""
        centres = []
        for cluster in layout.clusters:
            rect = self.badge_rect(cluster.x + offset, cluster.count, height)
            if rect.right() >= 0 and rect.left() <= width:
                centres.append(rect.center().toPoint())
        return centres

    def title_rects(
        self,
        layout: Layout,
        offset: float,
        width: float,
        title_widths: Callable[[Sequence[int]], Sequence[float]],
    ) -> list[tuple[int, QRectF]]:
        """(position, title rectangle) of each placed event in view, left to right."""
        placed = layout.placed
        widths = title_widths([item.index for item in placed])
        shown = []
        for item, title_width in zip(placed, widths, strict=True):
            # A title given less room than its width is drawn elided to that room.
            shown_width = min(title_width, item.text_width)
            rect = QRectF(item.text_x + offset, row_top(item.row), shown_width, ROW_HEIGHT)
            if rect.right() >= 0 and rect.left() <= width:
                shown.append((item.index, rect))
        return shown

    def marker_point(
        self, layout: Layout, offset: float, width: float, position: int
    ) -> QPoint | None:
        """Where the marker of the event at ``position`` is drawn, when it is in view."""
        for item in layout.placed:
            if item.index == position:
                x = item.x0 + offset
                if 0 <= x <= width:
                    return QPoint(round(x), round(row_top(item.row) + ROW_HEIGHT / 2))
                return None
        return None
