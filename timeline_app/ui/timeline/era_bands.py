"""Eras of the shown collections: labelled translucent bands behind their events.

Eras come with the collections (read when the events load, never while painting); a band
spans the era's days from under the axis to above the badge lane, its label at its top-left,
drawn before the events so their titles stay on top.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette
from PySide6.QtWidgets import QWidget

from timeline_app.domain.time_scale import TimeScale
from timeline_app.ui.timeline.geometry import AXIS_HEIGHT, BADGE_LANE

#: Opacity of a band's fill (0–255): enough to see, little enough to read events through.
BAND_ALPHA = 46
#: Colours given to the eras of each collection in turn.
ERA_COLOURS = ("#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2", "#edc948")


@dataclass(frozen=True, slots=True)
class EraBand:
    """One era to draw: its label, its days [start_day, end_day) as day numbers, its colour."""

    label: str
    start_day: float
    end_day: float
    colour: str


class EraBands:
    """The eras a timeline widget draws; ``rects`` tells where (for tests and tools)."""

    def __init__(self, widget: QWidget, scale: Callable[[], TimeScale]) -> None:
        self._widget = widget
        self._scale = scale
        self._bands: tuple[EraBand, ...] = ()

    def set(self, bands: Sequence[EraBand]) -> None:
        """Draw these eras from now on."""
        if tuple(bands) != self._bands:
            self._bands = tuple(bands)
            self._widget.update()

    def bands(self) -> tuple[EraBand, ...]:
        """The eras drawn."""
        return self._bands

    def rects(self) -> list[tuple[str, QRectF]]:
        """(label, band rectangle) of every era in view, in widget coordinates."""
        widget = self._widget
        placed = band_rects(self._scale(), self._bands, widget.width(), widget.height())
        return [(band.label, rect) for band, rect in placed]


def band_rects(
    scale: TimeScale, bands: Sequence[EraBand], width: float, height: float
) -> list[tuple[EraBand, QRectF]]:
    """Where each band in view lies (clipped to the widget's width)."""
    top, bottom = AXIS_HEIGHT, height - BADGE_LANE
    placed = []
    for band in bands:
        left = max(scale.x_of(band.start_day), 0.0)
        right = min(scale.x_of(band.end_day), width)
        if right > left and bottom > top:
            placed.append((band, QRectF(left, top, max(right - left, 1.0), bottom - top)))
    return placed


def paint_era_bands(
    painter: QPainter,
    palette: QPalette,
    rect: QRectF,
    scale: TimeScale,
    bands: Sequence[EraBand],
    font: QFont,
) -> None:
    """Fill each band translucently and write its label at its top-left."""
    if not bands:
        return
    label_font = QFont(font)
    if font.pixelSize() > 0:  # an exported figure's font: sized in pixels on every device
        label_font.setPixelSize(max(round(font.pixelSize() * 0.85), 8))
    else:
        label_font.setPointSizeF(max(font.pointSizeF() * 0.85, 6.0))
    metrics = QFontMetricsF(label_font)
    painter.save()
    painter.setFont(label_font)
    text = palette.color(QPalette.ColorRole.Text)
    for band, area in band_rects(scale, bands, rect.width(), rect.height()):
        fill = QColor(band.colour)
        fill.setAlpha(BAND_ALPHA)
        painter.fillRect(area, fill)
        room = area.width() - 8
        if room < 12:
            continue
        label = metrics.elidedText(band.label, Qt.TextElideMode.ElideRight, room)
        pen = QColor(band.colour).darker(150) if text.lightness() < 128 else QColor(band.colour)
        painter.setPen(pen)
        painter.drawText(
            QRectF(area.left() + 4, area.top() + 1, room, metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            label,
        )
    painter.restore()
