"""--export-citations: every source or one event's, as CSL-JSON, BibTeX or RIS, through the
real command; one summary line, or one error line and exit status 2 with no file left."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import rispy
from bibtexparser.entrypoint import parse_string

from tests.test_cli import run_app
from timeline_app.data.loader import load_dataset
from timeline_app.data.location import bundled_data_dir
from timeline_app.data.schema import Dataset
from timeline_app.headless import export_citations
from timeline_app.services.startup import open_timeline_database

STUDENTS = "2024-06-20-kazakh-students-in-china-3449"


@pytest.fixture(scope="module")
def bundled() -> Dataset:
    return load_dataset(bundled_data_dir())


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A database with the bundled data (what the command line opens it with)."""
    path = tmp_path / "timeline.sqlite3"
    open_timeline_database(path).dispose()
    return path


def leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_every_source_to_each_format(
    db: Path, bundled: Dataset, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    count = len(bundled.sources)
    for name, label in (("all.json", "CSL-JSON"), ("all.bib", "BibTeX"), ("all.ris", "RIS")):
        target = out / name
        assert export_citations(db, str(target), None) == 0
        assert capsys.readouterr().out == f"Wrote {count} sources to {target} ({label})\n"
    items = json.loads((out / "all.json").read_text(encoding="utf-8"))
    assert {item["id"] for item in items} == {source.id for source in bundled.sources}
    seed = next(item for item in items if item["id"] == "seed-000-kazinform-2024")
    assert seed["type"] == "article-newspaper"
    assert seed["accessed"] == {"date-parts": [[2026, 11, 22]]}
    library = parse_string((out / "all.bib").read_text(encoding="utf-8"))
    assert library.failed_blocks == [] and len(library.entries) == count
    records = rispy.loads((out / "all.ris").read_text(encoding="utf-8"))
    assert sorted(r["id"] for r in records) == sorted(s.id for s in bundled.sources)
    assert leftovers(out) == []


def test_one_events_sources(
    db: Path, bundled: Dataset, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (event,) = [event for event in bundled.events if event.id == STUDENTS]
    cited = [citation.source_id for citation in event.citations]
    target = tmp_path / "one.ris"
    assert export_citations(db, str(target), STUDENTS) == 0
    noun = "source" if len(cited) == 1 else "sources"
    assert capsys.readouterr().out == f"Wrote {len(cited)} {noun} to {target} (RIS)\n"
    records = rispy.loads(target.read_text(encoding="utf-8"))
    assert [record["id"] for record in records] == cited


@pytest.mark.parametrize(
    ("name", "event", "expected"),
    [
        ("out.txt", None, "extension '.txt' is not one of .json (CSL-JSON), .bib (BibTeX), .ris"),
        ("out", None, "no extension is not one of .json"),
        ("out.ris", "no-such-event", "there is no event with id 'no-such-event'"),
        ("a-file/out.json", None, "Could not write"),
    ],
)
def test_bad_input_is_one_line_and_leaves_no_file(
    db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    event: str | None,
    expected: str,
) -> None:
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    before = sorted(p.name for p in tmp_path.iterdir())
    assert export_citations(db, str(tmp_path / name), event) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    (line,) = captured.err.splitlines()
    assert line.startswith("timeline-app: ") and expected in line, line
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_a_bad_database_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"this is not a database" * 100)
    assert export_citations(bad, str(tmp_path / "out.json"), None) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("timeline-app: ") and "bad.sqlite3" in line
    assert not (tmp_path / "out.json").exists()


def test_the_real_command_makes_a_missing_database_with_the_bundled_data(tmp_path: Path) -> None:
    db = tmp_path / "new.sqlite3"
    target = tmp_path / "bibliography.ris"
    result = run_app("--db", str(db), "--export-citations", str(target))
    assert (result.returncode, result.stderr) == (0, "")
    (line,) = result.stdout.splitlines()
    assert line.startswith("Wrote ") and line.endswith(f" sources to {target} (RIS)")
    count = int(line.split()[1])
    assert count >= 200 and db.exists()
    records = rispy.loads(target.read_text(encoding="utf-8"))
    assert len(records) == count
    assert sum(r["type_of_reference"] == "NEWS" for r in records) == 2
    result = run_app(
        "--db",
        str(db),
        "--export-citations",
        str(tmp_path / "one.json"),
        "--event",
        STUDENTS,
    )
    assert result.returncode == 0, result.stderr
    items = json.loads((tmp_path / "one.json").read_text(encoding="utf-8"))
    assert "seed-000-kazinform-2024" in [item["id"] for item in items]


@pytest.mark.parametrize("other", [["--screenshot", "x.png"], ["--export-notes", "n.json"]])
def test_cannot_be_combined_with_other_commands(tmp_path: Path, other: list[str]) -> None:
    result = run_app("--db", str(tmp_path / "db.sqlite3"), "--export-citations", "c.bib", *other)
    assert result.returncode == 2 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("timeline-app: ") and "--export-citations" in line
