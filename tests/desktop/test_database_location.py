"""The remembered database location sits between TIMELINE_APP_DB and the default."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.desktop.database_location import (
    remember_database_path,
    remembered_database_path,
)
from timeline_app.desktop.paths import (
    DB_ENVIRONMENT_VARIABLE,
    default_database_path,
    resolve_database_path,
)


def test_order_is_option_variable_remembered_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    moved = tmp_path / "moved.sqlite3"
    moved.write_bytes(b"")
    assert resolve_database_path(None, remembered_database_path) == default_database_path()
    remember_database_path(moved)
    assert resolve_database_path(None, remembered_database_path) == moved
    monkeypatch.setenv(DB_ENVIRONMENT_VARIABLE, str(tmp_path / "env.sqlite3"))
    assert resolve_database_path(None, remembered_database_path) == tmp_path / "env.sqlite3"
    assert resolve_database_path("cli.sqlite3", remembered_database_path) == Path("cli.sqlite3")


def test_a_remembered_file_that_is_gone_falls_back_to_the_default(tmp_path: Path) -> None:
    remember_database_path(tmp_path / "unplugged" / "timeline.sqlite3")
    assert remembered_database_path() is None
    assert resolve_database_path(None, remembered_database_path) == default_database_path()
