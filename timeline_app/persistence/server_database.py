"""Opening a PostgreSQL server store, and reading which schema it holds.

``open_server_database`` connects lazily and creates nothing; ``client_check`` refuses a
store a client must not use (no timeline, an older or a newer schema), reading only;
``create_server_schema`` makes the tables (with the PostgreSQL triggers of
server_triggers.py) and stamps the Alembic head, for ``--init-store``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, create_engine, func, insert, inspect, make_url, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from timeline_app.domain.store_location import masked
from timeline_app.persistence import schema_head
from timeline_app.persistence.errors import NewerSchemaError, ServerOpenError
from timeline_app.persistence.orm import EVENTS_GENERATION_KEY, EventRow, MetaRow
from timeline_app.persistence.orm_collections import SCHEMA
from timeline_app.persistence.server_errors import server_open_error
from timeline_app.persistence.store import Database

log = logging.getLogger(__name__)
#: Seconds a connection attempt may take before it fails (issue 17: at most 10).
CONNECT_TIMEOUT_S = 10
#: The driver a plain ``postgresql://`` URL is opened with.
DRIVER = "psycopg"
#: libpq's options for a read-only client: every transaction is read-only on the server.
READ_ONLY_OPTIONS = "-c default_transaction_read_only=on"


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


def open_server_database(url: str, *, read_only: bool = False) -> Database:
    """A Database on the server store at ``url``; connects lazily and creates nothing.

    ``read_only``: every transaction is read-only on the server (a write fails there).
    The URL's own parameters (``sslmode``, ``application_name``…) pass through to libpq, as
    do its environment (PGPASSWORD, PGSSLMODE…) and ``~/.pgpass``.
    """
    connect_args: dict[str, object] = {"connect_timeout": CONNECT_TIMEOUT_S}
    if read_only:
        connect_args["options"] = READ_ONLY_OPTIONS
    try:
        engine = create_engine(server_url(url), connect_args=connect_args, pool_pre_ping=True)
    except (SQLAlchemyError, ValueError) as error:  # a malformed URL, a missing driver
        raise ServerOpenError(masked(url), f"Cannot open {masked(url)}: {error}.") from None
    factory = sessionmaker(engine, expire_on_commit=False)
    return Database(shown_url(url), engine, factory, read_only=read_only)


@dataclass(frozen=True, slots=True)
class ServerSchema:
    """Which timeline a server database holds."""

    #: Tables of the timeline found (none: an empty database, or another application's).
    has_tables: bool
    #: The Alembic revision it is stamped at (None: not stamped).
    revision: str | None

    @property
    def is_current(self) -> bool:
        """At the revision this app writes."""
        return self.revision == schema_head.HEAD_REVISION


def read_server_schema(connection: Connection) -> ServerSchema:
    """The timeline tables and Alembic revision of the server database; reads only."""
    names = set(inspect(connection).get_table_names())
    has_tables = bool(names & set(SCHEMA.tables))
    revision = None
    if schema_head.VERSION_TABLE in names:
        revision = connection.exec_driver_sql(
            f"SELECT version_num FROM {schema_head.VERSION_TABLE}"
        ).scalar()
    return ServerSchema(has_tables, None if revision is None else str(revision))


def is_known_revision(revision: str) -> bool:
    """True for a revision of this app's history (older or current), False for a newer one."""
    from timeline_app.persistence.revisions import known_revisions  # noqa: PLC0415

    return revision in known_revisions()


def refuse_foreign_or_newer(shown: str, schema: ServerSchema, *, foreign: str, update: str) -> None:
    """Refuse, untouched, a database with tables of another program (no Alembic revision) or a
    timeline of a newer app; ``foreign`` and ``update`` end the two messages (what to do)."""
    if schema.revision is None:
        raise ServerOpenError(
            shown, f"The database {shown} holds tables of another program, not a timeline{foreign}"
        )
    if not is_known_revision(schema.revision):
        raise NewerSchemaError(
            shown,
            f"The timeline at {shown} was written by a newer version of this app (schema "
            f"{schema.revision}; this version knows up to {schema_head.HEAD_REVISION}). It was "
            f"left untouched; {update}",
        )


def client_check(database: Database, url: str) -> None:
    """Refuse, touching nothing, a store a client must not use: no timeline, an older schema
    (an administrator upgrades it), a newer one; ServerOpenError for one it cannot reach."""
    shown = database.name
    init = f"timeline-app --db {shown} --init-store"
    try:
        with database.engine.connect() as connection:
            schema = read_server_schema(connection)
            connection.rollback()
    except SQLAlchemyError as error:
        raise server_open_error(error, url) from None
    if not schema.has_tables:
        raise ServerOpenError(
            shown,
            f"The database {shown} holds no timeline; an administrator can set it up with: {init}",
        )
    if schema.is_current:
        return
    refuse_foreign_or_newer(
        shown,
        schema,
        foreign=" (no schema revision). It was left untouched; choose another database with --db.",
        update="update the app to open it.",
    )
    raise ServerOpenError(
        shown,
        f"The timeline at {shown} has an older schema ({schema.revision}; this version needs "
        f"{schema_head.HEAD_REVISION}). It was left untouched; an administrator must upgrade "
        f"it with: {init}",
    )


def create_server_schema(engine: Engine) -> None:
    """Make the tables, triggers and the events counter on an empty server database, and
    stamp it at the Alembic head (one transaction: PostgreSQL's DDL is transactional)."""
    from timeline_app.persistence.revisions import head_revision, stamp  # noqa: PLC0415

    with engine.begin() as connection:
        SCHEMA.create_all(connection)
        connection.execute(insert(MetaRow).values(key=EVENTS_GENERATION_KEY, value="0"))
        stamp(connection, head_revision())


def curated_event_count(session: Session) -> int:
    """How many events of the curated chronology the store holds."""
    count = session.scalar(
        select(func.count()).select_from(EventRow).where(EventRow.collection_id.is_(None))
    )
    return int(count or 0)
