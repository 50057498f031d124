"""The command line's commands without a window: --export-notes and --import-notes,
--import-events and --export-events, --export-citations, and --init-store.

A second composition root beside app.py, with no Qt: it opens the store (a file, or a server
store's URL), uses the notes and events exchange services as the File menu's imports and
exports do, and prints one line. Every failure is one line on stderr naming the file (or the
masked URL) and what is wrong, and exit status 2. The checks of a file (missing, empty, not
writable) apply to files only: a server store is checked by opening it.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from timeline_app.data.problems import DataValidationError
from timeline_app.desktop.logging_setup import FILE_ONLY
from timeline_app.domain.collections import CollectionError
from timeline_app.domain.errors import StorageError
from timeline_app.domain.store_location import StoreLocation
from timeline_app.interchange import NotATimelineError
from timeline_app.interchange.citations import format_of_suffix
from timeline_app.persistence.database import Database, cannot_write
from timeline_app.persistence.errors import DatabaseOpenError
from timeline_app.services.citation_export import supported_suffixes, write_citations
from timeline_app.services.citation_service import CitationService
from timeline_app.services.event_exchange import (
    CURATED,
    CURATED_NAME,
    EVERY,
    EXPORT_EXTENSIONS,
    EventExchangeService,
    ImportPreview,
    preview_file,
)
from timeline_app.services.note_exchange.import_file import NoteImportError
from timeline_app.services.note_exchange.service import NoteExchangeService, read_notes_file
from timeline_app.services.note_service import utc_now
from timeline_app.services.startup import open_timeline_store

log = logging.getLogger("timeline_app")
FAILURES = (DatabaseOpenError, DataValidationError, StorageError, NoteImportError, OSError)
#: File extensions --export-notes understands, and the exporter of each.
EXPORTERS: dict[str, Callable[[NoteExchangeService, Path], int]] = {
    ".json": NoteExchangeService.export_json,
    ".md": NoteExchangeService.export_markdown,
    ".csv": NoteExchangeService.export_csv,
}


class CommandError(Exception):
    """A failure reported as one line on stderr."""


def _fail(message: str) -> int:
    # Messages of lower layers can hold a line break (SQLite's check output): one line here.
    print(f"timeline-app: {' '.join(message.split())}", file=sys.stderr)
    return 2


def _check_not_empty(location: StoreLocation, nothing_done: str) -> None:
    """An existing file of no bytes is no database (a missing one is made by the caller)."""
    if isinstance(location, Path) and location.exists() and location.stat().st_size == 0:
        raise CommandError(f"the database {location} is empty; {nothing_done}.")


def _check_existing_database(location: StoreLocation, nothing_done: str) -> None:
    """These commands never create a database: a missing or empty file is an error."""
    if not isinstance(location, Path):
        return
    db_path = location
    if not db_path.exists():
        raise CommandError(f"the database {db_path} does not exist; {nothing_done}.")
    if db_path.stat().st_size == 0:
        raise CommandError(f"the database {db_path} is empty; {nothing_done}.")


def _cannot_write(location: StoreLocation) -> bool:
    """A file that cannot be written (a server store is never "not writable" beforehand)."""
    return isinstance(location, Path) and cannot_write(location)


def export_notes(db_path: StoreLocation, target: str, *, read_only: bool) -> int:
    """``--export-notes FILE``: every note, in the format of FILE's extension; exit status."""
    path = Path(target).expanduser()
    exporter = EXPORTERS.get(path.suffix.lower())
    if exporter is None:
        found = f"extension '{path.suffix}'" if path.suffix else "no extension"
        return _fail(
            f"cannot export notes to {target}: {found} is not one of .json, .md, .csv "
            "(the extension chooses the format)."
        )
    try:
        _check_existing_database(db_path, "nothing was exported")
        # Read-only when asked, or when the file cannot be written (then it is only read).
        database = open_timeline_store(
            db_path, read_only=True if read_only or _cannot_write(db_path) else None
        )
        try:
            count = exporter(NoteExchangeService(database.session_factory, database.name), path)
        finally:
            database.dispose()
    except (CommandError, *FAILURES) as error:
        return _fail(str(error))
    print(f"{count} {'note' if count == 1 else 'notes'} exported to {target}")
    return 0


def import_notes(db_path: StoreLocation, source: str) -> int:
    """``--import-notes FILE.json``: merge its notes by uid as the window does; exit status."""
    path = Path(source).expanduser()
    try:
        _check_existing_database(db_path, "nothing was imported")
        if _cannot_write(db_path):
            raise CommandError(
                f"the database {db_path} cannot be written (read-only); nothing was imported."
            )
        # The whole file is checked before the database is even opened: a bad file writes
        # nothing, not even an upgrade of the database.
        notes = read_notes_file(path, utc_now(), name=source)
        database = open_timeline_store(db_path)
        try:
            exchange = NoteExchangeService(database.session_factory, database.name)
            report = exchange.import_notes(notes)
        finally:
            database.dispose()
    except NoteImportError as error:
        return _fail(f"{error}; nothing was imported.")
    except (CommandError, *FAILURES) as error:
        return _fail(str(error))
    for warning in report.warnings:
        log.warning("import of %s: %s", source, warning, extra=FILE_ONLY)
    # A note kept because it was edited here later is unchanged here, as the preview counts it.
    unchanged = report.unchanged + report.skipped
    print(f"added {report.added}, updated {report.updated}, unchanged {unchanged}")
    return 0


def import_events(
    db_path: StoreLocation, source: str, collection: str | None, *, replace: bool
) -> int:
    """``--import-events FILE``: the file's events as a collection; exit status (0 when at
    least one event came in; 2, with nothing written, otherwise)."""
    path = Path(source).expanduser()
    try:
        # A database that does not exist yet is made (with the bundled chronology) once the
        # file is known to hold events: a refused file leaves no new database behind.
        _check_not_empty(db_path, "nothing was imported")
        if _cannot_write(db_path):
            raise CommandError(
                f"the database {db_path} cannot be written (read-only); nothing was imported."
            )
        preview = preview_file(path)
        name = (collection or "").strip() or preview.name
        if preview.event_count == 0:
            _print_refusals(0, name, preview)
            return _fail(f"no event of {source} can be imported; nothing was imported.")
        database = open_timeline_store(db_path)
        try:
            service = EventExchangeService(database.session_factory, database.name)
            written = service.import_file(preview, name, replace=replace)
        finally:
            database.dispose()
    except NotATimelineError as error:
        return _fail(f"cannot import {source}: {error}; nothing was imported.")
    except CollectionError as error:
        return _fail(
            f"cannot import {source}: {error} (use --replace to replace its events, or "
            "--collection to name another); nothing was imported."
        )
    except (CommandError, *FAILURES) as error:
        return _fail(str(error))
    _print_refusals(written.count, written.name, preview)
    return 0


def _print_refusals(count: int, name: str, preview: ImportPreview) -> None:
    print(f"{count} events imported into {name}, {preview.refused_count} refused")
    for refusal in preview.refusals:
        print(refusal.message)
    if preview.refused_count > len(preview.refusals):
        print(f"… and {preview.refused_count - len(preview.refusals)} more refused rows")


def _wrong_extension(what: str, target: str, path: Path, supported: str) -> int:
    """The one line for an export to a file whose extension names no format we write."""
    found = f"extension '{path.suffix}'" if path.suffix else "no extension"
    return _fail(
        f"cannot export {what} to {target}: {found} is not one of {supported} "
        "(the extension chooses the format)."
    )


@contextmanager
def _database_to_export_from(db_path: StoreLocation) -> Iterator[Database]:
    """The database an export reads: a missing one is made, as at start; an empty file is
    refused; one that cannot be written is opened read-only."""
    _check_not_empty(db_path, "nothing was exported")
    database = open_timeline_store(db_path, read_only=True if _cannot_write(db_path) else None)
    try:
        yield database
    finally:
        database.dispose()


def export_events(db_path: StoreLocation, target: str, collection: str | None) -> int:
    """``--export-events FILE``: every event, the curated chronology or one collection, as
    TimelineJS JSON or CSV by the extension; exit status."""
    path = Path(target).expanduser()
    if path.suffix.lower() not in EXPORT_EXTENSIONS:
        return _wrong_extension("events", target, path, ", ".join(EXPORT_EXTENSIONS))
    try:
        with _database_to_export_from(db_path) as database:
            service = EventExchangeService(database.session_factory, database.name)
            names = service.collection_names()
            which = EVERY
            if collection is not None and collection.strip().casefold() == CURATED_NAME:
                which = CURATED
            elif collection is not None and collection.strip() not in names:
                known = ", ".join([CURATED_NAME, *sorted(names)])
                raise CommandError(
                    f"there is no collection named {collection!r}; the collections are: "
                    f"{known}. Nothing was exported."
                )
            elif collection is not None:
                which = names[collection.strip()]
            count = service.export(path, which)
    except (CommandError, *FAILURES) as error:
        return _fail(str(error))
    print(f"{count} events exported to {target}")
    return 0


def export_citations(db_path: StoreLocation, target: str, event_id: str | None) -> int:
    """``--export-citations FILE [--event ID]``: every source, or one event's, as CSL-JSON,
    BibTeX or RIS by the extension; exit status."""
    path = Path(target).expanduser()
    if format_of_suffix(path.suffix) is None:
        return _wrong_extension("sources", target, path, supported_suffixes())
    try:
        with _database_to_export_from(db_path) as database:
            citations = CitationService(database.session_factory, database.name)
            sources = (
                citations.all_sources() if event_id is None else citations.event_sources(event_id)
            )
        if sources is None:
            raise CommandError(f"there is no event with id {event_id!r}; nothing was exported.")
        written = write_citations(path, sources)
    except (CommandError, *FAILURES) as error:
        return _fail(str(error))
    noun = "source" if len(sources) == 1 else "sources"
    print(f"Wrote {len(sources)} {noun} to {target} ({written.name})")
    return 0


def init_store(location: StoreLocation) -> int:
    """``--init-store``: set up or upgrade the server store at ``location``; exit status."""
    if isinstance(location, Path):
        return _fail(
            f"{location} is a local file, which needs no --init-store; it is set up when the "
            "app first opens it."
        )
    from timeline_app.services.store_setup import init_store as set_up  # noqa: PLC0415

    try:
        done = set_up(location)
    except FAILURES as error:
        return _fail(str(error))
    if done.upgraded:
        print(
            f"Upgraded the timeline store {done.name} from {done.from_revision} to "
            f"{done.revision}: {done.curated_events} curated events, role {done.role} can read "
            "and write"
        )
    else:
        print(
            f"Initialised the timeline store {done.name}: schema {done.revision}, "
            f"{done.curated_events} curated events, role {done.role} can read and write"
        )
    return 0
