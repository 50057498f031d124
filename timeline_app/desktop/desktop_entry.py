"""``timeline-app --install-desktop-entry``: a launcher in the desktop's application menu (Linux).

Writes an XDG .desktop file and the icon under ``$XDG_DATA_HOME`` (~/.local/share), so the
app can be started, and pinned, by double-clicking like any other application.
"""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from pathlib import Path

from timeline_app import APP_ID, APP_NAME
from timeline_app.desktop.resource_files import resource_path

ICON_NAME = APP_ID


class DesktopEntryError(Exception):
    """The launcher could not be installed; the message names the file and what to do."""


def _data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def launch_command() -> str:
    """The command that starts this installation of the app."""
    script = shutil.which("timeline-app")
    if script and Path(script).resolve().parent == Path(sys.executable).resolve().parent:
        return shlex.quote(script)
    return f"{shlex.quote(sys.executable)} -m timeline_app"


def desktop_entry_text(command: str) -> str:
    """The .desktop file's contents."""
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        "GenericName=Timeline explorer\n"
        "Comment=Kazakhstan–China cultural relations, 1992–2024, with sources and notes\n"
        f"Exec={command}\n"
        f"Icon={ICON_NAME}\n"
        "Terminal=false\n"
        "Categories=Education;Science;History;\n"
        "Keywords=Kazakhstan;China;history;timeline;culture;\n"
    )


def install_desktop_entry() -> Path:
    """Install the launcher and icon; returns the .desktop file written."""
    if not sys.platform.startswith("linux"):
        raise DesktopEntryError(
            "--install-desktop-entry works on Linux desktops only; elsewhere start the app with "
            "the timeline-app command."
        )
    data_home = _data_home()
    entry = data_home / "applications" / f"{APP_ID}.desktop"
    icon = data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{ICON_NAME}.svg"
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        icon.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(resource_path("timeline-app.svg"), icon)
        temporary = entry.with_suffix(".desktop.tmp")
        temporary.write_text(desktop_entry_text(launch_command()), encoding="utf-8")
        temporary.replace(entry)
    except OSError as error:
        where = error.filename or entry
        raise DesktopEntryError(
            f"Cannot write {where}: {error.strerror}. Check that {data_home} is writable."
        ) from error
    return entry
