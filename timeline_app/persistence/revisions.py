"""Alembic, driven from code: the revision history in schema_versions/ and running it.

No ``alembic.ini`` and no ``env.py``: the Config is built here with ``script_location``
inside the installed package (so a wheel and the packaged app carry the revisions), the
connection is passed through ``config.attributes``, and the upgrade runs the way an
``env.py`` would. Each revision runs in its own transaction, so a failure leaves the database
at the last completed revision. On SQLite a revision's DDL is made transactional by an
explicit ``BEGIN IMMEDIATE`` (pysqlite would otherwise commit DDL at once), and foreign keys
are off while revisions run, so a batch-mode table rebuild never cascades a delete.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

from alembic.config import Config
from alembic.runtime.environment import EnvironmentContext
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection, Engine, event

from timeline_app.persistence.orm_collections import SCHEMA
from timeline_app.persistence.schema_head import (
    BASELINE_REVISION,
    VERSION_TABLE,
    RevisionError,
)

__all__ = ["BASELINE_REVISION", "VERSION_TABLE"]

log = logging.getLogger(__name__)
#: The folder of the revision files (a package of its own, installed with the app).
SCRIPT_LOCATION = Path(__file__).with_name("schema_versions")


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic's configuration for this app, with ``connection`` in its attributes."""
    return _config(SCRIPT_LOCATION, connection)


def _config(location: Path, connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(location))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def _script(location: Path) -> ScriptDirectory:
    """The history at ``location``; made directly, not from the Config, so no option string
    is split (a folder with a space in its name stays one folder, on every Alembic release)."""
    # The revisions sit in the script folder itself (no versions/ below it).
    return ScriptDirectory(str(location), version_locations=[str(location)])


@cache
def _history(location: Path) -> tuple[str, frozenset[str]]:
    """The head and every revision of the history at ``location`` (read once per folder)."""
    script = _script(location)
    heads = script.get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"the schema history has {len(heads)} heads: {heads}")
    return heads[0], frozenset(revision.revision for revision in script.walk_revisions())


def head_revision() -> str:
    """The revision this version of the app writes."""
    return _history(SCRIPT_LOCATION)[0]


def known_revisions() -> frozenset[str]:
    """Every revision this version of the app knows (a database at any other is newer)."""
    return _history(SCRIPT_LOCATION)[1]


def stamp(connection: Connection, revision: str) -> None:
    """Record ``revision`` in the version table without running anything."""
    context = MigrationContext.configure(connection)
    try:
        context.stamp(_script(SCRIPT_LOCATION), revision)
    except CommandError as error:
        raise RevisionError(str(error)) from error
    log.info("database stamped at revision %s", revision)


def _begin_immediate(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


@contextmanager
def _transactional_ddl(engine: Engine) -> Iterator[None]:
    """On SQLite, make every transaction of ``engine`` a real one, DDL included."""
    if engine.dialect.name != "sqlite":
        yield
        return
    event.listen(engine, "begin", _begin_immediate)
    try:
        yield
    finally:
        event.remove(engine, "begin", _begin_immediate)


def upgrade_to_head(engine: Engine) -> None:
    """Run every revision after the database's current one, each in its own transaction.

    The database must already be stamped (at least at the baseline).
    """
    with _transactional_ddl(engine), engine.connect() as connection:
        config = alembic_config(connection)
        script = _script(SCRIPT_LOCATION)
        head = head_revision()

        def steps(revision: Any, _context: MigrationContext) -> Any:
            return script._upgrade_revs(head, revision)

        with EnvironmentContext(config, script, fn=steps, destination_rev=head) as environment:
            environment.configure(
                connection=config.attributes["connection"],
                target_metadata=SCHEMA,
                render_as_batch=True,
                transaction_per_migration=True,
            )
            with environment.begin_transaction():
                try:
                    environment.run_migrations()
                except CommandError as error:
                    raise RevisionError(str(error)) from error
    log.info("database upgraded to revision %s", head)


def upgrade_sql(dialect_name: str) -> str:
    """The SQL the whole history runs on a database of ``dialect_name``, without one (Alembic's
    offline mode): what an administrator can read before an upgrade, and what shows in tests
    that every revision runs on PostgreSQL as well as on SQLite."""
    script = _script(SCRIPT_LOCATION)
    config = alembic_config()
    output = io.StringIO()
    head = head_revision()

    def steps(revision: Any, _context: MigrationContext) -> Any:
        return script._upgrade_revs(head, revision)

    with EnvironmentContext(
        config, script, fn=steps, as_sql=True, starting_rev=None, destination_rev=head
    ) as environment:
        environment.configure(
            dialect_name=dialect_name,
            output_buffer=output,
            target_metadata=SCHEMA,
            render_as_batch=True,
            transaction_per_migration=True,
        )
        with environment.begin_transaction():
            environment.run_migrations()
    return output.getvalue()
