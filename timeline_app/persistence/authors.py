"""Who is writing: the OS user on a local file, the database role on a server store.

On a server store the role is what the server records (server_privacy.py's triggers set
``author := current_user`` whatever a client sends); asking for it here is only so the window
can tell the user's own notes from a teammate's.
"""

from __future__ import annotations

import getpass
import logging

from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from timeline_app.persistence.dialects import is_server

log = logging.getLogger(__name__)


def local_author() -> str:
    """The OS user's login name; "" when it cannot be found (no user database, no variables)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError) as error:
        log.info("the author of new notes is unknown: %s", error)
        return ""


def current_author(session: Session) -> str:
    """The author of what ``session`` writes: the role on a server store, else the OS user."""
    if is_server(session):
        return str(session.scalar(text("SELECT current_user")) or "")
    return local_author()


def store_author(session_factory: sessionmaker[Session]) -> str:
    """``current_author`` in a short session of its own (one query on a server, none on a file)."""
    with session_factory() as session:
        return current_author(session)
