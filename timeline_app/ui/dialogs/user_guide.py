"""Help ▸ User Guide: a short guide to the marks, zooming, searching, filtering and notes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget
from typing_extensions import override

from timeline_app.ui.translate import translate


class UserGuideDialog(QDialog):
    """A non-modal window showing the guide's HTML, read by ``load_html`` (from ``resources/``,
    in the language in force) when it opens and again when the language changes."""

    def __init__(self, load_html: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuideDialog")
        self.setModal(False)
        self.resize(620, 680)
        self.browser = QTextBrowser()
        self.browser.setObjectName("userGuideText")
        self.browser.setOpenExternalLinks(True)
        self._load_html = load_html
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the title and the guide in the language now in force."""
        self.setWindowTitle(translate("UserGuideDialog", "User Guide"))
        position = self.browser.verticalScrollBar().value()
        self.browser.setHtml(self._load_html())
        self.browser.verticalScrollBar().setValue(position)

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
