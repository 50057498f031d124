"""The look of a figure: fonts sized in pixels, the palette, and the texts around the timeline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtGui import QFont, QGuiApplication, QPalette

from timeline_app import APP_NAME
from timeline_app.domain.dates import event_date_text
from timeline_app.domain.models import DatePrecision
from timeline_app.ui.theme import dark_palette, light_palette
from timeline_app.ui.translate import translate

#: The pixel size of the text when the app font gives none that can be used.
DEFAULT_PIXEL_SIZE = 13


def figure_font() -> QFont:
    """The app font (its family list carries the Chinese fallback) at an explicit pixel size,
    so PNG, SVG and PDF lay out alike whatever the device's resolution."""
    font = QFont(QGuiApplication.font())
    pixels = font.pixelSize()
    if pixels <= 0:
        points = font.pointSizeF()
        pixels = round(points * 96 / 72) if points > 0 else DEFAULT_PIXEL_SIZE
    font.setPixelSize(max(9, min(pixels, 32)))
    return font


def scaled_font(font: QFont, factor: float, *, bold: bool = False) -> QFont:
    """``font`` at ``factor`` times its pixel size."""
    scaled = QFont(font)
    scaled.setPixelSize(max(8, round(font.pixelSize() * factor)))
    scaled.setBold(bold)
    return scaled


def app_display_name() -> str:
    """The application's (translated) display name, or its English name when none is set."""
    name = QGuiApplication.applicationDisplayName()
    # Unset, Qt answers with the application name (the program's file name): not ours.
    if not name or name == QGuiApplication.applicationName():
        return APP_NAME
    return name


@dataclass(frozen=True, slots=True)
class _Days:
    """The days shown, dated as an event is (so they read as every date in the app)."""

    start: date
    end: date | None
    precision: DatePrecision = DatePrecision.DAY
    approximate: bool = False
    qualifier: str = ""


def range_text(first: date, last: date) -> str:
    """The days shown, in the reader's language ('1 January 1992 – 31 December 2024')."""
    return event_date_text(_Days(first, None if first == last else last))


def source_line(data_version: int | None) -> str:
    """'Kazakhstan–China Cultural Timeline, data version 4' (the app's name alone when the
    data version is not known)."""
    if data_version is None:
        return app_display_name()
    return translate("Figure", "{app}, data version {version}").format(
        app=app_display_name(), version=data_version
    )


def page_text(number: int, total: int) -> str:
    """'page 3 of 13'."""
    return translate("Figure", "page {number} of {total}").format(number=number, total=total)


@dataclass(frozen=True, slots=True)
class FigureStyle:
    """Fonts and colours one figure is drawn with."""

    palette: QPalette
    font: QFont
    heading_font: QFont
    small_font: QFont

    @classmethod
    def make(cls, *, dark: bool) -> FigureStyle:
        """The style for light or dark figures in the app's font."""
        font = figure_font()
        return cls(
            palette=dark_palette() if dark else light_palette(),
            font=font,
            heading_font=scaled_font(font, 1.3, bold=True),
            small_font=scaled_font(font, 0.9),
        )
