"""The PostgreSQL side of the events triggers: event keys and the events generation counter.

SQLite's triggers are in orm.py; these do the same on a server store, attached to the same
tables with ``execute_if(dialect="postgresql")``, so ``SCHEMA.create_all`` makes them there
and nowhere else (no Alembic revision: no server store existed before them).

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

from sqlalchemy import DDL, event

from timeline_app.persistence.orm import (
    EVENTS_GENERATION_KEY,
    EventRow,
    EventSnapshotRow,
    EventTextRow,
)

#: The sequence the event keys come from on PostgreSQL.
EVENT_KEY_SEQUENCE = "events_key_seq"


def postgresql_only(statement: str) -> DDL:
    """DDL that runs after ``create_all`` on PostgreSQL only."""
    return DDL(statement).execute_if(dialect="postgresql")  # type: ignore[no-untyped-call]


EVENT_KEY_DDL = (
    f"CREATE SEQUENCE IF NOT EXISTS {EVENT_KEY_SEQUENCE} AS bigint OWNED BY events.key",
    "CREATE OR REPLACE FUNCTION events_key_assigned() RETURNS trigger LANGUAGE plpgsql AS $$\n"
    "BEGIN\n"
    "  IF NEW.key = 0 THEN\n"
    f"    NEW.key := nextval('{EVENT_KEY_SEQUENCE}');\n"
    f"  ELSIF NEW.key > (SELECT last_value FROM {EVENT_KEY_SEQUENCE}) THEN\n"
    f"    PERFORM setval('{EVENT_KEY_SEQUENCE}', NEW.key);\n"
    "  END IF;\n"
    "  RETURN NEW;\n"
    "END $$",
    "CREATE TRIGGER events_key_assigned BEFORE INSERT ON events "
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
        f"CREATE TRIGGER {table}_changed_{action.lower()} AFTER {action} ON {table} "
        f"REFERENCING {rows} TABLE AS changed "
        "FOR EACH STATEMENT EXECUTE FUNCTION events_generation_moved()"
        for action, rows in transition.items()
    )


for _statement in (*EVENT_KEY_DDL, GENERATION_FUNCTION, *generation_triggers("events")):
    event.listen(EventRow.__table__, "after_create", postgresql_only(_statement))
for _statement in (GENERATION_FUNCTION, *generation_triggers("event_texts")):
    event.listen(EventTextRow.__table__, "after_create", postgresql_only(_statement))

#: The column snapshot's blobs are packed numbers that pglz does not shrink: stored as they
#: are, without trying (writing a million events' snapshot took 0.5 s, now 0.1 s).
SNAPSHOT_STORAGE_DDL = "ALTER TABLE event_snapshot ALTER COLUMN data SET STORAGE EXTERNAL"
event.listen(EventSnapshotRow.__table__, "after_create", postgresql_only(SNAPSHOT_STORAGE_DDL))
