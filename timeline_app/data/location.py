"""Where the bundled data folder is: inside the installed package, or ``data/`` in a checkout."""

from __future__ import annotations

import hashlib
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


def data_files_fingerprint(data_dir: Traversable | Path) -> str:
    """A hash of the raw bytes of every TOML file in the folder (milliseconds, no parsing).

    When it equals the one recorded at the last start, the bundled data is unchanged and
    need not be read and validated again.
    """
    digest = hashlib.sha256()
    files = sorted(
        (entry for entry in data_dir.iterdir() if entry.name.endswith(".toml")),
        key=lambda entry: entry.name,
    )
    for entry in files:
        content = entry.read_bytes()
        digest.update(f"{entry.name}\0{len(content)}\0".encode())
        digest.update(content)
    return digest.hexdigest()
