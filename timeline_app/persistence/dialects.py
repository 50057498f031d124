"""The few places where SQLite and PostgreSQL need different SQL, chosen in one module.

Everything else is written once (the ORM, SQLAlchemy Core, ``text()`` with named bind
parameters). What differs: the driver's placeholder in the few plain-SQL reads on the paint
path, the day numbers of dates in the column snapshot, and how new event keys are reserved.
"""

from __future__ import annotations

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from timeline_app.persistence.server_triggers import EVENT_KEY_SEQUENCE

#: The dialect name of a server store.
POSTGRESQL = "postgresql"


def is_server(bind: Session | Connection) -> bool:
    """True on a PostgreSQL server store, False on an SQLite file."""
    return _dialect_name(bind) == POSTGRESQL


def _dialect_name(bind: Session | Connection) -> str:
    # A session's bind, not its connection: asking must not begin a transaction.
    engine = bind.get_bind() if isinstance(bind, Session) else bind
    return engine.dialect.name


def driver_placeholder(connection: Connection) -> str:
    """The DB-API placeholder of a positional parameter in ``exec_driver_sql``: ``?`` for
    sqlite3, ``%s`` for psycopg."""
    return "?" if connection.dialect.paramstyle == "qmark" else "%s"


def day_number_sql(connection: Connection, column: str) -> str:
    """SQL for ``date.toordinal()`` of a DATE column (0001-01-01 is day 1)."""
    if connection.dialect.name == POSTGRESQL:
        return f"(({column}) - DATE '0001-01-01' + 1)"
    # date.toordinal() of a Julian day number: 0001-01-01 is ordinal 1 and Julian day 1721425.5.
    return f"CAST(julianday({column}) - 1721424.5 AS INTEGER)"


def smaller_sql(connection: Connection, first: str, second: str) -> str:
    """SQL for the smaller of two values (SQLite's two-argument ``min``, PostgreSQL's ``least``)."""
    name = "least" if connection.dialect.name == POSTGRESQL else "min"
    return f"{name}({first}, {second})"


def reserve_event_keys(session: Session, count: int) -> list[int]:
    """``count`` new event keys for rows written with explicit keys (bulk imports).

    SQLite: the ones after the largest (the write transaction holds the file's lock). A
    server: drawn from the keys' sequence, so two clients importing at once never collide.
    """
    if count <= 0:
        return []
    if is_server(session):
        drawn = session.scalars(
            text(f"SELECT nextval('{EVENT_KEY_SEQUENCE}') FROM generate_series(1, :n)"),
            {"n": count},
        )
        return [int(key) for key in drawn]
    base = session.scalar(text("SELECT coalesce(max(key), 0) FROM events")) or 0
    return [base + number for number in range(1, count + 1)]
