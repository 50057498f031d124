"""--init-store's work and a client's open of a server store, on a real PostgreSQL.

The administrator is the database's owner with CREATEROLE (not a superuser); the client is a
LOGIN role made a member of timeline_team, which is what proves the grants.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from tests.postgres_server import TeamStore, run_sql
from tests.server_objects import server_objects, take_back_to_baseline
from timeline_app.persistence.errors import NewerSchemaError, ServerOpenError
from timeline_app.persistence.orm_notes import NoteRow
from timeline_app.persistence.revisions import VERSION_TABLE, head_revision
from timeline_app.persistence.schema_head import BASELINE_REVISION
from timeline_app.persistence.server_database import open_server_database
from timeline_app.services.note_service import NoteService
from timeline_app.services.startup import open_timeline_store
from timeline_app.services.store_setup import init_store

pytestmark = pytest.mark.postgres


def _let_in(team: TeamStore) -> None:
    run_sql(team.owner_url, f"GRANT timeline_team TO {team.member}")


def test_init_store_as_a_createrole_owner_sets_up_and_a_member_reads_and_writes(
    team_store: TeamStore, sample_data_dir: Path
) -> None:
    done = init_store(team_store.owner_url, sample_data_dir)
    assert done.from_revision is None and done.revision == head_revision()
    assert done.curated_events > 0 and not done.upgraded
    assert run_sql(
        team_store.url, "SELECT rolcanlogin FROM pg_roles WHERE rolname = 'timeline_team'"
    ) == [False]
    assert run_sql(
        team_store.url, f"SELECT rolsuper FROM pg_roles WHERE rolname = '{team_store.owner}'"
    ) == [False]
    _let_in(team_store)
    database = open_timeline_store(team_store.member_url)
    try:
        notes = NoteService(database.session_factory, database.name)
        event_id = run_sql(team_store.url, "SELECT id FROM events ORDER BY key LIMIT 1")[0]
        notes.save_draft(str(event_id), "a draft")
        notes.add_note(str(event_id), "written by a member")
        with database.session_factory() as session:
            assert session.scalars(select(NoteRow.text)).all() == ["written by a member"]
            # The curated chronology's own tables stay read-only for members.
            with pytest.raises(DBAPIError, match="permission denied"):
                session.execute(text("DELETE FROM places"))
    finally:
        database.dispose()


def test_init_store_twice_is_harmless(team_store: TeamStore, sample_data_dir: Path) -> None:
    first = init_store(team_store.owner_url, sample_data_dir)
    again = init_store(team_store.owner_url, sample_data_dir)
    assert again.from_revision == first.revision and not again.upgraded
    assert again.curated_events == first.curated_events


def test_a_client_on_an_empty_database_names_the_command(team_store: TeamStore) -> None:
    with pytest.raises(ServerOpenError) as raised:
        open_timeline_store(team_store.member_url)
    message = str(raised.value)
    assert "holds no timeline" in message
    assert f"timeline-app --db {team_store.member_url} --init-store" in message
    assert run_sql(
        team_store.url, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
    ) == [0]


def test_a_role_outside_the_team_is_told_whom_to_ask(
    team_store: TeamStore, sample_data_dir: Path
) -> None:
    init_store(team_store.owner_url, sample_data_dir)
    with pytest.raises(ServerOpenError, match="add you to the role timeline_team"):
        open_timeline_store(team_store.member_url)


def test_an_older_schema_is_refused_untouched_and_init_store_upgrades_it(
    team_store: TeamStore, sample_data_dir: Path
) -> None:
    init_store(team_store.owner_url, sample_data_dir)
    fresh = server_objects(team_store.owner_url)
    # Back to the baseline: no server objects, none of the later revisions' columns.
    take_back_to_baseline(team_store.owner_url)
    assert not run_sql(team_store.url, "SELECT policyname FROM pg_policies")
    _let_in(team_store)
    with pytest.raises(ServerOpenError, match="an administrator must upgrade it with: "):
        open_timeline_store(team_store.member_url)
    assert run_sql(team_store.url, f"SELECT version_num FROM {VERSION_TABLE}") == [
        BASELINE_REVISION
    ]
    done = init_store(team_store.owner_url, sample_data_dir)
    assert done.upgraded and done.from_revision == BASELINE_REVISION
    # Whole again: exactly the objects of a store made at the head.
    assert server_objects(team_store.owner_url) == fresh
    assert run_sql(
        team_store.url,
        "SELECT relname FROM pg_class WHERE relrowsecurity AND relforcerowsecurity "
        "ORDER BY relname",
    ) == ["drafts", "notes"]
    assert set(run_sql(team_store.url, "SELECT policyname FROM pg_policies")) == {
        "notes_read", "notes_add", "notes_change", "notes_remove", "drafts_own"
    }  # fmt: skip
    triggers = set(run_sql(team_store.url, "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"))
    assert {"notes_author_recorded", "drafts_author_recorded", "events_author_recorded"} <= triggers
    assert {"notes_notify_insert", "events_notify_update", "eras_notify_delete"} <= triggers
    assert run_sql(
        team_store.url,
        "SELECT count(*) FROM information_schema.columns "
        "WHERE table_name = 'notes' AND column_name = 'search_document'",
    ) == [1]
    # And it works: the member's private note is signed by the server and hidden from others.
    _private_note(team_store, "only mine")
    assert run_sql(team_store.owner_url, "SELECT count(*) FROM notes") == [0]


def _private_note(team: TeamStore, text: str) -> None:
    """The member adds a note and makes it private."""
    database = open_timeline_store(team.member_url)
    try:
        notes = NoteService(database.session_factory, database.name)
        event_id = run_sql(team.url, "SELECT id FROM events ORDER BY key LIMIT 1")[0]
        note, _ = notes.add_note(str(event_id), text)
        notes.set_private(note.id, True)
    finally:
        database.dispose()


def test_init_store_again_keeps_the_notes_and_their_privacy(
    team_store: TeamStore, sample_data_dir: Path
) -> None:
    init_store(team_store.owner_url, sample_data_dir)
    _let_in(team_store)
    _private_note(team_store, "a private thought")
    database = open_timeline_store(team_store.member_url)
    try:
        event_id = run_sql(team_store.url, "SELECT id FROM events ORDER BY key LIMIT 1")[0]
        NoteService(database.session_factory, database.name).add_note(str(event_id), "shared")
    finally:
        database.dispose()
    before = server_objects(team_store.owner_url)

    init_store(team_store.owner_url, sample_data_dir)

    assert server_objects(team_store.owner_url) == before
    member_reads = "SELECT text || ' ' || private || ' ' || author FROM notes ORDER BY id"
    assert run_sql(team_store.member_url, member_reads) == [
        f"a private thought true {team_store.member}",
        f"shared false {team_store.member}",
    ]
    # The owner is bound by the forced row-level security as every member is.
    assert run_sql(team_store.owner_url, "SELECT text FROM notes") == ["shared"]


def test_a_newer_schema_is_refused_untouched(team_store: TeamStore, sample_data_dir: Path) -> None:
    init_store(team_store.owner_url, sample_data_dir)
    run_sql(team_store.owner_url, f"UPDATE {VERSION_TABLE} SET version_num = 'from_the_future'")
    _let_in(team_store)
    for attempt in (lambda: open_timeline_store(team_store.member_url),
                    lambda: init_store(team_store.owner_url, sample_data_dir)):  # fmt: skip
        with pytest.raises(NewerSchemaError, match="written by a newer version of this app"):
            attempt()
    assert run_sql(team_store.url, f"SELECT version_num FROM {VERSION_TABLE}") == [
        "from_the_future"
    ]


def test_read_only_uses_read_only_transactions(
    team_store: TeamStore, sample_data_dir: Path
) -> None:
    init_store(team_store.owner_url, sample_data_dir)
    _let_in(team_store)
    database = open_timeline_store(team_store.member_url, read_only=True)
    try:
        assert database.read_only
        with (
            database.engine.connect() as connection,
            pytest.raises(DBAPIError, match="read-only transaction"),
        ):
            connection.execute(text("DELETE FROM notes"))
    finally:
        database.dispose()


def test_sslmode_in_the_url_reaches_libpq(team_store: TeamStore) -> None:
    # The test server has no TLS: sslmode=require can only fail if the parameter arrived.
    database = open_server_database(f"{team_store.owner_url}?sslmode=require")
    with pytest.raises(ServerOpenError, match="SSL"):
        open_timeline_store(f"{team_store.owner_url}?sslmode=require")
    database.dispose()
    with pytest.raises(ServerOpenError, match="holds no timeline"):
        open_timeline_store(f"{team_store.owner_url}?sslmode=disable")


def test_a_client_shows_the_stores_chronology_and_only_logs_newer_bundled_data(
    team_store: TeamStore, sample_data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    init_store(team_store.owner_url, sample_data_dir)
    _let_in(team_store)
    before = run_sql(team_store.url, "SELECT count(*) FROM events")
    caplog.set_level("INFO", logger="timeline_app.services.startup")
    open_timeline_store(team_store.member_url).dispose()  # the bundled data, not the sample's
    assert "the bundled data differs from the chronology in" in caplog.text
    assert run_sql(team_store.url, "SELECT count(*) FROM events") == before
