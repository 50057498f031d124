"""Test configuration: offscreen Qt, and never the user's real data, settings or database."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

# Before any Qt import: render offscreen, and point every per-user folder at a throwaway place.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SANDBOX = Path(tempfile.mkdtemp(prefix="timeline-app-tests-"))
os.environ["XDG_DATA_HOME"] = str(_SANDBOX / "data")
os.environ["XDG_CONFIG_HOME"] = str(_SANDBOX / "config")
os.environ["XDG_CACHE_HOME"] = str(_SANDBOX / "cache")
os.environ.pop("TIMELINE_APP_DB", None)
# English unless a test says otherwise, whatever the machine's locale.
os.environ["TIMELINE_APP_LANGUAGE"] = "en"

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from pytestqt.qtbot import QtBot  # noqa: E402

from tests.postgres_server import (  # noqa: E402
    PostgresServer,
    TeamStore,
    fresh_database,
    make_team_store,
    running_server,
)
from timeline_app.domain.dates import set_date_language  # noqa: E402
from timeline_app.ui.main_window import MainWindow  # noqa: E402

SAMPLE_DATA = Path(__file__).parent / "fixtures" / "sample_data"


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path) -> None:
    """Each test gets its own QSettings file."""
    settings_dir = tmp_path / "settings"
    settings_dir.mkdir()
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(settings_dir))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_dir))


@pytest.fixture(autouse=True, scope="session")
def _english_catalogue(qapp: QApplication) -> None:
    """The English catalogue in force (it gives counts their singular: "1 note")."""
    from timeline_app.desktop.language import set_language

    set_language("en", remember=False)


@pytest.fixture(autouse=True)
def _english_after_each_test() -> Iterator[None]:
    """A test that switches the language leaves the next one in English."""
    yield
    from timeline_app.desktop.language import current_language, set_language

    if current_language() != "en":
        set_language("en", remember=False)
    set_date_language("en")  # a test may set the date language alone


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A fresh database file location for this test."""
    return tmp_path / "timeline.sqlite3"


@pytest.fixture
def sample_data_dir() -> Path:
    """The small fixed dataset the behaviour tests run on."""
    return SAMPLE_DATA


@pytest.fixture
def make_window(qtbot: QtBot, db_path: Path) -> Iterator[Callable[..., MainWindow]]:
    """Build the real main window over ``db_path`` and the sample data (shown, 1280×800)."""
    from timeline_app.app import create_main_window

    windows: list[MainWindow] = []

    def factory(path: Path | None = None, *, show: bool = True, resize: bool = True) -> MainWindow:
        window = create_main_window(path or db_path, data_dir=SAMPLE_DATA)
        assert isinstance(window, MainWindow)
        qtbot.addWidget(window)
        if resize:
            window.resize(1280, 800)
        if show:
            window.show()
            qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield factory
    for window in windows:
        # A test that leaves unsavable text behind must not hang the run on the quit question.
        window.notes_panel.unsaved.drafts.clear()
        window.notes_panel.unsaved.edits.clear()
        window.close()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One PostgreSQL server for the whole run, started when a test first needs it (skipped,
    with the reason, where no server binary is installed)."""
    with running_server() as server:
        yield server


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
    """A fresh, empty database on the test server (dropped after the test): its URL."""
    with fresh_database(postgres_server) as url:
        yield url


@pytest.fixture
def team_store(postgres_url: str) -> TeamStore:
    """A fresh database owned by a CREATEROLE non-superuser, with a member role to let in."""
    return make_team_store(postgres_url)
