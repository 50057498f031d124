"""The data loader: good files load; each kind of bad file is refused naming file, record and field."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from timeline_app.data.__main__ import main as data_cli
from timeline_app.data.loader import load_dataset
from timeline_app.data.problems import DataValidationError

GOOD_EVENT = """
[[event]]
id = "{id}"
title = "{title}"
start = {start}
precision = "day"
category = "agreement"
importance = 3
confidence = "high"
summary = "A sentence."
sources = [{{ id = "seed-a" }}]
"""


@pytest.fixture
def data_dir(tmp_path: Path, sample_data_dir: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(sample_data_dir, folder)
    return folder


def add(folder: Path, text: str, name: str = "zz-extra.toml") -> None:
    (folder / name).write_text(text, encoding="utf-8")


def problems_of(folder: Path) -> list[str]:
    with pytest.raises(DataValidationError) as caught:
        load_dataset(folder)
    return [str(problem) for problem in caught.value.problems]


def test_sample_data_loads(sample_data_dir: Path) -> None:
    dataset = load_dataset(sample_data_dir)
    assert dataset.data_version == 1
    assert [event.id for event in dataset.events][:2] == ["e1992-agreement", "e2007-institutes"]
    astana = next(place for place in dataset.places if place.id == "astana")
    assert astana.former_names[0].name == "Nur-Sultan"
    assert len(dataset.content_hash) == 64


def test_content_hash_changes_with_any_edit(data_dir: Path) -> None:
    before = load_dataset(data_dir).content_hash
    add(data_dir, GOOD_EVENT.format(id="new-one", title="Something new", start="2001-02-03"))
    assert load_dataset(data_dir).content_hash != before


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[[event]]\nid = "x"\nstart = 1992-13-01\n', "zz-extra.toml, line 3: is not valid TOML"),
        (
            GOOD_EVENT.format(id="e1992-agreement", title="Other", start="1993-01-01"),
            "zz-extra.toml: event 'e1992-agreement': field 'id': duplicate id, already used in sample.toml",
        ),
        (
            GOOD_EVENT.format(id="early", title="Too early", start="1991-12-31"),
            "zz-extra.toml: event 'early': field 'start': 1991-12-31 is outside",
        ),
        (
            GOOD_EVENT.format(id="late", title="Too late", start="2025-01-01"),
            "zz-extra.toml: event 'late': field 'start': 2025-01-01 is outside",
        ),
        (
            GOOD_EVENT.format(id="backwards", title="Backwards", start="2005-05-05").replace(
                'precision = "day"', 'end = 2005-05-01\nprecision = "day"'
            ),
            "zz-extra.toml: event 'backwards': field 'end': 2005-05-01 is before start 2005-05-05",
        ),
        (
            GOOD_EVENT.format(id="nosrc", title="No source", start="2005-05-05").replace(
                'sources = [{ id = "seed-a" }]', ""
            ),
            "zz-extra.toml: event 'nosrc': field 'sources': every event needs at least one source",
        ),
        (
            GOOD_EVENT.format(id="unknown-cat", title="Bad category", start="2005-05-05").replace(
                '"agreement"', '"sports"'
            ),
            "zz-extra.toml: event 'unknown-cat': field 'category': unknown category 'sports'",
        ),
        (
            GOOD_EVENT.format(id="badlink", title="Broken link", start="2005-05-05")
            + 'related = [{ event = "nowhere", kind = "leads-to" }]\n',
            "zz-extra.toml: event 'badlink': field 'related': links to unknown event 'nowhere'",
        ),
        (
            GOOD_EVENT.format(
                id="dup-title", title="Agreement on cultural co-operation", start="1992-08-10"
            ),
            "zz-extra.toml: event 'dup-title': field 'title': likely duplicate of 'e1992-agreement'",
        ),
        (
            GOOD_EVENT.format(id="nodate", title="No date", start='"yesterday"'),
            "zz-extra.toml: event 'nodate': field 'start': must be a date",
        ),
        (
            GOOD_EVENT.format(id="zoned", title="Zoned", start="1999-01-01T10:00:00Z"),
            "zz-extra.toml: event 'zoned': field 'start': must be a date",
        ),
        (
            GOOD_EVENT.format(id="typo", title="Typo", start="1999-01-01") + 'sumary = "x"\n',
            "zz-extra.toml: event 'typo': field 'sumary': unknown field",
        ),
        (
            GOOD_EVENT.format(id="Bad Id", title="Bad id", start="1999-01-01"),
            "field 'id': must be lowercase letters",
        ),
        (
            GOOD_EVENT.format(id="prec", title="Precision", start="1999-01-01").replace(
                '"day"', '"week"'
            ),
            "zz-extra.toml: event 'prec': field 'precision': must be one of day, month, year",
        ),
        (
            '[[source]]\nid = "bad-url"\ntitle = "T"\npublisher = "P"\nurl = "htp:/broken"\n',
            "zz-extra.toml: source 'bad-url': field 'url': is not a valid http(s) URL",
        ),
        (
            '[[source]]\nid = "nowhere"\ntitle = "T"\npublisher = "P"\n',
            "zz-extra.toml: source 'nowhere': field 'url': a source needs a url or a seed document name",
        ),
        (
            '[[source]]\nid = "read-when"\ntitle = "T"\npublisher = "P"\n'
            'url = "https://example.org/t"\naccessed = "last week"\n',
            "zz-extra.toml: source 'read-when': field 'accessed': must be a date",
        ),
        (
            '[[category]]\nid = "x"\nname = "X"\ncolour = "red"\n',
            "zz-extra.toml: category 'x': field 'colour': must be a colour like",
        ),
    ],
)
def test_bad_input_names_file_record_and_field(data_dir: Path, text: str, expected: str) -> None:
    add(data_dir, text)
    assert any(expected in problem for problem in problems_of(data_dir)), problems_of(data_dir)


def test_not_utf8_is_refused(data_dir: Path) -> None:
    (data_dir / "zz-extra.toml").write_bytes(b'title = "\xff\xfe"\n')
    assert any("zz-extra.toml: is not valid UTF-8" in p for p in problems_of(data_dir))


def test_missing_data_version_is_refused(data_dir: Path) -> None:
    text = (data_dir / "manifest.toml").read_text(encoding="utf-8").replace("data_version = 1", "")
    (data_dir / "manifest.toml").write_text(text, encoding="utf-8")
    assert any("data_version must be set once" in p for p in problems_of(data_dir))


def test_empty_folder_is_refused(tmp_path: Path) -> None:
    assert any("holds no .toml data files" in p for p in problems_of(tmp_path))


def test_check_command_prints_counts(
    sample_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert data_cli(["check", "--allow-missing-translations", str(sample_data_dir)]) == 0
    output = capsys.readouterr().out
    assert "events: 6" in output
    assert "events by confidence: high 4, low 1, medium 1" in output


def test_check_command_fails_with_one_line_per_problem(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add(data_dir, GOOD_EVENT.format(id="early", title="Too early", start="1980-01-01"))
    assert data_cli(["check", str(data_dir)]) == 1
    error_lines = capsys.readouterr().err.strip().splitlines()
    assert error_lines[0].startswith("error: zz-extra.toml: event 'early': field 'start'")
    assert error_lines[-1].startswith("1 problem(s) in")


def test_access_dates_are_read(sample_data_dir: Path) -> None:
    sources = {source.id: source for source in load_dataset(sample_data_dir).sources}
    assert sources["seed-a"].accessed == date(2026, 11, 22)
    assert sources["web-b"].accessed is None


def test_check_command_names_sources_without_an_access_date(
    sample_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert data_cli(["check", "--allow-missing-translations", str(sample_data_dir)]) == 0
    err = capsys.readouterr().err
    assert "warning: source 'web-b' has no access date (accessed)" in err
    assert "seed-a" not in err
    assert "warning: 1 source(s) without an access date" in err
