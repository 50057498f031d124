"""What went wrong with a server store, in one line: psycopg's errors mapped to ServerOpenError.

Connection failures come from libpq as text (no SQLSTATE), so they are told apart by their
wording; errors of a statement carry an SQLSTATE. Every message names the store by its
masked URL and never holds the password, not even where the driver's text would.
"""

from __future__ import annotations

from sqlalchemy.engine import make_url

from timeline_app.domain.store_location import MASK
from timeline_app.persistence.errors import ServerOpenError

#: The role whose members may use a store (see server_roles.py).
TEAM_ROLE = "timeline_team"
#: SQLSTATE of insufficient_privilege.
INSUFFICIENT_PRIVILEGE = "42501"
#: SQLSTATE classes of a refused login (invalid authorization, invalid password).
AUTHENTICATION_STATES = ("28000", "28P01")
_UNREACHABLE = (
    "connection refused",
    "timeout expired",
    "could not translate host name",
    "no route to host",
    "network is unreachable",
    "could not connect",
    "name or service not known",
    "temporary failure in name resolution",
)
_AUTHENTICATION = (
    "password authentication failed",
    "no password supplied",
    "authentication failed",
    "no pg_hba.conf entry",
)


def _reason(error: BaseException, password: str | None) -> str:
    orig = getattr(error, "orig", None) or error
    text = " ".join(str(orig).split())
    return text.replace(password, MASK) if password else text


def server_open_error(error: BaseException, url: str) -> ServerOpenError:
    """The one-line ServerOpenError for ``error`` met while using the store at ``url``."""
    parsed = make_url(url)
    shown = parsed.render_as_string(hide_password=True)
    where = f"{parsed.host or 'localhost'}:{parsed.port or 5432}"
    role = parsed.username or "(your login)"
    reason = _reason(error, parsed.password if isinstance(parsed.password, str) else None)
    lowered = reason.lower()
    state = getattr(getattr(error, "orig", None) or error, "sqlstate", None)
    if state == INSUFFICIENT_PRIVILEGE or "permission denied" in lowered:
        message = (
            f"The role {role} has no right to use the timeline at {shown} (permission "
            f"denied): ask an administrator to add you to the role {TEAM_ROLE}."
        )
    elif state in AUTHENTICATION_STATES or any(word in lowered for word in _AUTHENTICATION):
        message = (
            f"The server at {where} refused the login of {role} (wrong password or "
            f"authentication failed) for {shown}; check the password in ~/.pgpass, PGPASSWORD "
            "or the URL."
        )
    elif "does not exist" in lowered and "database" in lowered:
        message = (
            f"There is no database {parsed.database} on the server at {where} ({shown}); "
            "check the name, or ask an administrator to create it."
        )
    elif any(word in lowered for word in _UNREACHABLE):
        message = (
            f"Cannot reach the PostgreSQL server at {where} for {shown} ({_short(reason)}); "
            "check that the server is running and the host and port are right."
        )
    else:
        message = f"Cannot use the timeline store {shown}: {reason}."
    return ServerOpenError(shown, message)


def _short(reason: str) -> str:
    """libpq's text without its "connection failed: connection to server at … failed:" lead."""
    lowered = reason.lower()
    for word in _UNREACHABLE:
        if word in lowered:
            return "no answer within the time allowed" if word == "timeout expired" else word
    return reason
