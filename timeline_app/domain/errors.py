"""Errors the services raise, importable without the database layer (widgets catch them)."""

from __future__ import annotations


class StorageError(Exception):
    """A read or write of the database failed; the message says what happened."""
