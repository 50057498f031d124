"""Authors and private notes on a server store, enforced by PostgreSQL itself.

A client could send any author name and read any row; so on a server store the server
decides. Attached to the tables with ``postgresql_only`` (server_triggers.py), so
``SCHEMA.create_all`` makes them on PostgreSQL and nowhere else. No Alembic revision: no
server store existed before this release, so every one is made by ``create_server_schema``
with these already in place.

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

from sqlalchemy import event

from timeline_app.persistence.orm import EventRow
from timeline_app.persistence.orm_notes import DraftRow, NoteRow
from timeline_app.persistence.server_triggers import postgresql_only

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
        f"CREATE TRIGGER {table}_author_recorded BEFORE INSERT OR UPDATE ON {table} "
        f"FOR EACH ROW{condition} EXECUTE FUNCTION row_author_recorded()"
    )


#: Who may see and touch a note: anyone when it is shared, only its author when private.
NOTE_IS_READABLE = "NOT private OR author = current_user"

NOTES_PRIVACY_DDL = (
    AUTHOR_FUNCTION,
    author_trigger("notes"),
    "ALTER TABLE notes ENABLE ROW LEVEL SECURITY",
    "ALTER TABLE notes FORCE ROW LEVEL SECURITY",
    f"CREATE POLICY notes_read ON notes FOR SELECT USING ({NOTE_IS_READABLE})",
    "CREATE POLICY notes_add ON notes FOR INSERT WITH CHECK (author = current_user)",
    f"CREATE POLICY notes_change ON notes FOR UPDATE USING ({NOTE_IS_READABLE}) "
    f"WITH CHECK ({NOTE_IS_READABLE})",
    f"CREATE POLICY notes_remove ON notes FOR DELETE USING ({NOTE_IS_READABLE})",
)

DRAFTS_PRIVACY_DDL = (
    AUTHOR_FUNCTION,
    author_trigger("drafts"),
    "ALTER TABLE drafts ENABLE ROW LEVEL SECURITY",
    "ALTER TABLE drafts FORCE ROW LEVEL SECURITY",
    "CREATE POLICY drafts_own ON drafts USING (author = current_user) "
    "WITH CHECK (author = current_user)",
)

#: Only the user's events (of a collection) have an author; curated ones keep none.
EVENTS_AUTHOR_DDL = (
    AUTHOR_FUNCTION,
    author_trigger("events", "NEW.collection_id IS NOT NULL"),
)

for _table, _statements in (
    (NoteRow.__table__, NOTES_PRIVACY_DDL),
    (DraftRow.__table__, DRAFTS_PRIVACY_DDL),
    (EventRow.__table__, EVENTS_AUTHOR_DDL),
):
    for _statement in _statements:
        event.listen(_table, "after_create", postgresql_only(_statement))
