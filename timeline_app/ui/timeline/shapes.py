"""The shapes of the timeline: markers, spans, uncertainty bands and badge pills."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPalette, QPen, QPolygonF

from timeline_app.ui.theme import mix


@lru_cache(maxsize=512)
def _pen(rgba: int, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    """A pen, made once per colour, width and style (frames draw hundreds of shapes)."""
    return QPen(QColor.fromRgba(rgba), width, style)


@lru_cache(maxsize=512)
def _brush(rgba: int, alpha: float = 1.0) -> QBrush:
    colour = QColor.fromRgba(rgba)
    colour.setAlphaF(alpha)
    return QBrush(colour)


@lru_cache(maxsize=512)
def _edge_pen(colour_rgba: int, text_rgba: int, width: float) -> QPen:
    # An edge nudged towards the text colour keeps light colours visible on a light background
    # (and dark ones on a dark background).
    edge = mix(QColor.fromRgba(colour_rgba), QColor.fromRgba(text_rgba), 0.35)
    return QPen(edge, width)


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
    text_rgba = palette.color(QPalette.ColorRole.Text).rgba()
    if selected:
        painter.setPen(_pen(palette.color(QPalette.ColorRole.Highlight).rgba(), 2.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, radius + 4, radius + 4)
    if exact:
        painter.setPen(_edge_pen(colour.rgba(), text_rgba, 1.2))
        painter.setBrush(_brush(colour.rgba()))
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
    painter.setPen(_edge_pen(colour.rgba(), text_rgba, 2.0))
    painter.setBrush(_brush(palette.color(QPalette.ColorRole.Base).rgba()))
    painter.drawPolygon(diamond)


def draw_uncertainty_band(
    painter: QPainter, rect: QRectF, colour: QColor, *, approximate: bool
) -> None:
    """A soft band over the whole month or year an imprecise date may stand for."""
    style = Qt.PenStyle.DashLine if approximate else Qt.PenStyle.DotLine
    painter.setPen(_pen(colour.rgba(), 1.0, style))
    painter.setBrush(_brush(colour.rgba(), 0.16))
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
    if selected:
        painter.setPen(_pen(palette.color(QPalette.ColorRole.Highlight).rgba(), 2.5))
    else:
        style = Qt.PenStyle.DashLine if approximate else Qt.PenStyle.SolidLine
        painter.setPen(_pen(colour.rgba(), 1.5, style))
    painter.setBrush(_brush(colour.rgba(), 0.35))
    painter.drawRoundedRect(rect, 4, 4)


def draw_badge_pill(painter: QPainter, rect: QRectF, palette: QPalette, *, hovered: bool) -> None:
    """The pill of a "+N" badge (its text is drawn over it separately)."""
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
