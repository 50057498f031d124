"""What a figure shows and how: the range, the size, light or dark, the paper."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum
from pathlib import Path

#: The widest picture (px); 20,000 px wide stays far below 500 MB.
MAX_WIDTH = 20_000
#: The tallest picture (px).
MAX_HEIGHT = 20_000
#: The most pixels of a picture whose height is given: 4 bytes each, 200 MB at most.
MAX_PIXELS = 50_000_000
PAGE_SIZES = ("A4", "Letter")


class FigureFormat(Enum):
    """The file formats a figure is written in."""

    PNG = "png"
    SVG = "svg"
    PDF = "pdf"


def format_of(path: Path) -> FigureFormat | None:
    """The format a file name asks for, by its suffix (any case); None for another."""
    suffix = path.suffix.lower().lstrip(".")
    for figure_format in FigureFormat:
        if figure_format.value == suffix:
            return figure_format
    return None


@dataclass(frozen=True, slots=True)
class FigureOptions:
    """The range drawn and the look of a figure."""

    #: first day drawn (inclusive)
    first: date
    #: last day drawn (inclusive)
    last: date
    #: PNG/SVG: the picture's width in px. PDF/print: the width in px one page is laid out at
    #: (wider = more on a page, smaller on paper)
    width: int = 1600
    #: PNG/SVG: the picture's height in px; None: chosen from the width (and bounded)
    height: int | None = None
    #: the app's dark palette instead of the light one
    dark: bool = False
    #: PDF: landscape pages
    landscape: bool = True
    #: PDF: "A4" | "Letter"
    page_size: str = "A4"

    def problem(self) -> str | None:
        """One English line saying what is wrong with these options; None when they are fine."""
        if self.width <= 0 or self.width > MAX_WIDTH:
            return f"the width must be 1 to {MAX_WIDTH:,} px (got {self.width})"
        if self.height is not None and (self.height <= 0 or self.height > MAX_HEIGHT):
            return f"the height must be 1 to {MAX_HEIGHT:,} px (got {self.height})"
        if self.height is not None and self.width * self.height > MAX_PIXELS:
            return (
                f"a picture of {self.width} × {self.height} px is too big "
                f"(at most {MAX_PIXELS:,} pixels)"
            )
        if self.last < self.first:
            return f"the range ends ({self.last}) before it starts ({self.first})"
        if self.page_size not in PAGE_SIZES:
            return f"the page size must be A4 or Letter (got {self.page_size})"
        return None
