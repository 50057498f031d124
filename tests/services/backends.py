"""What the service tests may expect of a store's backend."""

from __future__ import annotations

from timeline_app.persistence.database import Database
from timeline_app.persistence.search_index import has_search_index


def searchable(database: Database) -> bool:
    """True where search finds events: SQLite. A server store has no full-text index yet
    (its writes are skipped, see search_index.has_search_index), so search checks run on
    SQLite only until PostgreSQL's index comes."""
    with database.session_factory() as session:
        return has_search_index(session)
