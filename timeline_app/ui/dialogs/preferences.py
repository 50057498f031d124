"""Preferences: theme, detail text size, what to show at start, animations, the interface
language, and where the database lives (with Move…). Every choice applies at once; the window
remembers it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
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
from typing_extensions import override

from timeline_app.desktop.language import LANGUAGE_NAMES, LANGUAGES, current_language
from timeline_app.ui.preference_values import StartView, TextSize
from timeline_app.ui.theme import Appearance
from timeline_app.ui.translate import translate

#: Moves the database to the given file; returns None when done, else why not (one sentence).
MoveDatabase = Callable[[Path], "str | None"]


@dataclass(frozen=True, slots=True)
class PreferenceValues:
    """What the dialog shows when it opens."""

    appearance: Appearance
    text_size: TextSize
    start_view: StartView
    animate: bool
    #: The file, or a server store's URL (password masked)
    database_path: Path | str
    #: False for a database opened read-only: it is shown, never moved
    can_move: bool = True

    @property
    def on_server(self) -> bool:
        """A server store: its administrator moves it, never this dialog."""
        return isinstance(self.database_path, str)


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
    #: str: the interface language chosen (a code of LANGUAGES)
    languageChosen = Signal(str)

    def __init__(
        self, values: PreferenceValues, move: MoveDatabase, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self._move = move
        #: where Move… last put the database (None: not moved)
        self._moved_to: Path | None = None
        self._build_ui(values)
        self._connect_signals()
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the language now in force; the language combo follows it."""
        self.setWindowTitle(translate("PreferencesDialog", "Preferences"))
        for combo, texts in (
            (
                self.theme,
                [
                    translate("PreferencesDialog", "As the system"),
                    translate("PreferencesDialog", "Light"),
                    translate("PreferencesDialog", "Dark"),
                ],
            ),
            (
                self.text_size,
                [
                    translate("PreferencesDialog", "Small"),
                    translate("PreferencesDialog", "Normal"),
                    translate("PreferencesDialog", "Large"),
                    translate("PreferencesDialog", "Larger"),
                ],
            ),
            (
                self.start_view,
                [
                    translate("PreferencesDialog", "The whole period"),
                    translate("PreferencesDialog", "The last view"),
                    translate("PreferencesDialog", "The last event selected"),
                ],
            ),
        ):
            for index, text in enumerate(texts):
                combo.setItemText(index, text)
        for label, text in zip(
            self._labels,
            (
                translate("PreferencesDialog", "&Theme:"),
                translate("PreferencesDialog", "&Detail text size:"),
                translate("PreferencesDialog", "At &start show:"),
                translate("PreferencesDialog", "&Language:"),
                translate("PreferencesDialog", "Database:"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.animate.setText(translate("PreferencesDialog", "Animate zoom and pan"))
        self.database_path.setAccessibleName(translate("PreferencesDialog", "Database file"))
        self.move_button.setText(translate("PreferencesDialog", "Move…"))
        self.move_button.setToolTip(
            translate("PreferencesDialog", "Copy the database to another place and use it there")
        )
        if self._on_server:
            self.move_message.setText(
                translate(
                    "PreferencesDialog",
                    "Move… applies to local files only: a server store is moved by its "
                    "administrator (pg_dump).",
                )
            )
        if self._moved_to is not None:
            self.move_message.setText(
                translate("PreferencesDialog", "Moved. The database is now {path}.").format(
                    path=self._moved_to
                )
            )
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(self.language.findData(current_language()), 0))
        self.language.blockSignals(False)

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _build_ui(self, values: PreferenceValues) -> None:
        self.theme = self._combo(list(Appearance), values.appearance)
        self.text_size = self._combo(list(TextSize), values.text_size)
        self.start_view = self._combo(list(StartView), values.start_view)
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)  # each named in itself
        self.animate = QCheckBox()
        self.animate.setChecked(values.animate)
        self.database_path = QLineEdit(str(values.database_path))
        self.database_path.setReadOnly(True)
        self.move_button = QPushButton()
        self.move_button.setEnabled(values.can_move and not values.on_server)
        self.move_message = QLabel()
        self.move_message.setWordWrap(True)
        self.move_message.setObjectName("moveMessage")
        self._on_server = values.on_server
        self.move_message.setVisible(values.on_server)
        where = QHBoxLayout()
        where.addWidget(self.database_path, 1)
        where.addWidget(self.move_button)
        self._labels = [QLabel() for _ in range(5)]
        for label, buddy in zip(
            self._labels,
            (self.theme, self.text_size, self.start_view, self.language, self.database_path),
            strict=True,
        ):
            label.setBuddy(buddy)
        form = QFormLayout()
        form.addRow(self._labels[0], self.theme)
        form.addRow(self._labels[1], self.text_size)
        form.addRow(self._labels[2], self.start_view)
        form.addRow("", self.animate)
        form.addRow(self._labels[3], self.language)
        form.addRow(self._labels[4], where)
        form.addRow("", self.move_message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        self.setMinimumWidth(560)  # wide enough for a typical database path
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _combo(self, items: list[Enum], current: Enum) -> QComboBox:
        """A combo box of ``items`` (texts set by ``retranslate``), showing ``current``."""
        combo = QComboBox()
        for value in items:
            combo.addItem("", value)
        combo.setCurrentIndex(items.index(current))
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
        self.language.currentIndexChanged.connect(
            lambda _index: self.languageChosen.emit(str(self.language.currentData()))
        )
        self.move_button.clicked.connect(self._choose_target)

    def moveDatabaseTo(self, target: Path) -> str | None:
        """Move the database to ``target``; shows and returns why not, or None when moved."""
        self.move_button.setEnabled(False)
        try:
            problem = self._move(target)
        finally:
            self.move_button.setEnabled(True)
        if problem is None:
            self._moved_to = target
            self.database_path.setText(str(target))
            self.move_message.setText(
                translate("PreferencesDialog", "Moved. The database is now {path}.").format(
                    path=target
                )
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
            translate("PreferencesDialog", "Move the Database To"),
            str(current),
            translate("PreferencesDialog", "SQLite databases (*.sqlite3 *.sqlite *.db)"),
            options=QFileDialog.Option.DontConfirmOverwrite,  # an existing file is refused
        )
        if chosen:
            self.moveDatabaseTo(Path(chosen))
