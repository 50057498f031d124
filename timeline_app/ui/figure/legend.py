"""The legend under a figure's timeline: each category's colour and name, and a key of the marks."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette

from timeline_app.domain.label_layout import MARKER_RADIUS
from timeline_app.domain.models import Category
from timeline_app.ui.timeline.shapes import draw_badge_pill, draw_instant, draw_span
from timeline_app.ui.translate import translate

SWATCH = 22.0
GAP = 14.0
#: The legend takes at most this many lines; the key of the marks only when it fits in them.
MAX_LINES = 4

Mark = Callable[[QPainter, QRectF, QPalette], None]


@dataclass(frozen=True, slots=True)
class LegendItem:
    """One entry: a mark drawn in a SWATCH-wide box, then its text."""

    text: str
    mark: Mark


@dataclass(frozen=True, slots=True)
class LegendLayout:
    """The entries and where each goes, relative to the legend's top-left."""

    placed: tuple[tuple[LegendItem, QPointF], ...]
    height: float


def _swatch(colour: str) -> Mark:
    def draw(painter: QPainter, box: QRectF, _palette: QPalette) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawRoundedRect(box.adjusted(4, 3, -4, -3), 3, 3)

    return draw


def _instant(*, exact: bool) -> Mark:
    def draw(painter: QPainter, box: QRectF, palette: QPalette) -> None:
        colour = palette.color(QPalette.ColorRole.Mid)
        draw_instant(
            painter,
            box.center(),
            MARKER_RADIUS,
            colour,
            exact=exact,
            palette=palette,
            selected=False,
        )

    return draw


def _span(painter: QPainter, box: QRectF, palette: QPalette) -> None:
    colour = palette.color(QPalette.ColorRole.Mid)
    draw_span(
        painter, box.adjusted(1, 3, -1, -3), colour, palette, selected=False, approximate=False
    )


def _pill(painter: QPainter, box: QRectF, palette: QPalette) -> None:
    draw_badge_pill(painter, box.adjusted(0, 2, 0, -2), palette, hovered=False)


def mark_key() -> list[LegendItem]:
    """The key of the marks drawn on the timeline."""
    return [
        LegendItem(translate("Figure", "exact day"), _instant(exact=True)),
        LegendItem(translate("Figure", "month, year or approximate"), _instant(exact=False)),
        LegendItem(translate("Figure", "period"), _span),
        LegendItem(translate("Figure", "more events without room"), _pill),
    ]


def _flow(items: Sequence[LegendItem], font: QFont, width: float) -> tuple[list[QPointF], int]:
    metrics = QFontMetricsF(font)
    line_height = max(metrics.height(), SWATCH) + 4
    x, lines, points = 0.0, 1, []
    for item in items:
        item_width = SWATCH + 4 + metrics.horizontalAdvance(item.text)
        if x > 0 and x + item_width > width:
            x, lines = 0.0, lines + 1
        points.append(QPointF(x, (lines - 1) * line_height))
        x += item_width + GAP
    return points, lines


def layout_legend(categories: Sequence[Category], font: QFont, width: float) -> LegendLayout:
    """The legend's entries flowed into lines ``width`` wide; the key of the marks is added
    when the whole fits in MAX_LINES lines."""
    line_height = max(QFontMetricsF(font).height(), SWATCH) + 4
    items = [LegendItem(category.name, _swatch(category.colour)) for category in categories]
    with_key = [*items, *mark_key()]
    points, lines = _flow(with_key, font, width)
    if lines <= MAX_LINES:
        items = with_key
    else:
        points, lines = _flow(items, font, width)
    if not items:
        return LegendLayout((), 0.0)
    return LegendLayout(tuple(zip(items, points, strict=True)), lines * line_height)


def paint_legend(
    painter: QPainter, legend: LegendLayout, origin: QPointF, font: QFont, palette: QPalette
) -> None:
    """Draw the legend with its top-left at ``origin``."""
    metrics = QFontMetricsF(font)
    line_height = max(metrics.height(), SWATCH)
    painter.save()
    painter.setFont(font)
    for item, point in legend.placed:
        top_left = origin + point
        item.mark(painter, QRectF(top_left.x(), top_left.y(), SWATCH, line_height), palette)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.drawText(
            QRectF(top_left.x() + SWATCH + 4, top_left.y(), 10_000, line_height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            item.text,
        )
    painter.restore()
