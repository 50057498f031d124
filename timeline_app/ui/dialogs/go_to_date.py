"""Go ▸ Go to Date (Ctrl+G): type a year, a month or a day; the timeline shows it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from timeline_app.domain.date_query import DateQueryError, parse_date_query


class GoToDateDialog(QDialog):
    """A small non-modal dialog; errors are explained in place, the text stays."""

    #: (date, date): the days to show
    rangeChosen = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goToDateDialog")
        self.setWindowTitle("Go to Date")
        self.edit = QLineEdit()
        self.edit.setObjectName("goToDateEdit")
        self.edit.setPlaceholderText("2015, 2015-08, August 2015 or 2015-08-31")
        self.error = QLabel()
        self.error.setObjectName("goToDateError")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Year, month or day between 1992 and 2024:"))
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        try:
            first, last = parse_date_query(self.edit.text())
        except DateQueryError as error:
            self.error.setText(str(error))
            self.error.show()
            self.edit.setFocus()
            return
        self.error.hide()
        self.rangeChosen.emit(first, last)
        self.accept()

    def chosenRange(self) -> tuple[date, date] | None:
        """What the current text means, or None when it means nothing."""
        try:
            return parse_date_query(self.edit.text())
        except DateQueryError:
            return None
