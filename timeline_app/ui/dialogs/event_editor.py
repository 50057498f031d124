"""The dialog that writes one of the user's own events: title, dates, precision, category (an
existing one or a new one with its colour), description, places and a source link.

Nothing is stored here: ``accept`` checks what was typed and keeps it as ``value`` (an
OwnEventInput) for the caller; a problem is shown below the form, naming the field, and the
cursor goes to that field.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from timeline_app.domain.collections import CATEGORY_PALETTE, NewCategory, OwnEventInput
from timeline_app.domain.models import Category, DatePrecision, Place
from timeline_app.ui.dialogs.written_dates import (
    DateProblemError,
    parse_written_date,
    written_date,
    written_precision,
)
from timeline_app.ui.translate import translate

_PRECISIONS = (DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR)
_W = TypeVar("_W", bound=QWidget)


def _named(widget: _W, name: str) -> _W:
    widget.setObjectName(name)
    return widget


@dataclass(frozen=True, slots=True)
class EventValues:
    """What the form shows when it opens (an event being edited, or a new one's date)."""

    title: str = ""
    start: date | None = None
    end: date | None = None
    precision: DatePrecision = DatePrecision.DAY
    approximate: bool = False
    category_id: str = ""
    description: str = ""
    place_ids: tuple[str, ...] = ()
    source_url: str = ""
    time_of_day: str = ""


class _ProblemError(Exception):
    def __init__(self, widget: QWidget, message: str) -> None:
        super().__init__(message)
        self.widget = widget


class EventEditor(QDialog):
    """New Event / Edit Event: a form; OK keeps what was typed as ``value`` when it is good."""

    def __init__(
        self,
        categories: Sequence[Category],
        places: Sequence[Place],
        values: EventValues | None = None,
        *,
        editing: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("eventEditor")
        self._editing = editing
        self._values = values or EventValues()
        self._colour = QColor(CATEGORY_PALETTE[len(categories) % len(CATEGORY_PALETTE)])
        #: what OK kept (None until the form was accepted)
        self.value: OwnEventInput | None = None
        self.title = self._line("eventTitle")
        self.start = self._line("eventStart")
        self.end = self._line("eventEnd")
        self.precision = _named(QComboBox(), "eventPrecision")
        for precision in _PRECISIONS:
            self.precision.addItem("", precision)
        self.approximate = _named(QCheckBox(), "eventApproximate")
        self.category = _named(QComboBox(), "eventCategory")
        for category in categories:
            self.category.addItem(category.name, category.id)
        self.category.addItem("", "")  # "New category…"
        self.new_name = self._line("newCategoryName")
        self.colour_button = _named(QPushButton(), "newCategoryColour")
        self.colour_button.setAutoDefault(False)
        self.colour_button.clicked.connect(self.chooseColour)
        self.description = _named(QPlainTextEdit(), "eventDescription")
        self.description.setTabChangesFocus(True)
        self.places = _named(QListWidget(), "eventPlaces")
        for place in places:
            item = QListWidgetItem(
                f"{place.name}, {place.country}" if place.country else place.name
            )
            item.setData(Qt.ItemDataRole.UserRole, place.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.places.addItem(item)
        self.source_url = self._line("eventSourceUrl")
        self.problem = _named(QLabel(), "eventProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c5221f;")
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self._fill(self._values)
        self.start.textEdited.connect(self._follow_written_precision)
        self.category.currentIndexChanged.connect(self._show_new_category)
        self._show_new_category()
        self.retranslate()

    @staticmethod
    def _line(name: str) -> QLineEdit:
        return _named(QLineEdit(), name)

    def _lay_out(self) -> None:
        self._form = form = QFormLayout()
        dates = QHBoxLayout()
        for widget in (self.start, self.end, self.precision, self.approximate):
            dates.addWidget(widget)
        new_category = QHBoxLayout()
        new_category.addWidget(self.new_name)
        new_category.addWidget(self.colour_button)
        self._new_category_row = QWidget()
        self._new_category_row.setLayout(new_category)
        new_category.setContentsMargins(0, 0, 0, 0)
        self._labels = [QLabel() for _ in range(7)]
        rows: list[QWidget | QHBoxLayout] = [
            self.title,
            dates,
            self.category,
            self._new_category_row,
            self.description,
            self.places,
            self.source_url,
        ]
        for label, field in zip(self._labels, rows, strict=True):
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for first, second in zip(self._tab_order(), self._tab_order()[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _tab_order(self) -> list[QWidget]:
        return [
            self.title,
            self.start,
            self.end,
            self.precision,
            self.approximate,
            self.category,
            self.new_name,
            self.colour_button,
            self.description,
            self.places,
            self.source_url,
            self.buttons,
        ]

    def _fill(self, values: EventValues) -> None:
        self.title.setText(values.title)
        self.precision.setCurrentIndex(_PRECISIONS.index(values.precision))
        if values.start is not None:
            self.start.setText(written_date(values.start, values.precision))
        if values.end is not None:
            self.end.setText(written_date(values.end, values.precision))
        self.approximate.setChecked(values.approximate)
        found = self.category.findData(values.category_id) if values.category_id else 0
        self.category.setCurrentIndex(max(found, 0))
        self.description.setPlainText(values.description)
        for row in range(self.places.count()):
            item = self.places.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in values.place_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.source_url.setText(values.source_url)

    def retranslate(self) -> None:
        """Set the texts in the language now in force."""
        self.setWindowTitle(
            translate("EventEditor", "Edit Event")
            if self._editing
            else translate("EventEditor", "New Event")
        )
        texts = (
            translate("EventEditor", "&Title:"),
            translate("EventEditor", "&Start / end:"),
            translate("EventEditor", "&Category:"),
            translate("EventEditor", "New category:"),
            translate("EventEditor", "&Description:"),
            translate("EventEditor", "&Places:"),
            translate("EventEditor", "Source &URL:"),
        )
        buddies = (self.title, self.start, self.category, self.new_name)
        for label, text, buddy in zip(
            self._labels,
            texts,
            (*buddies, self.description, self.places, self.source_url),
            strict=True,
        ):
            label.setText(text)
            label.setBuddy(buddy)
        for index, text in enumerate(
            (
                translate("EventEditor", "Day"),
                translate("EventEditor", "Month"),
                translate("EventEditor", "Year"),
            )
        ):
            self.precision.setItemText(index, text)
        self.precision.setAccessibleName(translate("EventEditor", "Date precision"))
        self.start.setPlaceholderText(translate("EventEditor", "YYYY-MM-DD"))
        self.start.setAccessibleName(translate("EventEditor", "Start"))
        self.end.setPlaceholderText(translate("EventEditor", "End (optional)"))
        self.end.setAccessibleName(translate("EventEditor", "End"))
        self.approximate.setText(translate("EventEditor", "&Approximate"))
        self.category.setItemText(
            self.category.count() - 1, translate("EventEditor", "New category…")
        )
        self.new_name.setPlaceholderText(translate("EventEditor", "Name of the new category"))
        self.colour_button.setText(translate("EventEditor", "C&olour…"))
        self.colour_button.setAccessibleName(translate("EventEditor", "Colour of the new category"))
        self.places.setAccessibleName(translate("EventEditor", "Places (optional)"))
        self.source_url.setPlaceholderText(translate("EventEditor", "https://…"))
        self._show_colour()

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def chooseColour(self) -> None:
        """Pick the new category's colour."""
        chosen = QColorDialog.getColor(
            self._colour, self, translate("EventEditor", "Colour of the new category")
        )
        if chosen.isValid():
            self._colour = chosen
            self._show_colour()

    def newCategoryColour(self) -> str:
        """The new category's colour, "#rrggbb"."""
        return self._colour.name()

    def _show_colour(self) -> None:
        self.colour_button.setStyleSheet(f"border-left: 12px solid {self._colour.name()};")

    def _show_new_category(self) -> None:
        self._new_category_row.setVisible(self.category.currentData() == "")
        self._labels[3].setVisible(self.category.currentData() == "")

    def _follow_written_precision(self, text: str) -> None:
        """Typing "1995" means a year, "1995-03" a month: the precision follows."""
        precision = written_precision(text)
        if precision is not None:
            self.precision.setCurrentIndex(_PRECISIONS.index(precision))

    def problemText(self) -> str:
        """The problem shown below the form ("" when none)."""
        return self.problem.text() if not self.problem.isHidden() else ""

    @override
    def accept(self) -> None:
        try:
            self.value = self._read()
        except _ProblemError as problem:
            self.problem.setText(str(problem))
            self.problem.show()
            problem.widget.setFocus()
            return
        self.problem.hide()
        super().accept()

    def _read(self) -> OwnEventInput:
        title = self.title.text().strip()
        if not title:
            raise _ProblemError(
                self.title, translate("EventEditor", "Title: an event needs a title.")
            )
        precision = DatePrecision(self.precision.currentData())
        start_name, end_name = translate("EventEditor", "Start"), translate("EventEditor", "End")
        if not self.start.text().strip():
            message = translate("EventEditor", "Start: an event needs a start date.")
            raise _ProblemError(self.start, message)
        try:
            start = parse_written_date(self.start.text(), precision, start_name)
        except DateProblemError as error:
            raise _ProblemError(self.start, str(error)) from None
        end = None
        if self.end.text().strip():
            try:
                end = parse_written_date(self.end.text(), precision, end_name)
            except DateProblemError as error:
                raise _ProblemError(self.end, str(error)) from None
            if end < start:
                message = translate("EventEditor", "End: the end is before the start.")
                raise _ProblemError(self.end, message)
        new_category = None
        category_id = str(self.category.currentData())
        if not category_id:
            name = self.new_name.text().strip()
            if not name:
                message = translate("EventEditor", "Category: the new category needs a name.")
                raise _ProblemError(self.new_name, message)
            new_category = NewCategory(name, self._colour.name())
        url = self.source_url.text().strip()
        if url and not _is_web_address(url):
            message = translate(
                "EventEditor", "Source URL: give a web address starting with http:// or https://."
            )
            raise _ProblemError(self.source_url, message)
        places = tuple(
            str(self.places.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.places.count())
            if self.places.item(row).checkState() == Qt.CheckState.Checked
        )
        return OwnEventInput(
            title=title,
            start=start,
            end=end,
            precision=precision,
            approximate=self.approximate.isChecked(),
            category_id=category_id,
            new_category=new_category,
            description=self.description.toPlainText().strip(),
            place_ids=places,
            source_url=url,
            time_of_day=self._values.time_of_day,
        )


def _is_web_address(text: str) -> bool:
    """True for an http or https address with a host."""
    url = QUrl(text, QUrl.ParsingMode.StrictMode)
    return url.isValid() and url.scheme() in ("http", "https") and bool(url.host())
