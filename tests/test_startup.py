"""The window is painted before the database layer is loaded, then filled with the events."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_the_window_modules_load_without_the_database_layer() -> None:
    code = (
        "import sys\n"
        "import timeline_app.cli, timeline_app.desktop.identity, timeline_app.ui.main_window\n"
        "import timeline_app.ui.startup_shell\n"
        "loaded = [m for m in sys.modules if m.startswith(('sqlalchemy', 'timeline_app.persistence."
        "database', 'timeline_app.services.startup'))]\n"
        "print(loaded)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "[]"


def test_the_app_paints_its_window_first_and_its_events_after(tmp_path: Path) -> None:
    environment = dict(os.environ)
    environment.update(
        QT_QPA_PLATFORM="offscreen",
        TIMELINE_APP_EXIT_AFTER_FIRST_PAINT="1",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    result = subprocess.run(
        [sys.executable, "-m", "timeline_app", "--db", str(tmp_path / "t.sqlite3")],
        env=environment,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    lines = [line.split() for line in result.stdout.splitlines()]
    assert [line[0] for line in lines] == ["first-paint", "first-data-paint"]
    assert int(lines[0][3]) == 0  # the window, before the database was open
    assert int(lines[1][3]) > 100  # the bundled chronology
    assert float(lines[0][1]) <= float(lines[1][1])
