"""What the app says in its windows and message boxes while opening, moving or repairing a
database, in the language in force (the command line's own lines stay English: see app.py)."""

from __future__ import annotations

from pathlib import Path

from timeline_app.data.problems import DataValidationError
from timeline_app.ui.translate import translate


def app_title() -> str:
    """The app's name, as message boxes show it."""
    return translate("App", "Kazakhstan–China Cultural Timeline")


def problem_text(error: BaseException) -> str:
    """What went wrong, for a message box."""
    if isinstance(error, DataValidationError):
        return translate("App", "The bundled data files are broken: {problem}").format(
            problem=error
        )
    return str(error)


def cannot_move_read_only(path: Path) -> str:
    """Why Move… refuses a database opened read-only."""
    return translate("App", "{path} is open read-only, so it cannot be moved.").format(path=path)


def server_store_not_moved() -> str:
    """Why Move… refuses a server store."""
    return translate(
        "App",
        "Move… applies to local files only: a server store is moved by its administrator "
        "(pg_dump).",
    )


def copy_not_opened(copied: Path, error: BaseException, path: Path) -> str:
    """Why Move… gave up after copying."""
    return translate(
        "App", "The copy at {copy} could not be opened ({problem}). The database stays at {path}."
    ).format(copy=copied, problem=problem_text(error), path=path)


def moved(new: Path, opened_by_plain_start: bool) -> str:
    """Where the database is after Move…, and how to open it next time."""
    if opened_by_plain_start:
        return translate("App", "The database is now {path}.").format(path=new)
    return translate(
        "App", "The database is now {path}; start with --db {path} to open it next time."
    ).format(path=new)


def failed_while_open(path: Path) -> str:
    """The problem the recovery dialog names when Repair… was chosen on the banner."""
    return translate("App", "{path} could not be read or written while the app was open.").format(
        path=path
    )


def notes_not_merged(error: BaseException, aside: Path) -> str:
    """The notes read from a damaged file could not be merged into its replacement."""
    return translate("App", "{problem}\n\nThe damaged file is kept as {aside}.").format(
        problem=error, aside=aside
    )


def unexpected_error(error: BaseException, log_folder: Path) -> str:
    """An error nobody expected: the notes are safe, and where the details are."""
    return translate(
        "App",
        "Something went wrong: {problem}\n\nYour notes are safe. Details were written to the "
        "log in {folder}.",
    ).format(problem=error, folder=log_folder)
