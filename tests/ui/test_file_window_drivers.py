"""A window on a local file at the current schema loads no server driver: psycopg (and with it
libpq) and Alembic cost start-up time and memory that a single user on a file never needs.
(Making a new file, or upgrading one, runs Alembic: that is once.)"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import SAMPLE_DATA
from timeline_app.services.startup import open_timeline_database

PROBE = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from timeline_app.app import create_main_window
window = create_main_window(Path(sys.argv[1]), data_dir=Path(sys.argv[2]))
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("psycopg", "alembic"))
print("LOADED", loaded[:3])
"""


def test_a_window_on_a_file_imports_neither_psycopg_nor_alembic(tmp_path: Path) -> None:
    database = tmp_path / "notes.sqlite3"
    open_timeline_database(database, SAMPLE_DATA).dispose()  # made here: the probe opens it
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
    }
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(database), str(SAMPLE_DATA)],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "LOADED []" in result.stdout, result.stdout
