"""Private notes on a real server: row-level security keeps them to their author, whether a
member reads through the app or with plain SQL (what psql would send); the server signs every
note with the role that wrote it.

Three LOGIN roles, none a superuser: ``timeline_owner`` owns the tables (FORCE ROW LEVEL
SECURITY binds it too), ``alice`` and ``bob`` are members granted read and write.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, make_url, text
from sqlalchemy.pool import NullPool

from tests.postgres_server import find_bindir
from timeline_app.domain.collections import OwnEventInput
from timeline_app.domain.errors import NoteGoneError, StorageError
from timeline_app.persistence.database import Database
from timeline_app.persistence.server_database import create_server_schema, open_server_database
from timeline_app.services.note_service import NoteService
from timeline_app.services.own_events import OwnEventsService
from timeline_app.services.startup import bring_up_to_date

pytestmark = pytest.mark.postgres

OWNER, ALICE, BOB = "timeline_owner", "alice", "bob"
EVENT = "e1992-agreement"


def as_role(url: str, role: str) -> str:
    """``url`` connecting as ``role`` (trust authentication: no password)."""
    return make_url(url).set(username=role).render_as_string(hide_password=False)


def make_login_role(admin: Engine, role: str) -> None:
    """A LOGIN role, not a superuser; roles are the cluster's, so it may exist already."""
    with admin.connect() as connection:
        connection.exec_driver_sql(
            f"DO $$ BEGIN CREATE ROLE {role} LOGIN NOSUPERUSER NOBYPASSRLS; "
            "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"
        )


def grant_members(owner: Engine, *members: str) -> None:
    """What an administrator grants a member (helper A's grants do this for timeline_team)."""
    with owner.begin() as connection:
        for member in members:
            connection.exec_driver_sql(
                f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {member}"
            )
            connection.exec_driver_sql(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {member}")


@dataclass
class Team:
    """The store opened as each role."""

    url: str
    owner: Database
    alice: Database
    bob: Database

    def notes(self, database: Database) -> NoteService:
        return NoteService(database.session_factory, database.name)

    def sql(self, database: Database, statement: str, **values: object) -> list[tuple[object, ...]]:
        """Plain SQL as the role, committed: what psql would do."""
        with database.engine.begin() as connection:
            result = connection.execute(text(statement), values)
            return [tuple(row) for row in result] if result.returns_rows else []

    def rowcount(self, database: Database, statement: str, **values: object) -> int:
        with database.engine.begin() as connection:
            return connection.execute(text(statement), values).rowcount


@pytest.fixture
def team(postgres_url: str, sample_data_dir: Path) -> Iterator[Team]:
    admin = create_engine(postgres_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        for role in (OWNER, ALICE, BOB):
            make_login_role(admin, role)
        database_name = make_url(postgres_url).database
        with admin.connect() as connection:
            connection.exec_driver_sql(f"ALTER DATABASE {database_name} OWNER TO {OWNER}")
            connection.exec_driver_sql(f"ALTER SCHEMA public OWNER TO {OWNER}")
    finally:
        admin.dispose()
    owner = open_server_database(as_role(postgres_url, OWNER))
    create_server_schema(owner.engine)
    bring_up_to_date(owner, sample_data_dir)
    grant_members(owner.engine, ALICE, BOB)
    alice = open_server_database(as_role(postgres_url, ALICE))
    bob = open_server_database(as_role(postgres_url, BOB))
    yield Team(postgres_url, owner, alice, bob)
    for database in (owner, alice, bob):
        database.dispose()


def test_a_private_note_is_read_only_by_its_author(team: Team) -> None:
    alice_notes = team.notes(team.alice)
    assert alice_notes.author == ALICE  # asked of the server: the role
    shared, _ = alice_notes.add_note(EVENT, "for the team")
    secret, _ = alice_notes.add_note(EVENT, "only mine")
    alice_notes.set_private(secret.id, True)
    assert [(n.text, n.private) for n in alice_notes.notes_for(EVENT)] == [
        ("only mine", True),
        ("for the team", False),
    ]

    bob_notes = team.notes(team.bob)
    assert bob_notes.author == BOB
    assert [(n.text, n.author) for n in bob_notes.notes_for(EVENT)] == [("for the team", ALICE)]
    assert bob_notes.note(secret.id) is None
    assert bob_notes.authors() == [ALICE]
    # Plain SQL as bob, as psql would send it: the row is not there at all (nor any column
    # of it, the full-text search_document included where it exists).
    (row,) = team.sql(team.bob, "SELECT * FROM notes")
    assert shared.id in row and "for the team" in row and ALICE in row
    assert not any("only mine" in str(value) for value in row)
    assert team.sql(team.bob, "SELECT count(*) FROM notes WHERE private") == [(0,)]
    # The tables' owner is no superuser: FORCE ROW LEVEL SECURITY binds it too.
    assert team.sql(team.owner, "SELECT text FROM notes ORDER BY id") == [("for the team",)]


def test_another_member_cannot_change_or_delete_a_private_note(team: Team) -> None:
    secret, _ = team.notes(team.alice).add_note(EVENT, "only mine")
    team.notes(team.alice).set_private(secret.id, True)
    bob_notes = team.notes(team.bob)

    assert team.rowcount(team.bob, "UPDATE notes SET text = 'bob was here'") == 0
    assert (
        team.rowcount(team.bob, "UPDATE notes SET private = false WHERE id = :i", i=secret.id) == 0
    )
    assert team.rowcount(team.bob, "DELETE FROM notes") == 0
    with pytest.raises(NoteGoneError):
        bob_notes.update_note(secret.id, "overwritten")
    with pytest.raises(NoteGoneError):
        bob_notes.set_private(secret.id, False)
    assert bob_notes.delete_note(secret.id)[0] is None

    kept = team.notes(team.alice).note(secret.id)
    assert kept is not None and (kept.text, kept.private) == ("only mine", True)


def test_the_team_edits_a_shared_note_but_cannot_make_it_private_or_sign_it(team: Team) -> None:
    shared, _ = team.notes(team.alice).add_note(EVENT, "for the team")
    bob_notes = team.notes(team.bob)

    edited, _ = bob_notes.update_note(shared.id, "for the team, corrected by bob")
    assert (edited.text, edited.author) == ("for the team, corrected by bob", ALICE)
    with pytest.raises(StorageError, match="row-level security"):
        bob_notes.set_private(shared.id, True)
    # An author is never changed, by anyone: the server keeps the one it recorded.
    team.sql(team.bob, "UPDATE notes SET author = 'bob' WHERE id = :i", i=shared.id)
    assert team.sql(team.alice, "SELECT author, private FROM notes") == [(ALICE, False)]


def test_the_server_signs_each_note_with_the_role_writing_it(team: Team) -> None:
    # A client that sends another name, through the app or by hand, is recorded as itself.
    note, _ = NoteService(team.bob.session_factory, team.bob.name, author=ALICE).add_note(
        EVENT, "from bob's window"
    )
    assert note.author == BOB
    team.sql(
        team.bob,
        "INSERT INTO notes (uid, event_id, text, created_at, updated_at, author, private) "
        "VALUES (:u, :e, 'forged', now(), now(), 'alice', false)",
        u="f" * 32,
        e=EVENT,
    )
    assert team.sql(team.alice, "SELECT text, author FROM notes ORDER BY id") == [
        ("from bob's window", BOB),
        ("forged", BOB),
    ]
    # A private note sent in alice's name is bob's private note: alice never reads it.
    team.sql(
        team.bob,
        "INSERT INTO notes (uid, event_id, text, created_at, updated_at, author, private) "
        "VALUES (:u, :e, 'bob private', now(), now(), 'alice', true)",
        u="e" * 32,
        e=EVENT,
    )
    assert [n.text for n in team.notes(team.alice).notes_for(EVENT)] == [
        "forged",
        "from bob's window",
    ]


def test_drafts_are_their_authors_alone(team: Team) -> None:
    alice_notes = team.notes(team.alice)
    alice_notes.save_draft(EVENT, "half a thought")
    alice_notes.release_drafts()  # her window closes: the draft waits for her next window
    assert team.notes(team.bob).drafts_for(EVENT) == []
    assert team.sql(team.bob, "SELECT count(*) FROM drafts") == [(0,)]
    assert team.sql(team.owner, "SELECT count(*) FROM drafts") == [(0,)]
    assert team.notes(team.alice).draft_for(EVENT) == "half a thought"
    assert team.sql(team.alice, "SELECT author FROM drafts") == [(ALICE,)]


def test_the_server_signs_own_events_and_leaves_curated_ones_unsigned(team: Team) -> None:
    events = OwnEventsService(team.bob.session_factory, team.bob.name, author=ALICE)
    made = events.create(OwnEventInput("Bob's", date(2020, 1, 1), category_id="agreement"))
    assert team.sql(team.alice, "SELECT author FROM events WHERE id = :i", i=made.event_id) == [
        (BOB,)
    ]
    # An edit by another member keeps the author; nobody can rewrite it by hand.
    OwnEventsService(team.alice.session_factory, team.alice.name).update(
        made.event_id, OwnEventInput("Bob's, edited", date(2020, 1, 2), category_id="agreement")
    )
    team.sql(team.alice, "UPDATE events SET author = 'alice' WHERE id = :i", i=made.event_id)
    assert team.sql(team.bob, "SELECT author FROM events WHERE id = :i", i=made.event_id) == [
        (BOB,)
    ]
    assert team.sql(
        team.bob, "SELECT count(*) FROM events WHERE collection_id IS NULL AND author IS NOT NULL"
    ) == [(0,)]


def test_psql_as_another_member_cannot_read_a_private_note(team: Team) -> None:
    """The issue's own check: psql itself, connected as bob."""
    bindir = find_bindir()
    assert bindir is not None  # the server is running, so its binaries are there
    alice_notes = team.notes(team.alice)
    alice_notes.add_note(EVENT, "for the team")
    secret, _ = alice_notes.add_note(EVENT, "only mine")
    alice_notes.set_private(secret.id, True)
    url = make_url(team.url)

    def psql(role: str) -> str:
        command = [str(bindir / "psql"), "-h", str(url.host), "-p", str(url.port), "-U", role]
        command += ["-d", str(url.database), "-At", "-c", "SELECT text, author FROM notes"]
        result = subprocess.run(command, capture_output=True, text=True, timeout=60, check=True)
        return result.stdout

    assert psql(BOB).splitlines() == ["for the team|alice"]
    assert sorted(psql(ALICE).splitlines()) == ["for the team|alice", "only mine|alice"]
