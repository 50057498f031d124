"""Each failure of a server store as one line naming what failed (no server needed)."""

from __future__ import annotations

import pytest

from timeline_app.persistence.server_errors import server_open_error

URL = "postgresql+psycopg://alice:Secret-6@db.example:6543/team"


class DriverError(Exception):
    """Stands for psycopg's error: a message and, for a statement's error, an SQLSTATE."""

    def __init__(self, message: str, sqlstate: str | None = None) -> None:
        super().__init__(message)
        self.sqlstate = sqlstate


@pytest.mark.parametrize(
    ("driver", "expected"),
    [
        (
            DriverError(
                'connection to server at "db.example", port 6543 failed: Connection refused'
            ),
            "Cannot reach the PostgreSQL server at db.example:6543 for "
            "postgresql+psycopg://alice:***@db.example:6543/team (connection refused); check "
            "that the server is running and the host and port are right.",
        ),
        (
            DriverError("connection timeout expired"),
            "Cannot reach the PostgreSQL server at db.example:6543 for "
            "postgresql+psycopg://alice:***@db.example:6543/team (no answer within the time "
            "allowed); check that the server is running and the host and port are right.",
        ),
        (
            DriverError('FATAL:  password authentication failed for user "alice"'),
            "The server at db.example:6543 refused the login of alice (wrong password or "
            "authentication failed) for postgresql+psycopg://alice:***@db.example:6543/team; "
            "check the password in ~/.pgpass, PGPASSWORD or the URL.",
        ),
        (
            DriverError('FATAL:  database "team" does not exist'),
            "There is no database team on the server at db.example:6543 "
            "(postgresql+psycopg://alice:***@db.example:6543/team); check the name, or ask an "
            "administrator to create it.",
        ),
        (
            DriverError("permission denied for table alembic_version", "42501"),
            "The role alice has no right to use the timeline at "
            "postgresql+psycopg://alice:***@db.example:6543/team (permission denied): ask an "
            "administrator to add you to the role timeline_team.",
        ),
    ],
)
def test_each_failure_is_one_line(driver: DriverError, expected: str) -> None:
    assert str(server_open_error(driver, URL)) == expected


def test_a_password_in_the_drivers_text_is_masked() -> None:
    message = str(server_open_error(DriverError("odd: Secret-6 was\nrejected"), URL))
    assert "Secret-6" not in message and "\n" not in message
