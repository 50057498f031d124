"""The registry of a server store's PostgreSQL-only objects, and their one way in.

Functions, triggers, row-level security and its policies, the event key sequence, the search
table, column and indexes, the snapshot's storage and the change feed's triggers are all
PostgreSQL's alone: the ORM rows do not declare them, and an SQLite file never has them.
Each module that defines some registers its statements here with ``postgresql_only``, under
the table they belong to (or the whole metadata). From here they reach a store two ways:

- ``SCHEMA.create_all`` on PostgreSQL runs them after making their table (a listener on the
  table's ``after_create``, as before), so a new store is made whole at once;
- ``server_objects.ensure_server_objects`` replays every one of them on an existing store, in
  the order ``create_all`` would run them: a store upgraded by Alembic gets the objects of
  tables that already existed, and running ``--init-store`` again after an app update
  refreshes every function, trigger and policy.

Hence every statement is idempotent: ``CREATE OR REPLACE`` for functions and triggers
(PostgreSQL 14 or later), ``DROP POLICY IF EXISTS`` before each ``CREATE POLICY``,
``IF NOT EXISTS`` for tables, columns, indexes and sequences. A statement goes through
SQLAlchemy's ``DDL``, so a literal ``%`` must be written ``%%``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import DDL, FromClause, MetaData, Table, event


@dataclass(frozen=True, slots=True)
class ServerStatement:
    """One registered statement and what it belongs to."""

    #: The table whose creation runs it; None: run once every table exists.
    table: str | None
    statement: str


_REGISTRY: list[ServerStatement] = []


def postgresql_only(target: FromClause | MetaData, *statements: str) -> None:
    """Register ``statements`` (idempotent DDL, in order) for ``target``, a table (a row's
    ``__table__``) or the metadata: run after ``create_all`` makes it on PostgreSQL, and
    replayed by ``ensure_server_objects``."""
    if isinstance(target, MetaData):
        table = None
    elif isinstance(target, Table):
        table = target.name
    else:
        raise TypeError(f"server DDL belongs to a table or the metadata, not {target!r}")
    for statement in statements:
        _REGISTRY.append(ServerStatement(table, statement))
        ddl = DDL(statement).execute_if(dialect="postgresql")  # type: ignore[no-untyped-call]
        event.listen(target, "after_create", ddl)


def registered() -> tuple[ServerStatement, ...]:
    """Every statement registered so far, in registration order."""
    return tuple(_REGISTRY)
