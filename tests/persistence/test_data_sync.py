"""Bundled data fills the database and updates it by stable id, never touching notes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from timeline_app.persistence.orm import EventRow
from timeline_app.persistence.orm_notes import NoteRow
from timeline_app.services.note_service import NoteService
from timeline_app.services.startup import open_timeline_database
from timeline_app.services.timeline_service import TimelineService


@pytest.fixture
def data_dir(tmp_path: Path, sample_data_dir: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(sample_data_dir, folder)
    return folder


def edit(folder: Path, old: str, new: str, *, version: int | None = None) -> None:
    sample = folder / "sample.toml"
    sample.write_text(sample.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    if version is not None:
        manifest = folder / "manifest.toml"
        text = manifest.read_text(encoding="utf-8")
        manifest.write_text(
            text.replace("data_version = 1", f"data_version = {version}"), encoding="utf-8"
        )


def titles(db_path: Path, data_dir: Path) -> dict[str, str]:
    database = open_timeline_database(db_path, data_dir)
    with database.session_factory() as session:
        result = {row.id: row.title for row in session.scalars(select(EventRow))}
    database.dispose()
    return result


def test_first_start_fills_the_database(db_path: Path, data_dir: Path) -> None:
    assert len(titles(db_path, data_dir)) == 6


def test_newer_data_updates_events_in_place_and_keeps_notes(db_path: Path, data_dir: Path) -> None:
    database = open_timeline_database(db_path, data_dir)
    notes = NoteService(database.session_factory, db_path)
    note, _ = notes.add_note("e1992-agreement", "my research note")
    notes.add_note("e2020-nur-sultan", "note on an event that will be withdrawn")
    database.dispose()

    edit(
        data_dir,
        'title = "Agreement on cultural cooperation"',
        'title = "Intergovernmental agreement on cultural cooperation"',
        version=2,
    )
    edit(data_dir, 'id = "e2020-nur-sultan"', 'id = "e2020-renamed"')
    after = titles(db_path, data_dir)
    assert after["e1992-agreement"] == "Intergovernmental agreement on cultural cooperation"
    assert "e2020-nur-sultan" not in after and "e2020-renamed" in after

    database = open_timeline_database(db_path, data_dir)
    notes = NoteService(database.session_factory, db_path)
    assert [n.text for n in notes.notes_for("e1992-agreement")] == ["my research note"]
    assert notes.notes_for("e1992-agreement")[0].id == note.id
    # A note on a withdrawn event is kept, never deleted.
    with database.session_factory() as session:
        kept = session.scalars(
            select(NoteRow.text).where(NoteRow.event_id == "e2020-nur-sultan")
        ).all()
    assert kept == ["note on an event that will be withdrawn"]
    detail = TimelineService(database.session_factory, db_path).event_detail("e1992-agreement")
    assert detail is not None and detail.citations[0].quote == "one of the first legal acts"
    database.dispose()


def test_an_older_bundle_never_overwrites_newer_data(db_path: Path, data_dir: Path) -> None:
    edit(data_dir, 'title = "EXPO 2017 in Astana"', 'title = "EXPO 2017 (v3)"', version=3)
    assert titles(db_path, data_dir)["e2017-expo"] == "EXPO 2017 (v3)"
    edit(data_dir, 'title = "EXPO 2017 (v3)"', 'title = "EXPO 2017 (v2)"')
    manifest = data_dir / "manifest.toml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8").replace("data_version = 3", "data_version = 2"),
        encoding="utf-8",
    )
    assert titles(db_path, data_dir)["e2017-expo"] == "EXPO 2017 (v3)"


def test_same_version_with_edited_content_is_resynced(db_path: Path, data_dir: Path) -> None:
    titles(db_path, data_dir)
    edit(data_dir, 'title = "EXPO 2017 in Astana"', 'title = "EXPO 2017, Astana"')
    assert titles(db_path, data_dir)["e2017-expo"] == "EXPO 2017, Astana"


def test_unchanged_data_files_are_not_read_again(
    db_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_timeline_database(db_path, data_dir).dispose()

    def refuse(_: object) -> None:
        raise AssertionError("the unchanged data files were parsed again")

    monkeypatch.setattr("timeline_app.services.startup.load_dataset", refuse)
    open_timeline_database(db_path, data_dir).dispose()  # same bytes: nothing to read
    edit(data_dir, "Agreement on cultural cooperation", "Agreement on cultural co-operation")
    with pytest.raises(AssertionError, match="parsed again"):
        open_timeline_database(db_path, data_dir)  # one changed byte is noticed
