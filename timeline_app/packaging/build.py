"""Run PyInstaller on the spec beside this file, add the install scripts, and pack a .tar.gz."""

from __future__ import annotations

import importlib.util
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from timeline_app import APP_ID, __version__
from timeline_app.desktop.desktop_entry import DESKTOP_ID, desktop_entry_text

HERE = Path(__file__).resolve().parent
SPEC = HERE / "timeline-app.spec"
SCRIPTS = ("install.sh", "uninstall.sh")
#: The Exec= placeholder install.sh replaces with the installed binary's quoted path.
EXEC_PLACEHOLDER = "@EXEC@"


class BuildError(Exception):
    """The build could not finish; the message says which step and why."""


@dataclass(frozen=True)
class BuildResult:
    """What a build produced, with its size and duration."""

    app_dir: Path
    archive: Path
    size_bytes: int
    seconds: float


def archive_name() -> str:
    """``kz-cn-cultural-timeline-<version>-linux-<machine>.tar.gz``."""
    return f"{APP_ID}-{__version__}-linux-{platform.machine()}.tar.gz"


def folder_size(folder: Path) -> int:
    """Bytes of every regular file under the folder (symlinks not followed)."""
    return sum(
        path.lstat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )


def add_install_files(app_dir: Path) -> None:
    """Copy install.sh/uninstall.sh and the .desktop template into the app folder."""
    for name in SCRIPTS:
        target = app_dir / name
        shutil.copyfile(HERE / name, target)
        target.chmod(0o755)
    # Named by the desktop id the app announces (setDesktopFileName), so its windows group with
    # this launcher; install.sh takes the id from the template's name.
    (app_dir / f"{DESKTOP_ID}.desktop.in").write_text(
        desktop_entry_text(EXEC_PLACEHOLDER), encoding="utf-8"
    )
    add_png_icons(app_dir / "_internal" / "timeline_app" / "_resources" / "icons" / "hicolor")


#: Renders the hicolor PNGs in a child process: Qt needs a QGuiApplication to draw.
_RENDER_ICONS = """
import sys
from pathlib import Path
from PySide6.QtGui import QGuiApplication
from timeline_app.desktop.desktop_entry import DESKTOP_ID, ICON_SIZES, render_png_icon
app = QGuiApplication([])
for size in ICON_SIZES:
    folder = Path(sys.argv[1]) / f"{size}x{size}" / "apps"
    folder.mkdir(parents=True, exist_ok=True)
    render_png_icon(size, folder / f"{DESKTOP_ID}.png")
"""


def add_png_icons(theme: Path) -> None:
    """The icon as PNGs of every hicolor size (16–512), which install.sh installs."""
    subprocess.run(
        [sys.executable, "-c", _RENDER_ICONS, str(theme)],
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def write_archive(app_dir: Path, archive: Path) -> None:
    """Pack the folder under its own name; written aside, then renamed, so never half there."""
    partial = archive.with_name(archive.name + ".part")
    with tarfile.open(partial, "w:gz") as tar:
        tar.add(app_dir, arcname=app_dir.name)
    partial.replace(archive)


def _source_root() -> Path:
    """The checkout holding ``timeline_app``, ``data/`` and ``resources/`` (builds run from one)."""
    return Path(__file__).resolve().parents[2]


def build(dist_dir: Path) -> BuildResult:
    """Build DIST_DIR/kz-cn-cultural-timeline/ and the archive beside it."""
    if importlib.util.find_spec("PyInstaller") is None:
        raise BuildError("PyInstaller is not installed; run: pip install '.[package]'")
    for folder in ("data", "resources"):
        if not (_source_root() / folder).is_dir():
            raise BuildError(f"{_source_root() / folder} is missing; build from a checkout")
    started = time.monotonic()
    dist_dir = dist_dir.resolve()
    dist_dir.mkdir(parents=True, exist_ok=True)
    app_dir = dist_dir / APP_ID
    with tempfile.TemporaryDirectory(prefix="timeline-app-build-") as work:
        command = [
            sys.executable, "-m", "PyInstaller", str(SPEC),
            "--noconfirm", "--clean", "--log-level", "WARN",
            "--distpath", str(dist_dir), "--workpath", work,
            "--",
            "--entry", str(_source_root() / "timeline_app" / "__main__.py"),
            "--source-root", str(_source_root()),
            "--data", str(_source_root() / "data"),
            "--resources", str(_source_root() / "resources"),
        ]  # fmt: skip
        completed = subprocess.run(command, check=False, env=os.environ.copy())
    if completed.returncode != 0:
        raise BuildError(f"PyInstaller exited with status {completed.returncode} (see above)")
    add_install_files(app_dir)
    archive = dist_dir / archive_name()
    write_archive(app_dir, archive)
    return BuildResult(app_dir, archive, folder_size(app_dir), time.monotonic() - started)
