"""A banner at the top of the window when the database cannot be read or written.

Every storage failure while the app runs comes here (the timeline's lookups, the panes'
service calls, and any StorageError that escapes a slot). The user is told once per failure,
in words, naming the file, with the repair the app offers at start (a backup or a fresh
start, the damaged file kept aside); the same failure again only counts. What is loaded
stays usable meanwhile.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStatusBar, QWidget
from typing_extensions import override

from timeline_app.domain.errors import StorageError
from timeline_app.ui.translate import translate

log = logging.getLogger(__name__)


class StorageAlert(QFrame):
    """A non-modal, dismissable banner naming the database file and what failed."""

    #: the user asked to repair the database (restore a backup or start afresh)
    repairRequested = Signal()

    def __init__(
        self, database_path: Path | str, status_bar: QStatusBar, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("storageAlert")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#storageAlert { background: #fde7e4; border: 1px solid #d55e00; }"
            " #storageAlert QLabel { color: #3b0d00; }"
        )
        self._database_path = database_path
        self._status_bar = status_bar
        self._shown_message = ""
        #: the server store whose connection is lost ("" when none is)
        self._lost_store = ""
        #: failures reported since the banner was last shown (the first included)
        self.failures = 0
        self._label = QLabel()
        self._label.setObjectName("storageAlertText")
        self._label.setWordWrap(True)
        self._status_text = ""
        self._repair = QPushButton()
        self._repair.setObjectName("storageAlertRepair")
        self._dismiss = QPushButton()
        self._dismiss.setObjectName("storageAlertDismiss")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self._label, 1)
        layout.addWidget(self._repair)
        layout.addWidget(self._dismiss)
        self._repair.clicked.connect(self.repairRequested.emit)
        self._dismiss.clicked.connect(self.dismiss)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the language now in force, the failure on show included."""
        self._repair.setText(translate("StorageAlert", "Repair…"))
        self._repair.setToolTip(
            translate(
                "StorageAlert",
                "Restore the latest backup or start afresh; the damaged file is kept aside.",
            )
        )
        self._dismiss.setText(translate("StorageAlert", "Dismiss"))
        if self._lost_store:
            self._say_lost()
        elif self._shown_message:
            self._say(self._shown_message)

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def setDatabasePath(self, path: Path | str) -> None:
        """The file named in the messages (after a repair opened another one)."""
        self._database_path = path

    def report(self, error: StorageError) -> None:
        """Tell the user about ``error``, unless this same failure is already on screen."""
        message = str(error)
        if self._lost_store:  # the failures of a lost connection are that loss: counted only
            self.failures += 1
            log.info("storage failure while the connection is lost: %s", message)
            return
        if not self.isHidden() and message == self._shown_message:
            self.failures += 1
            log.info("the same storage failure again (%d): %s", self.failures, message)
            return
        log.error(
            "storage failure: %s", message, exc_info=(type(error), error, error.__traceback__)
        )
        self._shown_message = message
        self.failures = 1
        self.setToolTip(message)
        self.show()
        self._status_text = ""  # a new failure is always told in the status bar
        self._say(message)

    def _say(self, reason: str) -> None:
        """The banner's text, and the status bar's (unless a later message replaced it)."""
        if self._on_server():  # a server store has no backup or fresh start to offer here
            text = translate(
                "StorageAlert",
                "The store {path} could not be read or written: {reason}\n"
                "What is on screen stays usable, and notes you type are kept in memory and "
                "tried again. If this goes on, tell the store's administrator.",
            )
        else:
            text = translate(
                "StorageAlert",
                "The database {path} could not be read or written: {reason}\n"
                "What is on screen stays usable, and notes you type are kept in memory. "
                "Choose Repair… to restore the latest backup or start afresh (the damaged file "
                "is kept aside, not deleted).",
            )
        self._repair.setVisible(not self._on_server())
        self._label.setText(text.format(path=self._database_path, reason=reason))
        status = translate("StorageAlert", "Cannot use the database {path}: see the message above.")
        current = self._status_bar.currentMessage()
        if not self._status_text or current == self._status_text:
            self._status_text = status.format(path=self._database_path)
            self._status_bar.showMessage(self._status_text)

    def _on_server(self) -> bool:
        """True on a server store (named by its URL), whose repair is its administrator's."""
        return isinstance(self._database_path, str)

    def reportConnectionLost(self, store: str) -> None:
        """The server store cannot be reached: say so in one line (the app retries, and
        calls ``dismiss`` once it is reconnected). Repair is for files only: not offered."""
        self._lost_store = store
        self.failures = 1
        self._repair.hide()
        self.show()
        self._status_text = ""
        self._say_lost()

    def isConnectionLost(self) -> bool:
        """True while the banner says the server connection is lost."""
        return bool(self._lost_store) and not self.isHidden()

    def _say_lost(self) -> None:
        text = translate(
            "StorageAlert",
            "Lost the connection to {store}; retrying. Your text is kept until it can be saved.",
        ).format(store=self._lost_store)
        self._label.setText(text)
        self.setToolTip(text)
        current = self._status_bar.currentMessage()
        if not self._status_text or current == self._status_text:
            self._status_text = text
            self._status_bar.showMessage(text)

    def message(self) -> str:
        """The text on the banner ("" when it is hidden)."""
        return "" if self.isHidden() else self._label.text()

    def dismiss(self) -> None:
        """Hide the banner; a new failure shows it again."""
        self.hide()
        self._shown_message = ""
        if self._lost_store:
            self._lost_store = ""
            self._repair.setVisible(not self._on_server())
        self._status_bar.clearMessage()
