"""Go ▸ Go to Date (Ctrl+G): type a year, a month or a day; the timeline shows it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from timeline_app.domain.date_query import (
    FIRST_YEAR,
    LAST_YEAR,
    DateQueryError,
    DateQueryProblem,
    parse_date_query,
)
from timeline_app.domain.dates import format_point
from timeline_app.domain.models import DatePrecision
from timeline_app.ui.translate import translate


def describe_date_error(error: DateQueryError) -> str:
    """Why a typed date means nothing, in the user's language, naming what was typed."""
    problem = error.problem
    if problem is DateQueryProblem.EMPTY:
        return translate(
            "GoToDateDialog",
            "Type a year, a month or a day, for example 2015, 08.2015 or 31.08.2015.",
        )
    if problem is DateQueryProblem.UNKNOWN_MONTH_NAME:
        return translate("GoToDateDialog", "{text}: “{word}” is not a month name.").format(
            text=error.text, word=error.word
        )
    if problem is DateQueryProblem.NO_SUCH_MONTH:
        return translate(
            "GoToDateDialog", "{text}: there is no month {month}; months go from 1 to 12."
        ).format(text=error.text, month=error.month)
    if problem is DateQueryProblem.NO_SUCH_DAY:
        month = format_point(date(error.year, error.month, 1), DatePrecision.MONTH)
        return translate("GoToDateDialog", "{text}: {month} has no day {day}.").format(
            text=error.text, month=month, day=error.day
        )
    if problem is DateQueryProblem.OUT_OF_RANGE:
        return translate(
            "GoToDateDialog", "{text}: {year} is outside the timeline ({first}–{last})."
        ).format(text=error.text, year=error.year, first=FIRST_YEAR, last=LAST_YEAR)
    return translate(
        "GoToDateDialog",
        "“{text}” is not a date I understand. Try 2015, 2015-08, 08.2015, August 2015, "
        "2015-08-31, 31.08.2015 or 31/08/2015.",
    ).format(text=error.text)


class GoToDateDialog(QDialog):
    """A small non-modal dialog; errors are explained in place, the text stays."""

    #: (date, date): the days to show
    rangeChosen = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goToDateDialog")
        #: the problem shown under the text (None: none)
        self._problem: DateQueryError | None = None
        self._build_ui()
        self._connect_signals()
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the language now in force, the problem shown included."""
        self.setWindowTitle(translate("GoToDateDialog", "Go to Date"))
        self.hint.setText(
            translate(
                "GoToDateDialog",
                "A year, a month or a day between {first} and {last}, for example 2015, "
                "2015-08, 08.2015, August 2015, 2015-08-31, 31.08.2015 or 31/08/2015 "
                "(day first):",
            ).format(first=FIRST_YEAR, last=LAST_YEAR)
        )
        self.edit.setPlaceholderText(translate("GoToDateDialog", "e.g. 31.08.2015"))
        self.go_button.setText(translate("GoToDateDialog", "Go"))
        if self._problem is not None:
            self.error.setText(self.describeError(self._problem))

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _build_ui(self) -> None:
        self.setMinimumWidth(380)
        self.hint = hint = QLabel()
        hint.setObjectName("goToDateHint")
        hint.setWordWrap(True)
        self.edit = QLineEdit()
        self.edit.setObjectName("goToDateEdit")
        self.error = QLabel()
        self.error.setObjectName("goToDateError")
        self.error.setWordWrap(True)
        self.error.hide()
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        # A button of its own, not the standard OK: the box would name that "OK" again
        # whenever the language changes.
        self.go_button = QPushButton()
        self.go_button.setObjectName("goToDateGo")
        self._buttons.addButton(self.go_button, QDialogButtonBox.ButtonRole.AcceptRole)
        # A button with autoDefault becomes the default when it takes focus, and stays so:
        # one click on Cancel would make every later Enter cancel instead of go.
        self._button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self._make_go_the_default()
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(hint)
        self._layout.addWidget(self.edit)
        self._layout.addWidget(self.error)
        self._layout.addStretch(1)
        self._layout.addWidget(self._buttons)

    def _connect_signals(self) -> None:
        self._buttons.accepted.connect(self._accept)
        self._buttons.rejected.connect(self.reject)

    # ----- public slots -----

    def chosenRange(self) -> tuple[date, date] | None:
        """What the current text means, or None when it means nothing."""
        try:
            return parse_date_query(self.edit.text())
        except DateQueryError:
            return None

    def describeError(self, error: DateQueryError) -> str:
        """The problem in the user's language, naming what was typed."""
        return describe_date_error(error)

    # ----- internals -----

    def _button(self, which: QDialogButtonBox.StandardButton) -> QPushButton:
        button = self._buttons.button(which)
        assert button is not None  # created in _build_ui
        return button

    def _make_go_the_default(self) -> None:
        self.go_button.setAutoDefault(False)
        self.go_button.setDefault(True)

    def _accept(self) -> None:
        try:
            first, last = parse_date_query(self.edit.text())
        except DateQueryError as error:
            self._problem = error
            self._show_error(self.describeError(error))
            self.edit.setFocus()
            return
        self._problem = None
        self.error.hide()
        self.rangeChosen.emit(first, last)
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        # A top-level dialog keeps its size when a wrapped label appears in it: grow to fit,
        # or the end of the explanation would be cut off.
        self._layout.activate()
        needed = max(self.heightForWidth(self.width()), self._layout.minimumSize().height())
        if needed > self.height():
            self.resize(self.width(), needed)

    # ----- Qt overrides -----

    @override
    def showEvent(self, event: QShowEvent) -> None:
        # Re-asserted on every show: nothing that happened while hidden may change what Enter does.
        self._make_go_the_default()
        super().showEvent(event)
