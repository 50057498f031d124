"""The command line on a server store: --init-store by the owner, every command as a member.

The owner is a CREATEROLE role that is not a superuser; the member is a LOGIN role the owner
adds to timeline_team and that owns nothing, so each command passing proves the grants.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.postgres_server import TeamStore, password_role, role_url, run_sql
from tests.server_objects import server_objects, take_back_to_baseline
from tests.test_cli import png_size, run_app
from timeline_app.desktop.paths import log_dir
from timeline_app.persistence.revisions import head_revision
from timeline_app.persistence.schema_head import BASELINE_REVISION
from timeline_app.services.note_service import NoteService
from timeline_app.services.startup import open_timeline_database

pytestmark = pytest.mark.postgres


def one_error(result: subprocess.CompletedProcess[str]) -> str:
    """The single stderr line of a failed run (exit 2, no traceback, nothing on stdout)."""
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("timeline-app: ")
    return lines[0]


@pytest.fixture
def team(team_store: TeamStore) -> TeamStore:
    """The store set up by its owner with --init-store, and the member let in."""
    result = run_app("--db", team_store.owner_url, "--init-store")
    assert result.returncode == 0, result.stderr
    run_sql(team_store.owner_url, f"GRANT timeline_team TO {team_store.member}")
    return team_store


def test_init_store_says_what_it_did_in_one_line_and_again_is_harmless(
    team_store: TeamStore,
) -> None:
    first = run_app("--db", team_store.owner_url, "--init-store")
    assert first.returncode == 0, first.stderr
    assert first.stderr == ""
    curated = run_sql(team_store.url, "SELECT count(*) FROM events")[0]
    assert first.stdout == (
        f"Initialised the timeline store {team_store.owner_url}: schema {head_revision()}, "
        f"{curated} curated events, role timeline_team can read and write\n"
    )
    again = run_app("--db", team_store.owner_url, "--init-store")
    assert again.returncode == 0, again.stderr
    assert again.stdout == first.stdout
    assert run_sql(team_store.url, "SELECT count(*) FROM events") == [curated]


def test_init_store_on_a_file_or_without_db_says_none_is_needed(tmp_path: Path) -> None:
    path = tmp_path / "t.sqlite3"
    line = one_error(run_app("--db", str(path), "--init-store"))
    assert line == (
        f"timeline-app: {path} is a local file, which needs no --init-store; it is set up when "
        "the app first opens it."
    )
    assert not path.exists()
    assert "needs no --init-store" in one_error(run_app("--init-store"))


def test_member_exports_and_imports_events(team: TeamStore, tmp_path: Path) -> None:
    source = tmp_path / "mine.csv"
    source.write_text("Date,Title\n2001,One of mine\n2002,Another\n", encoding="utf-8")
    imported = run_app("--db", team.member_url, "--import-events", str(source))
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.startswith("2 events imported into ")
    target = tmp_path / "all.json"
    exported = run_app("--db", team.member_url, "--export-events", str(target))
    assert exported.returncode == 0, exported.stderr
    curated = run_sql(team.url, "SELECT count(*) FROM events WHERE collection_id IS NULL")[0]
    assert exported.stdout == f"{int(curated) + 2} events exported to {target}\n"  # type: ignore[call-overload]
    titles = [entry["text"]["headline"] for entry in json.loads(target.read_text())["events"]]
    assert "One of mine" in titles


def test_member_imports_and_exports_notes(team: TeamStore, tmp_path: Path) -> None:
    event_id = str(run_sql(team.url, "SELECT id FROM events ORDER BY key LIMIT 1")[0])
    local = tmp_path / "local.sqlite3"
    database = open_timeline_database(local)
    NoteService(database.session_factory, local).add_note(event_id, "from my laptop")
    database.dispose()
    notes_file = tmp_path / "notes.json"
    assert run_app("--db", str(local), "--export-notes", str(notes_file)).returncode == 0
    imported = run_app("--db", team.member_url, "--import-notes", str(notes_file))
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout == "added 1, updated 0, unchanged 0\n"
    markdown = tmp_path / "notes.md"
    exported = run_app("--db", team.member_url, "--export-notes", str(markdown), "--read-only")
    assert exported.returncode == 0, exported.stderr
    assert "from my laptop" in markdown.read_text(encoding="utf-8")


def test_member_exports_citations_an_image_and_a_screenshot(
    team: TeamStore, tmp_path: Path
) -> None:
    bib = tmp_path / "sources.bib"
    result = run_app("--db", team.member_url, "--export-citations", str(bib))
    assert result.returncode == 0, result.stderr
    assert bib.read_text(encoding="utf-8").startswith("@")
    png = tmp_path / "t.png"
    result = run_app("--db", team.member_url, "--export-image", str(png), "--width", "800")
    assert result.returncode == 0, result.stderr
    assert png_size(png)[0] == 800
    shot = tmp_path / "shot.png"
    result = run_app("--db", team.member_url, "--screenshot", str(shot))
    assert result.returncode == 0, result.stderr
    assert shot.read_bytes().startswith(b"\x89PNG")


def test_read_only_refuses_a_write_on_the_server(team: TeamStore, tmp_path: Path) -> None:
    line = one_error(run_app("--db", team.member_url, "--import-notes", "x.json", "--read-only"))
    assert "cannot be combined with --read-only" in line
    exported = run_app(
        "--db", team.member_url, "--export-events", str(tmp_path / "e.csv"), "--read-only"
    )
    assert exported.returncode == 0, exported.stderr


def test_a_member_not_in_the_team_is_told_whom_to_ask(
    team_store: TeamStore, tmp_path: Path
) -> None:
    assert run_app("--db", team_store.owner_url, "--init-store").returncode == 0
    line = one_error(
        run_app("--db", team_store.member_url, "--export-events", str(tmp_path / "e.json"))
    )
    assert line == (
        f"timeline-app: The role {team_store.member} has no right to use the timeline at "
        f"{team_store.member_url} (permission denied): ask an administrator to add you to the "
        "role timeline_team."
    )
    assert not (tmp_path / "e.json").exists()


def test_an_empty_database_names_the_command(team_store: TeamStore, tmp_path: Path) -> None:
    line = one_error(
        run_app("--db", team_store.member_url, "--screenshot", str(tmp_path / "s.png"))
    )
    assert line == (
        f"timeline-app: The database {team_store.member_url} holds no timeline; an "
        f"administrator can set it up with: timeline-app --db {team_store.member_url} --init-store"
    )


def test_server_unreachable(tmp_path: Path) -> None:
    line = one_error(
        run_app(
            "--db",
            "postgresql://alice@127.0.0.1:1/team",
            "--export-notes",
            str(tmp_path / "n.json"),
        )
    )
    assert line.startswith("timeline-app: Cannot reach the PostgreSQL server at 127.0.0.1:1 for ")
    assert "connection refused" in line


def test_no_such_database(team_store: TeamStore, tmp_path: Path) -> None:
    url = team_store.member_url.rsplit("/", 1)[0] + "/no_such_db_here"
    line = one_error(run_app("--db", url, "--export-events", str(tmp_path / "e.json")))
    assert line.startswith("timeline-app: There is no database no_such_db_here on the server at ")


def test_wrong_and_right_password_never_shown(
    team: TeamStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    role = f"pw_{team.member}"
    password_role(team.url, team.member, "Right-Secret-1")
    run_sql(team.url, f"GRANT timeline_team TO {role}")
    wrong = role_url(team.url, role, "Wrong-Secret-2")
    line = one_error(run_app("--db", wrong, "--export-events", str(tmp_path / "e.json")))
    assert "refused the login of " + role in line
    assert "Wrong-Secret-2" not in line and f"{role}:***@" in line
    right = role_url(team.url, role, "Right-Secret-1")
    target = tmp_path / "n.json"
    result = run_app("--db", right, "--export-notes", str(target))
    assert result.returncode == 0, result.stderr
    monkeypatch.setenv("PGPASSWORD", "Right-Secret-1")
    by_environment = run_app("--db", role_url(team.url, role), "--export-notes", str(target))
    assert by_environment.returncode == 0, by_environment.stderr
    logs = "".join(path.read_text(errors="replace") for path in log_dir().glob("*.log*"))
    assert f"{role}:***@" in logs  # the URL was logged, masked
    assert "Right-Secret-1" not in logs + result.stderr + result.stdout
    assert "Wrong-Secret-2" not in logs


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("mysql://u@h/db", "mysql:// stores are not supported"),
        ("sqlite:///tmp/x.db", "sqlite:// stores are not supported"),
        ("http://example.org/x", "http:// stores are not supported"),
        ("postgresql://u:Secret-3@h:port/db", "is not a valid URL"),
        ("postgresql://u@h:5432/", "names no database"),
    ],
)
def test_other_urls_are_refused_naming_what_is_supported(value: str, expected: str) -> None:
    line = one_error(run_app("--db", value, "--export-notes", "n.json"))
    assert expected in line
    assert line.endswith("use a file path or postgresql://user@host:port/dbname.")
    assert "Secret-3" not in line


def test_init_store_upgrades_an_older_schema_in_one_line(team_store: TeamStore) -> None:
    assert run_app("--db", team_store.owner_url, "--init-store").returncode == 0
    fresh = server_objects(team_store.owner_url)
    take_back_to_baseline(team_store.owner_url)
    result = run_app("--db", team_store.owner_url, "--init-store")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(
        f"Upgraded the timeline store {team_store.owner_url} from {BASELINE_REVISION} to "
        f"{head_revision()}: "
    )
    assert result.stdout.count("\n") == 1
    assert server_objects(team_store.owner_url) == fresh


@pytest.mark.parametrize(
    "other", [["--read-only"], ["--export-notes", "n.json"], ["--screenshot", "s.png"]]
)
def test_init_store_goes_alone(other: list[str]) -> None:
    line = one_error(run_app("--db", "postgresql://a@h/db", "--init-store", *other))
    assert line == f"timeline-app: error: --init-store cannot be combined with {other[0]}."


def test_the_environment_variable_takes_a_url_too(
    team: TeamStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIMELINE_APP_DB", team.member_url)
    result = run_app("--export-citations", str(tmp_path / "s.json"))
    assert result.returncode == 0, result.stderr
    monkeypatch.setenv("TIMELINE_APP_DB", "mysql://u@h/db")
    assert "mysql:// stores are not supported" in one_error(run_app("--export-notes", "n.json"))
