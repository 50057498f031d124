"""Shows the selected event: date by precision, places, sources with links, related events."""

from __future__ import annotations

import dataclasses
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QUrl, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget
from typing_extensions import override

from timeline_app.domain.models import EventDetail
from timeline_app.ui.details.html import (
    COPY_CITATION_URL,
    EDIT_OWN_EVENT_URL,
    EVENT_LINK_SCHEME,
    OWN_EVENT_LINK_SCHEME,
    HtmlColours,
    empty_detail_html,
    event_detail_html,
    yours_line,
)
from timeline_app.ui.external_links import open_external
from timeline_app.ui.theme import mix

#: Links of the line below a translated title: show the English, or the translation again.
TRANSLATION_LINK_SCHEME = "translation"
SHOW_ORIGINAL_URL = f"{TRANSLATION_LINK_SCHEME}:original"
SHOW_TRANSLATION_URL = f"{TRANSLATION_LINK_SCHEME}:translation"


def _translation_note(detail: EventDetail, showing_original: bool) -> str:
    """The discreet line below a translated title (HTML), or "" for an English text."""
    if detail.original is None:
        return ""
    if showing_original:
        said = QCoreApplication.translate("DetailPane", "English original")
        link, url = (
            QCoreApplication.translate("DetailPane", "Show translation"),
            SHOW_TRANSLATION_URL,
        )
    else:
        said = QCoreApplication.translate("DetailPane", "Translated from English")
        link, url = QCoreApplication.translate("DetailPane", "Show English"), SHOW_ORIGINAL_URL
    return (
        f"<p class='muted translation'><small>{escape(said)} · "
        f"<a href='{url}'>{escape(link)}</a></small></p>"
    )


def _shown(detail: EventDetail, showing_original: bool) -> EventDetail:
    original = detail.original
    if original is None or not showing_original:
        return detail
    return dataclasses.replace(
        detail, title=original.title, summary=original.summary, body=original.body
    )


class DetailPane(QTextBrowser):
    """Read-only rich text of one event; web links open in the browser."""

    #: str: id of a related event whose link was clicked
    relatedEventActivated = Signal(str)
    #: str: id of the user's event shown, whose Edit… link was clicked
    editRequested = Signal(str)
    #: str: id of the user's event shown, whose Delete link was clicked
    deleteRequested = Signal(str)
    #: str: id of the event shown, whose Copy citation link (by Sources) was clicked
    citationCopyRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.setOpenLinks(False)  # we route links ourselves: web -> browser, event: -> select
        self.anchorClicked.connect(self._open_link)
        self._event_id: str | None = None
        self._detail: EventDetail | None = None
        self._showing_original = False
        self._own_editable = True
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the current language, the event shown included."""
        self.setAccessibleName(QCoreApplication.translate("DetailPane", "Event details"))
        self._render()

    def eventId(self) -> str | None:
        """Id of the event shown, or None."""
        return self._event_id

    def eventDetail(self) -> EventDetail | None:
        """The event shown, or None."""
        return self._detail

    def setEventDetail(self, detail: EventDetail | None) -> None:
        """Show this event (None shows the empty-state hint)."""
        if detail is None or self._event_id != detail.id:
            self._showing_original = False  # another event: its translation first
        self._detail = detail
        self._event_id = None if detail is None else detail.id
        self._render()

    def isTranslated(self) -> bool:
        """True when the event shown has its texts in the reader's language, not English."""
        return self._detail is not None and self._detail.original is not None

    def showingOriginal(self) -> bool:
        """True when a translated event is shown in its English original."""
        return self.isTranslated() and self._showing_original

    def setShowingOriginal(self, original: bool) -> None:
        """Show a translated event's English original (True) or its translation (False)."""
        self._showing_original = original
        self._render()

    def ownEventsEditable(self) -> bool:
        """True when Edit… and Delete are offered on the user's events."""
        return self._own_editable

    def setOwnEventsEditable(self, editable: bool) -> None:
        """Offer Edit… and Delete on the user's events (not in a read-only database)."""
        self._own_editable = editable
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
        if detail is None:
            self.setHtml(empty_detail_html(colours))
            return
        showing = self._showing_original
        note = yours_line(detail, self._own_editable) + _translation_note(detail, showing)
        self.setHtml(event_detail_html(_shown(detail, showing), colours, note))

    @override
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._render()
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() == TRANSLATION_LINK_SCHEME:
            self.setShowingOriginal(url.toString() == SHOW_ORIGINAL_URL)
        elif url.scheme() == OWN_EVENT_LINK_SCHEME and self._event_id is not None:
            wanted = self.editRequested if url.toString() == EDIT_OWN_EVENT_URL else None
            (wanted or self.deleteRequested).emit(self._event_id)
        elif url.toString() == COPY_CITATION_URL and self._event_id is not None:
            self.citationCopyRequested.emit(self._event_id)
        elif url.scheme() == EVENT_LINK_SCHEME:
            self.relatedEventActivated.emit(url.path())
        elif url.scheme() in ("http", "https"):
            open_external(self, url)
