"""Writes a figure to a file (PNG, SVG, PDF) and paints the same pages on any paged device."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice

from timeline_app.ui.figure.content import FigureContent
from timeline_app.ui.figure.options import FigureFormat, FigureOptions

#: progress(done, total) -> False to cancel
Progress = Callable[[int, int], bool]


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
    sources: int
    bytes: int


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
    raise NotImplementedError


def timeline_page_count(content: FigureContent, options: FigureOptions) -> int:
    """The number of timeline pages of the PDF (the sources pages not counted)."""
    raise NotImplementedError


def paint_pages(
    printer: QPagedPaintDevice,
    content: FigureContent,
    options: FigureOptions,
    progress: Progress | None = None,
) -> int:
    """Paint the same pages as the PDF (timeline pages, then the sources list) on ``printer``.

    The page layout (size, orientation) is the device's. Returns the number of pages painted;
    raises FigureCancelled when ``progress`` returns False.
    """
    raise NotImplementedError
