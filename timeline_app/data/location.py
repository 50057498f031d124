"""Where the bundled data folder is: inside the installed package, or ``data/`` in a checkout."""

from __future__ import annotations

import hashlib
import logging
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from timeline_app.data.problems import DataProblem, DataValidationError

log = logging.getLogger(__name__)


def bundled_data_dir() -> Traversable:
    """The folder of curated TOML files shipped with the app.

    An installed app (wheel or ``pip install .``) carries ``data/`` as the package
    ``timeline_app._bundled_data``; a source checkout has it next to the package.
    """
    try:
        return resources.files("timeline_app._bundled_data")
    except ModuleNotFoundError:
        return Path(__file__).resolve().parents[2] / "data"


def data_files(data_dir: Traversable | Path) -> list[Traversable]:
    """The data files of the folder, by name: every ``*.toml`` that is a file.

    A folder named like one (``extra.toml/``) holds no data: it is passed over, with a
    warning naming it, by the fingerprint and the loader alike (this one list serves both).
    """
    files: list[Traversable] = []
    for entry in data_dir.iterdir():
        if not entry.name.endswith(".toml"):
            continue
        if entry.is_file():
            files.append(entry)
        else:
            log.warning("%s in the data folder %s is not a file; skipped", entry.name, data_dir)
    return sorted(files, key=lambda entry: entry.name)


def data_files_fingerprint(data_dir: Traversable | Path) -> str:
    """A hash of the raw bytes of every TOML file in the folder (milliseconds, no parsing).

    When it equals the one recorded at the last start, the bundled data is unchanged and
    need not be read and validated again. Raises DataValidationError naming a file that
    cannot be read.
    """
    digest = hashlib.sha256()
    try:
        files = data_files(data_dir)
    except OSError as error:
        raise DataValidationError(
            [DataProblem(str(data_dir), f"cannot be read: {error}")]
        ) from error
    for entry in files:
        try:
            content = entry.read_bytes()
        except OSError as error:
            problem = DataProblem(entry.name, f"cannot be read: {error.strerror or error}")
            raise DataValidationError([problem]) from error
        digest.update(f"{entry.name}\0{len(content)}\0".encode())
        digest.update(content)
    return digest.hexdigest()
