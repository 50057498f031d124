"""The question before an import: how many notes it adds, updates and leaves unchanged."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from timeline_app.ui.plural import plural

if TYPE_CHECKING:
    from timeline_app.services.note_exchange.report import ImportReport

CONTEXT = "ImportPreviewDialog"


def _quoted(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return f"“{line if len(line) <= 40 else line[:39] + '…'}”"


def import_counts(report: ImportReport) -> str:
    """'2 added, 1 updated, 5 unchanged' (translatable)."""
    return ", ".join(
        (
            plural(CONTEXT, "%n added", "%n added", report.added),
            plural(CONTEXT, "%n updated", "%n updated", report.updated),
            plural(CONTEXT, "%n unchanged", "%n unchanged", report.unchanged + report.skipped),
        )
    )


class ImportPreviewDialog(QMessageBox):
    """What an import will change, each replaced text in the details; Import or Cancel."""

    def __init__(
        self, file_name: str, preview: ImportReport, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importPreviewDialog")
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Import Notes"))
        self.setText(self.tr("Import the notes of {file}?").format(file=file_name))
        self.counts = import_counts(preview)
        lines = [self.counts + "."]
        if preview.updated:
            lines.append(
                plural(
                    CONTEXT,
                    "The updated note takes the newer text from the file (see Show Details).",
                    "The updated notes take the newer text from the file (see Show Details).",
                    preview.updated,
                )
            )
        lines.append(self.tr("Edit ▸ Undo takes the whole import back."))
        self.setInformativeText("\n".join(lines))
        details = [
            self.tr("On {event}: {before} becomes {after}").format(
                event=replacement.before.event_id,
                before=_quoted(replacement.before.text),
                after=_quoted(replacement.after.text),
            )
            for replacement in preview.replaced
        ]
        if details:
            self.setDetailedText("\n".join(details))
        self.import_button = self.addButton(self.tr("Import"), QMessageBox.ButtonRole.AcceptRole)
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.import_button)

    def ask(self) -> bool:
        """Show the question; True when the user chose Import."""
        self.exec()
        return self.clickedButton() is self.import_button
