"""Where the timeline is stored: a local SQLite file (a path) or a PostgreSQL server (a URL).

Pure text handling, without SQLAlchemy or a driver, so the command line can tell the two apart,
refuse a URL it cannot open and mask a password before anything heavy is loaded.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import SplitResult, unquote, urlsplit, urlunsplit

#: A store: a file (Path) or a server store's URL (str, never a path).
StoreLocation = Path | str
#: The URL schemes of a server store (a plain ``postgresql://`` is opened with psycopg 3).
SERVER_SCHEMES = ("postgresql", "postgresql+psycopg")
#: What --db accepts, as messages name it.
SUPPORTED = "a file path or postgresql://user@host:port/dbname"
#: Shown instead of a password.
MASK = "***"
#: ``scheme://``: a scheme of two or more characters (``C://`` is a Windows drive, a path).
_URL_PREFIX = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]+://")


class LocationError(ValueError):
    """A --db value that is neither a file path nor a URL of a supported server; one line."""


def is_url(text: str) -> bool:
    """True when ``text`` has a ``scheme://`` prefix (``C:\\x`` and ``C://x`` are paths)."""
    return bool(_URL_PREFIX.match(text.strip()))


def is_server(location: StoreLocation) -> bool:
    """True for a server store's URL, False for a file."""
    return isinstance(location, str)


def _split(url: str) -> SplitResult:
    try:
        parts = urlsplit(url)
        _ = parts.port  # a port that is not a number raises here
    except ValueError as error:
        raise LocationError(
            f"{masked(url)} is not a valid URL ({error}); use {SUPPORTED}."
        ) from None
    return parts


def check_server_url(text: str) -> str:
    """``text`` when it is a URL of a PostgreSQL store naming a host and a database; else
    LocationError naming what is supported (the password masked)."""
    url = text.strip()
    scheme = url.split("://", 1)[0].lower()
    if scheme not in SERVER_SCHEMES:
        raise LocationError(
            f"{masked(url)}: {scheme}:// stores are not supported; use {SUPPORTED}."
        )
    parts = _split(url)
    if not parts.hostname:
        raise LocationError(f"{masked(url)} names no server host; use {SUPPORTED}.")
    if not unquote(parts.path.lstrip("/")):
        raise LocationError(f"{masked(url)} names no database; use {SUPPORTED}.")
    return url


def masked(url: str) -> str:
    """``url`` with its password (if any) replaced by ``***``, for messages and logs."""
    return _with_password(url, MASK)


def without_password(url: str) -> str:
    """``url`` with no password at all: what may be remembered (the app never stores one)."""
    return _with_password(url, None)


def _with_password(url: str, replacement: str | None) -> str:
    try:
        parts = urlsplit(url)
    except ValueError:
        # Too broken to split: hide everything between "://" and the last "@".
        head, _, rest = url.partition("://")
        if "@" not in rest:
            return url
        user = rest.rsplit("@", 1)[0].split(":", 1)[0]
        hidden = f"{user}:{replacement}" if replacement is not None else user
        return f"{head}://{hidden}@{rest.rsplit('@', 1)[1]}"
    if "@" not in parts.netloc:
        return url
    credentials, host = parts.netloc.rsplit("@", 1)
    if ":" not in credentials:
        return url
    user = credentials.split(":", 1)[0]
    shown = f"{user}:{replacement}" if replacement is not None else user
    return urlunsplit(parts._replace(netloc=f"{shown}@{host}"))


def shown(location: StoreLocation) -> str:
    """How messages name a store: the file, or the URL with its password masked."""
    return masked(location) if isinstance(location, str) else str(location)


def parse_location(text: str) -> StoreLocation:
    """A --db value (or $TIMELINE_APP_DB) as a store location: a checked server URL, or a path."""
    if is_url(text):
        return check_server_url(text)
    return Path(text).expanduser()
