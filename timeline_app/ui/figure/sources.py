"""The list of the sources cited by the events a figure draws, over as many pages as it needs."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument

from timeline_app.domain.dates import format_point
from timeline_app.domain.models import DatePrecision, Source
from timeline_app.ui.figure.style import FigureStyle
from timeline_app.ui.translate import translate


def _published(source: Source) -> str:
    if source.published_text:
        return source.published_text
    if source.published is not None:
        return format_point(source.published, DatePrecision.DAY)
    return ""


def source_entry(source: Source) -> str:
    """One source as an HTML list item: publisher, title, date, URL (and when it was read)."""
    parts = [f"{escape(source.publisher)}, <i>{escape(source.title)}</i>"]
    published = _published(source)
    if published:
        parts.append(escape(published))
    if source.url:
        parts.append(escape(source.url))
    if source.accessed is not None:
        accessed = format_point(source.accessed, DatePrecision.DAY)
        parts.append(escape(translate("Figure", "accessed {date}").format(date=accessed)))
    return "<li>" + ". ".join(parts) + "</li>"


def sources_html(sources: Sequence[Source]) -> str:
    """The numbered list of the sources (publisher, title, date and URL are the data's own)."""
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
