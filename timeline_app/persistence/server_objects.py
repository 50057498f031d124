"""Make a server store's PostgreSQL-only objects current: ``ensure_server_objects``.

``--init-store`` runs it on every store, new or upgraded, each time (services/store_setup.py):
the registry of server_ddl.py replayed in the order ``SCHEMA.create_all`` runs it (each
table's statements in the tables' creation order, then those of the whole metadata). Every
statement is idempotent, so a second run changes nothing; one written differently by a newer
app (a function's body, a policy's condition) replaces the old one.
"""

from __future__ import annotations

import logging

from sqlalchemy import DDL, Connection

# Imported for their effect: each registers its statements (search_postgres is not imported
# by the ORM rows, so without this a replay would miss the search documents).
from timeline_app.persistence import (  # noqa: F401
    change_feed,
    search_postgres,
    server_privacy,
    server_triggers,
)
from timeline_app.persistence.orm_collections import SCHEMA
from timeline_app.persistence.server_ddl import ServerStatement, registered

log = logging.getLogger(__name__)


def creation_order() -> list[str]:
    """The registered statements as ``create_all`` runs them, each once (a function shared
    by several tables is made with the first)."""
    tables = {table.name: number for number, table in enumerate(SCHEMA.sorted_tables)}
    last = len(tables)

    def position(entry: tuple[int, ServerStatement]) -> tuple[int, int]:
        number, statement = entry
        if statement.table is None:
            return last + 1, number
        return tables.get(statement.table, last), number

    ordered = sorted(enumerate(registered()), key=position)
    return list(dict.fromkeys(statement.statement for _, statement in ordered))


def ensure_server_objects(connection: Connection) -> None:
    """Create or refresh every PostgreSQL-only object of the store, in the caller's
    transaction; the tables must exist (made or upgraded before)."""
    if connection.dialect.name != "postgresql":
        raise ValueError(f"server objects are PostgreSQL's, not {connection.dialect.name}'s")
    statements = creation_order()
    for statement in statements:
        connection.execute(DDL(statement))  # type: ignore[no-untyped-call]
    log.info("made %d server statements current", len(statements))
