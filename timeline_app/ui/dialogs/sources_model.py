"""A table model of every source with the number of events citing it (no view needed to test)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from typing_extensions import override

from timeline_app.domain.dates import format_point
from timeline_app.domain.models import DatePrecision, Source
from timeline_app.ui.translate import translate

COL_PUBLISHER = 0
COL_TITLE = 1
COL_PUBLISHED = 2
COL_EVENTS = 3
COL_LOCATION = 4
COLUMNS = 5
#: Sort key role: dates sort as dates, counts as numbers.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
URL_ROLE = Qt.ItemDataRole.UserRole + 2


def headers() -> tuple[str, ...]:
    """The column titles, in the language now in force."""
    return (
        translate("SourcesTableModel", "Publisher"),
        translate("SourcesTableModel", "Title"),
        translate("SourcesTableModel", "Published"),
        translate("SourcesTableModel", "Events"),
        translate("SourcesTableModel", "Link"),
    )


def _published(source: Source) -> str:
    if source.published is not None:
        return format_point(source.published, DatePrecision.DAY)
    return source.published_text


class SourcesTableModel(QAbstractTableModel):
    """Rows of (source, citing-event count)."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[tuple[Source, int]] = []

    def set_rows(self, rows: Sequence[tuple[Source, int]]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def count_at(self, row: int) -> int:
        """How many events cite the source in ``row``."""
        return self._rows[row][1]

    def source_at(self, row: int) -> Source:
        """The source shown in ``row``."""
        return self._rows[row][0]

    @override
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return headers()[section]
        return None

    @override
    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid():
            return None
        source, count = self._rows[index.row()]
        column = index.column()
        if role == URL_ROLE:
            return source.url
        if role == SORT_ROLE:
            if column == COL_EVENTS:
                return count
            if column == COL_PUBLISHED:
                return source.published.isoformat() if source.published else source.published_text
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return self._text(source, count, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_TITLE, COL_LOCATION):
            return self._text(source, count, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_EVENTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _text(source: Source, count: int, column: int) -> str:
        if column == COL_PUBLISHER:
            return source.publisher
        if column == COL_TITLE:
            return source.title
        if column == COL_PUBLISHED:
            return _published(source)
        if column == COL_EVENTS:
            return QLocale().toString(count)
        # A seed's internal file name means nothing to a reader; its link does.
        return source.url
