"""A storage failure is told in one line, whatever the driver wrote."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import OperationalError

from timeline_app.domain.errors import StorageError
from timeline_app.services.storage_errors import storage_errors


def test_a_driver_message_of_several_lines_is_cut_to_its_first() -> None:
    driver = Exception(
        'connection failed: connection to server at "127.0.0.1", port 5432 failed: Connection '
        "refused\n\tIs the server running on that host and accepting TCP/IP connections?"
    )
    store = "postgresql://alice@127.0.0.1:5432/team"
    with pytest.raises(StorageError) as raised, storage_errors(store, "save the note"):
        raise OperationalError("INSERT …", {}, driver)
    message = str(raised.value)
    assert "\n" not in message
    assert message == (
        "Could not save the note in postgresql://alice@127.0.0.1:5432/team: connection failed: "
        'connection to server at "127.0.0.1", port 5432 failed: Connection refused.'
    )
