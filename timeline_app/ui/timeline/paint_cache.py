"""Caches that make repainting cheap: laid-out text and pre-rendered badges.

Shaping a string costs far more than blitting it; titles and axis labels repeat from frame to
frame, so each is shaped once (QStaticText) and reused until the cache is full.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPixmap, QStaticText

#: Entries kept before a cache starts over.
TEXT_CACHE_LIMIT = 50_000
PIXMAP_CACHE_LIMIT = 512


class StaticTextCache:
    """QStaticText per string, for one font at a time."""

    def __init__(self) -> None:
        self._font_key = ""
        self._font = QFont()
        self._texts: dict[str, QStaticText] = {}

    def use_font(self, font: QFont) -> None:
        """The font of the texts asked for next (a change empties the cache)."""
        font_key = font.key()
        if font_key != self._font_key:
            self._texts.clear()
            self._font_key = font_key
            self._font = QFont(font)

    def get(self, text: str, font: QFont | None = None) -> QStaticText:
        """The prepared text (drawn with ``drawStaticText`` at its top-left corner)."""
        if font is not None:
            self.use_font(font)
        static = self._texts.get(text)
        if static is None:
            if len(self._texts) >= TEXT_CACHE_LIMIT:
                self._texts.clear()
            font = self._font
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
            static.prepare(font=font)
            self._texts[text] = static
        return static


class PixmapCache:
    """Small images rendered once per key, e.g. a badge in a given colour scheme."""

    def __init__(self) -> None:
        self._pixmaps: dict[object, QPixmap] = {}

    def get(
        self, key: object, size: QSize, ratio: float, render: Callable[[QPainter, QRectF], None]
    ) -> QPixmap:
        """The cached image for ``key``, rendering it with ``render`` the first time."""
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            if len(self._pixmaps) >= PIXMAP_CACHE_LIMIT:
                self._pixmaps.clear()
            pixmap = QPixmap(size * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            render(painter, QRectF(0, 0, size.width(), size.height()))
            painter.end()
            self._pixmaps[key] = pixmap
        return pixmap


def text_width(cache: StaticTextCache, text: str) -> float:
    """The width of ``text`` in the cache's font."""
    return float(cache.get(text).size().width())


def draw_text_at(
    painter: QPainter, cache: StaticTextCache, x: float, top: float, height: float, text: str
) -> None:
    """Draw ``text`` (in the cache's font, which must be the painter's) from ``x``, centred
    vertically in the band top..top+height."""
    static = cache.get(text)
    line_height = static.size().height()
    painter.drawStaticText(QPointF(x, top + (height - line_height) / 2), static)
