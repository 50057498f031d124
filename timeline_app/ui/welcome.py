"""A welcome panel at the top of the window on the first start only: never a dialog, so it
blocks no one (scripts that build the window included), and never again once closed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget
from typing_extensions import override

from timeline_app.ui.translate import translate

#: set once the user closes the panel
CLOSED_KEY = "welcome/closed"


class WelcomePanel(QFrame):
    """What the app is and three things to try; hidden until ``offer`` is called."""

    def __init__(
        self, settings: QSettings, parent: QWidget | None = None, *, shared: bool = False
    ) -> None:
        """``shared``: the window shows a team's store on a server, not a file of this computer."""
        super().__init__(parent)
        self._shared = shared
        self.setObjectName("welcomePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._settings = settings
        self._label = QLabel()
        self._label.setObjectName("welcomeText")
        self._label.setWordWrap(True)
        self.close_button = QPushButton()
        self.close_button.setObjectName("welcomeClose")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self._label, 1)
        layout.addWidget(self.close_button)
        self.close_button.clicked.connect(self.dismiss)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the language now in force."""
        if self._shared:
            text = translate(
                "WelcomePanel",
                "<b>Welcome.</b> This is a timeline of cultural relations between Kazakhstan "
                "and China since 1992, with the sources of every event and your team's notes, "
                "kept on its shared server. Three things to try: "
                "<b>1.</b> turn the mouse wheel over the timeline to zoom from decades to days; "
                "<b>2.</b> press Ctrl+F and type a name, such as <i>Astana</i>; "
                "<b>3.</b> select an event and press N to write a note. "
                "Help ▸ User Guide explains the rest.",
            )
        else:
            text = translate(
                "WelcomePanel",
                "<b>Welcome.</b> This is a timeline of cultural relations between Kazakhstan "
                "and China since 1992, with the sources of every event and your own notes, "
                "kept only on this computer. Three things to try: "
                "<b>1.</b> turn the mouse wheel over the timeline to zoom from decades to days; "
                "<b>2.</b> press Ctrl+F and type a name, such as <i>Astana</i>; "
                "<b>3.</b> select an event and press N to write a note. "
                "Help ▸ User Guide explains the rest.",
            )
        self._label.setText(text)
        self.close_button.setText(translate("WelcomePanel", "Close"))
        self.close_button.setToolTip(
            translate("WelcomePanel", "Close this welcome; it will not be shown again.")
        )

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def offer(self) -> bool:
        """Show the panel unless it was closed before; True when shown."""
        if str(self._settings.value(CLOSED_KEY, "false")).lower() == "true":
            return False
        self.show()
        return True

    def dismiss(self) -> None:
        """Hide the panel and remember, so it never comes back."""
        self.hide()
        self._settings.setValue(CLOSED_KEY, True)
        self._settings.sync()

    def text(self) -> str:
        """The welcome's text (for tests and screen readers' sake, plain)."""
        return self._label.text()
