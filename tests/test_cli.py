"""The command line: database location, --screenshot, and one-line errors without dialogs."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from timeline_app.desktop.paths import (
    DB_ENVIRONMENT_VARIABLE,
    default_database_path,
    resolve_database_path,
)


def test_db_option_beats_environment_beats_default(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(DB_ENVIRONMENT_VARIABLE, raising=False)
    assert resolve_database_path(None) == default_database_path()
    monkeypatch.setenv(DB_ENVIRONMENT_VARIABLE, str(tmp_path / "env.sqlite3"))
    assert resolve_database_path(None) == tmp_path / "env.sqlite3"
    assert resolve_database_path(str(tmp_path / "cli.sqlite3")) == tmp_path / "cli.sqlite3"


def test_default_database_is_in_the_user_data_folder() -> None:
    # conftest points XDG_DATA_HOME at a sandbox, so this is never the real user's folder.
    assert str(default_database_path()).startswith(os.environ["XDG_DATA_HOME"])


def run_app(*arguments: str, env_db: Path | None = None) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if env_db is not None:
        environment[DB_ENVIRONMENT_VARIABLE] = str(env_db)
    return subprocess.run(
        [sys.executable, "-m", "timeline_app", *arguments],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
        stdin=subprocess.DEVNULL,
        check=False,
    )


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_screenshot_renders_the_window_with_bundled_data(tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    result = run_app("--screenshot", str(shot), env_db=tmp_path / "env.sqlite3")
    assert result.returncode == 0, result.stderr
    assert png_size(shot) == (1400, 900)
    assert (tmp_path / "env.sqlite3").exists()


def test_screenshot_failure_is_one_line_naming_the_file(tmp_path: Path) -> None:
    not_a_db = tmp_path / "notes.txt"
    not_a_db.write_text("hello", encoding="utf-8")
    result = run_app("--db", str(not_a_db), "--screenshot", str(tmp_path / "x.png"))
    assert result.returncode == 2
    lines = [line for line in result.stderr.splitlines() if line.startswith("timeline-app:")]
    assert len(lines) == 1 and str(not_a_db) in lines[0]
    assert "Traceback" not in result.stderr
    assert not_a_db.read_text(encoding="utf-8") == "hello"


def test_screenshot_with_unknown_selection_fails_clearly(tmp_path: Path) -> None:
    result = run_app(
        "--db",
        str(tmp_path / "db.sqlite3"),
        "--screenshot",
        str(tmp_path / "x.png"),
        "--select",
        "no-such-event",
    )
    assert result.returncode == 2
    assert "no event with id 'no-such-event'" in result.stderr


def test_interactive_start_with_a_bad_database_shows_a_message_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from timeline_app import cli
    from timeline_app.ui.dialogs import recovery as recovery_dialog
    from timeline_app.ui.dialogs.recovery import Recovery, RecoveryChoice

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))

    def quit_instead(message: str, *_args: object) -> RecoveryChoice:
        shown.append(message)
        return RecoveryChoice(Recovery.QUIT)

    monkeypatch.setattr(recovery_dialog, "ask_recovery", quit_instead)
    bad = tmp_path / "broken.sqlite3"
    bad.write_bytes(b"\x00" * 4096)
    assert cli.main(["--db", str(bad)]) == 1
    assert len(shown) == 1 and str(bad) in shown[0] and "not an SQLite database" in shown[0]
    assert bad.read_bytes() == b"\x00" * 4096


def test_screenshot_prints_nothing_on_success(tmp_path: Path) -> None:
    result = run_app("--db", str(tmp_path / "db.sqlite3"), "--screenshot", str(tmp_path / "x.png"))
    assert result.returncode == 0
    assert result.stderr == ""


def test_unwritable_database_location_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    if not Path("/proc/self").is_dir():
        pytest.skip("needs Linux /proc")
    result = run_app("--db", "/proc/timeline-test.sqlite3", "--screenshot", str(tmp_path / "x.png"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "/proc/timeline-test.sqlite3" in result.stderr


def test_install_desktop_entry(tmp_path: Path) -> None:
    environment = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "share"))
    result = subprocess.run(
        [sys.executable, "-m", "timeline_app", "--install-desktop-entry"],
        capture_output=True,
        text=True,
        timeout=60,
        env=environment,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    entry = tmp_path / "share" / "applications" / "io.github.kzcntimeline.CulturalTimeline.desktop"
    text = entry.read_text(encoding="utf-8")
    assert "Name=Kazakhstan–China Cultural Timeline" in text and "Exec=" in text
    assert (
        tmp_path
        / "share"
        / "icons"
        / "hicolor"
        / "scalable"
        / "apps"
        / "io.github.kzcntimeline.CulturalTimeline.svg"
    ).exists()


def test_install_desktop_entry_failure_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "share"
    blocker.write_text("a file where a folder should be", encoding="utf-8")
    environment = dict(os.environ, XDG_DATA_HOME=str(blocker))
    result = subprocess.run(
        [sys.executable, "-m", "timeline_app", "--install-desktop-entry"],
        capture_output=True,
        text=True,
        timeout=60,
        env=environment,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and str(blocker) in result.stderr


@pytest.mark.parametrize(
    ("make_target", "words"),
    [
        (lambda folder: folder, "is a folder"),
        (lambda _folder: Path("/dev/null"), "/dev/null"),
        (lambda folder: folder / "missing" / "deeper" / "t.sqlite3", "does not exist"),
    ],
    ids=["folder", "device", "missing-folder"],
)
def test_a_db_that_cannot_be_a_database_file_is_refused_in_one_line(
    tmp_path: Path, make_target: Callable[[Path], Path], words: str
) -> None:
    target = make_target(tmp_path)
    before = sorted(tmp_path.rglob("*"))
    result = run_app("--db", str(target), "--screenshot", str(tmp_path / "x.png"))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("timeline-app: ") and words in lines[0]
    assert "Traceback" not in result.stderr
    assert sorted(tmp_path.rglob("*")) == before  # nothing created: no folders, no screenshot


@pytest.mark.parametrize("kind", ["schema-1", "wal-without-shm"])
def test_read_only_screenshot_leaves_the_folder_as_it_was(tmp_path: Path, kind: str) -> None:
    from tests.persistence.read_only_helpers import (
        NAME,
        assert_left_as_it_was,
        folder_state,
        write_uncheckpointed,
    )

    folder = tmp_path / "db"
    folder.mkdir()
    if kind == "schema-1":
        path = folder / NAME
        shutil.copy(Path(__file__).parent / "fixtures" / "schema_v1.sqlite3", path)
    else:
        path = write_uncheckpointed(folder)
        (folder / f"{NAME}-shm").unlink()
    before = folder_state(folder)
    shot = tmp_path / "shot.png"
    result = run_app("--db", str(path), "--read-only", "--screenshot", str(shot))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert png_size(shot) == (1400, 900)
    assert_left_as_it_was(folder, before)
