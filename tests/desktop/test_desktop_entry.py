"""--install-desktop-entry / --uninstall-desktop-entry: a clean launcher, icons and metadata."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from timeline_app.desktop.desktop_entry import (
    DESKTOP_ID,
    ICON_SIZES,
    desktop_entry_text,
    exec_value,
)
from timeline_app.desktop.resource_files import resource_path


def _cli(share: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "timeline_app", *options],
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(os.environ, XDG_DATA_HOME=str(share)),
        check=False,
        stdin=subprocess.DEVNULL,
    )


def test_install_writes_the_entry_every_icon_size_and_metainfo_and_uninstall_removes_them(
    tmp_path: Path,
) -> None:
    share = tmp_path / "share"
    legacy = share / "applications" / "kz-cn-cultural-timeline.desktop"
    legacy.parent.mkdir(parents=True)
    legacy.write_text("[Desktop Entry]\n", encoding="utf-8")  # what earlier versions wrote

    installed = _cli(share, "--install-desktop-entry")

    assert installed.returncode == 0, installed.stderr
    assert (share / "applications" / f"{DESKTOP_ID}.desktop").is_file()
    assert not legacy.exists()
    hicolor = share / "icons" / "hicolor"
    assert (hicolor / "scalable" / "apps" / f"{DESKTOP_ID}.svg").is_file()
    for size in ICON_SIZES:
        image = QImage(str(hicolor / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png"))
        assert (image.width(), image.height()) == (size, size)
    assert (share / "metainfo" / f"{DESKTOP_ID}.metainfo.xml").is_file()

    removed = _cli(share, "--uninstall-desktop-entry")

    assert removed.returncode == 0, removed.stderr
    assert "no longer in your applications menu" in removed.stdout
    left = [path for path in share.rglob("*") if path.is_file()]
    assert [path for path in left if "kz-cn-cultural-timeline/logs" not in str(path)] == []


def test_uninstall_when_nothing_is_installed_says_so_and_succeeds(tmp_path: Path) -> None:
    result = _cli(tmp_path / "share", "--uninstall-desktop-entry")
    assert result.returncode == 0, result.stderr
    assert (
        result.stdout
        == f"No desktop entry is installed in {tmp_path / 'share'}; nothing to remove.\n"
    )


def test_the_16_pixel_icon_still_shows_the_timeline(tmp_path: Path) -> None:
    from timeline_app.desktop.desktop_entry import render_png_icon

    path = tmp_path / "icon16.png"
    render_png_icon(16, path)
    image = QImage(str(path))
    colours = {image.pixelColor(x, y).name() for x in range(16) for y in range(16)}

    # The blue tile, and the yellow, light-blue and red marks each still distinct at 16 px.
    def near(rgb: tuple[int, int, int]) -> bool:
        return any(
            sum(abs(int(c[i : i + 2], 16) - rgb[n]) for n, i in enumerate((1, 3, 5))) < 60
            for c in colours
        )

    assert near((0x0F, 0x4C, 0x81)) and near((0xF2, 0xC1, 0x4E))
    assert near((0x56, 0xB4, 0xE9)) and near((0xE8, 0x50, 0x5B))


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="no desktop-file-utils")
def test_the_entry_passes_desktop_file_validate_without_a_word(tmp_path: Path) -> None:
    entry = tmp_path / f"{DESKTOP_ID}.desktop"
    entry.write_text(
        desktop_entry_text(["/opt/my apps/timeline-app", "--db", "$HOME/100%.sqlite3"]),
        encoding="utf-8",
    )
    result = subprocess.run(
        ["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False
    )
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


def test_exec_quotes_arguments_the_desktop_entry_way() -> None:
    assert exec_value(["/usr/bin/timeline-app"]) == "/usr/bin/timeline-app"
    assert exec_value(["/opt/my apps/t", "50%"]) == '"/opt/my apps/t" 50%%'
    assert exec_value(['/a b/"q"$']) == '"/a b/\\\\"q\\\\"\\\\$"'


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="no appstream")
def test_the_appstream_metainfo_validates() -> None:
    metainfo = Path(resource_path(f"{DESKTOP_ID}.metainfo.xml"))
    text = metainfo.read_text(encoding="utf-8")
    assert f"<id>{DESKTOP_ID}</id>" in text
    assert f'<launchable type="desktop-id">{DESKTOP_ID}.desktop</launchable>' in text
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(metainfo)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_metainfo_release_is_this_version() -> None:
    from timeline_app import __version__

    text = Path(resource_path(f"{DESKTOP_ID}.metainfo.xml")).read_text(encoding="utf-8")
    assert f'<release version="{__version__}"' in text
