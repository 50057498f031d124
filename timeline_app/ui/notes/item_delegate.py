"""Draws a note in the list: a small timestamp line above the wrapped note text."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem
from typing_extensions import override

from timeline_app.ui.reader_locale import moment_text

#: Item data roles carrying the note's id and its pre-formatted timestamp line.
NOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
TIMESTAMP_ROLE = Qt.ItemDataRole.UserRole + 2
PADDING = 6
#: A note longer than this many lines is shown cut, with the full text in its tooltip.
MAX_LINES = 8


def timestamp_line(created: datetime, updated: datetime) -> str:
    """'22 Nov 2026 10:15' or '22 Nov 2026 10:15 · edited 23 Nov 2026 09:02', in local time,
    with the month names of the current language."""
    text = moment_text(created)
    if (updated - created).total_seconds() >= 1:
        edited = moment_text(updated)
        text = QCoreApplication.translate("NoteItemDelegate", "{created} · edited {edited}").format(
            created=text, edited=edited
        )
    return text


class NoteItemDelegate(QStyledItemDelegate):
    """Timestamp in a smaller, muted font; then the note text wrapped to the list's width."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        small = QFont(option.font)
        small.setPointSizeF(max(small.pointSizeF() * 0.85, 7.0))
        return small, QFont(option.font)

    def _text_rect(self, option: QStyleOptionViewItem, width: int, text: str, font: QFont) -> QRect:
        metrics = QFontMetrics(font)
        return metrics.boundingRect(
            QRect(0, 0, width, metrics.lineSpacing() * MAX_LINES), Qt.TextFlag.TextWordWrap, text
        )

    @override
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        small, normal = self._fonts(option)
        width = max(option.rect.width() if option.rect.width() > 0 else 300, 120) - 2 * PADDING
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        body = self._text_rect(option, width, text, normal)
        return QSize(
            width + 2 * PADDING, QFontMetrics(small).height() + body.height() + 3 * PADDING
        )

    @override
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        small, normal = self._fonts(option)
        rect: QRect = option.rect
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        small_height = QFontMetrics(small).height()
        painter.setFont(small)
        painter.setPen(muted)
        painter.drawText(
            rect.adjusted(PADDING, PADDING, -PADDING, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            str(index.data(TIMESTAMP_ROLE) or ""),
        )
        painter.setFont(normal)
        painter.setPen(text_colour)
        body = rect.adjusted(PADDING, PADDING * 2 + small_height, -PADDING, -PADDING)
        painter.drawText(
            body,
            Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
        )
        painter.setPen(palette.color(QPalette.ColorRole.Midlight))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.restore()
