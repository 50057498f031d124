"""Who may use a server store: the role ``timeline_team`` and what it is granted.

``--init-store`` makes the role (NOLOGIN: people log in as themselves and are made members)
and grants it, in one function so other parts of the server set-up can add to it. Everything
here works for a database owner holding CREATEROLE, no superuser needed.

Members read every table and write the tables a client writes (notes, drafts, own events and
collections, and the derived rows those writes update); the curated chronology's own tables
(places, people, sources, citations, links, figures, glossary) stay read-only to them.
"""

from __future__ import annotations

from sqlalchemy import Connection, inspect, text

from timeline_app.persistence.server_errors import TEAM_ROLE

#: The tables a client writes: its notes and drafts, its own events (with their texts and
#: places) and collections (with their categories and eras), the column snapshot rebuilt
#: after such a change, the events' search documents (search_postgres.py), and app_meta,
#: whose events counter the triggers move.
TEAM_WRITES = (
    "notes",
    "drafts",
    "events",
    "event_texts",
    "event_places",
    "event_snapshot",
    "event_search",
    "collections",
    "categories",
    "eras",
    "app_meta",
)


def _quoted(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote(name)


def team_role_exists(connection: Connection) -> bool:
    """True when the role ``timeline_team`` exists on the server (roles are server-wide)."""
    found = connection.execute(
        text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": TEAM_ROLE}
    )
    return found.first() is not None


def grant_team_access(connection: Connection) -> None:
    """Make ``timeline_team`` when absent and grant it what clients need; harmless to repeat.

    Runs in the caller's transaction, on the schema the tables are in.
    """
    role = _quoted(connection, TEAM_ROLE)
    if not team_role_exists(connection):
        connection.exec_driver_sql(f"CREATE ROLE {role} NOLOGIN")
    schema = connection.exec_driver_sql("SELECT current_schema()").scalar_one()
    quoted_schema = _quoted(connection, str(schema))
    connection.exec_driver_sql(f"GRANT USAGE ON SCHEMA {quoted_schema} TO {role}")
    connection.exec_driver_sql(f"GRANT SELECT ON ALL TABLES IN SCHEMA {quoted_schema} TO {role}")
    tables = set(inspect(connection).get_table_names(schema=str(schema)))
    for table in TEAM_WRITES:
        if table in tables:
            connection.exec_driver_sql(
                f"GRANT INSERT, UPDATE, DELETE ON {quoted_schema}.{_quoted(connection, table)} "
                f"TO {role}"
            )
    # nextval for new event keys; setval (UPDATE) when a row comes with a key of its own.
    connection.exec_driver_sql(
        f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {quoted_schema} TO {role}"
    )
