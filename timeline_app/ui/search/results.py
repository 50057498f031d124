"""The search results list: date and title with the matched words highlighted, and a snippet."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from html import escape

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QPainter,
    QPalette,
    QTextDocument,
)
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
#: Space above and below each result's text, so a selected row does not touch the next date.
ROW_PADDING = 2
#: Narrowest width text is laid out at (a list squeezed to nothing still gets readable rows).
MIN_TEXT_WIDTH = 120


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
        snippet = _marked(result.snippet, result.snippet_spans)
        if result.in_notes and not result.title_spans:
            # Escaped before the snippet goes in: the snippet is HTML already.
            where = escape(
                QCoreApplication.translate("SearchResultsList", "in your notes: {snippet}")
            )
            snippet = where.format(snippet=snippet)
        html += f"<br><small style='color:{muted}'>{snippet}</small>"
    elif result.in_notes:
        also = QCoreApplication.translate("SearchResultsList", "also in your notes")
        html += f"<br><small style='color:{muted}'>{escape(also)}</small>"
    return html


def result_document(html: str, font: QFont, width: int) -> QTextDocument:
    """The laid-out rich text of one result at ``width`` pixels (the same for size and paint)."""
    document = QTextDocument()
    document.setDefaultFont(font)
    document.setHtml(html)
    document.setTextWidth(max(width, MIN_TEXT_WIDTH))
    return document


class _ResultDelegate(QStyledItemDelegate):
    """Renders the rich text of a result, in a row exactly as tall as that text."""

    def _row_width(self, option: QStyleOptionViewItem) -> int:
        # Qt hands sizeHint() whatever rect it has at hand (the whole viewport before the
        # scroll bar appears, or an empty one); rows are as wide as the viewport, so lay the
        # text out at that width, the width paint() gets, or it overflows into the next row.
        view = self.parent()
        if isinstance(view, QAbstractItemView):
            return view.viewport().width()
        return option.rect.width()

    @override
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        self.initStyleOption(option, index)
        width = self._row_width(option)
        document = result_document(str(index.data(HTML_ROLE) or ""), option.font, width)
        return QSize(width, math.ceil(document.size().height()) + 2 * ROW_PADDING)

    @override
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        html = str(index.data(HTML_ROLE) or "")
        if selected:
            # Muted greys would vanish on the selection colour: use its text colour instead.
            selected_text = palette.color(QPalette.ColorRole.HighlightedText).name()
            html = _MUTED_COLOUR.sub(f"color:{selected_text}", html)
        document = result_document(html, option.font, option.rect.width())
        painter.save()
        painter.setClipRect(option.rect)  # whatever happens, a row never paints on its neighbour
        if selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
        painter.translate(option.rect.topLeft() + QPoint(0, ROW_PADDING))
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, palette.color(role))
        context.clip = QRectF(0, 0, option.rect.width(), option.rect.height() - ROW_PADDING)
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
        self.setItemDelegate(_ResultDelegate(self))
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # Rows are as wide as the list and their text wraps: never scroll sideways.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self._results: list[SearchResult] = []
        self.itemClicked.connect(self._choose)
        self.itemActivated.connect(self._choose)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the current language (the listed results' words too)."""
        self.setAccessibleName(QCoreApplication.translate("SearchResultsList", "Search results"))
        self._render_again()

    def setResults(self, results: Sequence[SearchResult]) -> None:
        """Replace the list."""
        self._results = list(results)
        palette = self.palette()
        muted = mix(
            palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base), 0.45
        ).name()
        self.clear()
        for result in results:
            item = QListWidgetItem(
                QCoreApplication.translate("SearchResultsList", "{date} — {title}").format(
                    date=result.date_text, title=result.title
                )
            )
            item.setData(EVENT_ID_ROLE, result.event_id)
            item.setData(HTML_ROLE, result_html(result, muted))
            item.setToolTip(result.title)
            self.addItem(item)

    @override
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._render_again()
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def _render_again(self) -> None:
        """Lay the same results out again (new colours or words), keeping the current row."""
        if self._results:
            current = self.currentRow()
            self.setResults(self._results)
            self.setCurrentRow(current)

    def focusFirstResult(self) -> None:
        """Take the focus with a visibly selected current row (the first when there is none)."""
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self._select_current_or_first()

    def eventIds(self) -> list[str]:
        """Ids of the listed events, in list order."""
        return [str(self.item(row).data(EVENT_ID_ROLE)) for row in range(self.count())]

    def _select_current_or_first(self) -> None:
        if not self.count() or self.selectedItems():
            return
        row = max(self.currentRow(), 0)
        self.setCurrentRow(row, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.scrollToItem(self.item(row))

    def _choose(self, item: QListWidgetItem) -> None:
        self.resultChosen.emit(str(item.data(EVENT_ID_ROLE)))

    @override
    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # Qt makes the first row current on focus-in without selecting it, so the first ↓
        # from the search box showed no highlight and a second ↓ seemed needed.
        if event.reason() != Qt.FocusReason.MouseFocusReason:
            self._select_current_or_first()

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escapePressed.emit()
            return
        super().keyPressEvent(event)
