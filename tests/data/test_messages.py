"""Each wrong value is named by its kind and value, in TOML's terms; odd folders are passed over."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

from tests.data.test_loader import GOOD_EVENT, add, problems_of
from timeline_app.data.loader import load_dataset
from timeline_app.data.location import data_files_fingerprint
from timeline_app.services.startup import open_timeline_database

PLACE = '[[place]]\nid = "p"\nname = "P"\ncountry = "China"\nlat = {lat}\nlon = 1\n'


def _event(**changes: str) -> str:
    """A good event with some fields written as given (TOML source), the old lines commented."""
    text = GOOD_EVENT.format(id="odd", title="Odd", start="2001-02-03")
    for key, value in changes.items():
        text = text.replace(f"\n{key} = ", f"\n# {key} = ") + f"{key} = {value}\n"
    return text


@pytest.fixture
def data_dir(tmp_path: Path, sample_data_dir: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(sample_data_dir, folder)
    return folder


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A decimal where a whole number is needed: was "(got 3.0)", kind unsaid.
        (
            _event(importance="3.0"),
            "'importance': must be a whole number (got the decimal number 3.0)",
        ),
        # A bool is an int to Python: was "(got True)", in Python's spelling.
        (_event(importance="true"), "'importance': must be a whole number (got the boolean true)"),
        (
            _event(importance='"3"'),
            "'importance': must be a whole number (got the text \"3\"; write it without the quotes)",
        ),
        (
            _event(importance='"three"'),
            "'importance': must be a whole number (got the text \"three\")",
        ),
        # Was "(got int)": a Python type name.
        (_event(title="1992"), "'title': must be text in quotes (got the whole number 1992)"),
        (
            _event(start='"1999-01-01"'),
            "'start': must be a date written like 1992-08-10 "
            '(got the text "1999-01-01"; write it without the quotes)',
        ),
        # Was "(got datetime.datetime(1999, 1, 1, 10, 0, tzinfo=datetime.timezone.utc))".
        (
            _event(start="1999-01-01T10:00:00Z"),
            "'start': must be a date written like 1992-08-10 "
            "(got the date and time 1999-01-01T10:00:00+00:00)",
        ),
        (
            _event(start="[1999]"),
            "'start': must be a date written like 1992-08-10 (got a list of 1 item)",
        ),
        (
            _event(approximate='"yes"'),
            "'approximate': must be true or false (got the text \"yes\")",
        ),
        (
            _event(approximate='"false"'),
            "'approximate': must be true or false (got the text \"false\"; write it without the quotes)",
        ),
        (
            PLACE.format(lat='"43.2"'),
            "'lat': must be a number (got the text \"43.2\"; write it without the quotes)",
        ),
        (PLACE.format(lat="{ x = 1 }"), "'lat': must be a number (got a table)"),
        (
            _event(people='["astana", 7]'),
            "'people': must be a list of ids in quotes (item 2 is the whole number 7)",
        ),
        (
            GOOD_EVENT.format(id="odd", title="Odd", start="2001-02-03").replace('"odd"', "7"),
            "field 'id': must be lowercase letters, digits and hyphens (got the whole number 7)",
        ),
        (
            _event(title='"' + "long " * 20 + '"', importance='"' + "x" * 60 + '"'),
            'must be a whole number (got the text "' + "x" * 40 + '…")',
        ),
    ],
)
def test_a_wrong_value_is_named_by_kind_and_value(data_dir: Path, text: str, expected: str) -> None:
    add(data_dir, text)
    problems = problems_of(data_dir)
    assert any(expected in problem for problem in problems), problems


def test_a_decimal_data_version_says_so(data_dir: Path) -> None:
    manifest = data_dir / "manifest.toml"
    manifest.write_text(manifest.read_text().replace("data_version = 1", "data_version = 1.0"))
    assert problems_of(data_dir) == [
        "manifest.toml: data_version must be a positive whole number (got the decimal number 1.0)"
    ]


def test_a_folder_named_like_a_data_file_is_passed_over(
    data_dir: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    before = data_files_fingerprint(data_dir)
    (data_dir / "extra.toml").mkdir()
    (data_dir / "extra.toml" / "inside.toml").write_text("not = [valid")
    # It crashed start-up: the fingerprint read it as a file (IsADirectoryError).
    with caplog.at_level(logging.WARNING):
        assert data_files_fingerprint(data_dir) == before
    assert "extra.toml in the data folder" in caplog.text and "not a file; skipped" in caplog.text
    assert load_dataset(data_dir).events
    db_path = tmp_path / "with-folder.sqlite3"
    for _ in range(2):  # a new file, then the check of the recorded fingerprint
        open_timeline_database(db_path, data_dir).dispose()
