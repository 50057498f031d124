"""The change feed of a server store: triggers that tell every listening client what changed.

Each statement that changes notes, the events (own events, a data sync) or the collections
sends one ``NOTIFY`` on CHANNEL, so an open window shows a teammate's change within a moment
(see change_listener.py). The payload is small JSON naming the kind of change and, for notes,
the events whose notes changed; never a note's text: a private note (row-level security) must
not leak through the feed. A client re-reads what changed through its own connection.

Payloads, one per changing statement and table (PostgreSQL drops identical ones sent in one
transaction, so a large import sends one of each kind):

- ``{"kind": "notes", "events": ["e2017-expo", ...], "pid": 4711}``: notes of these events
  were added, edited or deleted; ``"events": null`` when there were too many to name.
- ``{"kind": "events", "pid": 4711}``: events or their texts changed (own events, an import,
  a data sync).
- ``{"kind": "collections", "pid": 4711}``: collections or their eras changed.

``pid`` is the writing connection's server process: a client knows its own connections' and
skips its own changes (the window that made them has refreshed already).

Drafts send nothing: they are written as the user types and are each window's own.
Registered for the metadata with ``postgresql_only`` (server_ddl.py): made after every table
by ``create_all`` on PostgreSQL, and made current on an existing store by ``--init-store``.
"""

from __future__ import annotations

import json

from timeline_app.domain.remote_changes import RemoteChanges
from timeline_app.persistence.orm import Base
from timeline_app.persistence.server_ddl import postgresql_only

#: The channel every client LISTENs on.
CHANNEL = "timeline_changes"
#: Longer payloads name no events (PostgreSQL's limit is 8000 bytes).
PAYLOAD_LIMIT = 7000

NOTES_FUNCTION = (
    "CREATE OR REPLACE FUNCTION timeline_notes_changed() RETURNS trigger "
    "LANGUAGE plpgsql AS $$\n"
    "DECLARE\n"
    "  ids text[];\n"
    "  payload text;\n"
    "BEGIN\n"
    "  SELECT array_agg(DISTINCT event_id ORDER BY event_id) INTO ids FROM changed;\n"
    "  IF ids IS NULL THEN\n"
    "    RETURN NULL;\n"
    "  END IF;\n"
    "  payload := json_build_object('kind', 'notes', 'events', to_json(ids), "
    "'pid', pg_backend_pid())::text;\n"
    f"  IF octet_length(payload) > {PAYLOAD_LIMIT} THEN\n"
    "    payload := json_build_object('kind', 'notes', 'events', NULL, "
    "'pid', pg_backend_pid())::text;\n"
    "  END IF;\n"
    f"  PERFORM pg_notify('{CHANNEL}', payload);\n"
    "  RETURN NULL;\n"
    "END $$"
)

ROWS_FUNCTION = (
    "CREATE OR REPLACE FUNCTION timeline_rows_changed() RETURNS trigger "
    "LANGUAGE plpgsql AS $$\n"
    "BEGIN\n"
    "  IF EXISTS (SELECT 1 FROM changed) THEN\n"
    f"    PERFORM pg_notify('{CHANNEL}', json_build_object('kind', TG_ARGV[0], "
    "'pid', pg_backend_pid())::text);\n"
    "  END IF;\n"
    "  RETURN NULL;\n"
    "END $$"
)


def notify_triggers(table: str, function: str, kind: str = "") -> tuple[str, ...]:
    """The three statement triggers of ``table`` calling ``function`` (with ``kind`` as its
    argument) after an insert, update or delete that touched rows."""
    transition = {"INSERT": "NEW", "UPDATE": "NEW", "DELETE": "OLD"}
    argument = f"'{kind}'" if kind else ""
    return tuple(
        f"CREATE OR REPLACE TRIGGER {table}_notify_{action.lower()} AFTER {action} ON {table} "
        f"REFERENCING {rows} TABLE AS changed "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {function}({argument})"
        for action, rows in transition.items()
    )


FEED_DDL = (
    NOTES_FUNCTION,
    ROWS_FUNCTION,
    *notify_triggers("notes", "timeline_notes_changed"),
    *notify_triggers("events", "timeline_rows_changed", "events"),
    *notify_triggers("event_texts", "timeline_rows_changed", "events"),
    *notify_triggers("collections", "timeline_rows_changed", "collections"),
    *notify_triggers("eras", "timeline_rows_changed", "collections"),
)

postgresql_only(Base.metadata, *FEED_DDL)


def parse_payload(payload: str) -> tuple[RemoteChanges, int | None]:
    """What a notification says changed, and the server process of the connection that made
    the change (None when not said); anything unreadable counts as everything."""
    try:
        message = json.loads(payload)
        kind = message["kind"]
    except (ValueError, TypeError, KeyError):
        return RemoteChanges.everything(), None
    pid = message.get("pid")
    sender = pid if isinstance(pid, int) else None
    if kind == "notes":
        events = message.get("events")
        if isinstance(events, list) and all(isinstance(e, str) for e in events):
            return RemoteChanges(notes_of_events=frozenset(events)), sender
        return RemoteChanges(all_notes=True), sender
    if kind in ("events", "collections"):
        return RemoteChanges(events=True), sender
    return RemoteChanges.everything(), sender
