"""The names of the schema history that opening a database needs, without Alembic.

Importing Alembic (with Mako and Pygments) takes about 0.15 s; a database already at the head
is opened without it. ``revisions.py`` checks that ``HEAD_REVISION`` is the history's head
(tests/persistence/test_revisions.py), so a new revision must update it.
"""

from __future__ import annotations

#: The first revision: schema 9, the last one the hand-written steps made.
BASELINE_REVISION = "baseline_schema_9"
#: The revision this version of the app writes (the head of schema_versions/).
HEAD_REVISION = "private_notes"
#: Alembic's table naming the revision a database is at.
VERSION_TABLE = "alembic_version"


class RevisionError(Exception):
    """Alembic could not stamp or upgrade a database (its CommandError, without importing it)."""
