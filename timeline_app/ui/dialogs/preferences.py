"""Preferences: theme, detail text size, what to show at start, animations, and where the
database lives (with Move…). Every choice applies at once; the window remembers it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from timeline_app.ui.preference_values import StartView, TextSize
from timeline_app.ui.theme import Appearance

#: Moves the database to the given file; returns None when done, else why not (one sentence).
MoveDatabase = Callable[[Path], "str | None"]


@dataclass(frozen=True, slots=True)
class PreferenceValues:
    """What the dialog shows when it opens."""

    appearance: Appearance
    text_size: TextSize
    start_view: StartView
    animate: bool
    database_path: Path
    #: False for a database opened read-only: it is shown, never moved
    can_move: bool = True


class PreferencesDialog(QDialog):
    """Non-modal; each change is emitted at once, so the window applies and remembers it."""

    #: Appearance: the theme chosen
    appearanceChosen = Signal(object)
    #: TextSize: the detail pane's text size chosen
    textSizeChosen = Signal(object)
    #: StartView: what to show at the next start
    startViewChosen = Signal(object)
    #: bool: animations on or off
    animationsToggled = Signal(bool)

    def __init__(
        self, values: PreferenceValues, move: MoveDatabase, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._move = move
        self._build_ui(values)
        self._connect_signals()

    def _build_ui(self, values: PreferenceValues) -> None:
        self.theme = self._combo(
            {
                Appearance.SYSTEM: self.tr("As the system"),
                Appearance.LIGHT: self.tr("Light"),
                Appearance.DARK: self.tr("Dark"),
            },
            values.appearance,
        )
        self.text_size = self._combo(
            {
                TextSize.SMALL: self.tr("Small"),
                TextSize.NORMAL: self.tr("Normal"),
                TextSize.LARGE: self.tr("Large"),
                TextSize.LARGER: self.tr("Larger"),
            },
            values.text_size,
        )
        self.start_view = self._combo(
            {
                StartView.EVERYTHING: self.tr("The whole period"),
                StartView.LAST_VIEW: self.tr("The last view"),
                StartView.LAST_EVENT: self.tr("The last event selected"),
            },
            values.start_view,
        )
        self.animate = QCheckBox(self.tr("Animate zoom and pan"))
        self.animate.setChecked(values.animate)
        self.database_path = QLineEdit(str(values.database_path))
        self.database_path.setReadOnly(True)
        self.database_path.setAccessibleName(self.tr("Database file"))
        self.move_button = QPushButton(self.tr("Move…"))
        self.move_button.setEnabled(values.can_move)
        self.move_button.setToolTip(self.tr("Copy the database to another place and use it there"))
        self.move_message = QLabel()
        self.move_message.setWordWrap(True)
        self.move_message.hide()
        where = QHBoxLayout()
        where.addWidget(self.database_path, 1)
        where.addWidget(self.move_button)
        form = QFormLayout()
        form.addRow(self.tr("&Theme:"), self.theme)
        form.addRow(self.tr("Detail &text size:"), self.text_size)
        form.addRow(self.tr("At &start show:"), self.start_view)
        form.addRow("", self.animate)
        form.addRow(self.tr("Database:"), where)
        form.addRow("", self.move_message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        self.setMinimumWidth(560)  # wide enough for a typical database path
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _combo(self, items: dict[Enum, str], current: Enum) -> QComboBox:
        combo = QComboBox()
        for value, text in items.items():
            combo.addItem(text, value)
        combo.setCurrentIndex(list(items).index(current))
        return combo

    def _connect_signals(self) -> None:
        for combo, signal in (
            (self.theme, self.appearanceChosen),
            (self.text_size, self.textSizeChosen),
            (self.start_view, self.startViewChosen),
        ):
            combo.currentIndexChanged.connect(
                lambda _index, c=combo, s=signal: s.emit(c.currentData())
            )
        self.animate.toggled.connect(self.animationsToggled)
        self.move_button.clicked.connect(self._choose_target)

    def moveDatabaseTo(self, target: Path) -> str | None:
        """Move the database to ``target``; shows and returns why not, or None when moved."""
        self.move_button.setEnabled(False)
        try:
            problem = self._move(target)
        finally:
            self.move_button.setEnabled(True)
        if problem is None:
            self.database_path.setText(str(target))
            self.move_message.setText(
                self.tr("Moved. The database is now {path}.").format(path=target)
            )
        else:
            self.move_message.setText(problem)
        self.move_message.show()
        self.adjustSize()  # room for the message just shown
        return problem

    def _choose_target(self) -> None:
        current = Path(self.database_path.text())
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Move the Database To"),
            str(current),
            self.tr("SQLite databases (*.sqlite3 *.sqlite *.db)"),
            options=QFileDialog.Option.DontConfirmOverwrite,  # an existing file is refused
        )
        if chosen:
            self.moveDatabaseTo(Path(chosen))
