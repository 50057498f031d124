"""Where the app's own resources (icon, screenshots) are, installed or in a checkout."""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path


def resources_dir() -> Traversable:
    """The ``resources/`` folder: package ``timeline_app._resources`` when installed."""
    try:
        return resources.files("timeline_app._resources")
    except ModuleNotFoundError:
        return Path(__file__).resolve().parents[2] / "resources"


def resource_path(name: str) -> str:
    """A file path for a resource (wheels install resources as plain files)."""
    return str(resources_dir() / name)
