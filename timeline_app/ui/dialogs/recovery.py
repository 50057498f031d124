"""Asks what to do when the database cannot be opened because it is damaged or not ours."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
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

from timeline_app.ui.plural import plural

if TYPE_CHECKING:
    from timeline_app.services.recovery import BackupCopy

CONTEXT = "RecoveryDialog"


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
    """'2026-11-22 10:58 — 5 notes — timeline.sqlite3.v3-backup-…' (local time)."""
    taken = backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
    notes = plural(CONTEXT, "%n note", "%n notes", backup.note_count)
    return f"{taken} — {notes} — {backup.path.name}"


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
        self.setWindowTitle(self.tr("The database cannot be opened"))
        self._backups = list(backups)
        self.choice = RecoveryChoice(Recovery.QUIT)
        self._build_ui(message, path, salvaged)

    def _build_ui(self, message: str, path: Path, salvaged: int) -> None:
        layout = QVBoxLayout(self)
        problem = QLabel(message)
        problem.setWordWrap(True)
        layout.addWidget(problem)
        details = [
            self.tr("The file {path} has not been changed.").format(path=path),
            self.tr(
                "Restoring a backup or starting fresh renames it to {name}.damaged-<date>, "
                "next to it, so nothing is lost."
            ).format(name=path.name),
            plural(
                CONTEXT,
                "%n note can still be read from it; it is added to whichever you choose.",
                "%n notes can still be read from it; they are added to whichever you choose.",
                salvaged,
            ),
        ]
        self.details_label = QLabel("\n".join(details))
        self.details_label.setWordWrap(True)
        layout.addWidget(self.details_label)
        self.backup_list = QListWidget()
        self.backup_list.setObjectName("backupList")
        for backup in self._backups:
            item = QListWidgetItem(backup_label(backup))
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            self.backup_list.addItem(item)
        if self._backups:
            layout.addWidget(QLabel(self.tr("Backups (newest first):")))
            layout.addWidget(self.backup_list)
            self.backup_list.setCurrentRow(0)
        else:
            self.backup_list.hide()
            layout.addWidget(QLabel(self.tr("There is no backup that can be restored.")))
        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("Restore Selected Backup"))
        self.fresh_button = QPushButton(self.tr("Start Fresh"))
        self.quit_button = QPushButton(self.tr("Quit"))
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
