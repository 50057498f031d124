"""Writes a figure to a file (PNG, SVG, PDF) and paints the same pages on any paged device."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSize
from PySide6.QtGui import (
    QImage,
    QImageWriter,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
)
from PySide6.QtSvg import QSvgGenerator

from timeline_app.ui.figure.content import FigureContent
from timeline_app.ui.figure.options import MAX_HEIGHT, FigureFormat, FigureOptions, format_of
from timeline_app.ui.figure.pages import (
    PagesCancelled,
    layout_size,
    logical_page,
    make_book,
    page_count,
    paint_book,
)
from timeline_app.ui.figure.panel import (
    TIMELINE_CHROME,
    FigureReadError,
    Planner,
    chrome_height,
    make_frame,
    paint_chrome,
    paint_panel,
    timeline_height,
)
from timeline_app.ui.figure.style import FigureStyle, app_display_name, range_text, source_line
from timeline_app.ui.timeline.geometry import ROW_HEIGHT

#: progress(done, total) -> False to cancel
Progress = Callable[[int, int], bool]
#: Dots per inch of a written PDF (text and shapes stay vectors; this is their grid).
PDF_RESOLUTION = 300


class FigureError(Exception):
    """A figure could not be written; ``str(error)`` is one English line naming the file/problem."""


class FigureCancelled(Exception):  # noqa: N818 (the name the API gives it)
    """The progress callback asked to stop; no file was left behind."""


@dataclass(frozen=True, slots=True)
class FigureWritten:
    """What ``write_figure`` wrote."""

    path: Path
    format: FigureFormat
    pages: int
    events_drawn: int
    #: sources listed (PDF); 0 for a picture
    sources: int
    bytes: int


def picture_rows(width: int) -> int:
    """Rows of titles in a picture whose height is chosen from its width: 12 to 16."""
    return max(12, min(16, width // 120))


def picture_size(content: FigureContent, options: FigureOptions, style: FigureStyle) -> QSize:
    """The size of a PNG or SVG: the options' height, or one fitting 12–16 rows of titles."""
    if options.height is not None:
        return QSize(options.width, options.height)
    chrome = chrome_height(style, content, options.width)
    height = chrome + timeline_height(picture_rows(options.width))
    return QSize(options.width, min(MAX_HEIGHT, round(height)))


@dataclass(frozen=True, slots=True)
class _Picture:
    events_drawn: int


def _paint_picture(
    painter: QPainter,
    size: QSize,
    content: FigureContent,
    options: FigureOptions,
    style: FigureStyle,
) -> _Picture:
    frame = make_frame(style, content, size.width(), size.height())
    area = frame.timeline_rect
    if area.height() < TIMELINE_CHROME + ROW_HEIGHT:
        least = round(chrome_height(style, content, size.width()) + TIMELINE_CHROME + ROW_HEIGHT)
        raise FigureError(
            f"a picture {size.width()} px wide must be at least {least} px high "
            f"(got {size.height()})"
        )
    planner = Planner(content, style)
    first_day, end_day = float(options.first.toordinal()), float(options.last.toordinal() + 1)
    plan = planner.plan(content.columns, first_day, end_day, area)
    texts = (
        app_display_name(),
        range_text(options.first, options.last),
        source_line(content.data_version),
        "",
    )
    paint_chrome(painter, frame, style, texts)
    paint_panel(painter, plan, area, content, style, planner.texts)
    return _Picture(len(plan.layout.placed))


def timeline_page_count(content: FigureContent, options: FigureOptions) -> int:
    """The number of timeline pages of the PDF (the sources pages not counted)."""
    del content  # the count depends on the range and the width only
    return page_count(options)


def paint_pages(
    printer: QPagedPaintDevice,
    content: FigureContent,
    options: FigureOptions,
    progress: Progress | None = None,
) -> int:
    """Paint the same pages as the PDF (timeline pages, then the sources list) on ``printer``.

    The page layout (size, orientation) is the device's. ``progress(0, timeline pages)`` is
    called while the pages are laid out, then ``progress(done, total)`` after each page painted
    (``total`` then counts the sources pages too). Returns the number of pages painted; raises
    FigureCancelled when ``progress`` returns False, FigureError when storage fails.
    """
    return _paint_pages(printer, content, options, progress)[0]


def _paint_pages(
    printer: QPagedPaintDevice,
    content: FigureContent,
    options: FigureOptions,
    progress: Progress | None,
) -> tuple[int, int, int]:
    """(pages, events drawn, sources listed)."""
    style = FigureStyle.make(dark=options.dark)
    _rect, scale = logical_page(printer, options.width)
    try:
        book = make_book(content, options, style, layout_size(printer, options.width), progress)
    except PagesCancelled:
        raise FigureCancelled from None
    except FigureReadError as error:
        raise FigureError(f"cannot read the events: {error}") from None
    painter = QPainter()
    if not painter.begin(printer):
        raise FigureError("cannot paint on the printer or file")
    try:
        painter.scale(scale, scale)
        paint_book(painter, printer, book, content, style, progress)
    except PagesCancelled:
        raise FigureCancelled from None
    finally:
        painter.end()
    return book.total, book.events_drawn, book.source_count


@contextlib.contextmanager
def _temporary_beside(path: Path) -> Iterator[Path]:
    """A temporary file in ``path``'s folder, renamed to ``path`` when the block succeeds and
    removed when it fails."""
    folder = path.parent
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as error:
        reason = error.strerror or str(error)
        raise FigureError(
            f"cannot write {path}: the folder {folder} cannot be written ({reason})"
        ) from None
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        umask = os.umask(0)
        os.umask(umask)
        temporary.chmod(0o666 & ~umask)  # as an ordinary new file, not mkstemp's owner-only
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise FigureError(f"cannot write {path}: {error.strerror or error}") from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _pdf_writer(file: Path, options: FigureOptions) -> QPdfWriter:
    writer = QPdfWriter(str(file))
    writer.setResolution(PDF_RESOLUTION)
    size = QPageSize.PageSizeId.Letter if options.page_size == "Letter" else QPageSize.PageSizeId.A4
    orientation = (
        QPageLayout.Orientation.Landscape if options.landscape else QPageLayout.Orientation.Portrait
    )
    writer.setPageLayout(
        QPageLayout(
            QPageSize(size), orientation, QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Millimeter
        )
    )
    writer.setTitle(f"{app_display_name()} — {range_text(options.first, options.last)}")
    writer.setCreator(app_display_name())
    return writer


def _write_picture(
    file: Path,
    figure_format: FigureFormat,
    content: FigureContent,
    options: FigureOptions,
    progress: Progress | None,
) -> int:
    """Paint a PNG or SVG into ``file``; returns the events drawn."""
    style = FigureStyle.make(dark=options.dark)
    size = picture_size(content, options, style)
    if progress is not None and not progress(0, 1):
        raise FigureCancelled
    device: QPaintDevice
    if figure_format is FigureFormat.SVG:
        generator = QSvgGenerator()
        generator.setFileName(str(file))
        generator.setSize(size)
        # At 96 dpi the picture's size (written in mm) is its width in CSS pixels: a browser
        # shows it as wide as the PNG, not a third wider (Qt's default is 72 dpi).
        generator.setResolution(96)
        generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
        generator.setTitle(app_display_name())
        generator.setDescription(
            f"{range_text(options.first, options.last)}. {source_line(content.data_version)}"
        )
        device = generator
    else:
        device = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(device)
    try:
        drawn = _paint_picture(painter, size, content, options, style)
    except FigureReadError as error:
        raise FigureError(f"cannot read the events: {error}") from None
    finally:
        painter.end()
    if isinstance(device, QImage):
        writer = QImageWriter(str(file), b"png")
        if not writer.write(device):
            raise FigureError(f"cannot write {file}: {writer.errorString()}")
    if progress is not None and not progress(1, 1):
        raise FigureCancelled
    return drawn.events_drawn


def write_figure(
    path: Path,
    content: FigureContent,
    options: FigureOptions,
    progress: Progress | None = None,
) -> FigureWritten:
    """Write the figure to ``path``, in the format its suffix names (FigureError for another).

    Writes a temporary file in the same folder and renames it at the end (FigureError naming
    the folder when it cannot be written; nothing left behind on any failure or cancel).
    ``progress(done, total)`` is called per page and returns False to cancel (FigureCancelled).
    """
    figure_format = format_of(path)
    if figure_format is None:
        found = f"extension '{path.suffix}'" if path.suffix else "no extension"
        raise FigureError(
            f"cannot write {path}: {found} is not one of .png, .svg, .pdf "
            "(the extension chooses the format)"
        )
    problem = options.problem()
    if problem is not None:
        raise FigureError(f"cannot write {path}: {problem}")
    with _temporary_beside(path) as file:
        if figure_format is FigureFormat.PDF:
            writer = _pdf_writer(file, options)
            pages, drawn, sources = _paint_pages(writer, content, options, progress)
            del writer  # the file is complete once the writer is gone
        else:
            pages, sources = 1, 0
            drawn = _write_picture(file, figure_format, content, options, progress)
    size = path.stat().st_size
    return FigureWritten(path, figure_format, pages, drawn, sources, size)
