"""The overview band: the whole period as a histogram per year, with the visible window as a box.

Drag the box to pan, drag its edges to zoom, click anywhere else to centre the view there.
Events with notes are marked below the bars, current search hits above them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import Enum

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget
from typing_extensions import override

from timeline_app.domain.histogram import YearHistogram
from timeline_app.domain.period import CURATED_PERIOD, Period
from timeline_app.domain.time_scale import TimeScale
from timeline_app.ui.theme import mix

EDGE_GRIP = 6.0
MIN_BOX_WIDTH = 8.0
MARK_LANE = 6.0
SIDE = 14.0


class _Drag(Enum):
    MOVE = "move"
    LEFT = "left"
    RIGHT = "right"


class OverviewBand(QWidget):
    """A compact map of the whole period; emits the window the user asks for, in day numbers."""

    #: (float, float): new window start and end, as day numbers
    windowRequested = Signal(float, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewBand")
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._domain = TimeScale(0.0, 1.0, 1.0).fit_all()
        self._window = (self._domain.start, self._domain.end)
        self._histogram: YearHistogram | None = None
        self._background_key: tuple[object, ...] = ()
        self._background_pixmap: QPixmap | None = None
        self._colours: list[QColor] = []
        self._note_days: list[float] = []
        self._hit_days: list[float] = []
        self._drag: _Drag | None = None
        self._drag_origin = 0.0
        self._drag_window = self._window
        self.retranslate()

    def retranslate(self) -> None:
        """Set the accessible name in the current language."""
        self.setAccessibleName(
            QCoreApplication.translate("OverviewBand", "Overview of {period}").format(
                period=self.period().label
            )
        )

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def setHistogram(self, histogram: YearHistogram, colours: Sequence[str]) -> None:
        """Bars per year stacked by category (colours in the histogram's category order)."""
        self._histogram = histogram
        self._colours = [QColor(colour) for colour in colours]
        # The band spans the histogram's years: the curated period, or more when events of
        # the user's collections lie outside it (anywhere in years 1–9999).
        period = Period(date(histogram.first_year, 1, 1), date(histogram.last_year, 12, 31))
        if period != self.period():
            self._domain = self._domain.with_domain(period).fit_all()
            self.retranslate()
        self._background_pixmap = None
        self.update()

    def setWindow(self, start: float, end: float) -> None:
        """The timeline's visible window, in day numbers."""
        self._window = (start, end)
        self.update()

    def setMarks(self, note_days: Sequence[float], hit_days: Sequence[float]) -> None:
        """Days of events with notes, and of current search hits."""
        self._note_days = list(note_days)
        self._hit_days = list(hit_days)
        self.update()

    def histogram(self) -> YearHistogram:
        """The counts drawn (an empty histogram before any data)."""
        return self._histogram or YearHistogram(
            CURATED_PERIOD.first_year, CURATED_PERIOD.last_year, (), ()
        )

    def period(self) -> Period:
        """The whole years the band spans."""
        first = date.fromordinal(int(self._domain.domain_start))
        return Period(first, date.fromordinal(int(self._domain.domain_end) - 1))

    def visibleWindow(self) -> tuple[float, float]:
        """The window drawn, in day numbers."""
        return self._window

    def boxRect(self) -> QRectF:
        """The visible-window box in widget coordinates."""
        scale = self._scale()
        left, right = scale.x_of(self._window[0]), scale.x_of(self._window[1])
        if right - left < MIN_BOX_WIDTH:
            middle = (left + right) / 2
            left, right = middle - MIN_BOX_WIDTH / 2, middle + MIN_BOX_WIDTH / 2
        return QRectF(left, 1, right - left, self.height() - 2)

    def _scale(self) -> TimeScale:
        return self._domain.with_width(self.width() - 2 * SIDE, SIDE)

    @override
    def sizeHint(self) -> QSize:
        return QSize(800, 64)

    @override
    def minimumSizeHint(self) -> QSize:
        return QSize(200, 48)

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        scale = self._scale()
        painter.drawPixmap(0, 0, self._background(scale, mix(base, text, 0.03)))
        painter.setPen(Qt.PenStyle.NoPen)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        painter.setBrush(highlight)
        for day in self._hit_days:
            x = scale.x_of(day)
            painter.drawRect(QRectF(x - 1, 1, 2, MARK_LANE))
        painter.setBrush(mix(text, base, 0.2))
        for day in self._note_days:
            x = scale.x_of(day)
            painter.drawEllipse(QPointF(x, self.height() - MARK_LANE / 2 - 1), 2.5, 2.5)
        box = self.boxRect()
        fill = QColor(highlight)
        fill.setAlphaF(0.18)
        painter.setBrush(fill)
        painter.setPen(QPen(highlight, 2))
        painter.drawRect(box)
        painter.end()

    def _background(self, scale: TimeScale, fill: QColor) -> QPixmap:
        """The bars, drawn once per size, histogram and palette (the box moves every frame)."""
        ratio = self.devicePixelRatioF()
        key = (self.width(), self.height(), ratio, id(self._histogram), fill.rgba())
        if self._background_key != key or self._background_pixmap is None:
            pixmap = QPixmap(self.size() * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(fill)
            if self._histogram is not None:
                painter = QPainter(pixmap)
                self._paint_bars(painter, scale, MARK_LANE + 2, self.height() - MARK_LANE - 2)
                painter.end()
            self._background_key, self._background_pixmap = key, pixmap
        return self._background_pixmap

    def _paint_bars(self, painter: QPainter, scale: TimeScale, top: float, bottom: float) -> None:
        assert self._histogram is not None
        histogram = self._histogram
        height = bottom - top
        unit = height / histogram.largest_total
        painter.setPen(Qt.PenStyle.NoPen)
        for offset, row in enumerate(histogram.counts):
            year = histogram.first_year + offset
            left = scale.x_of(date(year, 1, 1).toordinal()) + 1
            right = scale.x_of(date(year, 12, 31).toordinal() + 1) - 1
            y = bottom
            for category_index, count in enumerate(row):
                if not count:
                    continue
                colour = (
                    self._colours[category_index]
                    if category_index < len(self._colours)
                    else QColor("#808080")
                )
                painter.setBrush(colour)
                painter.drawRect(
                    QRectF(left, y - count * unit, max(right - left, 1.0), count * unit)
                )
                y -= count * unit

    def _drag_kind(self, x: float) -> _Drag | None:
        box = self.boxRect()
        if abs(x - box.left()) <= EDGE_GRIP and box.width() > 2 * EDGE_GRIP:
            return _Drag.LEFT
        if abs(x - box.right()) <= EDGE_GRIP and box.width() > 2 * EDGE_GRIP:
            return _Drag.RIGHT
        if box.left() <= x <= box.right():
            return _Drag.MOVE
        return None

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        x = event.position().x()
        kind = self._drag_kind(x)
        if kind is None:  # click outside the box: centre the view there, then drag it
            scale = self._scale()
            span = self._window[1] - self._window[0]
            centre = scale.day_at(x)
            self._request(centre - span / 2, centre + span / 2)
            kind = _Drag.MOVE
        self._drag = kind
        self._drag_origin = x
        self._drag_window = self._window

    @override
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        x = event.position().x()
        if self._drag is None:
            kind = self._drag_kind(x)
            cursor = (
                Qt.CursorShape.SizeHorCursor
                if kind in (_Drag.LEFT, _Drag.RIGHT)
                else Qt.CursorShape.OpenHandCursor
                if kind is _Drag.MOVE
                else Qt.CursorShape.PointingHandCursor
            )
            self.setCursor(cursor)
            return
        days = (x - self._drag_origin) / self._scale().pixels_per_day
        start, end = self._drag_window
        if self._drag is _Drag.MOVE:
            self._request(start + days, end + days)
        elif self._drag is _Drag.LEFT:  # the other edge stays where it is
            self._request(max(self._domain.start, min(start + days, end - 1)), end)
        else:
            self._request(start, min(self._domain.end, max(end + days, start + 1)))

    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag = None

    def _request(self, start: float, end: float) -> None:
        clamped = self._domain.with_window(start, end)
        self._window = (clamped.start, clamped.end)
        self.update()
        self.windowRequested.emit(clamped.start, clamped.end)
