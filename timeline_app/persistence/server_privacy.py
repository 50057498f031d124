"""Authors and private notes on a server store, enforced by PostgreSQL itself.

A client could send any author name and read any row; so on a server store the server
decides. Registered for the tables with ``postgresql_only`` (server_ddl.py), so
``SCHEMA.create_all`` makes them on PostgreSQL and nowhere else, and ``--init-store`` makes
them current on an existing store: one upgraded by Alembic from before the columns they read
(revisions note_and_event_authors and private_notes) gets them then.

- **Authors**: a BEFORE INSERT trigger sets ``author := current_user`` on notes, drafts and
  the user's events (those of a collection; curated events have no author), whatever the
  client wrote; a BEFORE UPDATE trigger keeps the author a row was inserted with.
- **Row-level security** on notes (ENABLE and FORCE, so the tables' owner is bound too; only
  a superuser or a BYPASSRLS role is not): a shared note is read, changed and deleted by every
  member (NoteService's version check guards concurrent edits); a private note only by its
  author, even through psql. A member cannot make someone else's note private (the UPDATE
  check), nor change an author (the trigger). Drafts are always their author's alone.
- Backups: ``pg_dump`` must run as a superuser (or a BYPASSRLS role) to dump every private
  note; as a member it refuses rather than dump part of the table.
"""

from __future__ import annotations

from timeline_app.persistence.orm import EventRow
from timeline_app.persistence.orm_notes import DraftRow, NoteRow
from timeline_app.persistence.server_ddl import postgresql_only

#: Inserted rows get the role as author; updated rows keep the author they had.
AUTHOR_FUNCTION = (
    "CREATE OR REPLACE FUNCTION row_author_recorded() RETURNS trigger LANGUAGE plpgsql AS $$\n"
    "BEGIN\n"
    "  IF TG_OP = 'INSERT' THEN\n"
    "    NEW.author := current_user;\n"
    "  ELSE\n"
    "    NEW.author := OLD.author;\n"
    "  END IF;\n"
    "  RETURN NEW;\n"
    "END $$"
)


def author_trigger(table: str, when: str = "") -> str:
    """The trigger recording the author on ``table`` (only for rows matching ``when``)."""
    condition = f" WHEN ({when})" if when else ""
    return (
        f"CREATE OR REPLACE TRIGGER {table}_author_recorded BEFORE INSERT OR UPDATE ON {table} "
        f"FOR EACH ROW{condition} EXECUTE FUNCTION row_author_recorded()"
    )


#: Who may see and touch a note: anyone when it is shared, only its author when private.
NOTE_IS_READABLE = "NOT private OR author = current_user"


def policy(name: str, table: str, rule: str) -> tuple[str, str]:
    """The policy ``name`` on ``table`` made anew (dropped first: a rule changed by a newer
    app replaces the old one, and a second run changes nothing)."""
    return (
        f"DROP POLICY IF EXISTS {name} ON {table}",
        f"CREATE POLICY {name} ON {table} {rule}",
    )


NOTES_PRIVACY_DDL = (
    AUTHOR_FUNCTION,
    author_trigger("notes"),
    "ALTER TABLE notes ENABLE ROW LEVEL SECURITY",
    "ALTER TABLE notes FORCE ROW LEVEL SECURITY",
    *policy("notes_read", "notes", f"FOR SELECT USING ({NOTE_IS_READABLE})"),
    *policy("notes_add", "notes", "FOR INSERT WITH CHECK (author = current_user)"),
    *policy(
        "notes_change",
        "notes",
        f"FOR UPDATE USING ({NOTE_IS_READABLE}) WITH CHECK ({NOTE_IS_READABLE})",
    ),
    *policy("notes_remove", "notes", f"FOR DELETE USING ({NOTE_IS_READABLE})"),
)

DRAFTS_PRIVACY_DDL = (
    AUTHOR_FUNCTION,
    author_trigger("drafts"),
    "ALTER TABLE drafts ENABLE ROW LEVEL SECURITY",
    "ALTER TABLE drafts FORCE ROW LEVEL SECURITY",
    *policy(
        "drafts_own", "drafts", "USING (author = current_user) WITH CHECK (author = current_user)"
    ),
)

#: Only the user's events (of a collection) have an author; curated ones keep none.
EVENTS_AUTHOR_DDL = (
    AUTHOR_FUNCTION,
    author_trigger("events", "NEW.collection_id IS NOT NULL"),
)

postgresql_only(NoteRow.__table__, *NOTES_PRIVACY_DDL)
postgresql_only(DraftRow.__table__, *DRAFTS_PRIVACY_DDL)
postgresql_only(EventRow.__table__, *EVENTS_AUTHOR_DDL)
