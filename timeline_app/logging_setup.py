"""A rotating log file in the user data folder; errors go there with their tracebacks."""

from __future__ import annotations

import logging
import logging.handlers
import sys

from timeline_app.paths import LOG_FILE_NAME, log_dir


def configure_logging() -> None:
    """Log INFO and above to the rotating file (and warnings to stderr); never fails the app."""
    root = logging.getLogger()
    if getattr(configure_logging, "done", False):
        return
    configure_logging.done = True  # type: ignore[attr-defined]
    root.setLevel(logging.INFO)
    stderr_handler = logging.StreamHandler(sys.stderr)
    stderr_handler.setLevel(logging.WARNING)
    root.addHandler(stderr_handler)
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(
            folder / LOG_FILE_NAME, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError as error:
        root.warning("cannot write the log file: %s", error)
        return
    file_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(file_handler)
