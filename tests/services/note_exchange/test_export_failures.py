"""Exporting where nothing can be written: a StorageError naming the file; the old file whole."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from tests.services.note_exchange.helpers import Env
from timeline_app.domain.errors import StorageError


@pytest.mark.parametrize("export", ["export_markdown", "export_json", "export_csv"])
def test_a_target_under_a_regular_file_is_a_storage_error(env: Env, export: str) -> None:
    env.notes.add_note("e1992-agreement", "x")
    blocker = env.folder / "file.txt"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(StorageError, match=r"file\.txt/notes\.out"):
        getattr(env.exchange, export)(blocker / "notes.out")


def test_a_target_in_proc_is_a_storage_error(env: Env) -> None:
    with pytest.raises(StorageError, match=r"Could not write /proc/x\.json"):
        env.exchange.export_json(Path("/proc/x.json"))


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_a_failed_write_leaves_the_old_file_whole_and_no_temporary_file(
    env: Env, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    env.notes.add_note("e1992-agreement", "x")
    target = env.folder / "notes.json"
    target.write_text("previous export", encoding="utf-8")

    def disk_full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(f"timeline_app.services.note_exchange.formats.os.{failing}", disk_full)
    with pytest.raises(StorageError, match=r"notes\.json: No space left on device"):
        env.exchange.export_json(target)
    monkeypatch.undo()
    assert target.read_text(encoding="utf-8") == "previous export"
    assert [path.name for path in env.folder.iterdir()] == ["notes.json"]
