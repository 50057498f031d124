"""The list of the sources cited by the events a figure draws, over as many pages as it needs."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument

from timeline_app.domain.models import Source
from timeline_app.ui.citation_text import citation_html
from timeline_app.ui.figure.style import FigureStyle


def source_entry(source: Source) -> str:
    """One source as an HTML list item, cited as Edit ▸ Copy Citation cites it."""
    return f"<li>{citation_html(source)}</li>"


def sources_html(sources: Sequence[Source]) -> str:
    """The numbered list of the sources, each a readable citation (ui/citation_text)."""
    entries = "".join(source_entry(source) for source in sources)
    return f"<body><ol>{entries}</ol></body>"


class SourcesDocument:
    """The numbered sources as a document cut into pages ``size`` big."""

    def __init__(self, sources: Sequence[Source], style: FigureStyle, size: QSizeF) -> None:
        self.size = size
        self.document = QTextDocument()
        self.document.setDefaultFont(style.small_font)
        self.document.setDocumentMargin(0)
        text = style.palette.color(QPalette.ColorRole.WindowText).name()
        self.document.setDefaultStyleSheet(
            f"body {{ color: {text}; }} li {{ margin-bottom: 4px; }}"
        )
        self.document.setHtml(sources_html(sources))
        self.document.setPageSize(size)
        self._palette = style.palette

    def page_count(self) -> int:
        """The pages the list takes."""
        return self.document.pageCount()

    def paint_page(self, painter: QPainter, number: int, area: QRectF) -> None:
        """Page ``number`` (0-based) of the list, into ``area`` (as big as ``size``)."""
        height = self.size.height()
        painter.save()
        painter.translate(area.left(), area.top() - number * height)
        clip = QRectF(0, number * height, area.width(), height)
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = clip
        context.palette = self._palette
        self.document.documentLayout().draw(painter, context)
        painter.restore()
