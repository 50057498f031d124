"""Files for the read-only tests: a folder's exact state, a database whose latest notes are
only in its -wal, and a way to run a command as a user the file modes bind (tests run as root)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.conftest import SAMPLE_DATA
from tests.persistence.read_only_probe import EVENT
from timeline_app.services.note_service import NoteService
from timeline_app.services.startup import open_timeline_database

#: The repository root: child processes run from here so ``tests`` is importable.
ROOT = Path(__file__).parents[2]
NAME = "timeline.sqlite3"


def folder_state(folder: Path) -> dict[str, bytes]:
    """Every file in ``folder`` with its bytes."""
    return {entry.name: entry.read_bytes() for entry in sorted(folder.iterdir())}


def assert_left_as_it_was(folder: Path, before: dict[str, bytes]) -> None:
    """The same files with the same bytes; only an -shm that existed may differ (read marks)."""
    after = folder_state(folder)
    assert sorted(after) == sorted(before), "files were added or removed"
    changed = [name for name in before if before[name] != after[name]]
    assert [name for name in changed if not name.endswith("-shm")] == []


def write_uncheckpointed(folder: Path, count: int = 20) -> Path:
    """A database in ``folder`` whose last ``count`` notes are only in its -wal.

    The files are copied while the writing app still holds them open, which is what killing
    it (SIGKILL) at that moment leaves on disk: the main file with no note, the -wal with
    every committed note, and the -shm.
    """
    work = folder / "writer"
    work.mkdir()
    source = work / NAME
    open_timeline_database(source, SAMPLE_DATA).dispose()  # the schema, checkpointed
    database = open_timeline_database(source, SAMPLE_DATA)
    try:
        notes = NoteService(database.session_factory, source)
        for number in range(1, count + 1):
            notes.add_note(EVENT, f"note {number}")
        for suffix in ("", "-wal", "-shm"):
            shutil.copyfile(work / f"{NAME}{suffix}", folder / f"{NAME}{suffix}")
    finally:
        database.dispose()
    shutil.rmtree(work)
    path = folder / NAME
    assert notes_in_main_file(path) == 0
    return path


def notes_in_main_file(path: Path) -> int:
    """Notes the main file holds without its -wal (what an ``immutable`` read sees)."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return int(connection.execute("SELECT count(*) FROM notes").fetchone()[0])
    finally:
        connection.close()


def child_env() -> dict[str, str]:
    """The environment for a child process: offscreen Qt, and this repository importable."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    return env


def shared_folder(mode: int) -> Path:
    """A new folder outside pytest's private tmp tree (which others cannot enter)."""
    folder = Path(tempfile.mkdtemp(prefix="timeline-app-read-only-test-"))
    folder.chmod(mode)
    return folder


def _refused_a_write(prefix: list[str]) -> bool:
    folder = shared_folder(0o555)
    try:
        probe = f"open({str(folder / 'probe')!r}, 'w')"
        result = subprocess.run(
            [*prefix, sys.executable, "-c", f"import sqlalchemy, PySide6; {probe}"],
            cwd=ROOT,
            env=child_env(),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        return "PermissionError" in result.stderr
    finally:
        shutil.rmtree(folder)


def unprivileged_prefix() -> list[str] | None:
    """A command prefix under which file modes apply, or None where there is none.

    ``runuser -u nobody`` when nobody can run this Python; otherwise (an interpreter under
    /root, say) ``setpriv`` keeping root's id but dropping the capabilities that override file
    modes. Either way the prefix is checked: a write into a folder of mode 555 must fail.
    """
    if os.geteuid() != 0:
        return None
    candidates: list[list[str]] = []
    if runuser := shutil.which("runuser"):
        candidates.append([runuser, "-u", "nobody", "--"])
    if setpriv := shutil.which("setpriv"):
        dropped = "-dac_override,-dac_read_search,-fowner"
        candidates.append([setpriv, f"--bounding-set={dropped}", f"--inh-caps={dropped}"])
    return next((prefix for prefix in candidates if _refused_a_write(prefix)), None)
