"""``--install-desktop-entry`` / ``--uninstall-desktop-entry``: the app in the Linux menu.

Writes an XDG .desktop file and the icons (hicolor theme: SVG plus PNGs rendered from it)
under ``$XDG_DATA_HOME`` (~/.local/share), so the app can be started, and pinned, by
double-clicking like any other application; and removes them again.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

from timeline_app import APP_NAME
from timeline_app.desktop.resource_files import resource_path

#: The desktop file's name (without .desktop), the icon name and the AppStream component id;
#: Wayland compositors match the window to its launcher by it (setDesktopFileName).
DESKTOP_ID = "io.github.kzcntimeline.CulturalTimeline"
#: Names earlier versions installed under; install and uninstall clear them away.
LEGACY_IDS = ("kz-cn-cultural-timeline",)
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICON_SOURCE = "timeline-app.svg"
METAINFO_FILE = f"{DESKTOP_ID}.metainfo.xml"
# Characters the Desktop Entry spec says an Exec argument must be double-quoted for.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


class DesktopEntryError(Exception):
    """The launcher could not be installed; the message names the file and what to do."""


def data_home() -> Path:
    """``$XDG_DATA_HOME``, or ~/.local/share when it is unset or empty."""
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def launch_command() -> list[str]:
    """The command line that starts this installation of the app."""
    # The script pip put beside this interpreter (a venv's bin/, not on PATH when launched
    # from a menu), else the one on PATH if it runs this same interpreter.
    beside = Path(sys.executable).parent / "timeline-app"
    if beside.is_file():
        return [str(beside)]
    script = shutil.which("timeline-app")
    if script and Path(script).resolve().parent == Path(sys.executable).resolve().parent:
        return [script]
    return [sys.executable, "-m", "timeline_app"]


def exec_value(command: Sequence[str]) -> str:
    """``command`` as a Desktop Entry ``Exec`` value (its quoting, not a shell's)."""
    quoted = []
    for argument in command:
        text = argument.replace("%", "%%")  # a lone % would be a field code
        if _RESERVED.intersection(text):
            for special in ("\\", '"', "`", "$"):
                text = text.replace(special, "\\" + special)
            text = f'"{text}"'
        quoted.append(text)
    # The value is then a string, whose own escape doubles every backslash.
    return " ".join(quoted).replace("\\", "\\\\")


def desktop_entry_text(command: Sequence[str]) -> str:
    """The .desktop file's contents."""
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        "GenericName=Timeline explorer\n"
        "Comment=Kazakhstan–China cultural relations, 1992–2024, with sources and notes\n"
        f"Exec={exec_value(command)}\n"
        f"Icon={DESKTOP_ID}\n"
        "Terminal=false\n"
        # One main category only (the spec): History belongs under Education.
        "Categories=Education;History;\n"
        "Keywords=Kazakhstan;China;history;timeline;culture;\n"
    )


def _entry_path(home: Path, name: str) -> Path:
    return home / "applications" / f"{name}.desktop"


def _icon_paths(home: Path, name: str) -> list[Path]:
    theme = home / "icons" / "hicolor"
    pngs = [theme / f"{size}x{size}" / "apps" / f"{name}.png" for size in ICON_SIZES]
    return [theme / "scalable" / "apps" / f"{name}.svg", *pngs]


def installed_files(home: Path) -> list[Path]:
    """Every file install writes (or an earlier version wrote) under ``home``, that exists."""
    candidates = [
        path
        for name in (DESKTOP_ID, *LEGACY_IDS)
        for path in (_entry_path(home, name), *_icon_paths(home, name))
    ]
    candidates.append(home / "metainfo" / METAINFO_FILE)
    return [path for path in candidates if path.is_file()]


def render_png_icon(size: int, target: Path) -> None:
    """Render the SVG icon at ``size`` pixels square into the PNG file ``target``."""
    # Qt only here: the command line's other options (and --help) start without it.
    from PySide6.QtCore import Qt  # noqa: PLC0415
    from PySide6.QtGui import QImage, QPainter  # noqa: PLC0415
    from PySide6.QtSvg import QSvgRenderer  # noqa: PLC0415

    renderer = QSvgRenderer(resource_path(ICON_SOURCE))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    if not image.save(str(target)):  # PNG, from the suffix
        raise OSError(0, "the PNG could not be written", str(target))


def _write_atomically(target: Path, text: str) -> None:
    temporary = target.with_name(target.name + ".tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(target)


def install_desktop_entry() -> Path:
    """Install the launcher, icons and AppStream metadata; returns the .desktop file written."""
    if not sys.platform.startswith("linux"):
        raise DesktopEntryError(
            "--install-desktop-entry works on Linux desktops only; elsewhere start the app with "
            "the timeline-app command."
        )
    home = data_home()
    entry = _entry_path(home, DESKTOP_ID)
    svg, *pngs = _icon_paths(home, DESKTOP_ID)
    try:
        for folder in (entry.parent, svg.parent, *(png.parent for png in pngs)):
            folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(resource_path(ICON_SOURCE), svg)
        for size, png in zip(ICON_SIZES, pngs, strict=True):
            render_png_icon(size, png)
        metainfo = home / "metainfo" / METAINFO_FILE
        metainfo.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(resource_path(METAINFO_FILE), metainfo)
        # The entry last: the menu never shows a launcher whose icon is not there yet.
        _write_atomically(entry, desktop_entry_text(launch_command()))
        # Only now that the new launcher is in place: never leave the user without one.
        for legacy in (path for path in installed_files(home) if DESKTOP_ID not in path.name):
            legacy.unlink()
    except OSError as error:
        where = error.filename or entry
        raise DesktopEntryError(
            f"Cannot write {where}: {error.strerror}. Check that {home} is writable."
        ) from error
    return entry


def uninstall_desktop_entry() -> list[Path]:
    """Remove what install wrote; returns the files removed (empty: nothing was installed)."""
    home = data_home()
    removed = []
    try:
        # The entry first, so the menu never keeps a launcher whose icon is gone.
        for path in sorted(installed_files(home), key=lambda path: path.suffix != ".desktop"):
            path.unlink()
            removed.append(path)
    except OSError as error:
        raise DesktopEntryError(
            f"Cannot remove {error.filename}: {error.strerror}. Check that {home} is writable."
        ) from error
    return removed
