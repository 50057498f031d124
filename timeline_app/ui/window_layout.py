"""Where the main window's parts sit: the sidebar left, the timeline above, details and notes
below, a banner for storage failures and the first start's welcome on top, and the status
bar's permanent labels."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QStatusBar, QVBoxLayout, QWidget
from typing_extensions import override

from timeline_app.domain.read_only import PrivateCopy
from timeline_app.ui.details.pane import DetailPane
from timeline_app.ui.notes.panel import NotesPanel
from timeline_app.ui.plural import tr
from timeline_app.ui.search.box import SearchBox
from timeline_app.ui.search.filter_panel import FilterPanel
from timeline_app.ui.search.results import SearchResultsList
from timeline_app.ui.storage_alert import StorageAlert
from timeline_app.ui.timeline.overview_band import OverviewBand
from timeline_app.ui.timeline.view import TimelineView
from timeline_app.ui.translate import translate
from timeline_app.ui.welcome import WelcomePanel


@dataclass(frozen=True, slots=True)
class WindowParts:
    """The widgets the layout arranges."""

    timeline: TimelineView
    overview: OverviewBand
    details: DetailPane
    notes: NotesPanel
    search_box: SearchBox
    results: SearchResultsList
    filters: FilterPanel
    alert: StorageAlert
    welcome: WelcomePanel


@dataclass(frozen=True, slots=True)
class WindowLayout:
    """What the layout made that the window still talks to."""

    results_header: QLabel
    shown_label: QLabel
    range_label: QLabel
    #: by the name their state is remembered under
    splitters: dict[str, QSplitter]


def _splitter(orientation: Qt.Orientation, name: str, *widgets: QWidget) -> QSplitter:
    splitter = QSplitter(orientation)
    splitter.setObjectName(name)
    for widget in widgets:
        splitter.addWidget(widget)
    return splitter


def lay_out_window(window: QMainWindow, parts: WindowParts) -> WindowLayout:
    """Arrange ``parts`` in ``window`` and set the Tab order."""
    timeline_area = QWidget()
    timeline_layout = QVBoxLayout(timeline_area)
    timeline_layout.setContentsMargins(0, 0, 0, 0)
    timeline_layout.setSpacing(2)
    timeline_layout.addWidget(parts.timeline, 1)
    timeline_layout.addWidget(parts.overview)
    lower = _splitter(Qt.Orientation.Horizontal, "detailSplitter", parts.details, parts.notes)
    lower.setStretchFactor(0, 3)
    lower.setStretchFactor(1, 2)
    main = _splitter(Qt.Orientation.Vertical, "mainSplitter", timeline_area, lower)
    main.setStretchFactor(0, 3)
    main.setStretchFactor(1, 2)
    main.setChildrenCollapsible(False)
    sidebar = QWidget()
    sidebar.setObjectName("sidebar")
    sidebar_layout = QVBoxLayout(sidebar)
    sidebar_layout.setContentsMargins(6, 6, 0, 6)
    header = QLabel()
    header.setObjectName("resultsHeader")
    header.setWordWrap(True)
    for widget, stretch in (
        (parts.search_box, 0),
        (header, 0),
        (parts.results, 1),
        (parts.filters, 0),
    ):
        sidebar_layout.addWidget(widget, stretch)
    side = _splitter(Qt.Orientation.Horizontal, "sideSplitter", sidebar, main)
    side.setStretchFactor(1, 1)
    side.setSizes([270, 1010])
    central = QWidget()
    central_layout = QVBoxLayout(central)
    central_layout.setContentsMargins(0, 0, 0, 0)
    central_layout.setSpacing(0)
    central_layout.addWidget(parts.alert)
    central_layout.addWidget(parts.welcome)
    central_layout.addWidget(side, 1)
    window.setCentralWidget(central)
    range_label, shown_label = QLabel(), QLabel()
    shown_label.setObjectName("shownCount")
    window.statusBar().addPermanentWidget(shown_label)
    window.statusBar().addPermanentWidget(range_label)
    for first, second in (
        (parts.search_box, parts.timeline),
        (parts.timeline, parts.details),
        (parts.details, parts.notes.notes_list),
        (parts.notes.notes_list, parts.notes.note_editor),
        (parts.notes.note_editor, parts.notes.add_button),
        (parts.notes.add_button, parts.results),
    ):
        QWidget.setTabOrder(first, second)
    splitters = {"mainSplitter": main, "detailSplitter": lower, "sideSplitter": side}
    return WindowLayout(header, shown_label, range_label, splitters)


def _copy_note(private_copy: PrivateCopy | None) -> str:
    """What a private copy means for the user (the badge's tooltip), or nothing."""
    if private_copy is PrivateCopy.UNCHECKPOINTED:
        return translate(
            "MainWindow",
            "Its latest changes could not be read in place, so a private copy is shown; "
            "the file is left as it is.",
        )
    if private_copy is PrivateCopy.OLDER_SCHEMA:
        return translate(
            "MainWindow",
            "It comes from an older version of the app: an upgraded private copy is shown; "
            "the file is left as it is.",
        )
    return ""


def _message(path: Path | str, private_copy: PrivateCopy | None) -> str:
    """The status bar message: short, so the path fits."""
    if private_copy is PrivateCopy.UNCHECKPOINTED:
        message = translate(
            "MainWindow", "Read-only: a private copy of {path} is shown, with its latest changes."
        )
    elif private_copy is PrivateCopy.OLDER_SCHEMA:
        message = translate(
            "MainWindow", "Read-only: an upgraded private copy of {path} (older version) is shown."
        )
    else:
        message = translate(
            "MainWindow", "Read-only: {path} cannot be written, so notes cannot be changed."
        )
    return message.format(path=path)


def window_title(store: Path | str) -> str:
    """The window's title: the app's name, and on a server store the store first (its URL,
    password masked), so two windows on two stores or as two people can be told apart. Store
    first and the app's name last, as documents are named, and because Qt on X11 appends the
    application's name to a title that does not end with it."""
    title = translate("MainWindow", "Kazakhstan–China Cultural Timeline")
    return title if isinstance(store, Path) else f"{store} — {title}"


def show_event_count(status: StatusLine, store: Path | str, total: Callable[[], int]) -> None:
    """Say how many events there are and where notes are stored; the count is read each time
    the message is written, so writing it anew after a collection comes or goes corrects it."""
    status.show(
        lambda: tr("%Ln events · notes are stored in {path}", "", total()).format(path=store)
    )


class StatusLine:
    """The status bar's message, kept as how to write it, so a change of language re-renders
    the message still on show."""

    def __init__(self, status_bar: QStatusBar) -> None:
        self.bar = status_bar
        self._render: Callable[[], str] | None = None
        self._shown = ""
        self._timeout = 0

    def show(self, render: Callable[[], str], timeout: int = 0) -> None:
        """Show ``render()`` (for ``timeout`` ms; 0: until the next message)."""
        self._render, self._timeout = render, timeout
        self._shown = render()
        self.bar.showMessage(self._shown, timeout)

    def retranslate(self) -> None:
        """Write the message on show again, in the language now in force."""
        if self._render is not None and self._shown and self.bar.currentMessage() == self._shown:
            self.show(self._render, self._timeout)


class ReadOnlyBadge(QLabel):
    """ "Read-only" in the status bar, its tooltip explaining why."""

    def __init__(self, path: Path | str, private_copy: PrivateCopy | None) -> None:
        super().__init__()
        self.setObjectName("readOnlyIndicator")
        self._path, self._private_copy = path, private_copy
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the language now in force."""
        self.setText(translate("MainWindow", "Read-only"))
        tooltip = translate(
            "MainWindow", "{path} cannot be written: notes can be read, not changed."
        )
        notes = [tooltip.format(path=self._path), _copy_note(self._private_copy)]
        self.setToolTip(" ".join(filter(None, notes)))

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def show_read_only(status: StatusLine, path: Path | str, private_copy: PrivateCopy | None) -> None:
    """Say in the status bar that the database is read-only, and whether from a private copy.

    The message gives way to later ones; the "Read-only" badge stays, its tooltip explaining.
    """
    status.bar.addPermanentWidget(ReadOnlyBadge(path, private_copy))
    status.show(lambda: _message(path, private_copy))
