"""The search results list: date and title with the matched words highlighted, and a snippet."""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)
from typing_extensions import override

from timeline_app.domain.search_types import SearchResult
from timeline_app.ui.theme import mix

EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_MUTED_COLOUR = re.compile(r"color:#[0-9a-f]{6}")
HTML_ROLE = Qt.ItemDataRole.UserRole + 2


def _marked(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """HTML of ``text`` with the spans in bold on a highlight background."""
    parts: list[str] = []
    cursor = 0
    for start, end in spans:
        parts.append(escape(text[cursor:start]))
        parts.append(
            f"<b style='background-color:#ffe58a; color:#000'>{escape(text[start:end])}</b>"
        )
        cursor = end
    parts.append(escape(text[cursor:]))
    return "".join(parts)


def result_html(result: SearchResult, muted: str) -> str:
    """Two lines: date and highlighted title; then the snippet where the match was found."""
    html = f"<span style='color:{muted}'>{escape(result.date_text)}</span><br>"
    html += _marked(result.title, result.title_spans)
    if result.snippet:
        where = "in your notes: " if result.in_notes and not result.title_spans else ""
        snippet = _marked(result.snippet, result.snippet_spans)
        html += f"<br><small style='color:{muted}'>{where}{snippet}</small>"
    elif result.in_notes:
        html += f"<br><small style='color:{muted}'>also in your notes</small>"
    return html


class _ResultDelegate(QStyledItemDelegate):
    """Renders the rich text of a result."""

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        html = str(index.data(HTML_ROLE) or "")
        if option.state & QStyle.StateFlag.State_Selected:
            # Muted greys would vanish on the selection colour: use its text colour instead.
            selected_text = option.palette.color(QPalette.ColorRole.HighlightedText).name()
            html = _MUTED_COLOUR.sub(f"color:{selected_text}", html)
        document.setHtml(html)
        document.setTextWidth(max(option.rect.width(), 120))
        return document

    @override
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 4)

    @override
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        painter.save()
        palette: QPalette = option.palette
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
        document = self._document(option, index)
        painter.translate(option.rect.topLeft())
        context = QAbstractTextDocumentLayout.PaintContext()
        role = (
            QPalette.ColorRole.HighlightedText
            if option.state & QStyle.StateFlag.State_Selected
            else QPalette.ColorRole.Text
        )
        context.palette.setColor(QPalette.ColorRole.Text, palette.color(role))
        context.clip = QRectF(0, 0, option.rect.width(), option.rect.height())
        document.documentLayout().draw(painter, context)
        painter.restore()


class SearchResultsList(QListWidget):
    """Results of the current search; Enter or a click chooses one, Esc gives focus back."""

    #: str: id of the event the user chose
    resultChosen = Signal(str)
    #: Esc was pressed in the list
    escapePressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchResults")
        self.setAccessibleName("Search results")
        self.setItemDelegate(_ResultDelegate(self))
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setWordWrap(True)
        self._results: list[SearchResult] = []
        self.itemClicked.connect(self._choose)
        self.itemActivated.connect(self._choose)

    def setResults(self, results: Sequence[SearchResult]) -> None:
        """Replace the list."""
        self._results = list(results)
        palette = self.palette()
        muted = mix(
            palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base), 0.45
        ).name()
        self.clear()
        for result in results:
            item = QListWidgetItem(f"{result.date_text} — {result.title}")
            item.setData(EVENT_ID_ROLE, result.event_id)
            item.setData(HTML_ROLE, result_html(result, muted))
            item.setToolTip(result.title)
            self.addItem(item)

    @override
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._results:
            current = self.currentRow()
            self.setResults(self._results)
            self.setCurrentRow(current)

    def eventIds(self) -> list[str]:
        """Ids of the listed events, in list order."""
        return [str(self.item(row).data(EVENT_ID_ROLE)) for row in range(self.count())]

    def _choose(self, item: QListWidgetItem) -> None:
        self.resultChosen.emit(str(item.data(EVENT_ID_ROLE)))

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escapePressed.emit()
            return
        super().keyPressEvent(event)
