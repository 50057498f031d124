"""Shows the selected event: date by precision, places, sources with links, related events."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QUrl, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget
from typing_extensions import override

from timeline_app.domain.models import EventDetail
from timeline_app.ui.details.html import (
    EVENT_LINK_SCHEME,
    HtmlColours,
    empty_detail_html,
    event_detail_html,
)
from timeline_app.ui.external_links import open_external
from timeline_app.ui.theme import mix


class DetailPane(QTextBrowser):
    """Read-only rich text of one event; web links open in the browser."""

    #: str: id of a related event whose link was clicked
    relatedEventActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.setOpenLinks(False)  # we route links ourselves: web -> browser, event: -> select
        self.anchorClicked.connect(self._open_link)
        self._event_id: str | None = None
        self._detail: EventDetail | None = None
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the current language, the event shown included."""
        self.setAccessibleName(QCoreApplication.translate("DetailPane", "Event details"))
        self._render()

    def eventId(self) -> str | None:
        """Id of the event shown, or None."""
        return self._event_id

    def setEventDetail(self, detail: EventDetail | None) -> None:
        """Show this event (None shows the empty-state hint)."""
        self._detail = detail
        self._event_id = None if detail is None else detail.id
        self._render()

    def _render(self) -> None:
        palette = self.palette()
        colours = HtmlColours(
            # Placeholder colours often carry alpha, which HTML colours cannot: mix instead.
            muted=mix(
                palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base), 0.45
            ).name(),
            link=palette.color(QPalette.ColorRole.Link).name(),
        )
        detail = self._detail
        self.setHtml(
            empty_detail_html(colours) if detail is None else event_detail_html(detail, colours)
        )

    @override
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._render()
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() == EVENT_LINK_SCHEME:
            self.relatedEventActivated.emit(url.path())
        elif url.scheme() in ("http", "https"):
            open_external(self, url)
