"""SQLite storage through SQLAlchemy 2: engine and pragmas, ORM rows, repositories, data sync."""
