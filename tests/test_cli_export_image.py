"""--export-image: the real command's one summary line, the language, and every bad input
refused with one line on stderr, exit status 2 and no file."""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import SAMPLE_DATA
from tests.test_cli import png_size, run_app
from timeline_app.figure_command import export_image, parse_range
from timeline_app.services.startup import open_timeline_database

SUMMARY = re.compile(
    r"^Wrote (?P<path>.+): (?P<kind>PNG|SVG|PDF), (?P<pages>\d+) pages?, "
    r"(?P<events>\d+) events drawn(, (?P<sources>\d+) sources listed)?$"
)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "timeline.sqlite3"
    open_timeline_database(path, SAMPLE_DATA).dispose()
    return path


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def one_error(result: object) -> str:
    assert result.returncode == 2  # type: ignore[attr-defined]
    assert result.stdout == ""  # type: ignore[attr-defined]
    lines = result.stderr.splitlines()  # type: ignore[attr-defined]
    assert len(lines) == 1, result.stderr  # type: ignore[attr-defined]
    assert lines[0].startswith("timeline-app: ")
    return str(lines[0])


def test_pdf_of_the_bundled_data_into_a_new_database(tmp_path: Path, out: Path) -> None:
    target = out / "timeline.pdf"
    result = run_app("--db", str(tmp_path / "new.sqlite3"), "--export-image", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    match = SUMMARY.match(result.stdout.strip())
    assert match is not None, result.stdout
    assert result.stdout.count("\n") == 1
    assert match["kind"] == "PDF"
    assert int(match["pages"]) > 11  # 11 pages of 1992–2024, then the sources
    assert int(match["events"]) > 50
    assert int(match["sources"]) > 20
    assert target.read_bytes().startswith(b"%PDF")
    assert os.listdir(out) == ["timeline.pdf"]


def test_png_of_a_range_at_a_width(db: Path, out: Path) -> None:
    target = out / "decade.png"
    result = run_app(
        "--db", str(db), "--export-image", str(target), "--range", "2010:2020-06", "--width", "1000"
    )
    assert result.returncode == 0, result.stderr
    match = SUMMARY.match(result.stdout.strip())
    assert match is not None, result.stdout
    assert (match["kind"], match["pages"], match["sources"]) == ("PNG", "1", None)
    assert png_size(target)[0] == 1000


def test_svg_in_chinese_has_chinese_titles(
    tmp_path: Path, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = out / "zh.svg"
    monkeypatch.setenv("TIMELINE_APP_LANGUAGE", "zh")
    result = run_app("--db", str(tmp_path / "new.sqlite3"), "--export-image", str(target))
    assert result.returncode == 0, result.stderr
    assert SUMMARY.match(result.stdout.strip())  # the command line stays English
    texts = "".join(ET.parse(target).getroot().itertext())
    assert len(re.findall(r"[\u4e00-\u9fff]", texts)) > 200
    assert "1992年1月1日" in texts


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2010:2020", "2010-01-01", "2020-12-31"),
        ("2010-03:2011-02", "2010-03-01", "2011-02-28"),
        ("2010-03-05:2010-03-05", "2010-03-05", "2010-03-05"),
        ("1:9999", "0001-01-01", "9999-12-31"),
    ],
)
def test_range_ends_take_years_months_and_days(text: str, first: str, last: str) -> None:
    start, end = parse_range(text)
    assert (start.isoformat(), end.isoformat()) == (first, last)


@pytest.mark.parametrize(
    ("name", "range_text", "width", "expected"),
    [
        ("a.png", "2010", None, "--range '2010' is not FIRST:LAST"),
        ("a.png", "2010:x", None, "--range '2010:x': 'x' is not a year"),
        ("a.png", "2010-13:2011", None, "--range '2010-13:2011': '2010-13' is not a date"),
        ("a.png", "2020:2010", None, "--range '2020:2010' ends before it starts"),
        ("a.png", "0:2010", None, "the year 0 is not between 1 and 9999"),
        ("a.png", None, "0", "--width 0 is not between 1 and 20000"),
        ("a.png", None, "20001", "--width 20001 is not between 1 and 20000"),
        ("a.png", None, "wide", "--width 'wide' is not a whole number of pixels"),
        ("a.jpg", None, None, "extension '.jpg' is not one of .png, .svg, .pdf"),
        ("a", None, None, "no extension is not one of .png, .svg, .pdf"),
    ],
)
def test_bad_options_are_one_line_and_exit_2(
    db: Path,
    out: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    range_text: str | None,
    width: str | None,
    expected: str,
) -> None:
    before = db.read_bytes()
    status = export_image(db, str(out / name), range_text, width)
    captured = capsys.readouterr()
    assert status == 2
    assert captured.out == ""
    assert captured.err.startswith("timeline-app: ")
    assert captured.err.count("\n") == 1
    assert expected in captured.err
    assert list(out.iterdir()) == []
    assert db.read_bytes() == before


def test_a_folder_that_cannot_be_written(
    db: Path, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = export_image(db, str(out / "missing" / "a.svg"), None, None)
    error = capsys.readouterr().err
    assert status == 2
    assert error.startswith(f"timeline-app: cannot write {out / 'missing' / 'a.svg'}: the folder")
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("content", [b"", b"this is not a database at all" * 100])
def test_an_unusable_database(
    tmp_path: Path, out: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    db = tmp_path / "bad.sqlite3"
    db.write_bytes(content)
    status = export_image(db, str(out / "a.png"), None, None)
    error = capsys.readouterr().err
    assert status == 2
    assert error.startswith("timeline-app: ")
    assert error.count("\n") == 1
    assert str(db) in error
    assert list(out.iterdir()) == []


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (["--range", "2010:2020"], "--range goes only with --export-image"),
        (["--width", "900"], "--width goes only with --export-image"),
        (
            ["--export-image", "x.png", "--export-events", "e.json"],
            "--export-events cannot be combined with --export-image",
        ),
        (
            ["--export-image", "x.png", "--screenshot", "y.png"],
            "--export-image cannot be combined with --screenshot",
        ),
    ],
)
def test_options_that_go_only_with_export_image(
    db: Path, tmp_path: Path, arguments: list[str], expected: str
) -> None:
    placed = [
        str(tmp_path / argument) if "." in argument[-5:] else argument for argument in arguments
    ]
    line = one_error(run_app("--db", str(db), *placed))
    assert line == f"timeline-app: error: {expected}."
    assert not (tmp_path / "x.png").exists()
    assert not (tmp_path / "y.png").exists()
