"""Who is writing: the author recorded on each new note, own event and imported note.

On a local SQLite file it is the operating system's user; on a server store the database
role, which the server records itself (a client cannot write another name). Services take
the author in their constructor; ``author_of_store`` asks the store once when it opens.
"""

from __future__ import annotations

import logging
from pathlib import Path
from weakref import WeakKeyDictionary

from sqlalchemy.orm import Session, sessionmaker

from timeline_app.domain.errors import StorageError
from timeline_app.persistence.authors import local_author, store_author
from timeline_app.services.storage_errors import storage_errors

__all__ = ["author_of_store", "local_author"]

log = logging.getLogger(__name__)

#: The author of each opened store, asked once: the window's services share it, so a server
#: is asked one ``SELECT current_user`` per store (a role cannot change under a connection URL).
_AUTHORS: WeakKeyDictionary[sessionmaker[Session], str] = WeakKeyDictionary()


def author_of_store(session_factory: sessionmaker[Session], path: Path | str) -> str:
    """The author of this store's writes: its role on a server (one ``SELECT current_user``),
    the OS user on a file. A server that cannot be asked now gives "" (the server records
    the role anyway; only the window's "mine" marks wait for the next start)."""
    known = _AUTHORS.get(session_factory)
    if known is not None:
        return known
    try:
        with storage_errors(path, "ask who is writing"):
            author = store_author(session_factory)
    except StorageError as error:
        log.warning("%s", error)
        return ""  # not remembered: the next service asks again
    _AUTHORS[session_factory] = author
    return author
