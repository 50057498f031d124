"""Paints the two-tier date axis and the faint grid lines below it."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QPainter, QPalette, QPen

from timeline_app.domain.axis_ticks import LABEL_GAP, AxisTicks, axis_ticks
from timeline_app.domain.time_scale import TimeScale
from timeline_app.ui.theme import mix
from timeline_app.ui.timeline.paint_cache import StaticTextCache, draw_text_at, text_width

#: Shaped labels of the major (bold) row; the minor row shares the timeline's cache.
_BOLD_TEXTS = StaticTextCache()
MAJOR_ROW = (2.0, 20.0)
MINOR_ROW = (22.0, 40.0)


def compute_ticks(scale: TimeScale, texts: StaticTextCache) -> AxisTicks:
    """Ticks for the scale's window, with label widths measured in the cache's font."""
    return axis_ticks(
        scale.start, scale.end, scale.pixels_per_day, lambda label: text_width(texts, label)
    )


def paint_axis(
    painter: QPainter,
    scale: TimeScale,
    ticks: AxisTicks,
    rect: QRectF,
    grid_bottom: float,
    palette: QPalette,
    font: QFont,
    texts: StaticTextCache,
) -> None:
    """Axis band in ``rect``; tick lines run down to ``grid_bottom``."""
    antialiased = painter.testRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # lines sit on pixels
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    painter.fillRect(rect, mix(window, text, 0.04))
    grid = mix(palette.color(QPalette.ColorRole.Base), text, 0.10)
    minor_pen = QPen(grid, 1)
    major_pen = QPen(mix(grid, text, 0.25), 1)
    major_font = QFont(font)
    major_font.setBold(True)
    _BOLD_TEXTS.use_font(major_font)

    painter.setFont(font)
    for tick in ticks.minor:
        x = round(scale.x_of(tick.day)) + 0.5
        if x < rect.left() - 200 or x > rect.right() + 1:
            continue
        painter.setPen(minor_pen)
        painter.drawLine(QPointF(x, MINOR_ROW[0]), QPointF(x, grid_bottom))
        label_width = text_width(texts, tick.label)
        if x + 4 < rect.left() or x + 4 + label_width > rect.right():
            continue  # a label cut by the edge reads as a different number ("990")
        painter.setPen(text)
        draw_text_at(painter, texts, x + 4, MINOR_ROW[0], MINOR_ROW[1] - MINOR_ROW[0], tick.label)

    # Major labels stick to the left edge while their period is in view, pushed by the next.
    painter.setFont(major_font)
    majors = list(ticks.major)
    for position, tick in enumerate(majors):
        x = scale.x_of(tick.day)
        width = text_width(_BOLD_TEXTS, tick.label)
        label_x = max(x + 4, rect.left() + 4)
        if position + 1 < len(majors):
            label_x = min(label_x, scale.x_of(majors[position + 1].day) - width - LABEL_GAP)
        if label_x < rect.left() or label_x + width > rect.right():
            continue
        if rect.left() <= x <= rect.right():
            painter.setPen(major_pen)
            painter.drawLine(
                QPointF(round(x) + 0.5, MAJOR_ROW[0]), QPointF(round(x) + 0.5, grid_bottom)
            )
        painter.setPen(text)
        draw_text_at(
            painter, _BOLD_TEXTS, label_x, MAJOR_ROW[0], MAJOR_ROW[1] - MAJOR_ROW[0], tick.label
        )
    painter.setPen(QPen(mix(window, text, 0.25), 1))
    painter.drawLine(
        QPointF(rect.left(), rect.bottom() + 0.5), QPointF(rect.right(), rect.bottom() + 0.5)
    )
    painter.setFont(font)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, antialiased)
