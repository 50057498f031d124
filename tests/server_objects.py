"""A server store's PostgreSQL-only objects as a comparable set, and an older store made from
a current one (what an app of the baseline revision would have left), for the tests of
``ensure_server_objects`` and ``--init-store``'s upgrade."""

from __future__ import annotations

from tests.postgres_server import run_sql
from timeline_app.persistence.schema_head import BASELINE_REVISION, VERSION_TABLE

#: One query per kind of object, each naming an object with its whole definition, so a
#: policy, trigger or function written differently counts as a different object.
_OBJECT_QUERIES = {
    "policies": "SELECT tablename || '.' || policyname || ' ' || cmd || ' ' || "
    "coalesce(qual, '-') || ' ' || coalesce(with_check, '-') FROM pg_policies "
    "WHERE schemaname = current_schema()",
    "triggers": "SELECT pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal",
    "indexes": "SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema()",
    "functions": "SELECT proname || ' ' || md5(prosrc) FROM pg_proc "
    "WHERE pronamespace = CAST(current_schema() AS regnamespace)",
    "row security": "SELECT relname || ' ' || relrowsecurity || ' ' || relforcerowsecurity "
    "FROM pg_class WHERE relkind = 'r' "
    "AND relnamespace = CAST(current_schema() AS regnamespace)",
    "sequences": "SELECT sequencename || ' ' || data_type FROM pg_sequences "
    "WHERE schemaname = current_schema()",
    "columns": "SELECT table_name || '.' || column_name || ' ' || data_type FROM "
    "information_schema.columns WHERE table_schema = current_schema()",
}


def server_objects(url: str) -> dict[str, set[str]]:
    """Every policy, trigger, index, function, row-security setting, sequence and column of
    the store at ``url``, by kind."""
    return {
        kind: {str(row) for row in run_sql(url, query)} for kind, query in _OBJECT_QUERIES.items()
    }


def _dropped_server_objects(url: str) -> list[str]:
    """The statements removing every PostgreSQL-only object of the store at ``url``."""
    triggers = run_sql(
        url,
        "SELECT 'DROP TRIGGER ' || quote_ident(tgname) || ' ON ' || CAST(tgrelid AS regclass) "
        "FROM pg_trigger WHERE NOT tgisinternal",
    )
    policies = run_sql(
        url,
        "SELECT 'DROP POLICY ' || quote_ident(policyname) || ' ON ' || quote_ident(tablename) "
        "FROM pg_policies "
        "WHERE schemaname = current_schema()",
    )
    functions = run_sql(
        url,
        "SELECT 'DROP FUNCTION ' || CAST(CAST(oid AS regprocedure) AS text) FROM pg_proc "
        "WHERE pronamespace = CAST(current_schema() AS regnamespace)",
    )
    return [
        *map(str, (*triggers, *policies, *functions)),
        *(f"ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY" for table in ("notes", "drafts")),
        *(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY" for table in ("notes", "drafts")),
        "DROP SEQUENCE events_key_seq",
        "DROP TABLE event_search",
        "ALTER TABLE notes DROP COLUMN search_document",
    ]


def take_back_to_baseline(url: str) -> None:
    """Make the current store at ``url`` (as its owner) what the baseline revision made: no
    server objects, none of the columns the later revisions add, stamped at the baseline."""
    run_sql(
        url,
        *_dropped_server_objects(url),
        "ALTER TABLE notes DROP COLUMN private",
        "ALTER TABLE drafts DROP COLUMN author",
        "DROP INDEX ix_notes_author",
        "ALTER TABLE notes DROP COLUMN author",
        "ALTER TABLE events DROP COLUMN author",
        f"UPDATE {VERSION_TABLE} SET version_num = '{BASELINE_REVISION}'",
    )
