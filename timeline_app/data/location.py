"""Where the bundled data folder is: inside the installed package, or ``data/`` in a checkout."""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path


def bundled_data_dir() -> Traversable:
    """The folder of curated TOML files shipped with the app.

    An installed app (wheel or ``pip install .``) carries ``data/`` as the package
    ``timeline_app._bundled_data``; a source checkout has it next to the package.
    """
    try:
        return resources.files("timeline_app._bundled_data")
    except ModuleNotFoundError:
        return Path(__file__).resolve().parents[2] / "data"
