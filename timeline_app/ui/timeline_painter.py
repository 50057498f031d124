"""Drawing helpers for the timeline: colours and shapes, kept out of the widget's logic."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPalette, QPen, QPolygonF


def mix(first: QColor, second: QColor, amount: float) -> QColor:
    """``first`` moved ``amount`` (0..1) of the way to ``second``."""
    return QColor.fromRgbF(
        first.redF() + (second.redF() - first.redF()) * amount,
        first.greenF() + (second.greenF() - first.greenF()) * amount,
        first.blueF() + (second.blueF() - first.blueF()) * amount,
    )


def draw_instant(
    painter: QPainter,
    centre: QPointF,
    radius: float,
    colour: QColor,
    *,
    exact: bool,
    palette: QPalette,
    selected: bool,
) -> None:
    """A dot for an exact day; a hollow diamond for a month, a year or an approximate date."""
    base = palette.color(QPalette.ColorRole.Base)
    # An edge nudged towards the text colour keeps light colours visible on a light background
    # (and dark ones on a dark background).
    edge = mix(colour, palette.color(QPalette.ColorRole.Text), 0.35)
    if selected:
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, radius + 4, radius + 4)
    if exact:
        painter.setPen(QPen(edge, 1.2))
        painter.setBrush(colour)
        painter.drawEllipse(centre, radius, radius)
        return
    diamond = QPolygonF(
        [
            QPointF(centre.x(), centre.y() - radius - 1),
            QPointF(centre.x() + radius + 1, centre.y()),
            QPointF(centre.x(), centre.y() + radius + 1),
            QPointF(centre.x() - radius - 1, centre.y()),
        ]
    )
    painter.setPen(QPen(edge, 2))
    painter.setBrush(base)
    painter.drawPolygon(diamond)


def draw_uncertainty_band(
    painter: QPainter, rect: QRectF, colour: QColor, *, approximate: bool
) -> None:
    """A soft band over the whole month or year an imprecise date may stand for."""
    fill = QColor(colour)
    fill.setAlphaF(0.16)
    pen = QPen(QColor(colour), 1, Qt.PenStyle.DashLine if approximate else Qt.PenStyle.DotLine)
    painter.setPen(pen)
    painter.setBrush(fill)
    painter.drawRoundedRect(rect, 3, 3)


def draw_span(
    painter: QPainter,
    rect: QRectF,
    colour: QColor,
    palette: QPalette,
    *,
    selected: bool,
    approximate: bool,
) -> None:
    """A bar from an event's start to its end."""
    fill = QColor(colour)
    fill.setAlphaF(0.35)
    if selected:
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2.5))
    else:
        painter.setPen(
            QPen(colour, 1.5, Qt.PenStyle.DashLine if approximate else Qt.PenStyle.SolidLine)
        )
    painter.setBrush(QBrush(fill))
    painter.drawRoundedRect(rect, 4, 4)


def draw_badge(
    painter: QPainter, rect: QRectF, text: str, palette: QPalette, *, font: QFont, hovered: bool
) -> None:
    """A "+N" pill standing for events that did not fit."""
    path = QPainterPath()
    path.addRoundedRect(rect, rect.height() / 2, rect.height() / 2)
    base = palette.color(QPalette.ColorRole.Base)
    text_colour = palette.color(QPalette.ColorRole.Text)
    background = mix(base, text_colour, 0.10)
    if hovered:
        background = mix(background, palette.color(QPalette.ColorRole.Highlight), 0.35)
    painter.fillPath(path, background)
    painter.setPen(QPen(mix(base, text_colour, 0.35), 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.setPen(text_colour)
    painter.setFont(font)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
