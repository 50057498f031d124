"""A throwaway PostgreSQL server for the tests: found, made, started on a free port, stopped.

The server runs from Debian's ``postgresql`` package (or any installation ``pg_config``
names) in a folder of its own under the system's temporary folder: pytest's own temporary
folders are private to root, and PostgreSQL refuses to run as root, so when the tests run as
root the server runs as the ``postgres`` system user. Trust authentication, on 127.0.0.1 only,
except for members of the role ``pw_roles`` (see ``password_role``): they need their password
(scram-sha-256), so the tests can check a wrong and a right one. A group, not a ``/^pw_``
pattern: PostgreSQL reads regular expressions in pg_hba.conf's user field only from 16 on.
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url
from sqlalchemy.pool import NullPool

#: Why the tests that need a server are skipped where there is none.
NO_SERVER_REASON = "no PostgreSQL server binary (install Debian's postgresql)"
#: Where Debian installs each major version's binaries (``/usr/lib/postgresql/15/bin``).
VERSIONS_ROOT = Path("/usr/lib/postgresql")
#: The programs a server needs.
SERVER_PROGRAMS = ("initdb", "pg_ctl", "postgres", "pg_isready")
#: The unprivileged user the server runs as when the tests run as root.
SERVER_USER = "postgres"
#: The superuser the server is made with (also the user of every test URL).
SUPERUSER = "postgres"
#: How long the server may take to accept connections.
START_TIMEOUT_S = 30
#: How many free ports are tried (another process may take one between choosing and binding).
PORT_ATTEMPTS = 3


def _is_server_bindir(folder: Path) -> bool:
    return all((folder / program).is_file() for program in SERVER_PROGRAMS)


def _version_key(folder: Path) -> tuple[int, ...]:
    """``/usr/lib/postgresql/9.6/bin`` -> (9, 6): the newest major version sorts last."""
    return tuple(int(part) for part in re.findall(r"\d+", folder.parent.name))


def find_bindir() -> Path | None:
    """The folder of the server's programs: ``pg_config --bindir`` when ``pg_config`` is on
    the PATH and names one, else the newest ``/usr/lib/postgresql/*/bin``; None when none."""
    pg_config = shutil.which("pg_config")
    if pg_config is not None:
        result = subprocess.run(
            [pg_config, "--bindir"], capture_output=True, text=True, check=False
        )
        named = Path(result.stdout.strip())
        if result.returncode == 0 and _is_server_bindir(named):
            return named
    found = sorted(
        (folder for folder in VERSIONS_ROOT.glob("*/bin") if _is_server_bindir(folder)),
        key=_version_key,
    )
    return found[-1] if found else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_server_user() -> list[str]:
    """The prefix that runs a server program unprivileged: PostgreSQL refuses root."""
    if os.geteuid() != 0:
        return []
    return ["runuser", "-u", SERVER_USER, "--"]


def _tail(path: Path, lines: int = 20) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no server log)"


@dataclass(frozen=True, slots=True)
class PostgresServer:
    """A running server: its programs, its folder (data, socket and log) and its port."""

    bindir: Path
    folder: Path
    port: int
    #: Seconds from ``initdb`` to the server accepting connections.
    start_seconds: float

    @property
    def data_dir(self) -> Path:
        """The cluster's data folder."""
        return self.folder / "data"

    @property
    def log_file(self) -> Path:
        """The server's log."""
        return self.folder / "server.log"

    def url(self, database: str = "postgres") -> str:
        """The SQLAlchemy URL (psycopg 3) of ``database`` on this server."""
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def is_ready(self) -> bool:
        """True when the server accepts connections (``pg_isready``)."""
        command = [str(self.bindir / "pg_isready"), "-q", "-h", "127.0.0.1", "-p", str(self.port)]
        return subprocess.run(command, check=False).returncode == 0

    def halt(self) -> None:
        """Stop the server (fast shutdown: clients are disconnected), keeping its folder, so
        ``resume`` starts it again with its data (a server going away under the app)."""
        _run_as_server_user(
            [str(self.bindir / "pg_ctl"), "stop", "-D", str(self.data_dir), "-m", "fast"],
            self.folder,
        )

    def resume(self) -> None:
        """Start a halted server again, on the same port and data; RuntimeError, with the end
        of its log, when it does not accept connections within START_TIMEOUT_S seconds."""
        if _launch(self.bindir, self.folder, self.port).returncode != 0 or not self.is_ready():
            raise RuntimeError(
                f"the PostgreSQL server in {self.folder} did not start again; the end of its "
                f"log:\n{_tail(self.log_file)}"
            )

    def stop(self) -> None:
        """Stop the server (fast shutdown) and remove its folder."""
        try:
            _run_as_server_user(
                [str(self.bindir / "pg_ctl"), "stop", "-D", str(self.data_dir), "-m", "fast"],
                self.folder,
            )
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


def _run_as_server_user(command: Sequence[str], folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*_as_server_user(), *command],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "LC_ALL": "C"},
    )


def _make_folder() -> Path:
    """A folder of the server's own, which the server's user owns."""
    folder = Path(tempfile.mkdtemp(prefix="timeline-app-postgres-"))
    if os.geteuid() == 0:
        try:
            server_user = pwd.getpwnam(SERVER_USER)
        except KeyError:
            shutil.rmtree(folder)
            raise RuntimeError(
                f"the tests run as root, which PostgreSQL refuses, and there is no "
                f"{SERVER_USER!r} system user to run the server as"
            ) from None
        os.chown(folder, server_user.pw_uid, server_user.pw_gid)
    return folder


def start_server(bindir: Path) -> PostgresServer:
    """Make a cluster in a new folder and start it on a free port of 127.0.0.1.

    Raises RuntimeError, with the end of the server's log, when it cannot be made or does
    not accept connections within START_TIMEOUT_S seconds.
    """
    started = time.monotonic()
    folder = _make_folder()
    try:
        made = _run_as_server_user(
            [
                str(bindir / "initdb"),
                "-D", str(folder / "data"),
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C",
                f"--username={SUPERUSER}",
                "--no-sync",
            ],
            folder,
        )  # fmt: skip
        if made.returncode != 0:
            raise RuntimeError(f"initdb failed in {folder}:\n{made.stdout}{made.stderr}")
        _require_passwords(folder / "data" / "pg_hba.conf")
        for _attempt in range(PORT_ATTEMPTS):
            server = _start_on_free_port(bindir, folder, started)
            if server is not None:
                return server
        raise RuntimeError(
            f"the PostgreSQL server in {folder} did not start within {START_TIMEOUT_S} s; "
            f"the end of its log:\n{_tail(folder / 'server.log')}"
        )
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


#: The group whose members must give a password.
PASSWORD_GROUP = "pw_roles"
#: The pg_hba.conf rule, before the trust lines, that makes those roles give a password.
PASSWORD_RULE = f"host all +{PASSWORD_GROUP} 127.0.0.1/32 scram-sha-256"


def _require_passwords(hba: Path) -> None:
    """Put PASSWORD_RULE before initdb's rules (the first matching line decides)."""
    lines = hba.read_text().splitlines()
    first_rule = next(
        index for index, line in enumerate(lines) if line.strip() and not line.startswith("#")
    )
    hba.write_text("\n".join([*lines[:first_rule], PASSWORD_RULE, *lines[first_rule:]]) + "\n")


def _start_on_free_port(bindir: Path, folder: Path, started: float) -> PostgresServer | None:
    """Start the server on a free port and wait (bounded) until it accepts connections;
    None when it did not start (the port may have been taken meanwhile)."""
    port = _free_port()
    result = _launch(bindir, folder, port)
    server = PostgresServer(bindir, folder, port, time.monotonic() - started)
    if result.returncode == 0 and server.is_ready():
        run_sql(server.url(), f"CREATE ROLE {PASSWORD_GROUP} NOLOGIN")
        return server
    # A server that started but does not answer on its port is stopped before another try.
    _run_as_server_user(
        [str(bindir / "pg_ctl"), "stop", "-D", str(folder / "data"), "-m", "immediate"], folder
    )
    return None


def _launch(bindir: Path, folder: Path, port: int) -> subprocess.CompletedProcess[str]:
    """``pg_ctl start`` on ``port``, waiting (bounded) until the server is up."""
    # Unix sockets in the folder (not /var/run/postgresql, which may not exist); fsync off:
    # the data is thrown away.
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -F"
    return _run_as_server_user(
        [
            str(bindir / "pg_ctl"), "start", "-D", str(folder / "data"),
            "-l", str(folder / "server.log"), "-o", options,
            "-w", "-t", str(START_TIMEOUT_S),
        ],
        folder,
    )  # fmt: skip


@contextmanager
def running_server() -> Iterator[PostgresServer]:
    """A started server for as long as the block runs; the calling test is skipped (with
    NO_SERVER_REASON) where no server binary is installed."""
    bindir = find_bindir()
    if bindir is None:
        pytest.skip(NO_SERVER_REASON)
    server = start_server(bindir)
    try:
        yield server
    finally:
        server.stop()


@contextmanager
def fresh_database(server: PostgresServer) -> Iterator[str]:
    """A new, empty database on ``server`` for as long as the block runs; its URL."""
    name = f"t_{uuid.uuid4().hex[:16]}"
    admin = create_engine(server.url(), isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        with admin.connect() as connection:
            connection.exec_driver_sql(f"CREATE DATABASE {name}")
        try:
            yield server.url(name)
        finally:
            # FORCE: a test that left a connection open must not keep its database alive.
            with admin.connect() as connection:
                connection.exec_driver_sql(f"DROP DATABASE {name} WITH (FORCE)")
    finally:
        admin.dispose()


def role_url(url: str, role: str, password: str | None = None) -> str:
    """``url`` logging in as ``role`` (with ``password`` written in it, when given)."""
    parsed = make_url(url).set(username=role, password=password)
    return parsed.render_as_string(hide_password=False)


@dataclass(frozen=True, slots=True)
class TeamStore:
    """A database owned by a CREATEROLE role that is not a superuser, and a LOGIN role that
    the owner can make a member of ``timeline_team`` (roles named uniquely per test)."""

    url: str
    owner: str
    member: str

    @property
    def owner_url(self) -> str:
        """The URL the administrator (the owner) uses."""
        return role_url(self.url, self.owner)

    @property
    def member_url(self) -> str:
        """The URL a team member uses."""
        return role_url(self.url, self.member)


def make_team_store(url: str) -> TeamStore:
    """Give the database at ``url`` (made by the superuser) to a new CREATEROLE owner, and
    make a LOGIN role for a member (not yet in the team)."""
    suffix = uuid.uuid4().hex[:10]
    owner, member = f"owner_{suffix}", f"member_{suffix}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        with admin.connect() as connection:
            database = connection.exec_driver_sql("SELECT current_database()").scalar_one()
            connection.exec_driver_sql(f"CREATE ROLE {owner} LOGIN CREATEROLE")
            connection.exec_driver_sql(f"CREATE ROLE {member} LOGIN")
            connection.exec_driver_sql(f"ALTER DATABASE {database} OWNER TO {owner}")
    finally:
        admin.dispose()
    return TeamStore(url, owner, member)


def run_sql(url: str, *statements: str) -> list[object]:
    """Run ``statements`` at ``url`` (autocommit); the first column of the last one's rows."""
    engine = create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    rows: list[object] = []
    try:
        with engine.connect() as connection:
            for statement in statements:
                result = connection.exec_driver_sql(statement)
                rows = [row[0] for row in result] if result.returns_rows else []
    finally:
        engine.dispose()
    return rows


def password_role(url: str, name: str, password: str) -> None:
    """Make the LOGIN role ``pw_<name>``, which must give ``password`` to connect."""
    run_sql(url, f"CREATE ROLE pw_{name} LOGIN PASSWORD '{password}' IN ROLE {PASSWORD_GROUP}")
