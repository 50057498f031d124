"""Turning storage failures into messages a person can act on."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from timeline_app.domain.errors import StorageError


@contextmanager
def storage_errors(path: Path | str, action: str) -> Iterator[None]:
    """Re-raise database failures as StorageError naming the file (or server) and the action."""
    try:
        yield
    except SQLAlchemyError as error:
        original = getattr(error, "orig", None) or error
        # The first line only: a server driver adds hints on further lines ("Is the server
        # running on that host…?") that make the message a paragraph under the editor.
        lines = str(original).strip().splitlines()
        reason = lines[0].strip() if lines else type(original).__name__
        raise StorageError(f"Could not {action} in {path}: {reason}.") from error
