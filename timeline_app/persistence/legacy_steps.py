"""FROZEN: the hand-written steps that brought a file from schema 1 to schema 9, the baseline.

Never edit these again and never add a step here. They exist only to bring a database that
an app older than the move to Alembic wrote (``PRAGMA user_version`` 1 to 8, no
``alembic_version`` table) to schema 9, where Alembic's history begins (see migrations.py and
schema_versions/). Every schema change after schema 9 is an Alembic revision.

Each step runs in its own transaction and sets ``PRAGMA user_version`` to its version, so a
failure leaves the database at the last completed step. SQLite cannot alter columns in
place, so a step that changes a table rebuilds it: create the new table, copy the rows, drop
the old one, rename. The steps are SQLite-only on purpose: no other backend ever held a
database of schema 1 to 8.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection

log = logging.getLogger(__name__)

# The triggers of schema 9, copied here (not imported from orm.py) so that a later revision
# changing orm.py's triggers cannot change what these frozen steps make.
EVENTS_GENERATION_KEY = "events_generation"
EVENT_KEY_TRIGGER = (
    "CREATE TRIGGER IF NOT EXISTS events_key_assigned AFTER INSERT ON events "
    "WHEN NEW.key = 0 BEGIN "
    "UPDATE events SET key = (SELECT max(key) + 1 FROM events) WHERE id = NEW.id; END"
)
EVENT_TRIGGERS = tuple(
    f"CREATE TRIGGER IF NOT EXISTS events_changed_{action.lower()} AFTER {action} ON events "
    f"BEGIN UPDATE app_meta SET value = CAST(value AS INTEGER) + 1 "
    f"WHERE key = '{EVENTS_GENERATION_KEY}'; END"
    for action in ("INSERT", "UPDATE", "DELETE")
)
EVENT_TEXT_TRIGGERS = tuple(
    f"CREATE TRIGGER IF NOT EXISTS event_texts_changed_{action.lower()} AFTER {action} "
    f"ON event_texts BEGIN UPDATE app_meta SET value = CAST(value AS INTEGER) + 1 "
    f"WHERE key = '{EVENTS_GENERATION_KEY}'; END"
    for action in ("INSERT", "UPDATE", "DELETE")
)


@dataclass(frozen=True, slots=True)
class Migration:
    """One frozen step from ``version - 1`` to ``version``."""

    version: int
    description: str
    apply: Callable[[Connection], None]


def _v2_note_uids(connection: Connection) -> None:
    """Notes get a globally unique ``uid``, so exported notes merge back without duplicates."""
    sql = connection.exec_driver_sql
    old_sequence = sql("SELECT seq FROM sqlite_sequence WHERE name = 'notes'").scalar() or 0
    sql(
        "CREATE TABLE notes_new ("
        "id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "
        "uid VARCHAR(32) NOT NULL, "
        "event_id VARCHAR NOT NULL, "
        "text TEXT NOT NULL, "
        "created_at DATETIME NOT NULL, "
        "updated_at DATETIME NOT NULL)"
    )
    sql(
        "INSERT INTO notes_new (id, uid, event_id, text, created_at, updated_at) "
        "SELECT id, lower(hex(randomblob(16))), event_id, text, created_at, updated_at FROM notes"
    )
    sql("DROP TABLE notes")
    sql("ALTER TABLE notes_new RENAME TO notes")
    # Ids of deleted notes are never handed out again, as before the rebuild.
    sql("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'notes'", (old_sequence,))
    sql("CREATE INDEX ix_notes_event_id ON notes (event_id)")
    sql("CREATE UNIQUE INDEX ix_notes_uid ON notes (uid)")


def _v3_event_snapshot(connection: Connection) -> None:
    """A counter of event changes kept by triggers, and a table for the column snapshot."""
    sql = connection.exec_driver_sql
    sql("CREATE TABLE event_snapshot (name VARCHAR NOT NULL PRIMARY KEY, data BLOB NOT NULL)")
    sql(
        "INSERT OR IGNORE INTO app_meta (key, value) VALUES (?, '0')",
        (EVENTS_GENERATION_KEY,),
    )
    for trigger in EVENT_TRIGGERS:
        sql(trigger)
    # The search tables gain prefix indexes; they are derived, so they are dropped here and
    # rebuilt (with the new options) when the database is opened.
    sql("DROP TABLE IF EXISTS event_search")
    sql("DROP TABLE IF EXISTS note_search")
    sql("DELETE FROM app_meta WHERE key = 'search_generation'")


def _v4_event_keys(connection: Connection) -> None:
    """Events get a stored integer key, so the snapshot and the search index survive a dump.

    Up to schema 3 they referred to events by rowid, which VACUUM or a dump and restore may
    renumber. The key starts as each event's rowid today, so nothing is renumbered now.
    Notes refer to events by their string id, not by key, and are not touched.
    """
    sql = connection.exec_driver_sql
    sql("ALTER TABLE events ADD COLUMN key INTEGER DEFAULT 0 NOT NULL")
    sql("UPDATE events SET key = rowid")
    sql("CREATE UNIQUE INDEX ix_events_key ON events (key)")
    sql(EVENT_KEY_TRIGGER)
    # Derived data keyed the old way: the snapshot is rebuilt when the database is opened
    # (its format changed too), and the event search index is dropped so it is made again
    # with the key as its rowid.
    sql("DELETE FROM event_snapshot")
    sql("DROP TABLE IF EXISTS event_search")
    sql("DELETE FROM app_meta WHERE key = 'search_generation'")


def _v5_drafts_per_window(connection: Connection) -> None:
    """Drafts belong to a window: the key becomes (event, window), so two windows on one file
    each keep their own draft of an event instead of overwriting and deleting one shared row.

    Every existing draft is kept; its window closed long ago, so it is marked released with
    an empty window id, and the first window that shows its event takes it over.
    """
    sql = connection.exec_driver_sql
    sql(
        "CREATE TABLE drafts_new ("
        "event_id VARCHAR NOT NULL, "
        "window_id VARCHAR(32) NOT NULL, "
        "text TEXT NOT NULL, "
        "updated_at DATETIME NOT NULL, "
        "released BOOLEAN NOT NULL, "
        "PRIMARY KEY (event_id, window_id))"
    )
    sql(
        "INSERT INTO drafts_new (event_id, window_id, text, updated_at, released) "
        "SELECT event_id, '', text, updated_at, 1 FROM drafts"
    )
    sql("DROP TABLE drafts")
    sql("ALTER TABLE drafts_new RENAME TO drafts")


def _v6_names_and_glossary(connection: Connection) -> None:
    """People and organisations get names in Kazakh, Russian and Chinese and other spellings,
    places a Russian name; a glossary of key terms, and which events use each term.

    The new columns are empty until the bundled data is written again: the recorded data
    hash and files fingerprint are dropped, so the next open reads the data and writes it
    (and so rebuilds the search index with the new names).
    """
    sql = connection.exec_driver_sql
    for column in ("name_kk", "name_ru", "name_zh", "aliases"):
        sql(f"ALTER TABLE people ADD COLUMN {column} TEXT DEFAULT '' NOT NULL")
    sql("ALTER TABLE places ADD COLUMN name_ru TEXT DEFAULT '' NOT NULL")
    sql(
        "CREATE TABLE glossary_terms ("
        "id VARCHAR NOT NULL, "
        "name TEXT NOT NULL, "
        "name_kk TEXT NOT NULL, "
        "name_ru TEXT NOT NULL, "
        "name_zh TEXT NOT NULL, "
        "aliases TEXT NOT NULL, "
        "PRIMARY KEY (id))"
    )
    sql(
        "CREATE TABLE event_terms ("
        "event_id VARCHAR NOT NULL, "
        "term_id VARCHAR NOT NULL, "
        "PRIMARY KEY (event_id, term_id), "
        "FOREIGN KEY(event_id) REFERENCES events (id) ON DELETE CASCADE, "
        "FOREIGN KEY(term_id) REFERENCES glossary_terms (id) ON DELETE CASCADE)"
    )
    sql("CREATE INDEX ix_event_terms_term_id ON event_terms (term_id)")
    sql("DELETE FROM app_meta WHERE key IN ('data_hash', 'data_files_fingerprint')")


#: Columns schema 7 adds to the reference tables: names of categories, roles of people and
#: organisations, and the countries of places, in Kazakh, Russian and Chinese.
V7_COLUMNS = {
    "categories": ("name_kk", "name_ru", "name_zh"),
    "people": ("role_kk", "role_ru", "role_zh"),
    "places": ("country_kk", "country_ru", "country_zh"),
}


def _v7_event_texts(connection: Connection) -> None:
    """Events get their title, summary and body in Kazakh, Russian and Chinese; categories
    their names, people and organisations their roles, places their country in them too.

    The new table and columns are empty until the bundled data is written again: as in
    schema 6 the recorded data hash and files fingerprint are dropped, so the next open writes
    the data (with its translations) and rebuilds the search index over every language. Notes
    are not touched.
    """
    sql = connection.exec_driver_sql
    for table, columns in V7_COLUMNS.items():
        for column in columns:
            sql(f"ALTER TABLE {table} ADD COLUMN {column} TEXT DEFAULT '' NOT NULL")
    sql(
        "CREATE TABLE event_texts ("
        "event_id VARCHAR NOT NULL, "
        "language VARCHAR(8) NOT NULL, "
        "title TEXT NOT NULL, "
        "summary TEXT NOT NULL, "
        "body TEXT NOT NULL, "
        "PRIMARY KEY (event_id, language), "
        "FOREIGN KEY(event_id) REFERENCES events (id) ON DELETE CASCADE)"
    )
    for trigger in EVENT_TEXT_TRIGGERS:
        sql(trigger)
    sql("DELETE FROM app_meta WHERE key IN ('data_hash', 'data_files_fingerprint')")


def _v8_collections(connection: Connection) -> None:
    """The user's collections: own events and imported timelines beside the curated ones.

    A table of collections and one of their eras; events, categories and sources get a
    nullable ``collection_id`` (NULL: curated, the only rows data sync writes), and events
    the columns a user's event carries. Every existing row is curated and stays as it is;
    notes are not touched. The column snapshot gains a collection column: it is dropped
    here and rebuilt when the database is opened.
    """
    sql = connection.exec_driver_sql
    sql(
        "CREATE TABLE collections ("
        "id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "
        "name TEXT NOT NULL, "
        "description TEXT NOT NULL, "
        "kind VARCHAR NOT NULL, "
        "source_file TEXT NOT NULL, "
        "created_at DATETIME NOT NULL, "
        "state VARCHAR NOT NULL, "
        "UNIQUE (name))"
    )
    sql("CREATE INDEX ix_collections_state ON collections (state)")
    sql(
        "CREATE TABLE eras ("
        "id INTEGER NOT NULL, "
        "collection_id INTEGER NOT NULL, "
        "position INTEGER NOT NULL, "
        "label TEXT NOT NULL, "
        "start_date DATE NOT NULL, "
        "end_date DATE NOT NULL, "
        "precision VARCHAR NOT NULL, "
        "PRIMARY KEY (id), "
        "FOREIGN KEY(collection_id) REFERENCES collections (id) ON DELETE CASCADE)"
    )
    sql("CREATE INDEX ix_eras_collection_id ON eras (collection_id)")
    for table in ("events", "categories", "sources"):
        sql(f"ALTER TABLE {table} ADD COLUMN collection_id INTEGER")
    for column, kind in V8_EVENT_COLUMNS.items():
        sql(f"ALTER TABLE events ADD COLUMN {column} {kind}")
    sql("CREATE INDEX ix_events_collection_id ON events (collection_id)")
    sql("DELETE FROM event_snapshot")


#: The columns schema 8 adds to events besides ``collection_id`` (all nullable).
V8_EVENT_COLUMNS = {
    "source_url": "TEXT",
    "source_label": "TEXT",
    "time_of_day": "VARCHAR(5)",
    "title_derived": "BOOLEAN",
}


def _v9_source_access_dates(connection: Connection) -> None:
    """Sources get the day they were read (``accessed``, a citation's access date).

    NULL for every existing row; the recorded data hash is forgotten so the bundled data is
    written again on opening and the curated sources get theirs. Imported sources keep NULL.
    """
    sql = connection.exec_driver_sql
    sql("ALTER TABLE sources ADD COLUMN accessed DATE")
    sql("DELETE FROM app_meta WHERE key IN ('data_hash', 'data_files_fingerprint')")


LEGACY_STEPS: tuple[Migration, ...] = (
    Migration(2, "notes get a stable uid for export and import", _v2_note_uids),
    Migration(
        3,
        "event changes are counted; a column snapshot of events; search prefix indexes",
        _v3_event_snapshot,
    ),
    Migration(4, "events get a stored integer key instead of the rowid", _v4_event_keys),
    Migration(5, "each window keeps its own drafts", _v5_drafts_per_window),
    Migration(
        6,
        "names in Kazakh, Russian and Chinese for people and places; a glossary of key terms",
        _v6_names_and_glossary,
    ),
    Migration(
        7,
        "event titles, summaries and bodies, category names, roles and countries in Kazakh, "
        "Russian and Chinese",
        _v7_event_texts,
    ),
    Migration(8, "collections of the user's own and imported events", _v8_collections),
    Migration(9, "sources get the day they were read (access date)", _v9_source_access_dates),
)
#: The schema the last step reaches: Alembic's baseline revision is this schema. Files keep
#: ``PRAGMA user_version`` at 9 forever after (apps older than Alembic read it).
BASELINE_USER_VERSION = LEGACY_STEPS[-1].version


def reach_baseline(connection_factory: Callable[[], Connection], from_version: int) -> None:
    """Apply the steps after ``from_version`` up to schema 9, each in its own transaction."""
    for migration in (step for step in LEGACY_STEPS if step.version > from_version):
        connection = connection_factory()
        try:
            with connection.begin():
                # pysqlite opens a transaction only before INSERT, UPDATE and DELETE, so a step
                # that starts with DDL would commit it at once and a failure later in the step
                # would leave it half done (and unable to run again). An explicit BEGIN makes
                # the whole step, DDL included, one transaction; commit and rollback end it.
                connection.exec_driver_sql("BEGIN IMMEDIATE")
                migration.apply(connection)
                connection.exec_driver_sql(f"PRAGMA user_version = {migration.version}")
        finally:
            connection.close()
        log.info("database migrated to schema %s: %s", migration.version, migration.description)
