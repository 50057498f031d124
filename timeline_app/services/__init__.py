"""Use cases: one short session per user action; domain objects in and out, never ORM rows."""
