"""The notes exchange services over a fresh database, with an empty folder for the files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.services.note_exchange.helpers import EXPORTED_AT, Clock, Env
from timeline_app.services.note_exchange.service import NoteExchangeService
from timeline_app.services.note_service import NoteService
from timeline_app.services.startup import open_timeline_database


@pytest.fixture
def env(db_path: Path, sample_data_dir: Path, tmp_path: Path) -> Iterator[Env]:
    database = open_timeline_database(db_path, sample_data_dir)
    folder = tmp_path / "exports"
    folder.mkdir()
    yield Env(
        database,
        NoteService(database.session_factory, db_path, clock=Clock()),
        NoteExchangeService(database.session_factory, db_path, clock=lambda: EXPORTED_AT),
        folder,
    )
    database.dispose()
