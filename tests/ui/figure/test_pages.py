"""PDF figures and the pages Print uses: page count, slices, sources, cancel, packing."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from itertools import combinations, pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF

from tests.ui.figure.helpers import content_of, markers
from timeline_app.domain.models import Source
from timeline_app.ui.figure.export import (
    FigureCancelled,
    paint_pages,
    timeline_page_count,
    write_figure,
)
from timeline_app.ui.figure.options import FigureFormat, FigureOptions
from timeline_app.ui.figure.pages import page_slices
from timeline_app.ui.figure.panel import Planner
from timeline_app.ui.figure.style import FigureStyle
from timeline_app.ui.timeline.geometry import ROW_HEIGHT, row_top

WHOLE = FigureOptions(date(1992, 1, 1), date(2024, 12, 31))
SOURCES = [
    Source("s1", "A Quite Unmistakable Source Title", "Xinhua", url="https://example.org/a"),
    Source("s2", "Another Report", "Kazinform", published=date(2015, 6, 1)),
]


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for the figures (tmp_path holds the test's settings)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def pdf_pages(path: Path) -> int:
    """Page objects in a PDF (Qt writes its objects uncompressed)."""
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", path.read_bytes()))


def test_whole_period_is_about_three_years_a_page_at_the_default_width() -> None:
    content, _lookup, _asked = content_of(markers(10))
    assert timeline_page_count(content, WHOLE) == 11
    slices = page_slices(WHOLE)
    lengths = {round(end - start, 6) for start, end in slices}
    assert len(lengths) == 1  # equal slices
    assert all(a[1] == b[0] for a, b in pairwise(slices))  # continuous
    assert slices[0][0] == date(1992, 1, 1).toordinal()
    assert slices[-1][1] == date(2025, 1, 1).toordinal()
    wide = FigureOptions(WHOLE.first, WHOLE.last, width=3200)
    assert timeline_page_count(content, wide) == 6


def test_a_short_range_is_one_page_and_a_huge_one_at_most_200() -> None:
    content, _lookup, _asked = content_of(markers(10))
    assert timeline_page_count(content, FigureOptions(date(2000, 1, 1), date(2001, 6, 30))) == 1
    assert timeline_page_count(content, FigureOptions(date(1, 1, 1), date(9999, 12, 31))) == 200


def test_pdf_has_the_timeline_pages_then_the_sources(out: Path) -> None:
    content, _lookup, asked = content_of(markers(600, step=20), sources=SOURCES)
    target = out / "whole.pdf"
    written = write_figure(target, content, WHOLE)
    assert written.format is FigureFormat.PDF
    assert written.sources == 2
    assert written.pages == 12  # 11 timeline pages and one of sources
    assert pdf_pages(target) == 12
    assert len(asked) == 1
    assert len(set(asked[0])) == written.events_drawn > 100
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "A Quite Unmistakable Source Title" in text
        assert "https://example.org/a" in text
        assert "page 12 of 12" in text
        assert "Kazakhstan–China Cultural Timeline, data version 4" in text
        assert "1 January 1992 – 31 December 1994" in text  # the first page's own dates


def test_no_sources_no_sources_pages(out: Path) -> None:
    content, _lookup, _asked = content_of(markers(20))
    options = FigureOptions(date(1992, 1, 1), date(1992, 12, 31), landscape=False)
    written = write_figure(out / "one.pdf", content, options)
    assert (written.pages, written.sources) == (1, 0)


def test_paint_pages_paints_the_same_pages_on_any_paged_device(out: Path) -> None:
    from PySide6.QtGui import QPdfWriter

    content, _lookup, _asked = content_of(markers(300, step=30), sources=SOURCES)
    written = write_figure(out / "a.pdf", content, WHOLE)
    writer = QPdfWriter(str(out / "b.pdf"))
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return True

    pages = paint_pages(writer, content, WHOLE, progress)
    del writer
    assert pages == written.pages
    assert calls[-1] == (pages, pages)
    assert pdf_pages(out / "b.pdf") == pages


def test_cancelling_leaves_no_file(out: Path) -> None:
    content, _lookup, _asked = content_of(markers(300, step=30))
    with pytest.raises(FigureCancelled):
        write_figure(out / "stop.pdf", content, WHOLE, lambda done, _total: done < 3)
    with pytest.raises(FigureCancelled):
        write_figure(out / "stop.png", content, WHOLE, lambda _done, _total: False)
    assert list(out.iterdir()) == []


def test_titles_never_overlap(qapp: object) -> None:
    del qapp
    content, _lookup, _asked = content_of(markers(3000, step=1))
    planner = Planner(content, FigureStyle.make(dark=False))
    area = QRectF(0, 0, 1600, 600)
    first, end = float(date(1992, 1, 1).toordinal()), float(date(1998, 1, 1).toordinal())
    plan = planner.plan(content.columns, first, end, area)
    offset = plan.scale.left - plan.scale.start * plan.scale.pixels_per_day
    rects = [
        QRectF(
            item.text_x + offset,
            row_top(item.row),
            min(plan.widths[item.index], item.text_width),
            ROW_HEIGHT,
        )
        for item in plan.layout.placed
    ]
    assert len(rects) > 50
    for a, b in combinations(rects, 2):
        assert not a.adjusted(0, 1, 0, -1).intersects(b.adjusted(0, 1, 0, -1))
    assert all(rect.left() >= 0 and rect.right() <= area.width() for rect in rects)


def test_print_paints_the_pdfs_timeline_pages_on_a_printer(out: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    content, _lookup, _asked = content_of(markers(300, step=30))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out / "printed.pdf"))
    pages = paint_pages(printer, content, WHOLE)
    del printer
    assert pages == timeline_page_count(content, WHOLE) == 11  # no sources: no sources pages
    assert pdf_pages(out / "printed.pdf") == 11


def test_the_sources_read_at_the_same_size_whatever_the_pages_width(out: Path) -> None:
    many = [Source(f"s{n}", f"Report number {n} on culture", "Kazinform") for n in range(150)]
    content, _lookup, _asked = content_of(markers(300, step=30), sources=many)
    narrow = FigureOptions(WHOLE.first, WHOLE.last, width=1600)
    wide = FigureOptions(WHOLE.first, WHOLE.last, width=6400)
    narrow_pages = write_figure(out / "narrow.pdf", content, narrow).pages
    wide_pages = write_figure(out / "wide.pdf", content, wide).pages
    sources_pages = narrow_pages - timeline_page_count(content, narrow)
    assert sources_pages > 1
    assert wide_pages - timeline_page_count(content, wide) == sources_pages


def test_a_printed_page_is_laid_out_for_text_of_nine_points_on_its_paper(tmp_path: Path) -> None:
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    from timeline_app.ui.figure.pages import readable_width

    def width(orientation: QPageLayout.Orientation) -> int:
        writer = QPdfWriter(str(tmp_path / "w.pdf"))
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                orientation,
                QMarginsF(10, 10, 10, 10),
                QPageLayout.Unit.Millimeter,
            )
        )
        return readable_width(writer, 13)

    landscape, portrait = (
        width(QPageLayout.Orientation.Landscape),
        width(QPageLayout.Orientation.Portrait),
    )
    # 277 mm of paper for 13 px text 3.2 mm high: 1,125 px; 190 mm: 772 px.
    assert 1100 <= landscape <= 1150 and 750 <= portrait <= 800
