"""Who is writing: the author recorded on each new note and own event.

On a local SQLite file it is the operating system's user. A shared store (issue 17) will pass
the database role instead: services take the author in their constructor, this is only the
default.
"""

from __future__ import annotations

import getpass
import logging

log = logging.getLogger(__name__)


def local_author() -> str:
    """The OS user's login name; "" when it cannot be found (no user database, no variables)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError) as error:
        log.info("the author of new notes is unknown: %s", error)
        return ""
