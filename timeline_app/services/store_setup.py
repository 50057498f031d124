"""``--init-store``: set up or upgrade a server store, load the curated chronology, let the team in.

The administrator's step (the database's owner, with CREATEROLE; no superuser): creates the
schema on an empty database or upgrades an older one, makes the server's own objects current
(triggers, row-level security, search documents, change feed: every run, so an app update
refreshes them), grants the role ``timeline_team`` what clients need, and brings the curated
chronology and the derived data up to date. Running it again changes nothing that is already
right.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from timeline_app.persistence import schema_head
from timeline_app.persistence.errors import ServerOpenError
from timeline_app.persistence.revisions import upgrade_to_head
from timeline_app.persistence.server_database import (
    create_server_schema,
    curated_event_count,
    open_server_database,
    read_server_schema,
    refuse_foreign_or_newer,
)
from timeline_app.persistence.server_errors import TEAM_ROLE, server_open_error
from timeline_app.persistence.server_objects import ensure_server_objects
from timeline_app.persistence.server_roles import grant_team_access
from timeline_app.services.startup import bring_up_to_date

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class StoreSetUp:
    """What ``init_store`` did."""

    #: The store's URL, password masked.
    name: str
    #: The revision found (None: the database held no timeline and was set up).
    from_revision: str | None
    #: The revision it is at now.
    revision: str
    curated_events: int
    role: str = TEAM_ROLE

    @property
    def upgraded(self) -> bool:
        """An older schema was upgraded."""
        return self.from_revision is not None and self.from_revision != self.revision


def init_store(url: str, data_dir: Traversable | Path | None = None) -> StoreSetUp:
    """Set up (or upgrade) the server store at ``url``; ServerOpenError (one line) on failure.

    A newer schema, or tables of another program, are refused untouched.
    """
    database = open_server_database(url)
    shown = database.name
    try:
        with database.engine.connect() as connection:
            found = read_server_schema(connection)
            connection.rollback()
        if not found.has_tables:
            create_server_schema(database.engine)  # its objects made with the tables
            log.info("created the timeline schema in %s", shown)
        else:
            refuse_foreign_or_newer(
                shown,
                found,
                foreign=". It was left untouched; use an empty database for the timeline.",
                update="update the app to set it up.",
            )
            if not found.is_current:
                upgrade_to_head(database.engine)
                log.info("upgraded %s from %s", shown, found.revision)
        # Before the data: an upgraded store may lack the tables the search documents go to.
        with database.engine.begin() as connection:
            if found.has_tables:  # a new store's were made by create_all: not twice
                ensure_server_objects(connection)
            grant_team_access(connection)
        bring_up_to_date(database, data_dir)
        with database.session_factory() as session:
            curated = curated_event_count(session)
    except SQLAlchemyError as error:
        raise server_open_error(error, url) from None
    except schema_head.RevisionError as error:
        raise ServerOpenError(
            shown,
            f"Cannot upgrade the timeline at {shown} ({error}); it was left at its "
            "last completed step.",
        ) from None
    finally:
        database.dispose()
    return StoreSetUp(
        shown,
        found.revision if found.has_tables else None,
        schema_head.HEAD_REVISION,
        curated,
    )
