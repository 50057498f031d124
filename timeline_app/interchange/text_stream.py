"""Opening a file as text whatever its encoding, counting the bytes read for a progress bar.

Encodings: UTF-8 with or without a byte-order mark, UTF-16 with a mark (either byte order),
and UTF-16 without one when its zero bytes give the order away. Anything else is refused with
NotATimelineError. CSV delimiters: ',', ';' or a tab, whichever the header line has most of
outside quotes.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from timeline_app.interchange.model import NotATimelineError

SAMPLE_BYTES = 64 * 1024
BUFFER_BYTES = 128 * 1024
DELIMITERS = (",", ";", "\t")


def detect_encoding(sample: bytes, format_name: str) -> str:
    """The codec to read a file that starts with ``sample``."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    pairs = sample[: len(sample) - len(sample) % 2]
    if pairs and pairs.count(0) * 4 >= len(pairs):
        even_zeros = pairs[0::2].count(0)
        odd_zeros = pairs[1::2].count(0)
        return "utf-16-be" if even_zeros > odd_zeros else "utf-16-le"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
    except UnicodeDecodeError:
        raise NotATimelineError(format_name, "not text in UTF-8 or UTF-16") from None
    return "utf-8"


class CountedFile:
    """A file opened for reading with the count of bytes taken from the disk so far."""

    def __init__(self, path: Path) -> None:
        self.raw = io.FileIO(path, "r")
        self.binary = io.BufferedReader(self.raw, BUFFER_BYTES)

    @property
    def bytes_read(self) -> int:
        """Bytes read from the disk (the buffer runs a little ahead of the parser)."""
        return 0 if self.raw.closed else self.raw.tell()

    def close(self) -> None:
        """Close the file."""
        self.binary.close()


@contextmanager
def open_text(path: Path, counted: CountedFile, format_name: str) -> Iterator[TextIO]:
    """``counted`` as text in its detected encoding (newlines kept as they are, for csv).

    A bad byte sequence further on raises UnicodeDecodeError, which ``TimelineReader`` turns
    into NotATimelineError."""
    encoding = detect_encoding(counted.binary.peek(SAMPLE_BYTES)[:SAMPLE_BYTES], format_name)
    stream = io.TextIOWrapper(counted.binary, encoding=encoding, newline="")
    try:
        yield stream
    finally:
        stream.detach()


def detect_delimiter(header_line: str) -> str:
    """The delimiter the header line uses most outside quotes (',' when it has none)."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for character in header_line:
        if character == '"':
            quoted = not quoted
        elif not quoted and character in counts:
            counts[character] += 1
    best = max(DELIMITERS, key=lambda delimiter: counts[delimiter])
    return best if counts[best] else ","
