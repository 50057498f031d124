"""A database damaged under an open window: the process lives, the user is told, naming the file.

Runs in a child process: before the fix, a StorageError escaping ``paintEvent`` with an active
QPainter killed the process with a segmentation fault, which would take pytest down with it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from tests.conftest import SAMPLE_DATA
from timeline_app.domain.errors import StorageError
from timeline_app.ui.dialogs import recovery as recovery_dialog
from timeline_app.ui.dialogs.recovery import Recovery, RecoveryChoice
from timeline_app.ui.main_window import MainWindow

SCRIPT = r"""
import sqlite3, sys
from pathlib import Path
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from timeline_app.app import create_main_window, install_excepthook

db, data = Path(sys.argv[1]), Path(sys.argv[2])
app = QApplication([])
install_excepthook(interactive=False)
window = create_main_window(db, data_dir=data)
window.resize(1200, 800)
window.show()
view = window.timeline_view
QTest.qWaitForWindowExposed(window)
app.processEvents()

# Another program writes to the file, then overwrites every page after the first.
other = sqlite3.connect(db)
other.execute("INSERT OR REPLACE INTO app_meta (key, value) VALUES ('other', 'x')")
other.commit()
other.execute("PRAGMA wal_checkpoint(TRUNCATE)")
other.close()
size = db.stat().st_size
with db.open("r+b") as handle:
    handle.seek(4096)
    handle.write(b"\xa5" * (size - 4096))

view.setFocus()
centre = QPointF(view.width() / 2, view.height() / 2)
for notch in (120, 120, 120, -120, 120, 120):
    event = QWheelEvent(centre, view.mapToGlobal(centre), QPoint(), QPoint(0, notch),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view, event)
    app.processEvents()
for _ in range(4):
    QTest.keyClick(view, Qt.Key.Key_Right)
    app.processEvents()
view.repaint()
app.processEvents()
message = window.storage_alert.message()
print("ALIVE", window.storage_alert.isVisible(), window.storage_alert.failures)
print("MESSAGE", message.replace("\n", " "))
print("STATUS", window.statusBar().currentMessage())
"""


BENCH = Path(__file__).parents[1] / "benchmarks" / "bench.py"


def test_a_database_damaged_under_the_open_window_is_reported_not_fatal(tmp_path: Path) -> None:
    # Thousands of events, so zooming needs titles not read yet (before the fix: read while
    # painting, and the process died with exit status 139).
    db = tmp_path / "timeline.sqlite3"
    subprocess.run(
        [sys.executable, str(BENCH), "make-db", "--events", "4000", "--out", str(db)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    environment = dict(os.environ)
    environment.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(db), str(SAMPLE_DATA)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    assert lines["ALIVE"].startswith("True"), result.stdout
    assert str(db) in lines["MESSAGE"], result.stdout
    assert "Repair" in lines["MESSAGE"]
    assert str(db) in lines["STATUS"]


def test_repair_on_the_banner_sets_the_file_aside_and_carries_on(
    make_window: Callable[..., MainWindow],
    db_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    count = window.timeline_view.eventCount()
    asked: list[str] = []

    def start_fresh(message: str, *_args: object) -> RecoveryChoice:
        asked.append(message)
        return RecoveryChoice(Recovery.START_FRESH)

    monkeypatch.setattr(recovery_dialog, "ask_recovery", start_fresh)
    window.reportStorageError(StorageError(f"Could not read the event in {db_path}: malformed."))
    alert = window.storage_alert
    assert alert.isVisible() and str(db_path) in alert.message()
    window.reportStorageError(StorageError(f"Could not read the event in {db_path}: malformed."))
    assert alert.failures == 2  # the same failure again is counted, not shown again
    repair = alert.findChild(QPushButton, "storageAlertRepair")
    assert repair is not None
    QTest.mouseClick(repair, Qt.MouseButton.LeftButton)
    assert asked and str(db_path) in asked[0]
    assert list(db_path.parent.glob(db_path.name + ".damaged-*"))
    assert not alert.isVisible()
    assert window.timeline_view.eventCount() == count  # a fresh file, filled again
    assert window.timeline_view.selectEvent(window.timeline_view.eventIds()[0])


def test_choosing_not_to_repair_changes_nothing(
    make_window: Callable[..., MainWindow], db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    before = db_path.read_bytes()
    monkeypatch.setattr(
        recovery_dialog, "ask_recovery", lambda *_args: RecoveryChoice(Recovery.QUIT)
    )
    window.reportStorageError(StorageError(f"Could not read the event in {db_path}: malformed."))
    window.storage_alert.repairRequested.emit()
    assert db_path.read_bytes() == before
    assert not list(db_path.parent.glob(db_path.name + ".damaged-*"))
    assert window.storage_alert.isVisible()


def test_a_storage_failure_goes_to_the_log_with_its_traceback(
    make_window: Callable[..., MainWindow], caplog: pytest.LogCaptureFixture
) -> None:
    window = make_window()
    try:
        raise StorageError("Could not read event titles in x.sqlite3: disk I/O error.")
    except StorageError as error:
        window.reportStorageError(error)
    record = next(r for r in caplog.records if "disk I/O error" in r.getMessage())
    assert record.exc_info is not None and record.exc_info[2] is not None
