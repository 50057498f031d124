"""Opening a PostgreSQL server store (internal for now: the CLI and the window open files only).

``open_server_database`` connects and creates nothing; ``create_server_schema`` makes the
tables (with the PostgreSQL triggers of server_triggers.py) and stamps the Alembic head, and
data sync fills the curated chronology as on a file.
"""

from __future__ import annotations

from sqlalchemy import Engine, create_engine, insert, make_url
from sqlalchemy.orm import sessionmaker

from timeline_app.persistence.orm import EVENTS_GENERATION_KEY, MetaRow
from timeline_app.persistence.orm_collections import SCHEMA
from timeline_app.persistence.revisions import head_revision, stamp
from timeline_app.persistence.store import Database

#: Seconds a connection attempt may take before it fails (issue 17: at most 10).
CONNECT_TIMEOUT_S = 10
#: The driver a plain ``postgresql://`` URL is opened with.
DRIVER = "psycopg"


def server_url(url: str) -> str:
    """``url`` with psycopg 3 as its driver (a plain ``postgresql://`` names none)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql":
        raise ValueError(f"not a PostgreSQL URL: {parsed.render_as_string(hide_password=True)}")
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername=f"postgresql+{DRIVER}")
    return parsed.render_as_string(hide_password=False)


def shown_url(url: str) -> str:
    """``url`` as messages and logs show it: the password masked."""
    return make_url(url).render_as_string(hide_password=True)


def open_server_database(url: str) -> Database:
    """A Database on the server store at ``url``; connects lazily and creates nothing."""
    engine = create_engine(
        server_url(url),
        connect_args={"connect_timeout": CONNECT_TIMEOUT_S},
        pool_pre_ping=True,
    )
    return Database(shown_url(url), engine, sessionmaker(engine, expire_on_commit=False))


def create_server_schema(engine: Engine) -> None:
    """Make the tables, triggers and the events counter on an empty server database, and
    stamp it at the Alembic head (one transaction: PostgreSQL's DDL is transactional)."""
    with engine.begin() as connection:
        SCHEMA.create_all(connection)
        connection.execute(insert(MetaRow).values(key=EVENTS_GENERATION_KEY, value="0"))
        stamp(connection, head_revision())
