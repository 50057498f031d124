"""Listening to a server store's change feed (change_feed.py) in a thread of its own.

A dedicated psycopg connection, outside the engine's pool, runs ``LISTEN``; each
notification is parsed and handed to a callback on the listener's thread (the window's
adapter moves it to the GUI thread). When the server goes away the listener says so once,
then tries again after 1, 2, 4, 8 and then every 15 seconds; when it is back it says so, and
everything counts as changed (notifications sent meanwhile were missed). Changes this client
made itself (through the engine's own connections) are skipped: whoever made them has shown
them already. ``close`` stops the thread within a poll interval. No Qt here.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from typing import Any

import psycopg
from sqlalchemy import Engine, event

from timeline_app.domain.remote_changes import RemoteChanges
from timeline_app.persistence.change_feed import CHANNEL, parse_payload
from timeline_app.persistence.database import Database
from timeline_app.persistence.server_database import CONNECT_TIMEOUT_S

log = logging.getLogger(__name__)

#: Seconds between attempts to reach the server again (the last one repeats).
BACKOFF_S = (1.0, 2.0, 4.0, 8.0, 15.0)
#: How often the thread looks up from waiting for notifications to see whether to stop.
POLL_S = 0.2
#: Where a pooled connection's record keeps its server process id.
PID_KEY = "timeline_backend_pid"
#: TCP keepalives, so a silently dropped connection is noticed within about half a minute.
KEEPALIVES = {"keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 5,
              "keepalives_count": 3}  # fmt: skip


def _connect_args(engine: Engine) -> dict[str, Any]:
    """The libpq parameters of the engine's URL (driver options, password included)."""
    _args, params = engine.dialect.create_connect_args(engine.url)
    return {**params, "connect_timeout": CONNECT_TIMEOUT_S, **KEEPALIVES}


class ChangeListener:
    """Hands what other clients change on a server store to ``on_changes``, from a thread.

    ``on_listening(restored)`` is called each time a LISTEN is in force (``restored``: after a
    lost connection), ``on_lost(reason)`` once when the connection fails (or cannot be made
    at start); each callback runs on the listener's thread and must not block.
    """

    def __init__(
        self,
        engine: Engine,
        on_changes: Callable[[RemoteChanges], None],
        on_lost: Callable[[str], None] = lambda _reason: None,
        on_listening: Callable[[bool], None] = lambda _restored: None,
        *,
        backoff: Sequence[float] = BACKOFF_S,
    ) -> None:
        self._params = _connect_args(engine)
        self._engine = engine
        #: server processes of the engine's own connections: their changes are skipped
        self._own_pids: set[int] = set()
        event.listen(engine, "checkout", self._checked_out)
        for gone in ("close", "detach", "invalidate"):
            event.listen(engine, gone, self._closed)
        self._on_changes, self._on_lost, self._on_listening = on_changes, on_lost, on_listening
        self._backoff = tuple(backoff)
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._lost = False
        self._thread = threading.Thread(target=self._run, name="timeline-changes", daemon=True)
        #: set once the first LISTEN is in force (tests wait for it)
        self.listening = threading.Event()

    def start(self) -> None:
        """Connect and listen, in the background."""
        self._thread.start()

    def close(self, timeout: float = 2.0) -> None:
        """Stop listening and close the connection (waits up to ``timeout`` seconds)."""
        self._stop.set()
        self._wake.set()
        if event.contains(self._engine, "checkout", self._checked_out):
            event.remove(self._engine, "checkout", self._checked_out)
            for gone in ("close", "detach", "invalidate"):
                event.remove(self._engine, gone, self._closed)
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout)

    @property
    def connected(self) -> bool:
        """False from a lost connection until it is made again."""
        return not self._lost

    def _run(self) -> None:
        attempt = 0
        while not self._stop.is_set():
            try:
                with psycopg.connect(autocommit=True, **self._params) as connection:
                    connection.execute(f"LISTEN {CHANNEL}")
                    attempt = 0
                    self._connected()
                    self._listen(connection)
            except psycopg.Error as error:
                if self._stop.is_set():
                    break
                self._failed(error)
            delay = self._backoff[min(attempt, len(self._backoff) - 1)]
            attempt += 1
            self._wake.wait(delay)
            self._wake.clear()

    def _listen(self, connection: psycopg.Connection[Any]) -> None:
        while not self._stop.is_set():
            for notification in connection.notifies(timeout=POLL_S):
                changes, sender = parse_payload(notification.payload)
                if sender is None or sender not in self._own_pids:
                    self._deliver(self._on_changes, changes)

    def _checked_out(self, dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        """Remember the server process of a connection this client writes through."""
        pid = getattr(getattr(dbapi_connection, "info", None), "backend_pid", None)
        if isinstance(pid, int):
            record.info[PID_KEY] = pid
            self._own_pids.add(pid)

    def _closed(self, _dbapi_connection: Any, record: Any, *_rest: Any) -> None:
        pid = record.info.pop(PID_KEY, None)
        if pid is not None:
            self._own_pids.discard(pid)

    def _connected(self) -> None:
        self.listening.set()
        restored, self._lost = self._lost, False
        if restored:
            log.info("the server store is reachable again; listening for changes")
            # What was sent while the connection was down is gone: everything is read again.
            self._deliver(self._on_changes, RemoteChanges.everything())
        self._deliver(self._on_listening, restored)

    def _failed(self, error: psycopg.Error) -> None:
        reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        if self._lost:
            log.info("the server store is still unreachable: %s", reason)
            return
        self._lost = True
        log.warning("lost the connection to the server store: %s", reason)
        self._deliver(self._on_lost, reason)

    def _deliver(self, callback: Callable[..., None], *arguments: Any) -> None:
        """Run a callback (never after ``close``: its receiver may be gone); its failure is
        logged, never the end of the listener."""
        if self._stop.is_set():
            return
        try:
            callback(*arguments)
        except Exception:
            log.exception("a change-feed callback failed")


def change_listener(
    database: Database,
    on_changes: Callable[[RemoteChanges], None],
    on_lost: Callable[[str], None],
    on_listening: Callable[[bool], None],
) -> ChangeListener | None:
    """A listener (not started) on ``database`` when it is a server store; None for a file,
    which has one user (two windows on one file keep their own ways, see NoteService)."""
    if database.engine.dialect.name != "postgresql":
        return None
    return ChangeListener(database.engine, on_changes, on_lost, on_listening)
