"""Alembic's revisions of the schema, from the baseline (schema 9) on; see persistence/revisions.py.

There is no ``env.py``: revisions.py runs them in code. Every schema change is a new file
here whose ``down_revision`` is the current head. Write it so it runs on SQLite and on
PostgreSQL: change tables with ``op.batch_alter_table`` (SQLite rebuilds a table when it must,
with foreign keys off during the upgrade), and guard any dialect-specific SQL with a check of
``op.get_bind().dialect.name``. A revision that adds or changes a table keeps orm.py's rows
in step, so a new database (made by ``create_all`` and stamped at the head) and an upgraded
one have the same schema.
"""
