"""--import-events and --export-events: the real command, its summary and exit status, the
real files of TimelineJS and The Timeline Project (from ../shared/interop, skipped without
them), and a round trip export → re-import giving the same events."""

from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import SAMPLE_DATA
from tests.interchange.util import INTEROP
from tests.test_cli import run_app
from timeline_app.domain.models import DatePrecision
from timeline_app.headless import export_events, import_events
from timeline_app.persistence.event_export import CURATED, EVERY, StoredEvent, stored_events
from timeline_app.services import event_exchange
from timeline_app.services.event_exchange import EventExchangeService
from timeline_app.services.startup import open_timeline_database

needs_interop = pytest.mark.skipif(
    not INTEROP.is_dir(), reason=f"the shared interop files are not at {INTEROP}"
)
CSV = (
    "Date,Title,Description,Category\n"
    "1951,Founding,A year alone,Politics\n"
    "1960-03-14,Opening,A day,Culture\n"
    "not a date,Broken,,\n"
    "1970-05,,Only text here,\n"
)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "timeline.sqlite3"
    open_timeline_database(path, SAMPLE_DATA).dispose()
    return path


@pytest.fixture
def plain_csv(tmp_path: Path) -> Path:
    path = tmp_path / "my events.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


def events_of(db: Path, which: int) -> list[StoredEvent]:
    database = open_timeline_database(db)
    try:
        with database.session_factory() as session:
            return list(stored_events(session, which))
    finally:
        database.dispose()


def collections(db: Path) -> dict[str, int]:
    database = open_timeline_database(db)
    try:
        return EventExchangeService(database.session_factory, db).collection_names()
    finally:
        database.dispose()


def at_precision(event: StoredEvent, day: date | None) -> str:
    """A date as the event's precision states it (the chronology stores a month-precision
    date on any day of the month, the end of a year-precision event on 1 January or on 31
    December; a file states only the month or year)."""
    if day is None:
        return ""
    width = {DatePrecision.YEAR: 4, DatePrecision.MONTH: 7}.get(event.precision, 10)
    return day.isoformat()[:width]


def without_ids(events: list[StoredEvent]) -> list[tuple[str, ...]]:
    return sorted(
        tuple(str(value) for value in (
            e.title, at_precision(e, e.start), at_precision(e, e.end), e.precision, e.approximate, e.time_of_day, e.description,
            e.category, e.source_url, e.source_label))
        for e in events
    )  # fmt: skip


def test_import_prints_the_summary_and_each_refused_row(
    db: Path, plain_csv: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert import_events(db, str(plain_csv), None, replace=False) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out.splitlines() == [
        "3 events imported into my events, 1 refused",
        'row 4: a date that cannot be read (start "not a date")',
    ]
    assert list(collections(db)) == ["my events"]
    titles = [e.title for e in events_of(db, collections(db)["my events"])]
    assert titles == ["Founding", "Opening", "Only text here"]


def test_import_into_an_existing_collection_needs_replace(
    db: Path, plain_csv: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert import_events(db, str(plain_csv), "Mine", replace=False) == 0
    capsys.readouterr()
    plain_csv.write_text("Date,Title\n2001,Only one\n", encoding="utf-8")
    assert import_events(db, str(plain_csv), "Mine", replace=False) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert len(err.splitlines()) == 1
    assert "'Mine'" in err and "--replace" in err
    assert len(events_of(db, collections(db)["Mine"])) == 3
    assert import_events(db, str(plain_csv), "Mine", replace=True) == 0
    assert capsys.readouterr().out == "1 events imported into Mine, 0 refused\n"
    assert [e.title for e in events_of(db, collections(db)["Mine"])] == ["Only one"]


def test_a_file_with_no_event_writes_nothing(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("Date,Title\nsoon,Never\n", encoding="utf-8")
    assert import_events(db, str(bad), None, replace=False) == 2
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        "0 events imported into bad, 1 refused",
        'row 2: a date that cannot be read (start "soon")',
    ]
    assert len(err.splitlines()) == 1
    assert collections(db) == {}


def test_a_database_that_does_not_exist_yet_is_made_by_an_import_not_by_a_refusal(
    tmp_path: Path, plain_csv: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fresh = tmp_path / "new" / "fresh.sqlite3"
    fresh.parent.mkdir()
    bad = tmp_path / "bad.csv"
    bad.write_text("Date,Title\nsoon,Never\n", encoding="utf-8")
    assert import_events(fresh, str(bad), None, replace=False) == 2
    assert not fresh.exists()  # a refused file leaves no database behind
    assert import_events(fresh, str(plain_csv), None, replace=False) == 0
    assert "events imported into my events" in capsys.readouterr().out
    assert "my events" in collections(fresh)
    exported = tmp_path / "curated.json"
    other = tmp_path / "other.sqlite3"
    assert export_events(other, str(exported), "curated") == 0  # made with the chronology
    assert json.loads(exported.read_text(encoding="utf-8"))["events"]


def test_a_file_that_is_not_a_timeline_is_refused_whole(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.csv"
    notes.write_text("Name,Colour\nred,#f00\n", encoding="utf-8")
    assert import_events(db, str(notes), None, replace=False) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("timeline-app: cannot import") and "no column" in err
    assert collections(db) == {}


def test_export_every_curated_or_one_collection(
    db: Path, plain_csv: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import_events(db, str(plain_csv), "Mine", replace=False)
    capsys.readouterr()
    curated = len(events_of(db, CURATED))
    for name, expected in ((None, curated + 3), ("curated", curated), ("Mine", 3)):
        target = tmp_path / f"out-{name}.json"
        assert export_events(db, str(target), name) == 0
        assert capsys.readouterr().out == f"{expected} events exported to {target}\n"
        assert len(json.loads(target.read_text(encoding="utf-8"))["events"]) == expected
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_export_names_what_exists_for_an_unknown_collection_or_extension(
    db: Path, plain_csv: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import_events(db, str(plain_csv), "Mine", replace=False)
    capsys.readouterr()
    assert export_events(db, str(tmp_path / "out.json"), "Theirs") == 2
    err = capsys.readouterr().err
    assert "'Theirs'" in err and "curated, Mine" in err
    assert export_events(db, str(tmp_path / "out.xml"), None) == 2
    assert ".json, .csv" in capsys.readouterr().err
    assert not (tmp_path / "out.json").exists()


@pytest.mark.parametrize("suffix", [".json", ".csv"])
def test_round_trip_gives_the_same_events(
    db: Path, plain_csv: Path, tmp_path: Path, suffix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    import_events(db, str(plain_csv), "Mine", replace=False)
    exported = tmp_path / f"mine{suffix}"
    assert export_events(db, str(exported), "Mine") == 0
    assert import_events(db, str(exported), "Again", replace=False) == 0
    names = collections(db)
    assert without_ids(events_of(db, names["Again"])) == without_ids(events_of(db, names["Mine"]))


def test_round_trip_of_the_curated_chronology(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = tmp_path / "curated.csv"
    assert export_events(db, str(exported), "curated") == 0
    assert import_events(db, str(exported), "Copy", replace=False) == 0
    again = without_ids(events_of(db, collections(db)["Copy"]))
    assert again == without_ids(events_of(db, CURATED))


@needs_interop
@pytest.mark.parametrize(
    ("file", "name", "count"),
    [
        ("timelinejs/welcome.json", "Welcome to TimelineJS", 26),
        ("timelinejs/women_in_computing.json", "Women in Computing", 10),
        ("timelinejs/women_in_computing.csv", "Women in Computing", 10),
        ("thetimelineproj/example.timeline", "example", 1),
    ],
)
def test_the_real_files_through_the_real_command(
    db: Path, tmp_path: Path, file: str, name: str, count: int
) -> None:
    result = run_app("--db", str(db), "--import-events", str(INTEROP / file))
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == f"{count} events imported into {name}, 0 refused\n"
    exported = tmp_path / "again.json"
    result = run_app("--db", str(db), "--export-events", str(exported), "--collection", name)
    assert (result.returncode, result.stdout) == (0, f"{count} events exported to {exported}\n")
    again = run_app("--db", str(db), "--import-events", str(exported), "--collection", "Again")
    assert again.returncode == 0, again.stderr
    names = collections(db)
    assert without_ids(events_of(db, names["Again"])) == without_ids(events_of(db, names[name]))
    assert len(events_of(db, EVERY)) == len(events_of(db, CURATED)) + 2 * count


def test_the_real_command_refuses_in_one_line(db: Path, plain_csv: Path) -> None:
    result: subprocess.CompletedProcess[str] = run_app(
        "--db", str(db), "--import-events", str(plain_csv), "--read-only"
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1
    result = run_app("--db", str(db), "--export-events", str(plain_csv), "--replace")
    assert result.returncode == 2 and "--replace" in result.stderr


def test_a_large_file_is_previewed_by_its_first_rows_and_counted(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    rows = [f"{1000 + n % 900},Event {n}" if n % 100 else f"bad,Event {n}" for n in range(2000)]
    path.write_text("Date,Title\n" + "\n".join(rows) + "\n", encoding="utf-8")
    preview = event_exchange.preview_file(path)
    assert (preview.event_count, preview.refused_count) == (1980, 20)
    assert len(preview.rows) == event_exchange.PREVIEW_ROWS
    assert preview.more_rows == 2000 - event_exchange.PREVIEW_ROWS


def test_refusals_beyond_those_kept_are_counted(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(event_exchange, "KEPT_REFUSALS", 2)
    path = tmp_path / "few.csv"
    path.write_text("Date,Title\n2001,Good\nx,A\ny,B\nz,C\n", encoding="utf-8")
    assert import_events(db, str(path), None, replace=False) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "1 events imported into few, 3 refused"
    assert len(lines) == 4 and lines[-1] == "… and 1 more refused rows"
