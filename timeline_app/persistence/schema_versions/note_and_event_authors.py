"""Notes and the user's own events record their author; notes can be found by author.

``author`` is NULL for every existing row (written before authors were recorded) and for
curated events. On SQLite it is the OS user; on a shared server it will be the database role.

Revision ID: note_and_event_authors
Revises: baseline_schema_9
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "note_and_event_authors"
down_revision: str | None = "baseline_schema_9"
branch_labels: tuple[str, ...] | None = None
depends_on: tuple[str, ...] | None = None


def upgrade() -> None:
    """A nullable ``author`` on notes and events; an index on the notes' author."""
    # Batch mode: on SQLite a plain ADD COLUMN (no rebuild is needed); elsewhere ALTER TABLE.
    with op.batch_alter_table("notes") as notes:
        notes.add_column(sa.Column("author", sa.Text(), nullable=True))
        notes.create_index("ix_notes_author", ["author"])
    with op.batch_alter_table("events") as events:
        events.add_column(sa.Column("author", sa.Text(), nullable=True))


def downgrade() -> None:
    """The app never downgrades (a newer database is refused untouched)."""
    raise NotImplementedError("the schema is never downgraded")
