"""A database damaged under an open window: the process lives, the user is told, naming the file.

Runs in a child process: before the fix, a StorageError escaping ``paintEvent`` with an active
QPainter killed the process with a segmentation fault, which would take pytest down with it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import SAMPLE_DATA

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
