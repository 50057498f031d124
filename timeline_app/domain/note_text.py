"""What a note's text must be to be stored; no database here, so widgets can check it too."""

from __future__ import annotations

#: Longest note accepted, in characters (a 1 MB note is fine; a runaway paste is refused).
MAX_NOTE_LENGTH = 5_000_000


class NoteTextError(ValueError):
    """The note's text cannot be stored as given; the message says why."""


def check_note_text(text: str) -> str:
    """Return ``text`` if it can be stored, else raise NoteTextError with a clear reason."""
    if not text.strip():
        raise NoteTextError("The note is empty.")
    if len(text) > MAX_NOTE_LENGTH:
        raise NoteTextError(
            f"The note is {len(text):,} characters long; notes can hold up to {MAX_NOTE_LENGTH:,}."
        )
    if "\x00" in text:
        raise NoteTextError("The note contains a NUL character, which cannot be stored.")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise NoteTextError(
            f"The note contains an invalid character (a lone surrogate at position {error.start})."
        ) from error
    return text
