"""The tests' PostgreSQL server: where its programs are found, skipped where there are none,
and the server itself (a folder the server's user owns, a free port, stopped and removed)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from tests import postgres_server as pg
from tests.postgres_server import NO_SERVER_REASON, PostgresServer


def _install(root: Path, version: str) -> Path:
    bindir = root / version / "bin"
    bindir.mkdir(parents=True)
    for program in pg.SERVER_PROGRAMS:
        (bindir / program).touch()
    return bindir


@pytest.fixture
def no_pg_config(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No ``pg_config`` on the PATH, and an empty place for the versions' folders."""
    monkeypatch.setenv("PATH", str(tmp_path / "nothing-on-the-path"))
    root = tmp_path / "postgresql"
    root.mkdir()
    monkeypatch.setattr(pg, "VERSIONS_ROOT", root)
    return root


def test_the_newest_installed_version_is_found(no_pg_config: Path) -> None:
    _install(no_pg_config, "9.6")
    newest = _install(no_pg_config, "16")
    _install(no_pg_config, "15")
    (no_pg_config / "17" / "bin").mkdir(parents=True)  # a client-only install: no server
    assert pg.find_bindir() == newest


def _pg_config_on_path(monkeypatch: pytest.MonkeyPatch, folder: Path, bindir: Path) -> None:
    folder.mkdir()
    script = folder / "pg_config"
    script.write_text(f'#!/bin/sh\n[ "$1" = --bindir ] && echo "{bindir}"\n')
    script.chmod(0o755)
    monkeypatch.setenv("PATH", str(folder))


def test_pg_config_names_the_server_first(
    no_pg_config: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _install(no_pg_config, "16")
    named = _install(tmp_path / "elsewhere", "14")
    _pg_config_on_path(monkeypatch, tmp_path / "path", named)
    assert pg.find_bindir() == named


def test_a_client_only_pg_config_falls_back_to_the_newest_version(
    no_pg_config: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    newest = _install(no_pg_config, "16")
    client_only = tmp_path / "client" / "bin"
    client_only.mkdir(parents=True)  # libpq-dev's pg_config: no server beside it
    _pg_config_on_path(monkeypatch, tmp_path / "path", client_only)
    assert pg.find_bindir() == newest


def test_nothing_is_found_where_no_server_is_installed(no_pg_config: Path) -> None:
    assert pg.find_bindir() is None


def test_the_server_fixture_skips_with_the_reason_when_no_binary_is_found(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pg, "find_bindir", lambda: None)
    with (
        pytest.raises(pytest.skip.Exception, match=r"^no PostgreSQL server binary \(install"),
        pg.running_server(),
    ):
        pytest.fail("no server should have started")
    assert NO_SERVER_REASON == "no PostgreSQL server binary (install Debian's postgresql)"


@pytest.mark.postgres
def test_the_server_runs_on_localhost_from_a_folder_of_its_own(
    postgres_server: PostgresServer,
) -> None:
    assert postgres_server.is_ready()
    assert postgres_server.url("db") == (
        f"postgresql+psycopg://postgres@127.0.0.1:{postgres_server.port}/db"
    )
    assert postgres_server.folder.parent == Path(tempfile.gettempdir())
    assert (postgres_server.data_dir / "PG_VERSION").is_file()


@pytest.mark.postgres
def test_a_stopped_server_leaves_nothing_behind(postgres_server: PostgresServer) -> None:
    server = pg.start_server(postgres_server.bindir)
    try:
        assert server.is_ready() and server.port != postgres_server.port
    finally:
        server.stop()
    assert not server.is_ready()
    assert not server.folder.exists()
