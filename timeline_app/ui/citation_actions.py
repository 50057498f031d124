"""Citing sources from the window: Edit ▸ Copy Citation (the selected event's sources on the
clipboard, as plain text and HTML), File ▸ Export Sources… (the selected event's) and File ▸
Export Bibliography… (every source), as CSL-JSON, BibTeX or RIS.

Made when the window gets its database (``window_collections.attach_collections``), so the
window module itself does not change; ``CitationActions.of(window)`` finds it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QEvent, QMimeData, QObject, QStandardPaths, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox
from typing_extensions import override

from timeline_app.domain.errors import StorageError
from timeline_app.domain.models import Source
from timeline_app.interchange.citations import CITATION_FORMATS
from timeline_app.ui.citation_text import citations_html, citations_text
from timeline_app.ui.details.pane import DetailPane
from timeline_app.ui.explorer import Explorer
from timeline_app.ui.plural import tr
from timeline_app.ui.timeline.view import TimelineView
from timeline_app.ui.translate import translate
from timeline_app.ui.window_actions import WindowActions, make_action, set_action_texts
from timeline_app.ui.window_layout import StatusLine

if TYPE_CHECKING:  # the database layer comes with the services (windows paint without it)
    from timeline_app.services.citation_service import CitationService

#: The file dialog's filters, one per format (the format names stay as they are).
FILTERS = [f"{f.name} (*{suffix})" for suffix, f in CITATION_FORMATS.items()]


class CitationWindow(Protocol):
    """What this uses of the main window (whose module it does not import)."""

    actions_: WindowActions
    detail_pane: DetailPane
    explorer: Explorer
    status: StatusLine
    timeline_view: TimelineView

    def reportStorageError(self, error: StorageError) -> None: ...


def with_suffix_of_filter(chosen: str, chosen_filter: str) -> Path:
    """The file name chosen, given the suffix of the chosen filter when it has none of a
    citation format (``sources`` with "BibTeX (*.bib)" -> ``sources.bib``)."""
    target = Path(chosen)
    if target.suffix.lower() in CITATION_FORMATS:
        return target
    suffix = next(
        (s for s, f in CITATION_FORMATS.items() if chosen_filter.startswith(f"{f.name} (")),
        ".json",
    )
    return target.with_name(target.name + suffix)


class CitationActions(QObject):
    """Copy Citation, Export Sources… and Export Bibliography… for one window."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("citationActions")
        self._window, self._host = window, cast(CitationWindow, window)
        self._citations: CitationService | None = None
        self.copy_action = make_action(window, [QKeySequence("Ctrl+Shift+C")], "edit-copy")
        self.copy_action.setObjectName("copyCitationAction")
        self.export_sources_action = QAction(window)
        self.export_sources_action.setObjectName("exportSourcesAction")
        self.export_bibliography_action = QAction(window)
        self.export_bibliography_action.setObjectName("exportBibliographyAction")
        menus = self._host.actions_.menus
        edit = menus["edit"].actions()
        after_new_note = edit[edit.index(self._host.actions_.new_note) + 1]
        menus["edit"].insertAction(after_new_note, self.copy_action)
        file = menus["file"].actions()
        # Beside the other exports of data: right after Export Events (the picture and print
        # group follows, then Notes on Removed Events).
        names = [action.objectName() for action in file]
        before = file[names.index("exportEventsAction") + 1]
        menus["file"].insertActions(
            before, [self.export_sources_action, self.export_bibliography_action]
        )
        self.copy_action.triggered.connect(lambda _checked=False: self.copyCitation(None))
        self.export_sources_action.triggered.connect(lambda _checked=False: self.exportSources())
        self.export_bibliography_action.triggered.connect(
            lambda _checked=False: self.exportBibliography()
        )
        view = self._host.timeline_view
        view.eventSelected.connect(lambda _id: self.updateActions())
        view.selectionCleared.connect(self.updateActions)
        # A filter that hides the selected event ends its selection without selectionCleared.
        self._host.explorer.shownEventsChanged.connect(self.updateActions)
        self._host.detail_pane.citationCopyRequested.connect(self.copyCitation)
        window.installEventFilter(self)
        self.retranslate()
        self.updateActions()

    @staticmethod
    def of(window: QMainWindow) -> CitationActions:
        """The window's CitationActions, made on first call."""
        return window.findChild(CitationActions, "citationActions") or CitationActions(window)

    def attachService(self, citations: CitationService) -> None:
        """The citation service of the opened database."""
        self._citations = citations
        self.updateActions()

    def updateActions(self) -> None:
        """Copy and Export Sources need a selected event; all need a database."""
        attached = self._citations is not None
        selected = self._host.timeline_view.selectedEventId() is not None
        self.copy_action.setEnabled(attached and selected)
        self.export_sources_action.setEnabled(attached and selected)
        self.export_bibliography_action.setEnabled(attached)

    def _show(self, render: Callable[[], str]) -> None:
        self._host.status.show(render, 10000)

    def _selected_sources(self, event_id: str | None = None) -> list[Source] | None:
        """The sources of ``event_id`` (default: the selected event); None without one."""
        event_id = event_id or self._host.timeline_view.selectedEventId()
        if self._citations is None or event_id is None:
            return None
        try:
            return self._citations.event_sources(event_id)
        except StorageError as error:
            self._host.reportStorageError(error)
            return None

    def copyCitation(self, event_id: str | None = None) -> QMimeData | None:
        """Put the sources of ``event_id`` (default: the selected event) on the clipboard, as
        text/plain and text/html."""
        sources = self._selected_sources(event_id)
        if sources is None:
            return None
        if not sources:
            self._show(lambda: translate("CitationActions", "This event cites no source."))
            return None
        data = QMimeData()
        data.setText(citations_text(sources))
        data.setHtml(citations_html(sources))
        QGuiApplication.clipboard().setMimeData(data)
        count = len(sources)
        self._show(lambda: tr("Citation of %n sources copied.", "", count))
        return data

    def exportSources(self) -> Path | None:
        """Ask where to write the selected event's sources; write them."""
        sources = self._selected_sources()
        if sources is None:
            return None
        title = translate("CitationActions", "Export Sources")
        return self._export(sources, title, "sources")

    def exportBibliography(self) -> Path | None:
        """Ask where to write every source; write them."""
        if self._citations is None:
            return None
        try:
            sources = self._citations.all_sources()
        except StorageError as error:
            self._host.reportStorageError(error)
            return None
        title = translate("CitationActions", "Export Bibliography")
        return self._export(sources, title, "bibliography")

    def _export(self, sources: Sequence[Source], title: str, stem: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self._window, title, str(Path(folder) / f"{stem}.json"), ";;".join(FILTERS)
        )
        if not chosen:
            return None
        return self.exportTo(sources, with_suffix_of_filter(chosen, chosen_filter), title)

    def exportTo(self, sources: Sequence[Source], target: Path, title: str) -> Path | None:
        """Write ``sources`` to ``target`` (format by its suffix); a message box on failure."""
        # Loaded on first use, as the other services: the window paints without them.
        from timeline_app.services.citation_export import write_citations  # noqa: PLC0415

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written = write_citations(target, sources)
        except StorageError as error:  # names the file and why (full disk, no such folder…)
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(self._window, title, str(error))
            return None
        QGuiApplication.restoreOverrideCursor()
        count, name = len(sources), written.name
        self._show(
            lambda: tr("%n sources written to {file} ({format}).", "", count).format(
                file=target, format=name
            )
        )
        return target

    def retranslate(self) -> None:
        """The actions' texts in the language in force."""
        set_action_texts(
            self.copy_action,
            translate("CitationActions", "Copy C&itation"),
            translate("CitationActions", "Copy the selected event's sources as a citation"),
        )
        set_action_texts(
            self.export_sources_action,
            translate("CitationActions", "Export &Sources…"),
            translate(
                "CitationActions", "Write the selected event's sources as CSL-JSON, BibTeX or RIS"
            ),
        )
        set_action_texts(
            self.export_bibliography_action,
            translate("CitationActions", "Export &Bibliography…"),
            translate("CitationActions", "Write every source as CSL-JSON, BibTeX or RIS"),
        )

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().eventFilter(watched, event)
