"""File ▸ Export Timeline Image: the format (PNG, SVG, PDF), the range (the visible one or two
typed dates), the size, light or dark, and for a PDF the paper and how many pages it makes.

The dialog gets plain values and says what was chosen (``exportRequested``); the window's
controller asks for the file and writes it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import pairwise

from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from timeline_app.domain.date_query import DateQueryError, parse_date_span
from timeline_app.domain.dates import format_point
from timeline_app.domain.models import DatePrecision
from timeline_app.ui.dialogs.go_to_date import describe_date_error
from timeline_app.ui.figure.options import MAX_HEIGHT, MAX_WIDTH, FigureFormat, FigureOptions
from timeline_app.ui.plural import tr
from timeline_app.ui.translate import translate

#: The narrowest picture offered (px).
MIN_WIDTH = 100
#: The page sizes offered, by the name FigureOptions takes.
PAGE_SIZES = ("A4", "Letter")


def default_page_size() -> str:
    """Letter where the locale measures the US way, A4 everywhere else."""
    us = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "Letter" if us else "A4"


class ExportImageDialog(QDialog):
    """Asks how to draw the timeline; Export… emits ``exportRequested`` (the dialog stays open
    until the controller ``accept()``s it, so a failed or cancelled export can be retried)."""

    #: (FigureFormat, FigureOptions): Export… was pressed with valid fields
    exportRequested = Signal(object, object)

    def __init__(
        self,
        visible: tuple[date, date],
        pages_of: Callable[[FigureOptions], int],
        *,
        figure_format: FigureFormat = FigureFormat.PNG,
        width: int = 1600,
        dark: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportImageDialog")
        self._visible, self._pages_of = visible, pages_of
        self._build_ui()
        self.format_combo.setCurrentIndex(list(FigureFormat).index(figure_format))
        self.width_spin.setValue(min(max(width, MIN_WIDTH), MAX_WIDTH))
        self.appearance_combo.setCurrentIndex(1 if dark else 0)
        self.size_combo.setCurrentIndex(PAGE_SIZES.index(default_page_size()))
        self.from_edit.setText(visible[0].isoformat())
        self.to_edit.setText(visible[1].isoformat())
        self._connect_signals()
        self.retranslate()
        self._update()

    def _build_ui(self) -> None:
        def labelled(widget: QWidget) -> QLabel:
            label = QLabel()
            label.setBuddy(widget)
            return label

        self.format_combo = self._combo("imageFormatCombo", 3)
        self.visible_radio = QRadioButton()
        self.visible_radio.setObjectName("visibleRangeRadio")
        self.visible_radio.setChecked(True)
        self.chosen_radio = QRadioButton()
        self.chosen_radio.setObjectName("chosenRangeRadio")
        self._ranges = QButtonGroup(self)
        self._ranges.addButton(self.visible_radio)
        self._ranges.addButton(self.chosen_radio)
        self.from_edit, self.to_edit = QLineEdit(), QLineEdit()
        self.from_edit.setObjectName("rangeFromEdit")
        self.to_edit.setObjectName("rangeToEdit")
        self.range_error = QLabel()
        self.range_error.setObjectName("rangeErrorLabel")
        self.range_error.setWordWrap(True)
        self.range_error.hide()
        self.width_spin = QSpinBox()
        self.width_spin.setObjectName("imageWidthSpin")
        self.width_spin.setRange(MIN_WIDTH, MAX_WIDTH)
        self.width_spin.setSingleStep(100)
        self.height_spin = QSpinBox()
        self.height_spin.setObjectName("imageHeightSpin")
        self.height_spin.setRange(0, MAX_HEIGHT)  # 0: "automatic" (chosen from the width)
        self.height_spin.setSingleStep(100)
        self.appearance_combo = self._combo("imageAppearanceCombo", 2)
        self.orientation_combo = self._combo("pageOrientationCombo", 2)
        self.size_combo = self._combo("pageSizeCombo", 2)
        self.page_count = QLabel()
        self.page_count.setObjectName("pageCountLabel")
        self.page_count.setWordWrap(True)
        self._labels = {
            "format": labelled(self.format_combo),
            "from": labelled(self.from_edit),
            "to": labelled(self.to_edit),
            "width": labelled(self.width_spin),
            "height": labelled(self.height_spin),
            "appearance": labelled(self.appearance_combo),
            "orientation": labelled(self.orientation_combo),
            "size": labelled(self.size_combo),
        }
        self._range_label = QLabel()
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportImageButton")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel is not None  # made just above
        cancel.setAutoDefault(False)
        self.export_button.setDefault(True)
        self._lay_out()

    def _combo(self, name: str, items: int) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for _ in range(items):
            combo.addItem("")  # named in retranslate()
        return combo

    def _lay_out(self) -> None:
        labels = self._labels
        dates = QGridLayout()
        dates.setContentsMargins(24, 0, 0, 0)
        dates.addWidget(labels["from"], 0, 0)
        dates.addWidget(self.from_edit, 0, 1)
        dates.addWidget(labels["to"], 0, 2)
        dates.addWidget(self.to_edit, 0, 3)
        form = QFormLayout()
        form.addRow(labels["format"], self.format_combo)
        form.addRow(self._range_label, self.visible_radio)
        form.addRow("", self.chosen_radio)
        form.addRow("", dates)
        form.addRow("", self.range_error)
        for name, field in (
            ("width", self.width_spin),
            ("height", self.height_spin),
            ("appearance", self.appearance_combo),
            ("orientation", self.orientation_combo),
            ("size", self.size_combo),
        ):
            form.addRow(labels[name], field)
        form.addRow("", self.page_count)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        order = [
            self.format_combo,
            self.visible_radio,
            self.chosen_radio,
            self.from_edit,
            self.to_edit,
            self.width_spin,
            self.height_spin,
            self.appearance_combo,
            self.orientation_combo,
            self.size_combo,
            self.export_button,
        ]
        for before, after in pairwise(order):
            QWidget.setTabOrder(before, after)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._export)
        self.buttons.rejected.connect(self.reject)
        for combo in (self.format_combo, self.orientation_combo, self.size_combo):
            combo.currentIndexChanged.connect(self._update)
        self.width_spin.valueChanged.connect(self._update)
        self.chosen_radio.toggled.connect(self._update)
        self.from_edit.textChanged.connect(self._update)
        self.to_edit.textChanged.connect(self._update)

    # ----- public slots -----

    def figureFormat(self) -> FigureFormat:
        """The format chosen."""
        return list(FigureFormat)[max(self.format_combo.currentIndex(), 0)]

    def rangeProblem(self) -> str | None:
        """Why the typed range cannot be drawn, naming the field (None: it can, or the visible
        range is chosen)."""
        return self._chosen_range()[1]

    def options(self) -> FigureOptions | None:
        """What to draw, or None while the range is wrong."""
        chosen, problem = self._chosen_range()
        if problem is not None or chosen is None:
            return None
        first, last = chosen
        height = self.height_spin.value()
        return FigureOptions(
            first=first,
            last=last,
            width=self.width_spin.value(),
            height=height if height and self.figureFormat() is not FigureFormat.PDF else None,
            dark=self.appearance_combo.currentIndex() == 1,
            landscape=self.orientation_combo.currentIndex() == 0,
            page_size=PAGE_SIZES[max(self.size_combo.currentIndex(), 0)],
        )

    def retranslate(self) -> None:
        """Set every text in the language in force."""
        self.setWindowTitle(translate("ExportImageDialog", "Export Timeline Image"))
        names = (
            translate("ExportImageDialog", "PNG image"),
            translate("ExportImageDialog", "SVG image"),
            translate("ExportImageDialog", "PDF document"),
        )
        for index, name in enumerate(names):
            self.format_combo.setItemText(index, name)
        self.appearance_combo.setItemText(0, translate("ExportImageDialog", "Light"))
        self.appearance_combo.setItemText(1, translate("ExportImageDialog", "Dark"))
        self.orientation_combo.setItemText(0, translate("ExportImageDialog", "Landscape"))
        self.orientation_combo.setItemText(1, translate("ExportImageDialog", "Portrait"))
        self.size_combo.setItemText(0, "A4")
        self.size_combo.setItemText(1, translate("ExportImageDialog", "Letter"))
        texts = {
            "format": translate("ExportImageDialog", "&Format:"),
            "from": translate("ExportImageDialog", "F&rom:"),
            "to": translate("ExportImageDialog", "&To:"),
            "width": translate("ExportImageDialog", "&Width:"),
            "height": translate("ExportImageDialog", "&Height:"),
            "appearance": translate("ExportImageDialog", "&Appearance:"),
            "orientation": translate("ExportImageDialog", "&Orientation:"),
            "size": translate("ExportImageDialog", "Page &size:"),
        }
        for name, text in texts.items():
            self._labels[name].setText(text)
        self._range_label.setText(translate("ExportImageDialog", "Range:"))
        first, last = (format_point(day, DatePrecision.DAY) for day in self._visible)
        self.visible_radio.setText(
            translate("ExportImageDialog", "The &visible range, {first} – {last}").format(
                first=first, last=last
            )
        )
        self.chosen_radio.setText(translate("ExportImageDialog", "From one date to a&nother:"))
        placeholder = translate("ExportImageDialog", "e.g. 2010, May 2010 or 31.08.2015")
        self.from_edit.setPlaceholderText(placeholder)
        self.to_edit.setPlaceholderText(placeholder)
        for spin in (self.width_spin, self.height_spin):
            spin.setSuffix(translate("ExportImageDialog", " px"))
        self.height_spin.setSpecialValueText(translate("ExportImageDialog", "Automatic"))
        self.width_spin.setToolTip(
            translate(
                "ExportImageDialog",
                "The picture's width; for a PDF, the width each page is laid out at "
                "(wider puts more on a page, in smaller print).",
            )
        )
        self.export_button.setText(translate("ExportImageDialog", "&Export…"))
        self._update()

    # ----- internals -----

    def _chosen_range(self) -> tuple[tuple[date, date] | None, str | None]:
        if not self.chosen_radio.isChecked():
            return self._visible, None
        ends: list[date] = []
        for edit, which, field in (
            (self.from_edit, 0, translate("ExportImageDialog", "From")),
            (self.to_edit, 1, translate("ExportImageDialog", "To")),
        ):
            try:
                ends.append(parse_date_span(edit.text())[which])
            except DateQueryError as error:
                problem = describe_date_error(error)
                return None, translate("ExportImageDialog", "{field}: {problem}").format(
                    field=field, problem=problem
                )
        first, last = ends
        if last < first:
            return None, translate(
                "ExportImageDialog", "To: {last} is before the first day, {first}."
            ).format(
                last=format_point(last, DatePrecision.DAY),
                first=format_point(first, DatePrecision.DAY),
            )
        return (first, last), None

    def _update(self) -> None:
        pdf = self.figureFormat() is FigureFormat.PDF
        chosen = self.chosen_radio.isChecked()
        for field in (self.from_edit, self.to_edit):
            field.setEnabled(chosen)
        self.height_spin.setEnabled(not pdf)
        for combo in (self.orientation_combo, self.size_combo):
            combo.setEnabled(pdf)
        problem = self.rangeProblem()
        self.range_error.setText(problem or "")
        self.range_error.setVisible(problem is not None)
        self.export_button.setEnabled(problem is None)
        options = self.options()
        self.page_count.setVisible(pdf)
        if pdf and options is not None:
            pages = tr("%n timeline pages", "", self._pages_of(options))
            self.page_count.setText(
                translate("ExportImageDialog", "{pages}, then the list of sources").format(
                    pages=pages
                )
            )
        elif pdf:
            self.page_count.setText("")

    def _export(self) -> None:
        options = self.options()
        if options is not None:
            self.exportRequested.emit(self.figureFormat(), options)

    # ----- Qt overrides -----

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
