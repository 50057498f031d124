"""The baseline: schema 9, the last schema made by the hand-written steps (legacy_steps.py).

Nothing to create: a database reaches this revision either by the frozen legacy steps (and is
stamped here) or, when new, by ``create_all`` (and is stamped at the head).

Revision ID: baseline_schema_9
Revises: none
"""

from __future__ import annotations

revision = "baseline_schema_9"
down_revision: str | None = None
branch_labels: tuple[str, ...] | None = None
depends_on: tuple[str, ...] | None = None


def upgrade() -> None:
    """Schema 9 is already there."""


def downgrade() -> None:
    """The app never downgrades (a newer database is refused untouched)."""
    raise NotImplementedError("the schema is never downgraded")
