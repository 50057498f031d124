"""One window per user and database: a second plain launch hands its ``--event`` to the first.

The running app listens on a local socket (QLocalServer) named after the user and the
database file; a second launch connects, sends one JSON line and exits. Nothing here
touches the database: the check runs before the window (or SQLAlchemy) is loaded.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from shiboken6 import isValid

from timeline_app import APP_ID

log = logging.getLogger("timeline_app")

#: How long a second launch waits for the running one, in milliseconds.
HAND_OVER_TIMEOUT_MS = 1000
_MAX_MESSAGE = 4096  # an event id is short; anything longer is not from us
_ACK = b"ok\n"


def server_name(db_path: Path | str) -> str:
    """The socket name for this user and database: another user or ``--db`` gets its own.

    A server store (a URL, its password masked) is named by its URL.
    """
    user = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
    where = str(db_path.expanduser().resolve()) if isinstance(db_path, Path) else db_path
    digest = hashlib.sha256(where.encode("utf-8")).hexdigest()
    return f"{APP_ID}-{user}-{digest[:16]}"


def hand_over(name: str, event_id: str | None, timeout_ms: int = HAND_OVER_TIMEOUT_MS) -> bool:
    """Ask the instance listening on ``name`` to come to the front (and select ``event_id``).

    True once the request is delivered; False when nothing answers (no instance, or a stale
    socket left by one that crashed), and this launch should start its own window.
    """
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    message = json.dumps({"event": event_id}).encode("utf-8") + b"\n"
    socket.write(QByteArray(message))
    if not socket.waitForBytesWritten(timeout_ms):
        socket.abort()
        return False
    reply = b""
    while len(reply) < len(_ACK) and socket.waitForReadyRead(timeout_ms):
        reply += socket.readAll().data()
    if not reply.startswith(_ACK):
        # Someone is listening and has the request queued, but is busy (opening the database
        # on its first start): it acts on it once free. A second window would only compete.
        log.info("the running instance did not confirm within %d ms", timeout_ms)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    """Listens for second launches and re-emits what they ask for."""

    #: (event id or "" for none) a second launch asked for the window (and that event)
    activation_requested = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        # Only this user may connect (the socket file gets mode 0700 semantics).
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self, name: str) -> bool:
        """Start listening; a socket file left by a crashed instance is removed first.

        Call only after ``hand_over`` found no one answering on ``name``: whatever is
        there then is stale. False (logged) when listening is impossible; the app then
        runs without hand-over.
        """
        if self._server.listen(name):
            return True
        QLocalServer.removeServer(name)
        if self._server.listen(name):
            log.info("removed a stale instance socket %s", name)
            return True
        log.warning("cannot listen for second launches: %s", self._server.errorString())
        return False

    def server_path(self) -> str:
        """The socket's full path (empty when not listening)."""
        return self._server.fullServerName()

    def close(self) -> None:
        """Stop listening (the socket file is removed)."""
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda socket=socket: self._read(socket))
            socket.disconnected.connect(lambda socket=socket: self._drop(socket))
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if socket not in self._buffers:
            return
        data = self._buffers[socket] + socket.readAll().data()
        if b"\n" not in data:
            if len(data) > _MAX_MESSAGE:
                socket.abort()
            else:
                self._buffers[socket] = data
            return
        del self._buffers[socket]
        line = data.split(b"\n", 1)[0]
        try:
            request = json.loads(line.decode("utf-8"))
            event = request.get("event") if isinstance(request, dict) else None
        except (UnicodeDecodeError, ValueError):
            socket.abort()  # not a launch of this app: ignore it
            return
        socket.write(QByteArray(_ACK))
        socket.flush()
        self.activation_requested.emit(event if isinstance(event, str) else "")

    def _drop(self, socket: QLocalSocket) -> None:
        if isValid(socket) and socket in self._buffers and socket.bytesAvailable():
            self._read(socket)  # the request and the hang-up arrived together
        self._buffers.pop(socket, None)
        if isValid(socket):  # not when the server itself is being destroyed with its sockets
            socket.deleteLater()
