"""Opening links and folders outside the app; when nothing can, say so and offer a copy."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
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

from timeline_app.ui.translate import translate


def open_external(parent: QWidget, url: QUrl) -> bool:
    """Open ``url`` in the browser (or a folder in the file manager); False, explained, if not.

    Without a browser or file manager ``QDesktopServices.openUrl`` only returns False, and the
    click would seem to do nothing: a small non-modal box then names the address and offers
    to copy it, so it can be pasted wherever it can be opened.
    """
    if QDesktopServices.openUrl(url):
        return True
    OpenFailedDialog(url, parent).show()
    return False


def shown_address(url: QUrl) -> str:
    """What the user sees and copies: a folder's path, or the web address."""
    return url.toLocalFile() if url.isLocalFile() else url.toString()


class OpenFailedDialog(QDialog):
    """Names the link or folder that could not be opened, with a Copy button."""

    def __init__(self, url: QUrl, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openFailedDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self._address = shown_address(url)
        self._is_folder = url.isLocalFile()
        self._build_ui()
        self._connect_signals()
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the language now in force."""
        if self._is_folder:
            self.setWindowTitle(translate("ExternalLinks", "Cannot Open Folder"))
            self.message.setText(
                translate(
                    "ExternalLinks",
                    "No file manager could open this folder. Copy its path to open it yourself:",
                )
            )
        else:
            self.setWindowTitle(translate("ExternalLinks", "Cannot Open Link"))
            self.message.setText(
                translate(
                    "ExternalLinks",
                    "No web browser could open this link. "
                    "Copy it to open it in a browser yourself:",
                )
            )
        self.copy_button.setText(translate("ExternalLinks", "Copy"))
        if self.copied.text():
            self.copied.setText(translate("ExternalLinks", "Copied to the clipboard."))

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _build_ui(self) -> None:
        self.message = QLabel()
        self.message.setObjectName("openFailedMessage")
        self.message.setWordWrap(True)
        self.address = QLineEdit(self._address)
        self.address.setObjectName("openFailedAddress")
        self.address.setReadOnly(True)
        self.address.setCursorPosition(0)
        self.address.setMinimumWidth(360)
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copyAddressButton")
        self._buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copied = QLabel()
        self.copied.setObjectName("openFailedCopied")
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.address)
        layout.addWidget(self.copied)
        layout.addWidget(self._buttons)

    def _connect_signals(self) -> None:
        self.copy_button.clicked.connect(self.copyAddress)
        self._buttons.rejected.connect(self.reject)

    def addressText(self) -> str:
        """The link or path shown."""
        return self._address

    def copyAddress(self) -> None:
        """Put the link or path on the clipboard."""
        QGuiApplication.clipboard().setText(self._address)
        self.copied.setText(translate("ExternalLinks", "Copied to the clipboard."))
