"""Help ▸ About: what the app is and where its data comes from."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QRect, Qt, QUrl
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from timeline_app import __version__
from timeline_app.domain.dates import format_point
from timeline_app.domain.models import DatePrecision, Source
from timeline_app.domain.period import CURATED_PERIOD
from timeline_app.ui.external_links import open_external
from timeline_app.ui.plural import tr
from timeline_app.ui.translate import translate


def describe_source(source: Source) -> str:
    """Publisher, title (a link when there is one) and date, as HTML: never a file name."""
    title = f"“{escape(source.title)}”"
    if source.url.startswith(("http://", "https://")):
        title = f"<a href='{escape(source.url, quote=True)}'>{title}</a>"
    published = (
        format_point(source.published, DatePrecision.DAY)
        if source.published
        else source.published_text
    )
    parts = [escape(source.publisher), title] + ([escape(published)] if published else [])
    return ", ".join(parts)


def about_html(sources: list[tuple[Source, int]], event_count: int) -> str:
    """The About text: the seed articles first, then how many other sources are cited."""
    seeds = [source for source, _ in sources if source.seed_document]
    seed_items = "".join(f"<li>{describe_source(s)}</li>" for s in seeds)
    publishers = sorted({source.publisher for source, _ in sources if not source.seed_document})
    further = len(sources) - len(seeds)
    return (
        "<h3>"
        + escape(translate("AboutDialog", "Kazakhstan–China Cultural Timeline"))
        + "</h3>"
        + "<p>"
        + escape(translate("AboutDialog", "Version {version}").format(version=__version__))
        + "</p>"
        "<p>"
        + escape(
            tr(
                "%n events of cultural relations between Kazakhstan and China, {period}.",
                "",
                event_count,
            ).format(period=CURATED_PERIOD.label)
        )
        + " "
        + escape(
            translate(
                "AboutDialog",
                "Every event cites its sources; dates are shown with the precision the "
                "sources give.",
            )
        )
        + "</p>"
        + "<p><b>"
        + escape(translate("AboutDialog", "Seed articles"))
        + f"</b></p><ul>{seed_items}</ul><p><b>"
        + escape(translate("AboutDialog", "Further sources"))
        + "</b>: "
        + escape(
            tr("%n documents from {publishers}.", "", further).format(
                publishers=", ".join(publishers) or "—"
            )
        )
        + " "
        + escape(
            translate(
                "AboutDialog",
                "Help ▸ Sources lists each of them with the number of events that cite it.",
            )
        )
        + "</p><p>"
        + escape(
            translate(
                "AboutDialog",
                "Your notes are kept in the database this window opened: a file on this "
                "computer, unless you opened your team's shared store on a server (named in "
                "the window's title).",
            )
        )
        + "</p>"
    )


class AboutDialog(QDialog):
    """The About text in a scroll area, so it fits any screen with its OK button in view."""

    def __init__(
        self,
        sources: list[tuple[Source, int]],
        event_count: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self._sources, self._event_count = sources, event_count
        self._build_ui()
        self._connect_signals()
        self.retranslate()

    def retranslate(self) -> None:
        """Set the title and the text in the language now in force."""
        self.setWindowTitle(
            translate("AboutDialog", "About {app}").format(
                app=translate("AboutDialog", "Kazakhstan–China Cultural Timeline")
            )
        )
        self.text.setText(about_html(self._sources, self._event_count))

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _build_ui(self) -> None:
        self.text = QLabel()
        self.text.setObjectName("aboutText")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.text.setOpenExternalLinks(False)  # opened by open_external, which explains failure
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("aboutScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self.text)
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None  # created just above
        self.ok_button: QPushButton = ok
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.scroll_area, 1)
        self._layout.addWidget(self._buttons)
        self.resize(560, 480)

    def _connect_signals(self) -> None:
        self._buttons.accepted.connect(self.accept)
        self.text.linkActivated.connect(lambda link: open_external(self, QUrl(link)))

    def fitToScreen(self, available: QRect) -> None:
        """As tall as the text needs, but never taller or wider than ``available``."""
        # Room for the window frame, which is not part of the dialog's own geometry.
        frame = self.frameGeometry().size() - self.geometry().size()
        max_width = max(320, available.width() - frame.width())
        max_height = max(240, available.height() - frame.height())
        self.setMaximumSize(max_width, max_height)
        width = min(max(self.width(), 560), max_width)
        margins = self._layout.contentsMargins()
        spacing = max(self._layout.spacing(), 0)
        chrome = margins.top() + margins.bottom() + spacing + self._buttons.sizeHint().height()
        text_width = width - margins.left() - margins.right()
        wanted = self.text.heightForWidth(text_width) + chrome
        self.resize(width, min(max(wanted, 240), max_height))

    @override
    def showEvent(self, event: QShowEvent) -> None:
        screen = self.screen()
        if screen is not None:
            self.fitToScreen(screen.availableGeometry())
        super().showEvent(event)


def show_about(parent: QWidget, sources: list[tuple[Source, int]], event_count: int) -> AboutDialog:
    """Open the About box (window-modal, without blocking) and return it."""
    dialog = AboutDialog(sources, event_count, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
