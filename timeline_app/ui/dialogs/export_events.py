"""File ▸ Export Events: which events to write (what the filters show, the curated chronology,
one collection, or every event); the file and its format are asked next."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from timeline_app.domain.collections import CollectionInfo
from timeline_app.ui.plural import tr
from timeline_app.ui.translate import translate

#: What the first entries export (a collection is its id, 0 or more); CURATED_CHOICE and
#: EVERY_CHOICE are EventExchangeService.export's CURATED and EVERY (checked by a test).
SHOWN = -3
CURATED_CHOICE = -1
EVERY_CHOICE = -2


class ExportEventsDialog(QDialog):
    """Asks which events to export; ``choice()`` gives SHOWN, CURATED_CHOICE, EVERY_CHOICE or
    a collection id."""

    def __init__(
        self,
        shown: int,
        curated: int,
        collections: list[CollectionInfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportEventsDialog")
        self._counts = (shown, curated, sum(c.event_count for c in collections) + curated)
        self._collections = collections
        self.what = QComboBox()
        self.what.setObjectName("exportWhat")
        self._what_label = QLabel()
        self._what_label.setBuddy(self.what)
        self._note = QLabel()
        self._note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self._what_label, self.what)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._note)
        layout.addWidget(self.buttons)
        self.retranslate()

    def choice(self) -> int:
        """What to export (see the class docstring)."""
        return int(self.what.currentData())

    def retranslate(self) -> None:
        """Set every text in the language in force."""
        chosen = self.what.currentIndex()
        self.setWindowTitle(translate("ExportEventsDialog", "Export Events"))
        self._what_label.setText(translate("ExportEventsDialog", "&Export:"))
        self._note.setText(
            translate(
                "ExportEventsDialog",
                "The events are written as TimelineJS JSON (.json) or as a TimelineJS "
                "spreadsheet CSV (.csv), by the file's extension.",
            )
        )
        shown, curated, every = self._counts
        self.what.clear()
        self.what.addItem(tr("What the filters show (%Ln events)", "", shown), SHOWN)
        self.what.addItem(tr("The curated chronology (%Ln events)", "", curated), CURATED_CHOICE)
        for info in self._collections:
            self.what.addItem(
                tr("{name} (%Ln events)", "", info.event_count).format(name=info.name), info.id
            )
        self.what.addItem(tr("Every event (%Ln events)", "", every), EVERY_CHOICE)
        self.what.setCurrentIndex(max(chosen, 0))

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
