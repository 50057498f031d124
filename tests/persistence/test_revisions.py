"""The Alembic history itself: one line from the baseline, in step with the ORM rows, and
runnable on PostgreSQL as well as SQLite."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

from tests.conftest import SAMPLE_DATA
from timeline_app.persistence.database import open_database
from timeline_app.persistence.orm_collections import SCHEMA
from timeline_app.persistence.revisions import (
    BASELINE_REVISION,
    head_revision,
    known_revisions,
    upgrade_sql,
)
from timeline_app.services.startup import open_timeline_database

FIXTURES = Path(__file__).parents[1] / "fixtures"


def test_the_history_runs_from_the_baseline_to_private_notes() -> None:
    assert BASELINE_REVISION == "baseline_schema_9"
    assert head_revision() == "private_notes"
    assert known_revisions() == {"baseline_schema_9", "note_and_event_authors", "private_notes"}


def _only_the_apps_tables(
    _object: Any, _name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Leave out what the rows do not declare: the derived full-text tables, alembic_version."""
    return not (type_ == "table" and reflected and compare_to is None)


@pytest.mark.parametrize("origin", ["new", "schema_v1", "schema_v9"])
def test_every_upgraded_file_has_exactly_the_schema_of_the_rows(
    tmp_path: Path, origin: str
) -> None:
    """Alembic's own comparison finds no column, index or table the revisions missed."""
    path = tmp_path / "timeline.sqlite3"
    if origin == "new":
        open_timeline_database(path, SAMPLE_DATA).dispose()
    else:
        shutil.copy(FIXTURES / f"{origin}.sqlite3", path)
        open_database(path).dispose()
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"include_object": _only_the_apps_tables}
            )
            assert compare_metadata(context, SCHEMA) == []
    finally:
        engine.dispose()


def test_the_revisions_run_on_postgresql() -> None:
    """No SQLite-only SQL: the history renders for PostgreSQL, each revision a transaction."""
    sql = upgrade_sql("postgresql")
    assert "ALTER TABLE notes ADD COLUMN author TEXT;" in sql
    assert "CREATE INDEX ix_notes_author ON notes (author);" in sql
    assert "ALTER TABLE events ADD COLUMN author TEXT;" in sql
    assert "ALTER TABLE notes ADD COLUMN private BOOLEAN DEFAULT false NOT NULL;" in sql
    assert "ALTER TABLE drafts ADD COLUMN author TEXT;" in sql
    assert sql.count("BEGIN;") == sql.count("COMMIT;") == 3
    assert "sqlite" not in sql.lower()


def test_the_head_named_for_opening_without_alembic_is_the_historys() -> None:
    from timeline_app.persistence.revisions import head_revision
    from timeline_app.persistence.schema_head import HEAD_REVISION

    assert head_revision() == HEAD_REVISION


def test_a_database_at_the_head_opens_without_importing_alembic(tmp_path: Path) -> None:
    """Alembic (with Mako and Pygments) costs about 0.15 s to import: not on every start."""
    import subprocess
    import sys

    from timeline_app.persistence.database import open_database

    path = tmp_path / "t.sqlite3"
    open_database(path).dispose()  # made and stamped at the head
    probe = (
        "import sys; from pathlib import Path; "
        "from timeline_app.persistence.database import open_database; "
        f"open_database(Path({str(path)!r})).dispose(); "
        "print('alembic' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "False"
