"""Asks what to do when the database cannot be opened because it is damaged or not ours."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from timeline_app.ui.plural import tr
from timeline_app.ui.reader_locale import moment_text
from timeline_app.ui.translate import translate

if TYPE_CHECKING:
    from timeline_app.services.recovery import BackupCopy


class Recovery(Enum):
    """What the user chose to do."""

    RESTORE_BACKUP = "restore"
    START_FRESH = "fresh"
    QUIT = "quit"


@dataclass(frozen=True, slots=True)
class RecoveryChoice:
    """The user's choice, and the backup to restore when that is the choice."""

    action: Recovery
    backup: Path | None = None


def backup_label(backup: BackupCopy) -> str:
    """'22 Nov 2026 10:58 — 5 notes — timeline.sqlite3.v3-backup-…' (local time, the
    reader's way)."""
    taken = moment_text(backup.taken_at)
    notes = tr("%n notes", "", backup.note_count)
    return translate("RecoveryDialog", "{taken} — {notes} — {file}").format(
        taken=taken, notes=notes, file=backup.path.name
    )


class RecoveryDialog(QDialog):
    """The problem, the notes still readable in the damaged file, and each usable backup."""

    def __init__(
        self,
        message: str,
        path: Path,
        backups: Sequence[BackupCopy],
        salvaged: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self._backups = list(backups)
        self._path, self._salvaged = path, salvaged
        self.choice = RecoveryChoice(Recovery.QUIT)
        self._build_ui(message)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the language now in force (the problem itself was given)."""
        path = self._path
        self.setWindowTitle(translate("RecoveryDialog", "The database cannot be opened"))
        details = [
            translate("RecoveryDialog", "The file {path} has not been changed.").format(path=path),
            translate(
                "RecoveryDialog",
                "Restoring a backup or starting fresh renames it to {name}.damaged-<date>, "
                "next to it, so nothing is lost.",
            ).format(name=path.name),
            tr(
                "%n notes can still be read from it; they are added to whichever you choose.",
                "",
                self._salvaged,
            ),
        ]
        self.details_label.setText("\n".join(details))
        for row, backup in enumerate(self._backups):
            item = self.backup_list.item(row)
            if item is not None:
                item.setText(backup_label(backup))
        self.backups_label.setText(
            translate("RecoveryDialog", "Backups (newest first):")
            if self._backups
            else translate("RecoveryDialog", "There is no backup that can be restored.")
        )
        self.restore_button.setText(translate("RecoveryDialog", "Restore Selected Backup"))
        self.fresh_button.setText(translate("RecoveryDialog", "Start Fresh"))
        self.quit_button.setText(translate("RecoveryDialog", "Quit"))

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _build_ui(self, message: str) -> None:
        layout = QVBoxLayout(self)
        problem = QLabel(message)
        problem.setWordWrap(True)
        layout.addWidget(problem)
        self.details_label = QLabel()
        self.details_label.setWordWrap(True)
        layout.addWidget(self.details_label)
        self.backup_list = QListWidget()
        self.backup_list.setObjectName("backupList")
        for backup in self._backups:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            self.backup_list.addItem(item)
        self.backups_label = QLabel()
        layout.addWidget(self.backups_label)
        if self._backups:
            layout.addWidget(self.backup_list)
            self.backup_list.setCurrentRow(0)
        else:
            self.backup_list.hide()
        buttons = QDialogButtonBox()
        self.restore_button = QPushButton()
        self.fresh_button = QPushButton()
        self.quit_button = QPushButton()
        if self._backups:
            buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.fresh_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.quit_button.setDefault(True)
        layout.addWidget(buttons)
        self.restore_button.clicked.connect(self._restore)
        self.fresh_button.clicked.connect(
            lambda: self._choose(RecoveryChoice(Recovery.START_FRESH))
        )
        self.quit_button.clicked.connect(self.reject)

    def _restore(self) -> None:
        item = self.backup_list.currentItem()
        if item is not None:
            backup = Path(str(item.data(Qt.ItemDataRole.UserRole)))
            self._choose(RecoveryChoice(Recovery.RESTORE_BACKUP, backup))

    def _choose(self, choice: RecoveryChoice) -> None:
        self.choice = choice
        self.accept()


def ask_recovery(
    message: str,
    path: Path,
    backups: Sequence[BackupCopy],
    salvaged: int,
    parent: QWidget | None = None,
) -> RecoveryChoice:
    """Explain the problem; offer each usable backup, a fresh database, or quitting."""
    dialog = RecoveryDialog(message, path, backups, salvaged, parent)
    dialog.exec()
    return dialog.choice
