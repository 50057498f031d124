"""The PyInstaller build: it runs with no Python, installs and uninstalls (pytest -m package).

Slow (about a minute): deselected by default in pyproject's addopts, run by .ci/run. Set
TIMELINE_APP_DIST to an existing build's DIST_DIR to test that build instead of making one.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.postgres_server import TeamStore, run_sql
from timeline_app import APP_ID
from timeline_app.desktop.desktop_entry import DESKTOP_ID
from timeline_app.packaging.build import BuildResult, archive_name, build, folder_size
from timeline_app.persistence.revisions import head_revision

pytestmark = pytest.mark.package
MAX_SIZE_BYTES = 250_000_000


@pytest.fixture(scope="session")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One build per session (or the one named by TIMELINE_APP_DIST)."""
    cached = os.environ.get("TIMELINE_APP_DIST")
    if cached:
        yield Path(cached)
        return
    pytest.importorskip("PyInstaller")
    folder = tmp_path_factory.mktemp("dist")
    result: BuildResult = build(folder)
    print(f"build time {result.seconds:.0f} s, folder {result.size_bytes / 1e6:.0f} MB")
    yield folder


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """No Python, no virtual environment: what a double-click gets."""
    return {"HOME": str(home), "PATH": "/usr/bin:/bin", **extra}


def test_folder_is_small_enough(dist: Path) -> None:
    assert folder_size(dist / APP_ID) < MAX_SIZE_BYTES
    assert not list((dist / APP_ID).rglob("packaging/build*"))


def test_date_languages_are_packed_and_other_locales_are_not(dist: Path) -> None:
    found = {path.stem for path in (dist / APP_ID).rglob("babel/locale-data/*.dat")}
    assert {"root", "en", "kk", "ru", "zh"} <= found
    assert "de" not in found
    assert len(found) < 20


def test_binary_starts_without_python(dist: Path, tmp_path: Path) -> None:
    shot = tmp_path / "s.png"
    result = subprocess.run(
        [str(dist / APP_ID / "timeline-app"), "--db", str(tmp_path / "t.sqlite3"),
         "--screenshot", str(shot)],
        env=clean_env(tmp_path, QT_QPA_PLATFORM="offscreen"),
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert shot.read_bytes().startswith(b"\x89PNG")


def test_the_packaged_app_exports_svg_pdf_and_citations(dist: Path, tmp_path: Path) -> None:
    """QtSvg and the PDF writer are in the bundle, and so is what the citations need."""
    for name, magic in (("t.svg", b"<?xml"), ("t.pdf", b"%PDF"), ("t.bib", b"@")):
        option = "--export-citations" if name.endswith(".bib") else "--export-image"
        result = subprocess.run(
            [str(dist / APP_ID / "timeline-app"), "--db", str(tmp_path / "t.sqlite3"),
             option, str(tmp_path / name)],
            env=clean_env(tmp_path, QT_QPA_PLATFORM="offscreen"),
            capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("Wrote ")
        assert (tmp_path / name).read_bytes().startswith(magic)


def test_the_packaged_app_upgrades_a_schema_9_database(dist: Path, tmp_path: Path) -> None:
    """The Alembic revisions are bundled: a file of schema 9 is stamped and upgraded to the head."""
    bundled = dist / APP_ID / "_internal" / "timeline_app" / "persistence" / "schema_versions"
    assert {path.name for path in bundled.glob("*.py")} >= {
        "baseline_schema_9.py",
        "note_and_event_authors.py",
    }
    database = tmp_path / "old.sqlite3"
    shutil.copy(Path(__file__).parents[1] / "fixtures" / "schema_v9.sqlite3", database)
    result = subprocess.run(
        [str(dist / APP_ID / "timeline-app"), "--db", str(database),
         "--export-notes", str(tmp_path / "notes.json")],
        env=clean_env(tmp_path, QT_QPA_PLATFORM="offscreen"),
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert len(json.loads((tmp_path / "notes.json").read_text(encoding="utf-8"))["notes"]) == 3
    connection = sqlite3.connect(database)
    try:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    finally:
        connection.close()
    assert revision == [(head_revision(),)]


def test_the_packaged_app_speaks_each_language(dist: Path, tmp_path: Path) -> None:
    """Catalogues, guides and date data travel with the build: a start in each language
    finds its catalogue (a missing one is logged on stderr) and draws a different window."""
    for name in ("timeline_app_kk.qm", "timeline_app_ru.qm", "timeline_app_zh.qm",
                 "user_guide.kk.html", "qtbase_ru.qm"):  # fmt: skip
        assert list((dist / APP_ID).rglob(name)), name
    shots = {}
    for code in ("en", "kk", "zh"):
        shot = tmp_path / f"{code}.png"
        result = subprocess.run(
            [str(dist / APP_ID / "timeline-app"), "--db", str(tmp_path / f"{code}.sqlite3"),
             "--screenshot", str(shot)],
            env=clean_env(tmp_path, QT_QPA_PLATFORM="offscreen", TIMELINE_APP_LANGUAGE=code),
            capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert result.stderr == "", result.stderr
        shots[code] = shot.read_bytes()
    assert len(set(shots.values())) == 3


def test_archive_installs_runs_and_uninstalls(dist: Path, tmp_path: Path) -> None:
    with tarfile.open(dist / archive_name()) as tar:
        assert {name.split("/")[0] for name in tar.getnames()} == {APP_ID}
        tar.extractall(tmp_path / "extracted", filter="tar")
    home = tmp_path / "home"
    home.mkdir()
    install = tmp_path / "extracted" / APP_ID / "install.sh"
    for _ in range(2):
        result = subprocess.run(
            ["sh", str(install)], env=clean_env(home), capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, result.stderr
    installed = home / ".local" / "opt" / APP_ID
    entry = home / ".local" / "share" / "applications" / f"{DESKTOP_ID}.desktop"
    assert f'Exec="{installed}/timeline-app"' in entry.read_text(encoding="utf-8")
    shot = tmp_path / "installed.png"
    started = subprocess.run(
        [str(installed / "timeline-app"), "--db", str(tmp_path / "i.sqlite3"),
         "--screenshot", str(shot)],
        env=clean_env(home, QT_QPA_PLATFORM="offscreen"),
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert started.returncode == 0, started.stderr
    assert shot.is_file()
    removed = subprocess.run(
        ["sh", str(installed / "uninstall.sh")],
        env=clean_env(home), capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert removed.returncode == 0
    assert not installed.exists() and not entry.exists()


def test_truncated_archive_is_reported_by_tar(dist: Path, tmp_path: Path) -> None:
    data = (dist / archive_name()).read_bytes()
    broken = tmp_path / "broken.tar.gz"
    broken.write_bytes(data[: len(data) // 2])
    (tmp_path / "out").mkdir()
    result = subprocess.run(
        ["tar", "-xzf", str(broken), "-C", str(tmp_path / "out")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode != 0
    assert result.stderr


@pytest.mark.postgres
def test_the_packaged_app_opens_a_server_store(
    dist: Path, tmp_path: Path, team_store: TeamStore
) -> None:
    """psycopg and its libpq are in the bundle: a member exports from a server store."""
    from timeline_app.services.store_setup import init_store

    init_store(team_store.owner_url)
    run_sql(team_store.owner_url, f"GRANT timeline_team TO {team_store.member}")
    target = tmp_path / "e.json"
    result = subprocess.run(
        [str(dist / APP_ID / "timeline-app"), "--db", team_store.member_url,
         "--export-events", str(target)],
        env=clean_env(tmp_path, QT_QPA_PLATFORM="offscreen"),
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.endswith(f"events exported to {target}\n")
