"""Logging: a rotating file in the user data folder keeps details and tracebacks; the terminal
gets one short line per problem, never a traceback."""

from __future__ import annotations

import logging
import logging.handlers
import sys

from timeline_app.desktop.paths import LOG_FILE_NAME, log_dir

#: Pass as ``extra=FILE_ONLY`` for records that belong in the log file, not the terminal.
FILE_ONLY = {"file_only": True}


class _OneLine(logging.Formatter):
    """Only the first line of the message: details belong in the log file."""

    def format(self, record: logging.LogRecord) -> str:
        return f"timeline-app: {record.getMessage().splitlines()[0]}"


def configure_logging() -> None:
    """Log INFO and above (with tracebacks) to the rotating file, and warnings to stderr briefly."""
    root = logging.getLogger()
    if getattr(configure_logging, "done", False):
        return
    configure_logging.done = True  # type: ignore[attr-defined]
    root.setLevel(logging.INFO)
    stderr_handler = logging.StreamHandler(sys.stderr)
    stderr_handler.setLevel(logging.WARNING)
    stderr_handler.setFormatter(_OneLine())
    stderr_handler.addFilter(lambda record: not getattr(record, "file_only", False))
    root.addHandler(stderr_handler)
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(
            folder / LOG_FILE_NAME, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        # No log file then; the terminal keeps its one line per problem (and no more).
        return
    file_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(file_handler)
