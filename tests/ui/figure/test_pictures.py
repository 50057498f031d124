"""PNG and SVG figures: size, pixels, vector text, language, range, light and dark."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.ui.figure.helpers import content_of, markers
from timeline_app.domain.dates import set_date_language
from timeline_app.ui.figure.export import FigureError, picture_rows, write_figure
from timeline_app.ui.figure.options import FigureFormat, FigureOptions

SVG = "{http://www.w3.org/2000/svg}"
YEARS = FigureOptions(date(1992, 1, 1), date(1996, 12, 31))


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for the figures (tmp_path holds the test's settings)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def svg_texts(path: Path) -> list[str]:
    root = ET.parse(path).getroot()
    return ["".join(node.itertext()) for node in root.iter(f"{SVG}text")]


def test_png_has_the_width_asked_a_height_from_it_and_is_drawn(out: Path) -> None:
    content, _lookup, _asked = content_of(markers(300))
    target = out / "figure.png"
    written = write_figure(target, content, FigureOptions(YEARS.first, YEARS.last, width=900))
    image = QImage(str(target))
    assert image.width() == 900
    assert 300 < image.height() < 900
    assert written.format is FigureFormat.PNG
    assert written.pages == 1
    assert written.bytes == target.stat().st_size
    assert 0 < written.events_drawn <= picture_rows(900) * 10
    colours = {image.pixel(x, y) for x in range(0, 900, 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 20  # text, marks, axis, legend: far from a blank picture


def test_png_height_is_the_one_asked(out: Path) -> None:
    content, _lookup, _asked = content_of(markers(50))
    target = out / "tall.PNG"
    write_figure(target, content, FigureOptions(YEARS.first, YEARS.last, width=700, height=640))
    image = QImage(str(target))
    assert (image.width(), image.height()) == (700, 640)


def test_a_height_too_small_for_the_timeline_is_refused(out: Path) -> None:
    content, _lookup, _asked = content_of(markers(50))
    target = out / "flat.png"
    with pytest.raises(FigureError, match="must be at least"):
        write_figure(target, content, FigureOptions(YEARS.first, YEARS.last, height=120))
    assert list(out.iterdir()) == []


def test_dark_figures_have_a_dark_background_and_light_ones_a_light_one(out: Path) -> None:
    content, _lookup, _asked = content_of(markers(50))
    light, dark = out / "light.png", out / "dark.png"
    write_figure(light, content, YEARS)
    write_figure(dark, content, FigureOptions(YEARS.first, YEARS.last, dark=True))
    corner = (3, 3)
    assert QImage(str(light)).pixelColor(*corner).lightness() > 200
    assert QImage(str(dark)).pixelColor(*corner).lightness() < 60


def test_svg_is_vector_text_and_shapes_with_titles_legend_and_source_line(
    out: Path,
) -> None:
    content, _lookup, _asked = content_of(markers(400, step=2))
    target = out / "figure.svg"
    written = write_figure(target, content, YEARS)
    root = ET.parse(target).getroot()
    assert not list(root.iter(f"{SVG}image"))  # no embedded bitmap, badges included
    texts = svg_texts(target)
    titles = [text for text in texts if text.startswith("Event number")]
    assert len(titles) == written.events_drawn > 10
    assert any(text.startswith("+") for text in texts)  # the badges' counts, as text
    assert {"Culture", "Diplomacy"} <= set(texts)  # the legend
    assert "Kazakhstan–China Cultural Timeline, data version 4" in texts
    assert "1 January 1992 – 31 December 1996" in texts
    assert root.findtext(f"{SVG}title") == "Kazakhstan–China Cultural Timeline"
    assert "data version 4" in (root.findtext(f"{SVG}desc") or "")
    # Its size is given at 96 dpi, so a browser shows it as many CSS pixels wide as asked.
    millimetres = float(root.get("width", "").removesuffix("mm"))
    assert round(millimetres / 25.4 * 96) == YEARS.width


def test_titles_are_drawn_in_the_lookups_language_and_dates_in_the_readers(
    out: Path,
) -> None:
    content, lookup, _asked = content_of(markers(40), prefix="中文 ")
    set_date_language("zh")
    target = out / "zh.svg"
    written = write_figure(target, content, YEARS)
    # Qt writes a run of another script (here in the Chinese fallback font) as a <text> of its
    # own, so the texts are read joined.
    joined = "".join(svg_texts(target))
    assert lookup.asked
    assert joined.count("中文") == written.events_drawn > 0
    assert "1992年1月1日" in joined


def test_events_outside_the_range_are_not_drawn(out: Path) -> None:
    early = markers(10, first=date(2000, 3, 1), step=10)
    late = [
        replace(marker, id=f"late{n}", title=f"Late {n}")
        for n, marker in enumerate(markers(10, first=date(2010, 3, 1), step=10))
    ]
    content, _lookup, _asked = content_of([*early, *late])
    target = out / "range.svg"
    written = write_figure(target, content, FigureOptions(date(2010, 1, 1), date(2010, 12, 31)))
    texts = svg_texts(target)
    assert written.events_drawn == 10
    assert sum(text.startswith("Late ") for text in texts) == 10
    assert not [text for text in texts if text.startswith("Event number")]


def test_a_file_of_another_kind_is_refused_and_nothing_is_written(out: Path) -> None:
    content, _lookup, _asked = content_of(markers(5))
    with pytest.raises(FigureError, match=r"figure\.jpg: extension '\.jpg' is not one of"):
        write_figure(out / "figure.jpg", content, YEARS)
    assert list(out.iterdir()) == []


def test_bad_options_are_refused_before_anything_is_written(out: Path) -> None:
    content, _lookup, _asked = content_of(markers(5))
    with pytest.raises(FigureError, match="width must be 1 to 20,000"):
        write_figure(out / "f.png", content, FigureOptions(YEARS.first, YEARS.last, width=0))
    assert list(out.iterdir()) == []


def test_a_folder_that_cannot_be_written_is_named_and_nothing_is_left(out: Path) -> None:
    content, _lookup, _asked = content_of(markers(5))
    folder = out / "missing"
    with pytest.raises(FigureError, match=f"the folder {folder} cannot be written"):
        write_figure(folder / "f.svg", content, YEARS)
    assert list(out.iterdir()) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_is_named_and_nothing_is_left(out: Path) -> None:
    content, _lookup, _asked = content_of(markers(5))
    out.chmod(0o500)
    try:
        with pytest.raises(FigureError, match=f"the folder {out} cannot be written"):
            write_figure(out / "f.pdf", content, YEARS)
    finally:
        out.chmod(0o700)
    assert list(out.iterdir()) == []


def test_a_folder_in_the_files_place_is_refused_and_nothing_is_left(out: Path) -> None:
    content, _lookup, _asked = content_of(markers(5))
    (out / "taken.png").mkdir()
    with pytest.raises(FigureError, match=r"cannot write .*taken\.png"):
        write_figure(out / "taken.png", content, YEARS)
    assert [path.name for path in out.iterdir()] == ["taken.png"]
