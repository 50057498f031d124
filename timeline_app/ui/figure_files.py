"""File ▸ Export Timeline Image… and File ▸ Print…: the two actions (in a group of their own
after Export Events), the export dialog, the file and progress, and the print preview.

Both draw what the window shows (the events the filters let through, their eras and sources)
with the figure renderer (``ui/figure``). Made when the window gets its database
(``window_collections.attach_collections``); ``FigureFiles.of(window)`` finds it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QEvent, QObject, QSettings, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QProgressDialog, QWidget
from typing_extensions import override

from timeline_app.domain.errors import StorageError
from timeline_app.domain.models import Source
from timeline_app.ui.dialogs.export_image import ExportImageDialog
from timeline_app.ui.event_files import EventFiles
from timeline_app.ui.explorer import Explorer
from timeline_app.ui.figure.content import FigureContent
from timeline_app.ui.figure.export import (
    FigureCancelled,
    FigureError,
    FigureWritten,
    paint_pages,
    timeline_page_count,
    write_figure,
)
from timeline_app.ui.figure.options import FigureFormat, FigureOptions
from timeline_app.ui.figure.pages import readable_width
from timeline_app.ui.figure.style import FigureStyle
from timeline_app.ui.pending import pending
from timeline_app.ui.plural import tr
from timeline_app.ui.timeline.view import TimelineView
from timeline_app.ui.translate import translate
from timeline_app.ui.window_actions import WindowActions
from timeline_app.ui.window_layout import StatusLine

if TYPE_CHECKING:  # the database layer comes with the first import (windows paint without it)
    from timeline_app.services.citation_service import CitationService

#: The file name filter of each format (format names stay as they are in every language).
FILTERS = {
    FigureFormat.PNG: "PNG (*.png)",
    FigureFormat.SVG: "SVG (*.svg)",
    FigureFormat.PDF: "PDF (*.pdf)",
}


class FigureWindow(Protocol):
    """What this uses of the main window (whose module it does not import)."""

    actions_: WindowActions
    explorer: Explorer
    status: StatusLine
    timeline_view: TimelineView


def suggested_name(options: FigureOptions, figure_format: FigureFormat) -> str:
    """``kazakhstan-china-timeline-2010-2020.pdf`` (one year once when the range is within it)."""
    years = sorted({options.first.year, options.last.year})
    span = "-".join(str(year) for year in years)
    return f"kazakhstan-china-timeline-{span}.{figure_format.value}"


def remembered_width(settings: QSettings) -> int:
    """The width last exported (1600 px when none, or when the setting is not a number)."""
    text = str(settings.value("figure/width", "1600"))
    return int(text) if text.isdigit() else 1600


class FigureFiles(QObject):
    """Exports the timeline as a picture or PDF, and prints it, for one window."""

    #: str: what was done, for the status bar
    message = Signal(str)
    #: QProgressDialog: an export started writing (tests press its Cancel)
    progressShown = Signal(object)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("figureFiles")
        self._window, self._host = window, cast(FigureWindow, window)
        self._citations: CitationService = pending("citations")
        self.dialog: ExportImageDialog | None = None
        self.preview: QPrintPreviewDialog | None = None
        self._printer: QPrinter | None = None
        self.image_action = QAction(window)
        self.image_action.setObjectName("exportImageAction")
        self.print_action = QAction(window)
        self.print_action.setObjectName("printAction")
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        menu, exports = self._host.actions_.menus["file"], EventFiles.of(window).export_action
        actions = menu.actions()
        after = actions[actions.index(exports) + 1]  # a separator: Export Events is not last
        separator = QAction(window)
        separator.setSeparator(True)
        menu.insertActions(after, [separator, self.image_action, self.print_action])
        self.image_action.triggered.connect(self.exportImage)
        self.print_action.triggered.connect(self.printTimeline)
        self._host.explorer.shownEventsChanged.connect(self._enable)
        self.message.connect(lambda text: self._host.status.show(lambda: text, 10000))
        window.installEventFilter(self)
        self.retranslate()
        self._enable()

    @staticmethod
    def of(window: QMainWindow) -> FigureFiles:
        """The window's FigureFiles, made on first call."""
        return window.findChild(FigureFiles, "figureFiles") or FigureFiles(window)

    def attachServices(self, citations: CitationService) -> None:
        """The sources and data version of the opened database."""
        self._citations = citations

    def _enable(self) -> None:
        shown = len(self._host.explorer.shown) > 0
        self.image_action.setEnabled(shown)
        self.print_action.setEnabled(shown)

    def content(self) -> FigureContent:
        """What the window shows, for the renderer (titles in the language shown)."""
        explorer, citations = self._host.explorer, self._citations
        try:
            version = citations.data_version()
        except StorageError:
            version = None  # the source line then names no version; the figure still draws

        def sources_of(keys: Sequence[int]) -> list[Source]:
            try:
                return citations.sources_of_keys(keys)
            except StorageError as error:
                raise FigureError(str(error)) from error

        return FigureContent(
            columns=explorer.shown,
            lookup=explorer.lookup(),
            categories=explorer.categories(),
            eras=self._host.timeline_view.era_bands.bands(),
            sources_of=sources_of,
            data_version=version,
        )

    # ----- Export Timeline Image -----

    def exportImage(self) -> ExportImageDialog:
        """Open the export dialog (window-modal); Export… in it asks for the file."""
        settings = QSettings()
        content = self.content()
        remembered = str(settings.value("figure/format", FigureFormat.PNG.value))
        dialog = ExportImageDialog(
            self._host.timeline_view.visibleRange(),
            lambda options: timeline_page_count(content, options),
            figure_format=next(
                (f for f in FigureFormat if f.value == remembered), FigureFormat.PNG
            ),
            width=remembered_width(settings),
            dark=str(settings.value("figure/dark", "false")).lower() == "true",
            parent=self._window,
        )
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.exportRequested.connect(
            lambda figure_format, options: self._choose_file(
                dialog, content, figure_format, options
            )
        )
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: ExportImageDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _folder(self) -> str:
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        last = str(QSettings().value("figure/folder", ""))
        return last if last and Path(last).is_dir() else documents  # a folder since removed: not

    def _choose_file(
        self,
        dialog: ExportImageDialog,
        content: FigureContent,
        figure_format: FigureFormat,
        options: FigureOptions,
    ) -> None:
        suggested = Path(self._folder()) / suggested_name(options, figure_format)
        chosen, _filter = QFileDialog.getSaveFileName(
            dialog,
            translate("FigureFiles", "Export Timeline Image"),
            str(suggested),
            FILTERS[figure_format],
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != f".{figure_format.value}":
            target = target.with_name(f"{target.name}.{figure_format.value}")
        settings = QSettings()
        settings.setValue("figure/format", figure_format.value)
        settings.setValue("figure/width", options.width)
        settings.setValue("figure/dark", "true" if options.dark else "false")
        settings.setValue("figure/folder", str(target.parent))
        if self.exportTo(target, content, options, parent=dialog) is not None:
            dialog.accept()

    def exportTo(
        self,
        target: Path,
        content: FigureContent,
        options: FigureOptions,
        parent: QWidget | None = None,
    ) -> FigureWritten | None:
        """Write the figure to ``target`` with a progress dialog; None when cancelled or failed
        (a message box names the file; nothing is left behind)."""
        progress = QProgressDialog(parent or self._window)
        progress.setObjectName("figureProgressDialog")
        progress.setWindowTitle(translate("FigureFiles", "Export Timeline Image"))
        progress.setLabelText(translate("FigureFiles", "Writing {file}…").format(file=target.name))
        progress.setCancelButtonText(translate("FigureFiles", "Cancel"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setValue(0)
        self.progressShown.emit(progress)

        def advance(done: int, total: int) -> bool:
            progress.setMaximum(max(total, 1))
            progress.setValue(min(done, max(total, 1)))
            return not progress.wasCanceled()

        try:
            written = write_figure(target, content, options, advance)
        except FigureCancelled:
            self.message.emit(
                translate("FigureFiles", "Export cancelled; {file} was not written.").format(
                    file=target.name
                )
            )
            return None
        except (FigureError, OSError) as error:
            QMessageBox.warning(
                parent or self._window,
                translate("FigureFiles", "Export Timeline Image"),
                translate("FigureFiles", "{file} could not be written: {problem}").format(
                    file=target, problem=str(error)
                ),
            )
            return None
        finally:
            progress.close()
            progress.deleteLater()
        self.message.emit(self._written_text(written))
        return written

    @staticmethod
    def _written_text(written: FigureWritten) -> str:
        kind = written.format.name  # PNG, SVG, PDF: the same in every language
        if written.format is FigureFormat.PDF:
            return tr("Exported {file} ({format}, %n pages).", "", written.pages).format(
                file=written.path, format=kind
            )
        return translate("FigureFiles", "Exported {file} ({format}).").format(
            file=written.path, format=kind
        )

    # ----- Print -----

    def printTimeline(self) -> QPrintPreviewDialog:
        """The print preview of the visible range, landscape; its toolbar sets up the page
        and prints."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        preview = QPrintPreviewDialog(printer, self._window)
        preview.setObjectName("printPreviewDialog")
        preview.setWindowTitle(translate("FigureFiles", "Print Timeline"))
        content = self.content()
        first, last = self._host.timeline_view.visibleRange()
        preview.paintRequested.connect(lambda device: self.paint(device, content, first, last))
        preview.finished.connect(lambda _result: self._preview_closed(preview))
        self.preview, self._printer = preview, printer
        preview.open()
        return preview

    def paint(self, printer: QPrinter, content: FigureContent, first: date, last: date) -> int:
        """Paint the pages of ``first``–``last`` on ``printer`` (its page layout); the number
        of pages painted (0 when it failed: the status bar says why)."""
        landscape = printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
        # Laid out for the paper: 9 pt text whatever its size and orientation (the PDF of the
        # export dialog takes the width the user chose instead).
        width = readable_width(printer, FigureStyle.make(dark=False).font.pixelSize())
        options = FigureOptions(first=first, last=last, width=width, landscape=landscape)
        try:
            return paint_pages(printer, content, options)
        except (FigureError, FigureCancelled) as error:
            problem = str(error)
            self.message.emit(
                translate("FigureFiles", "The timeline could not be printed: {problem}").format(
                    problem=problem
                )
            )
            return 0

    def _preview_closed(self, preview: QPrintPreviewDialog) -> None:
        if self.preview is preview:
            self.preview, self._printer = None, None
        preview.deleteLater()

    def retranslate(self) -> None:
        """The actions' texts in the language in force."""
        self.image_action.setText(translate("FigureFiles", "Export &Timeline Image…"))
        self.image_action.setStatusTip(
            translate(
                "FigureFiles", "Save what the timeline shows as a PNG or SVG picture or a PDF"
            )
        )
        self.print_action.setText(translate("FigureFiles", "&Print…"))
        self.print_action.setStatusTip(
            translate("FigureFiles", "Print what the timeline shows, after a preview")
        )

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().eventFilter(watched, event)
