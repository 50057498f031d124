"""One instance per user and database: a second launch hands over its --event and exits."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from pytestqt.qtbot import QtBot

from timeline_app.desktop.single_instance import InstanceServer, hand_over, server_name
from timeline_app.ui.main_window import MainWindow

EVENT = "1992-08-10-cultural-cooperation-agreement"  # in the bundled chronology


def _environment(tmp_path: Path, **extra: str) -> dict[str, str]:
    environment = dict(os.environ)
    environment.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        **extra,
    )
    environment.pop("TIMELINE_APP_EXIT_AFTER_FIRST_PAINT", None)
    environment.update(extra)
    return environment


def _launch(tmp_path: Path, *options: str, **extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "timeline_app", *options],
        env=_environment(tmp_path, **extra),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture
def server(qtbot: QtBot, db_path: Path) -> Iterator[InstanceServer]:
    """An instance listening for ``db_path`` in this process, as a running app would."""
    instance = InstanceServer()
    assert instance.listen(server_name(db_path))
    yield instance
    instance.close()


def test_the_name_is_per_user_and_per_database(tmp_path: Path) -> None:
    first = server_name(tmp_path / "a.sqlite3")
    assert first == server_name(tmp_path / "." / "a.sqlite3")  # the resolved path counts
    assert first != server_name(tmp_path / "b.sqlite3")
    assert f"-{os.getuid()}-" in first


def test_a_second_launch_hands_over_its_event_and_exits_at_once(
    qtbot: QtBot, server: InstanceServer, db_path: Path, tmp_path: Path
) -> None:
    started = time.monotonic()
    with qtbot.waitSignal(server.activation_requested, timeout=30_000) as asked:
        second = _launch(tmp_path, "--db", str(db_path), "--event", EVENT)
    _out, errors = second.communicate(timeout=30)
    assert second.returncode == 0, errors
    assert asked.args == [EVENT]
    assert time.monotonic() - started < 10  # python and Qt start; no window, no database
    assert not db_path.exists()  # it never opened the database


def test_a_stale_socket_from_a_crashed_instance_does_not_block_the_next(tmp_path: Path) -> None:
    name = server_name(tmp_path / "crashed.sqlite3")
    path = Path(QDir.tempPath()) / name
    crashed = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    crashed.bind(str(path))  # bound, never listening, never removed: what a crash leaves
    crashed.close()
    try:
        assert not hand_over(name, EVENT, timeout_ms=500)
        instance = InstanceServer()
        assert instance.listen(name)
        instance.close()
    finally:
        path.unlink(missing_ok=True)


@pytest.mark.parametrize("other", ["--new-window", "--other-db"])
def test_new_window_and_another_database_start_their_own(
    qtbot: QtBot, server: InstanceServer, db_path: Path, tmp_path: Path, other: str
) -> None:
    asked: list[str] = []
    server.activation_requested.connect(asked.append)
    options = (
        ["--db", str(db_path), "--new-window"]
        if other == "--new-window"
        else ["--db", str(tmp_path / "other.sqlite3")]
    )
    own = _launch(tmp_path, *options, TIMELINE_APP_EXIT_AFTER_FIRST_PAINT="1")
    qtbot.waitUntil(lambda: own.poll() is not None, timeout=120_000)
    output, errors = own.communicate()
    assert own.returncode == 0, errors
    assert output.startswith("first-paint")  # it built its own window
    assert asked == []


def test_two_real_instances_the_second_hands_over_to_the_first(tmp_path: Path) -> None:
    db = tmp_path / "t.sqlite3"
    log = tmp_path / "data" / "kz-cn-cultural-timeline" / "logs" / "timeline-app.log"
    first = _launch(tmp_path, "--db", str(db))
    try:
        deadline = time.monotonic() + 120
        socket_path = Path(QDir.tempPath()) / server_name(db)
        while not socket_path.exists():
            assert first.poll() is None and time.monotonic() < deadline
            time.sleep(0.05)
        for event, said in ((EVENT, f"selected event {EVENT!r}"), ("nope", "no event with id")):
            second = _launch(tmp_path, "--db", str(db), "--event", event)
            _out, errors = second.communicate(timeout=30)
            assert second.returncode == 0, errors
            while said not in (log.read_text(encoding="utf-8") if log.exists() else ""):
                assert first.poll() is None and time.monotonic() < deadline
                time.sleep(0.05)
    finally:
        first.kill()  # as a crash would: the socket file stays behind
        first.communicate()
    third = _launch(tmp_path, "--db", str(db), TIMELINE_APP_EXIT_AFTER_FIRST_PAINT="1")
    output, errors = third.communicate(timeout=120)
    assert third.returncode == 0, errors
    assert output.startswith("first-paint")


def test_a_handed_over_event_is_selected_and_an_unknown_one_reported(
    make_window: Callable[..., MainWindow],
) -> None:
    from timeline_app.ui.window_handover import WindowHandOver

    window = make_window()
    handed = WindowHandOver(window)
    known = window.timeline_view.eventIds()[0]
    handed.request(known)  # before the events are in: kept until they are
    assert window.timeline_view.selectedEventId() != known
    handed.loaded()
    assert window.timeline_view.selectedEventId() == known
    handed.request("no-such-event")
    assert "no-such-event" in window.statusBar().currentMessage()
