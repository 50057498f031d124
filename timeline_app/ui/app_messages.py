"""What the app says in its windows and message boxes while opening, moving or repairing a
database, in the language in force (the command line's own lines stay English: see app.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from timeline_app.data.problems import DataValidationError


def _tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


def app_title() -> str:
    """The app's name, as message boxes show it."""
    return _tr("Kazakhstan–China Cultural Timeline")


def problem_text(error: BaseException) -> str:
    """What went wrong, for a message box."""
    if isinstance(error, DataValidationError):
        return _tr("The bundled data files are broken: {problem}").format(problem=error)
    return str(error)


def cannot_move_read_only(path: Path) -> str:
    """Why Move… refuses a database opened read-only."""
    return _tr("{path} is open read-only, so it cannot be moved.").format(path=path)


def copy_not_opened(copied: Path, error: BaseException, path: Path) -> str:
    """Why Move… gave up after copying."""
    return _tr(
        "The copy at {copy} could not be opened ({problem}). The database stays at {path}."
    ).format(copy=copied, problem=problem_text(error), path=path)


def moved(new: Path, opened_by_plain_start: bool) -> str:
    """Where the database is after Move…, and how to open it next time."""
    if opened_by_plain_start:
        return _tr("The database is now {path}.").format(path=new)
    return _tr("The database is now {path}; start with --db {path} to open it next time.").format(
        path=new
    )


def failed_while_open(path: Path) -> str:
    """The problem the recovery dialog names when Repair… was chosen on the banner."""
    return _tr("{path} could not be read or written while the app was open.").format(path=path)


def notes_not_merged(error: BaseException, aside: Path) -> str:
    """The notes read from a damaged file could not be merged into its replacement."""
    return _tr("{problem}\n\nThe damaged file is kept as {aside}.").format(
        problem=error, aside=aside
    )


def unexpected_error(error: BaseException, log_folder: Path) -> str:
    """An error nobody expected: the notes are safe, and where the details are."""
    return _tr(
        "Something went wrong: {problem}\n\nYour notes are safe. Details were written to the "
        "log in {folder}."
    ).format(problem=error, folder=log_folder)
