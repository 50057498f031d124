"""A note can be private (only its author reads it); a draft records who typed it.

``notes.private`` is false for every existing note: notes are shared by default.
``drafts.author`` is filled with the OS user on a file being upgraded (the only one who
could have typed its drafts). On a server store both are guarded by the server
(server_privacy.py), whose triggers and policies need no revision: no server store existed
before them, and ``create_server_schema`` makes them with the tables.

Revision ID: private_notes
Revises: note_and_event_authors
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from timeline_app.persistence.authors import local_author

revision = "private_notes"
down_revision: str | None = "note_and_event_authors"
branch_labels: tuple[str, ...] | None = None
depends_on: tuple[str, ...] | None = None


def upgrade() -> None:
    """``notes.private`` (NOT NULL, default false) and a nullable ``drafts.author``."""
    sqlite = op.get_context().dialect.name == "sqlite"
    # Never a rebuild: a default that is an SQL expression makes Alembic's batch mode rebuild
    # the table on SQLite, and the rebuilt notes table lost AUTOINCREMENT (the ids of deleted
    # notes could come back, and undo restores notes by id). SQLite adds a NOT NULL column
    # with a constant default in place. The default is written as create_all writes it.
    default = sa.text("0") if sqlite else sa.false()
    with op.batch_alter_table("notes", recreate="never") as notes:
        notes.add_column(sa.Column("private", sa.Boolean(), nullable=False, server_default=default))
    with op.batch_alter_table("drafts") as drafts:
        drafts.add_column(sa.Column("author", sa.Text(), nullable=True))
    author = local_author()
    # A server store's drafts (none before this release) are the server's to sign.
    if author and op.get_context().dialect.name == "sqlite":
        op.execute(
            sa.text("UPDATE drafts SET author = :author WHERE author IS NULL").bindparams(
                author=author
            )
        )


def downgrade() -> None:
    """The app never downgrades (a newer database is refused untouched)."""
    raise NotImplementedError("the schema is never downgraded")
