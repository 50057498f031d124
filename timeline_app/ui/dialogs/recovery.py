"""Asks what to do when the database cannot be opened because it is damaged or not ours."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget


class Recovery(Enum):
    """The user's choice."""

    RESTORE_BACKUP = "restore"
    START_FRESH = "fresh"
    QUIT = "quit"


def ask_recovery(
    message: str, path: Path, backup: Path | None, parent: QWidget | None = None
) -> Recovery:
    """Explain the problem; offer the latest backup (if any), a fresh database, or quitting."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("The database cannot be opened")
    box.setText(message)
    details = [
        f"The file {path} has not been changed.",
        "Starting fresh or restoring a backup renames it to "
        f"{path.name}.damaged-<date>, next to it, so nothing is lost.",
    ]
    if backup is not None:
        details.insert(1, f"The latest backup is {backup.name}.")
    box.setInformativeText("\n".join(details))
    restore = (
        box.addButton("Restore Latest Backup", QMessageBox.ButtonRole.AcceptRole)
        if backup
        else None
    )
    fresh = box.addButton("Start Fresh", QMessageBox.ButtonRole.DestructiveRole)
    quit_button = box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(quit_button)
    box.exec()
    clicked = box.clickedButton()
    if restore is not None and clicked is restore:
        return Recovery.RESTORE_BACKUP
    if clicked is fresh:
        return Recovery.START_FRESH
    return Recovery.QUIT
