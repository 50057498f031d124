"""Filters and legend: a checkbox per collection and per category (colour, count); notes,
exact dates, confidence."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from timeline_app.domain.event_filter import CONFIDENCE_ORDER, EventFilter
from timeline_app.domain.models import Category, Confidence
from timeline_app.ui.reader_locale import format_number
from timeline_app.ui.search.collection_list import CollectionEntry, CollectionList
from timeline_app.ui.translate import translate

#: Untranslated; shown through QCoreApplication.translate("FilterPanel", …).
CONFIDENCE_LABELS = {
    Confidence.LOW: str(QT_TRANSLATE_NOOP("FilterPanel", "Any (low and up)")),
    Confidence.MEDIUM: str(QT_TRANSLATE_NOOP("FilterPanel", "Medium and high")),
    Confidence.HIGH: str(QT_TRANSLATE_NOOP("FilterPanel", "High only")),
}


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class FilterPanel(QGroupBox):
    """Emits ``filterChanged`` with a new EventFilter whenever a control changes."""

    #: EventFilter: the filter now chosen
    filterChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("categoryFilter")
        self._filter = EventFilter()
        self._category_boxes: dict[str, QCheckBox] = {}
        self._categories: list[Category] = []
        self._counts: dict[str, int] = {}
        self._updating = False
        #: the curated chronology and the user's collections (shown when there are any)
        self.collections = CollectionList()
        self.collections.toggled.connect(self._emit)
        self._categories_layout = QVBoxLayout()
        self._categories_layout.setSpacing(2)
        self.only_notes = QCheckBox()
        self.only_notes.setObjectName("onlyWithNotes")
        self.exact_dates = QCheckBox()
        self.exact_dates.setObjectName("exactDatesOnly")
        self.confidence = QComboBox()
        self.confidence.setObjectName("minimumConfidence")
        for level in CONFIDENCE_ORDER:
            self.confidence.addItem(translate("FilterPanel", CONFIDENCE_LABELS[level]), level.value)
        self.reset_button = QPushButton()
        self.reset_button.setObjectName("resetFilters")
        self._confidence_label = QLabel()
        self._confidence_label.setBuddy(self.confidence)
        form = QFormLayout()
        form.addRow(self._confidence_label, self.confidence)
        layout = QVBoxLayout(self)
        layout.addWidget(self.collections)
        layout.addLayout(self._categories_layout)
        layout.addWidget(self.only_notes)
        layout.addWidget(self.exact_dates)
        layout.addLayout(form)
        layout.addWidget(self.reset_button)
        self.only_notes.toggled.connect(self._emit)
        self.exact_dates.toggled.connect(self._emit)
        self.confidence.currentIndexChanged.connect(self._emit)
        self.reset_button.clicked.connect(lambda: self.setFilter(EventFilter(), emit=True))
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the current language (the category counts too)."""
        self.setTitle(QCoreApplication.translate("FilterPanel", "Show"))
        self.setAccessibleName(QCoreApplication.translate("FilterPanel", "Filters and legend"))
        self.only_notes.setText(
            QCoreApplication.translate("FilterPanel", "Only events with my notes")
        )
        self.exact_dates.setText(QCoreApplication.translate("FilterPanel", "Exact dates only"))
        self.exact_dates.setToolTip(
            QCoreApplication.translate(
                "FilterPanel", "Hide events known only to the month or year, or approximately"
            )
        )
        for row, level in enumerate(CONFIDENCE_ORDER):
            self.confidence.setItemText(row, translate("FilterPanel", CONFIDENCE_LABELS[level]))
        self._confidence_label.setText(QCoreApplication.translate("FilterPanel", "Confidence:"))
        self.reset_button.setText(QCoreApplication.translate("FilterPanel", "Show all"))
        for category in self._categories:
            self._category_boxes[category.id].setText(self._category_text(category))

    def _category_text(self, category: Category) -> str:
        count = format_number(self._counts.get(category.id, 0))
        return QCoreApplication.translate("FilterPanel", "{category} ({count})").format(
            category=category.name, count=count
        )

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def setCategories(self, categories: Sequence[Category], counts: Mapping[str, int]) -> None:
        """One checkbox per category, with its colour and how many events it has."""
        for box in self._category_boxes.values():
            box.deleteLater()
        self._category_boxes.clear()
        self._categories, self._counts = list(categories), dict(counts)
        for category in categories:
            box = QCheckBox(self._category_text(category))
            box.setObjectName(f"category-{category.id}")
            box.setIcon(_swatch(category.colour))
            box.setChecked(category.id not in self._filter.hidden_categories)
            box.toggled.connect(self._emit)
            self._categories_layout.addWidget(box)
            self._category_boxes[category.id] = box

    def setCollections(self, entries: Sequence[CollectionEntry]) -> None:
        """One checkbox per collection (the curated chronology first), with its count."""
        self.collections.setEntries(entries, self._filter.hidden_collections)

    def collectionBox(self, collection_id: int) -> QCheckBox:
        """The checkbox of one collection (CURATED_COLLECTION: the curated chronology)."""
        return self.collections.box(collection_id)

    def renameCategories(self, categories: Sequence[Category]) -> None:
        """The same categories under new names (the reader's language changed): the boxes,
        their ticks and counts stay. Other categories than those shown are left to
        setCategories, which the events they come with set."""
        if [c.id for c in categories] != [c.id for c in self._categories]:
            return
        self._categories = list(categories)
        for category in self._categories:
            self._category_boxes[category.id].setText(self._category_text(category))

    def categoryBox(self, category_id: str) -> QCheckBox:
        """The checkbox of one category."""
        return self._category_boxes[category_id]

    def currentFilter(self) -> EventFilter:
        """The filter the controls show."""
        return self._filter

    def setFilter(self, event_filter: EventFilter, *, emit: bool = False) -> None:
        """Show ``event_filter`` in the controls."""
        self._updating = True
        for category_id, box in self._category_boxes.items():
            box.setChecked(category_id not in event_filter.hidden_categories)
        self.collections.setHiddenCollections(event_filter.hidden_collections)
        self.only_notes.setChecked(event_filter.only_with_notes)
        self.exact_dates.setChecked(event_filter.exact_dates_only)
        self.confidence.setCurrentIndex(CONFIDENCE_ORDER.index(event_filter.minimum_confidence))
        self._updating = False
        self._filter = event_filter
        if emit:
            self.filterChanged.emit(event_filter)

    def _emit(self) -> None:
        if self._updating:
            return
        hidden = frozenset(cid for cid, box in self._category_boxes.items() if not box.isChecked())
        self._filter = EventFilter(
            hidden_categories=hidden,
            only_with_notes=self.only_notes.isChecked(),
            exact_dates_only=self.exact_dates.isChecked(),
            minimum_confidence=Confidence(str(self.confidence.currentData())),
            hidden_collections=self.collections.hidden(),
        )
        self.filterChanged.emit(self._filter)
