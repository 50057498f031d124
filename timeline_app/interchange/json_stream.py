"""Reading one JSON object's members one at a time, and a list member element by element, so a
TimelineJS file with a million events never sits in memory whole.

Only the top level is streamed: each member value other than the streamed list, and each
element of that list, is decoded whole by the standard ``json`` decoder.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any, TextIO

CHUNK_CHARACTERS = 64 * 1024
_WHITESPACE = re.compile(r"[ \t\n\r]*")


class JsonSyntaxError(ValueError):
    """The text is not JSON of the expected shape; the message says what was expected."""


class JsonObjectStream:
    """The members of the JSON object ``stream`` holds, read as the caller asks for them."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._buffer = ""
        self._position = 0
        self._at_end = False
        self._decoder = json.JSONDecoder()

    def _more(self) -> bool:
        chunk = self._stream.read(CHUNK_CHARACTERS)
        if not chunk:
            self._at_end = True
            return False
        self._buffer = self._buffer[self._position :] + chunk
        self._position = 0
        return True

    def _peek(self) -> str:
        while True:
            self._position = _WHITESPACE.match(self._buffer, self._position).end()  # type: ignore[union-attr]
            if self._position < len(self._buffer):
                return self._buffer[self._position]
            if not self._more():
                return ""

    def _take(self, expected: str) -> None:
        found = self._peek()
        if found != expected:
            where = f"'{found}'" if found else "the end of the file"
            raise JsonSyntaxError(f"expected '{expected}' but found {where}")
        self._position += 1

    def _value(self) -> Any:
        self._peek()
        while True:
            try:
                value, end = self._decoder.raw_decode(self._buffer, self._position)
            except json.JSONDecodeError as error:
                if self._at_end or not self._more():
                    raise JsonSyntaxError(error.msg) from None
                continue
            if end == len(self._buffer) and not self._at_end and self._more():
                continue  # a number may go on in the next chunk
            self._position = end
            return value

    def starts_object(self) -> bool:
        """Read the opening brace; False when the text is not an object."""
        if self._peek() != "{":
            return False
        self._position += 1
        return True

    def members(self) -> Iterator[str]:
        """Each member's key; the caller then reads its value with ``value`` or ``elements``."""
        if self._peek() == "}":
            self._position += 1
            return
        while True:
            key = self._value()
            if not isinstance(key, str):
                raise JsonSyntaxError("expected a member name")
            self._take(":")
            yield key
            if self._peek() == ",":
                self._position += 1
                continue
            self._take("}")
            return

    def value(self) -> Any:
        """The current member's value, whole."""
        return self._value()

    def next_is_list(self) -> bool:
        """True when the current member's value is a list."""
        return self._peek() == "["

    def elements(self) -> Iterator[Any]:
        """The current member's list, one element at a time."""
        self._take("[")
        if self._peek() == "]":
            self._position += 1
            return
        while True:
            yield self._value()
            if self._peek() == ",":
                self._position += 1
                continue
            self._take("]")
            return
