"""A migration step is one transaction: a failure anywhere in it leaves no trace."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Connection, create_engine

from timeline_app.persistence import migrations
from timeline_app.persistence.migrations import Migration, run_migrations


def test_a_failing_step_leaves_its_ddl_undone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "steps.sqlite3"

    def half_done(connection: Connection) -> None:
        connection.exec_driver_sql("CREATE TABLE made_by_the_step (x INTEGER)")
        connection.exec_driver_sql("ALTER TABLE made_by_the_step ADD COLUMN y INTEGER")
        raise RuntimeError("the step fails after its DDL")

    monkeypatch.setattr(migrations, "MIGRATIONS", (Migration(1, "fails midway", half_done),))
    engine = create_engine(f"sqlite:///{path}")
    try:
        with pytest.raises(RuntimeError, match="after its DDL"):
            run_migrations(engine.connect, 0)
    finally:
        engine.dispose()
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("SELECT name FROM sqlite_master").fetchall() == []
        assert connection.execute("PRAGMA user_version").fetchone() == (0,)
    finally:
        connection.close()
