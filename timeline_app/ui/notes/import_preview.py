"""The question before an import: how many notes it adds, updates and leaves unchanged."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QMessageBox, QWidget
from typing_extensions import override

from timeline_app.ui.plural import tr

if TYPE_CHECKING:
    from timeline_app.services.note_exchange.report import ImportReport


def _quoted(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return f"“{line if len(line) <= 40 else line[:39] + '…'}”"


def import_counts(report: ImportReport) -> str:
    """'2 added, 1 updated, 5 unchanged' (translatable)."""
    unchanged = report.unchanged + report.skipped
    return QCoreApplication.translate(
        "ImportPreviewDialog", "{added}, {updated}, {unchanged}"
    ).format(
        added=tr("%Ln added", "", report.added),
        updated=tr("%Ln updated", "", report.updated),
        unchanged=tr("%Ln unchanged", "", unchanged),
    )


class ImportPreviewDialog(QMessageBox):
    """What an import will change, each replaced text in the details; Import or Cancel."""

    def __init__(
        self, file_name: str, preview: ImportReport, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importPreviewDialog")
        self.setIcon(QMessageBox.Icon.Question)
        self._file_name = file_name
        self._preview = preview
        self.counts = ""
        self.import_button = self.addButton("", QMessageBox.ButtonRole.AcceptRole)
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.import_button)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        preview = self._preview
        self.setWindowTitle(QCoreApplication.translate("ImportPreviewDialog", "Import Notes"))
        self.setText(
            QCoreApplication.translate("ImportPreviewDialog", "Import the notes of {file}?").format(
                file=self._file_name
            )
        )
        self.counts = import_counts(preview)
        lines = [
            QCoreApplication.translate("ImportPreviewDialog", "{counts}.").format(
                counts=self.counts
            )
        ]
        if preview.updated:
            lines.append(
                tr(
                    "The updated notes take the newer text from the file (see Show Details).",
                    "",
                    preview.updated,
                )
            )
        lines.append(
            QCoreApplication.translate(
                "ImportPreviewDialog", "Edit ▸ Undo takes the whole import back."
            )
        )
        self.setInformativeText("\n".join(lines))
        details = [
            QCoreApplication.translate(
                "ImportPreviewDialog", "On {event}: {before} becomes {after}"
            ).format(
                event=replacement.before.event_id,
                before=_quoted(replacement.before.text),
                after=_quoted(replacement.after.text),
            )
            for replacement in preview.replaced
        ]
        if details:
            self.setDetailedText("\n".join(details))
        self.import_button.setText(QCoreApplication.translate("ImportPreviewDialog", "Import"))

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def ask(self) -> bool:
        """Show the question; True when the user chose Import."""
        self.exec()
        return self.clickedButton() is self.import_button
