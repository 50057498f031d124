"""The PostgreSQL side of the events triggers: event keys and the events generation counter.

SQLite's triggers are in orm.py; these do the same on a server store, registered for the same
tables with ``postgresql_only`` (server_ddl.py), so ``SCHEMA.create_all`` makes them there and
nowhere else, and ``--init-store`` makes them current on an existing store.

- ``events.key``: a row inserted with key 0 (the column's default, so every insert path: the
  ORM, a bulk insert, plain SQL) gets the next value of the sequence ``events_key_seq``. A
  sequence, not SQLite's ``max(key) + 1``: two clients inserting at once would read the same
  maximum and one would fail on the unique index. A key given explicitly (from
  ``reserve_event_keys``, or written by hand) moves the sequence past it.
- ``events_generation``: moved on by one per statement that inserted, updated or deleted rows
  of ``events`` or ``event_texts`` (SQLite counts per row; only equality is ever compared).
  Statement triggers with transition tables: a bulk change of a million rows updates the
  counter once, not a million times.
"""

from __future__ import annotations

from timeline_app.persistence.orm import (
    EVENTS_GENERATION_KEY,
    EventRow,
    EventSnapshotRow,
    EventTextRow,
)
from timeline_app.persistence.server_ddl import postgresql_only

#: The sequence the event keys come from on PostgreSQL.
EVENT_KEY_SEQUENCE = "events_key_seq"


EVENT_KEY_DDL = (
    f"CREATE SEQUENCE IF NOT EXISTS {EVENT_KEY_SEQUENCE} AS bigint OWNED BY events.key",
    # A store that had events before its sequence (one upgraded by --init-store): the next
    # key comes after theirs. Never moved back: a sequence ahead of the keys stays ahead.
    f"SELECT setval('{EVENT_KEY_SEQUENCE}', e.top) "
    f"FROM (SELECT max(key) AS top FROM events) AS e, {EVENT_KEY_SEQUENCE} AS s "
    "WHERE e.top > s.last_value OR (e.top = s.last_value AND NOT s.is_called)",
    "CREATE OR REPLACE FUNCTION events_key_assigned() RETURNS trigger LANGUAGE plpgsql AS $$\n"
    "BEGIN\n"
    "  IF NEW.key = 0 THEN\n"
    f"    NEW.key := nextval('{EVENT_KEY_SEQUENCE}');\n"
    f"  ELSIF NEW.key > (SELECT last_value FROM {EVENT_KEY_SEQUENCE}) THEN\n"
    f"    PERFORM setval('{EVENT_KEY_SEQUENCE}', NEW.key);\n"
    "  END IF;\n"
    "  RETURN NEW;\n"
    "END $$",
    "CREATE OR REPLACE TRIGGER events_key_assigned BEFORE INSERT ON events "
    "FOR EACH ROW EXECUTE FUNCTION events_key_assigned()",
)

#: One function for both tables: each trigger names its rows ``changed``.
GENERATION_FUNCTION = (
    "CREATE OR REPLACE FUNCTION events_generation_moved() RETURNS trigger "
    "LANGUAGE plpgsql AS $$\n"
    "BEGIN\n"
    "  IF EXISTS (SELECT 1 FROM changed) THEN\n"
    "    UPDATE app_meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)\n"
    f"    WHERE key = '{EVENTS_GENERATION_KEY}';\n"
    "  END IF;\n"
    "  RETURN NULL;\n"
    "END $$"
)


def generation_triggers(table: str) -> tuple[str, ...]:
    """The three statement triggers moving the events generation on a change of ``table``
    (transition tables allow one event per trigger)."""
    transition = {"INSERT": "NEW", "UPDATE": "NEW", "DELETE": "OLD"}
    return tuple(
        f"CREATE OR REPLACE TRIGGER {table}_changed_{action.lower()} AFTER {action} ON {table} "
        f"REFERENCING {rows} TABLE AS changed "
        "FOR EACH STATEMENT EXECUTE FUNCTION events_generation_moved()"
        for action, rows in transition.items()
    )


postgresql_only(
    EventRow.__table__, *EVENT_KEY_DDL, GENERATION_FUNCTION, *generation_triggers("events")
)
postgresql_only(EventTextRow.__table__, GENERATION_FUNCTION, *generation_triggers("event_texts"))

#: The column snapshot's blobs are packed numbers that pglz does not shrink: stored as they
#: are, without trying (writing a million events' snapshot took 0.5 s, now 0.1 s).
SNAPSHOT_STORAGE_DDL = "ALTER TABLE event_snapshot ALTER COLUMN data SET STORAGE EXTERNAL"
postgresql_only(EventSnapshotRow.__table__, SNAPSHOT_STORAGE_DDL)
