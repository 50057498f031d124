"""One frame of the timeline: painted from what is known, never from storage.

Titles a frame lacked (a layout made on estimated widths) are read on the next turn of the
event loop, through the content's guarded lookup, and the widget is painted again.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QTimer
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from timeline_app.domain.axis_ticks import AxisTicks
from timeline_app.domain.label_layout import Layout
from timeline_app.domain.models import Category
from timeline_app.domain.time_scale import TimeScale
from timeline_app.ui.timeline.accessibility import announce_texts_changed
from timeline_app.ui.timeline.content import TimelineContent
from timeline_app.ui.timeline.era_bands import EraBands
from timeline_app.ui.timeline.event_painter import (
    FALLBACK_COLOUR,
    EventPaintState,
    paint_focus_frame,
    paint_frame,
)
from timeline_app.ui.timeline.paint_cache import PixmapCache, StaticTextCache
from timeline_app.ui.timeline.selection import Marks


class FramePainter:
    """Paints frames of one timeline widget and keeps what frames share (ticks, badges)."""

    def __init__(
        self, widget: QWidget, content: TimelineContent, texts: StaticTextCache, eras: EraBands
    ) -> None:
        self._widget = widget
        self._eras = eras
        self._content = content
        self._texts = texts
        self._badges = PixmapCache()
        self._colours: list[QColor] = [QColor(FALLBACK_COLOUR)]
        self._ticks: tuple[TimeScale, AxisTicks] | None = None
        #: a read of the titles the last frame lacked is queued
        self._fetch_queued = False

    def set_categories(self, categories: Sequence[Category]) -> None:
        """Colour events by these categories (unknown ones grey)."""
        self._colours = [QColor(c.colour) for c in categories] + [QColor(FALLBACK_COLOUR)]

    def refresh_texts(self) -> None:
        """Titles and axis labels are read and shaped again (a new language); assistive
        technology is told that the names of the timeline and its events changed."""
        self._content.forget_texts()
        self._ticks = None
        announce_texts_changed(self._widget)

    def paint(self, exposed: QRectF, shown: TimeScale, layout: Layout, marks: Marks) -> None:
        """Paint a frame of ``layout`` at ``shown``; ask for missing titles afterwards."""
        widget = self._widget
        positions = [item.index for item in layout.placed]
        keys = self._content.columns.keys[positions].tolist() if positions else []
        titles = self._content.titles(keys, fetch=False)
        widths = [width or 0.0 for width in self._content.widths(keys, fetch=False)]
        state = EventPaintState(
            scale=shown,
            layout=layout,
            columns=self._content.columns,
            titles=dict(zip(positions, titles, strict=True)),
            widths=dict(zip(positions, widths, strict=True)),
            colours=self._colours,
            selected=marks.selected,
            hovered=marks.hovered,
            hovered_badge=marks.hovered_badge,
            matching=marks.matching,
            font=widget.font(),
            height=float(widget.height()),
            texts=self._texts,
            badges=self._badges,
            eras=self._eras.bands(),
        )
        painter = QPainter(widget)
        rect = QRectF(widget.rect())
        self._ticks = paint_frame(painter, widget.palette(), rect, exposed, state, self._ticks)
        if widget.hasFocus():
            paint_focus_frame(painter, widget.palette(), rect)
        painter.end()
        if self._content.has_missing() and not self._fetch_queued:
            self._fetch_queued = True
            QTimer.singleShot(0, self._fetch_missing)

    def _fetch_missing(self) -> None:
        self._fetch_queued = False
        if self._content.fetch_missing():
            self._widget.update()
