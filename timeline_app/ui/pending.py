"""A stand-in for a service that is not there yet (the window is built before the database is
open); using one before ``MainWindow.attach`` is a bug, reported as such."""

from __future__ import annotations

from typing import Any


class PendingService:
    """Raises on any use: the real service has not been attached yet."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        raise RuntimeError(f"the {self._name} service was used before the database was opened")


def pending(name: str) -> Any:
    """A PendingService typed as whatever service it stands in for."""
    return PendingService(name)
