"""Writing sources to a citation file (CSL-JSON, BibTeX or RIS by its suffix), all at once."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from timeline_app.domain.models import Source
from timeline_app.interchange.citations import CITATION_FORMATS, CitationFormat, format_of_suffix
from timeline_app.services.note_exchange.formats import write_atomically


def supported_suffixes() -> str:
    """The suffixes and their formats, for a message: ``.json (CSL-JSON), .bib (BibTeX), …``."""
    return ", ".join(f"{suffix} ({f.name})" for suffix, f in CITATION_FORMATS.items())


def write_citations(target: Path, sources: Sequence[Source]) -> CitationFormat:
    """Write ``sources`` to ``target`` in the format of its suffix, through a temporary file
    renamed over it (no partial file is ever left); the format written.

    Raises ValueError for a suffix no format has, StorageError when the file cannot be written.
    """
    found = format_of_suffix(target.suffix)
    if found is None:
        raise ValueError(
            f"extension '{target.suffix}' is not one of {supported_suffixes()}"
            if target.suffix
            else f"no extension; use one of {supported_suffixes()}"
        )
    write_atomically(target, found.write(sources).encode("utf-8"))
    return found
