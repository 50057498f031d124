"""What every reader offers: iterate the events and refusals as the file is read, the bytes
read so far, and the timeline's title, description, eras and categories.

A reader reads its file when iterated, a slide at a time. The title, eras and categories are
complete once the iteration ends (a CSV may carry its title row last); refusals of eras come
in the same stream as those of events. Stopping early (``close()`` on the reader or on its
iterator, or leaving a ``with reader:`` block) closes the file; nothing is left open.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Generator, Iterator
from pathlib import Path
from types import TracebackType
from typing import ClassVar

from timeline_app.interchange.model import (
    Era,
    ImportedCategory,
    ImportedEvent,
    ImportedTimeline,
    NotATimelineError,
    Refusal,
)
from timeline_app.interchange.text_stream import CountedFile

Item = ImportedEvent | Refusal


class TimelineReader(ABC):
    """Streams one file's events and refusals (see the module docstring)."""

    #: The format's name as messages give it ('TimelineJS JSON').
    format_name: ClassVar[str]

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.total_bytes = self.path.stat().st_size
        self.title = ""
        self.description = ""
        self._eras: list[Era] = []
        self._categories: dict[str, ImportedCategory] = {}
        self._file: CountedFile | None = None
        self._finished = False
        self._running: Generator[Item, None, None] | None = None

    @property
    def bytes_read(self) -> int:
        """Bytes read so far, for a progress bar out of ``total_bytes``."""
        if self._finished:
            return self.total_bytes
        return self._file.bytes_read if self._file is not None else 0

    @property
    def reading(self) -> bool:
        """True while the file is open (between the first item and the end or ``close()``)."""
        return self._file is not None and not self._file.raw.closed

    @property
    def eras(self) -> tuple[Era, ...]:
        """The eras read so far, in file order."""
        return tuple(self._eras)

    @property
    def categories(self) -> tuple[ImportedCategory, ...]:
        """The categories named so far: those the file lists, then groups as events name them."""
        return tuple(self._categories.values())

    def __iter__(self) -> Generator[Item, None, None]:
        self.close()
        self.title, self.description, self._finished = "", "", False
        self._eras.clear()
        self._categories.clear()
        self._running = self._run()
        return self._running

    def _run(self) -> Generator[Item, None, None]:
        self._file = CountedFile(self.path)
        try:
            yield from self._items(self._file)
            self._finished = True
        except UnicodeDecodeError:
            raise NotATimelineError(self.format_name, "not text in UTF-8 or UTF-16") from None
        finally:
            self._file.close()

    @abstractmethod
    def _items(self, file: CountedFile) -> Iterator[Item]:
        """The events and refusals of ``file``, setting the title, eras and categories."""

    def close(self) -> None:
        """Stop reading and close the file (a cancelled import)."""
        if self._running is not None:
            self._running.close()
            self._running = None

    def __enter__(self) -> TimelineReader:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def note_category(self, name: str, colour: str | None = None) -> None:
        """Remember a category (the first colour given for a name wins)."""
        if name and (name not in self._categories or self._categories[name].colour is None):
            self._categories[name] = ImportedCategory(name, colour)

    def note_era(self, era: Era) -> None:
        """Remember an era."""
        self._eras.append(era)

    def read_all(self) -> ImportedTimeline:
        """The whole file at once (small files and tests; a big file should be iterated)."""
        events: list[ImportedEvent] = []
        refusals: list[Refusal] = []
        for item in self:
            if isinstance(item, ImportedEvent):
                events.append(item)
            else:
                refusals.append(item)
        return ImportedTimeline(
            title=self.title,
            description=self.description,
            eras=self.eras,
            categories=self.categories,
            events=tuple(events),
            refusals=tuple(refusals),
        )
