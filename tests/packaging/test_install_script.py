"""install.sh / uninstall.sh on a fake app folder: fast, no PyInstaller build needed."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from timeline_app import APP_ID
from timeline_app.desktop.desktop_entry import DESKTOP_ID
from timeline_app.packaging.build import add_install_files

pytestmark = pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX shell")


def fake_app(folder: Path) -> Path:
    """An extracted-archive look-alike: a dummy executable, _internal/ with an icon, scripts."""
    app = folder / APP_ID
    resources = app / "_internal" / "timeline_app" / "_resources"
    resources.mkdir(parents=True)
    (resources / "timeline-app.svg").write_text("<svg/>", encoding="utf-8")
    binary = app / "timeline-app"
    binary.write_text("#!/bin/sh\necho fake\n", encoding="utf-8")
    binary.chmod(0o755)
    add_install_files(app)
    return app


def run(script: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run a script with a clean environment and the given HOME."""
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    return subprocess.run(
        ["sh", str(script), *args], env=env, capture_output=True, text=True, check=False
    )


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A fresh HOME with a database and settings that no install may touch."""
    home = tmp_path / "home"
    (home / ".local" / "share" / APP_ID).mkdir(parents=True)
    (home / ".local" / "share" / APP_ID / "timeline.sqlite3").write_bytes(b"user data")
    (home / ".config").mkdir()
    return home


def test_install_twice_replaces_and_keeps_user_data(tmp_path: Path, home: Path) -> None:
    app = fake_app(tmp_path / "extracted")
    target = home / ".local" / "opt" / APP_ID
    first = run(app / "install.sh", home)
    assert first.returncode == 0, first.stderr
    (target / "stale-file").write_text("from the first install", encoding="utf-8")
    second = run(app / "install.sh", home)
    assert second.returncode == 0, second.stderr
    assert (target / "timeline-app").is_file()
    assert not (target / "stale-file").exists()
    assert [p.name for p in target.parent.iterdir()] == [APP_ID]
    # Named by the desktop id the app announces, so its windows group with the launcher.
    entry = home / ".local" / "share" / "applications" / f"{DESKTOP_ID}.desktop"
    assert f'Exec="{target}/timeline-app"' in entry.read_text(encoding="utf-8")
    icon = home / ".local/share/icons/hicolor/scalable/apps" / f"{DESKTOP_ID}.svg"
    assert (home / ".local/share/icons/hicolor/16x16/apps" / f"{DESKTOP_ID}.png").is_file()
    assert icon.is_file()
    assert (home / ".local/share" / APP_ID / "timeline.sqlite3").read_bytes() == b"user data"

    removed = run(target / "uninstall.sh", home)
    assert removed.returncode == 0
    assert "Uninstalled" in removed.stdout
    assert not target.exists() and not entry.exists() and not icon.exists()
    assert (home / ".local/share" / APP_ID / "timeline.sqlite3").read_bytes() == b"user data"
    again = run(app / "uninstall.sh", home)
    assert again.returncode == 0
    assert again.stdout.startswith("Nothing to uninstall")


def test_install_into_a_folder_given_as_argument(tmp_path: Path, home: Path) -> None:
    app = fake_app(tmp_path / "extracted")
    target = tmp_path / "apps" / "timeline"
    result = run(app / "install.sh", home, str(target))
    assert result.returncode == 0, result.stderr
    assert os.access(target / "timeline-app", os.X_OK)
    assert run(app / "uninstall.sh", home, str(target)).returncode == 0
    assert not target.exists()


def test_incomplete_archive_is_refused_in_one_line(tmp_path: Path, home: Path) -> None:
    app = fake_app(tmp_path / "extracted")
    (app / "timeline-app").chmod(0o644)
    result = run(app / "install.sh", home)
    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0
    assert "timeline-app is missing or not executable" in result.stderr
    assert not (home / ".local" / "opt").exists()
    assert not (home / ".local" / "share" / "applications").exists()


def test_unwritable_target_names_it_and_installs_nothing(tmp_path: Path, home: Path) -> None:
    app = fake_app(tmp_path / "extracted")
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    target = blocker / "timeline"
    result = run(app / "install.sh", home, str(target))
    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0
    assert str(target) in result.stderr
    assert not (home / ".local" / "share" / "applications").exists()


@pytest.mark.skipif(
    os.geteuid() != 0 or shutil.which("runuser") is None,
    reason="needs root to run install.sh as the unprivileged user nobody",
)
def test_read_only_parent_as_a_normal_user(tmp_path: Path) -> None:
    # Root ignores file modes, so the user who meets a read-only folder is played by nobody.
    shared = Path(tempfile.mkdtemp(prefix="timeline-install-"))
    try:
        shared.chmod(0o755)
        app = fake_app(shared / "extracted")
        for path in [shared, *shared.rglob("*")]:
            path.chmod(0o755)
        home = shared / "home"
        home.mkdir(mode=0o777)
        home.chmod(0o777)
        locked = shared / "locked"
        locked.mkdir(mode=0o755)
        target = locked / "timeline"
        result = subprocess.run(
            ["runuser", "-u", "nobody", "--", "env", "-i", f"HOME={home}", "PATH=/usr/bin:/bin",
             "sh", str(app / "install.sh"), str(target)],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert result.returncode != 0
        assert result.stderr.strip() == (
            f"install.sh: cannot write to {locked}, so cannot install into {target}"
        )
        assert list(locked.iterdir()) == []
        assert not (home / ".local" / "share" / "applications").exists()
    finally:
        shutil.rmtree(shared)
