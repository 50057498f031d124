"""--db validation: one clear line for a folder, a device, a pipe or a missing folder; nothing created."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from timeline_app.desktop.paths import DatabasePathError, check_database_path


def test_a_new_file_in_an_existing_folder_is_fine(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    check_database_path(folder / "new.sqlite3")
    assert list(folder.iterdir()) == []  # nothing created


def test_an_existing_database_file_is_fine(tmp_path: Path) -> None:
    database = tmp_path / "timeline.sqlite3"
    database.write_bytes(b"")
    check_database_path(database)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabasePathError) as caught:
        check_database_path(tmp_path)
    assert str(caught.value) == f"{tmp_path} is a folder, not a database file."


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="needs /dev/null")
def test_a_device_is_refused() -> None:
    with pytest.raises(DatabasePathError, match=r"^/dev/null is a character device, not a"):
        check_database_path(Path("/dev/null"))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(DatabasePathError, match="is a named pipe"):
        check_database_path(fifo)


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="needs Unix sockets")
def test_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        with pytest.raises(DatabasePathError, match="is a socket"):
            check_database_path(path)


def test_a_missing_folder_is_named_and_not_created(tmp_path: Path) -> None:
    target = tmp_path / "x" / "y" / "timeline.sqlite3"
    with pytest.raises(DatabasePathError) as caught:
        check_database_path(target)
    message = str(caught.value)
    assert f"the folder {tmp_path / 'x' / 'y'} does not exist" in message
    assert "\n" not in message
    assert not (tmp_path / "x").exists()


def test_a_file_where_the_folder_should_be(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    with pytest.raises(DatabasePathError, match="is not a folder"):
        check_database_path(tmp_path / "file" / "timeline.sqlite3")


def test_it_is_a_value_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="folder"):
        check_database_path(tmp_path)
