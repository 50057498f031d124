"""Any CSV with a header, read through a mapping the user confirms: column → field.

``guess_mapping`` proposes a mapping from the header's names (English, Kazakh, Russian and
Chinese words for date, title, description …); the window shows it for the user to correct,
then reads with ``PlainCsvReader(path, mapping)``. Dates are written out in one cell each:
'1992', '1992-08', '1992-08-10', '1992-08-10 13:45', '10.08.1992' or '08.1992'; a date starting
'c.', 'circa', '~' … marks the event approximate, as does a true cell (true, yes, 1, x, ~) in
the column mapped to ``approximate``. Cells are plain text, not HTML.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from timeline_app.interchange.csv_rows import CsvRows, column_key, unprotect
from timeline_app.interchange.dates import (
    APPROXIMATE_MARKS,
    DateProblemError,
    date_from_text,
    marks_approximate,
    to_bool,
)
from timeline_app.interchange.model import ImportedEvent, NotATimelineError
from timeline_app.interchange.reader import Item, TimelineReader
from timeline_app.interchange.slides import SlideFields, make_event, refusal
from timeline_app.interchange.text_stream import CountedFile, open_text

FORMAT_NAME = "CSV"


class Field(enum.StrEnum):
    """What a column of a plain CSV may hold."""

    TITLE = "title"
    START = "start"
    END = "end"
    TEXT = "text"
    CATEGORY = "category"
    SOURCE_URL = "source_url"
    SOURCE_CREDIT = "source_credit"
    SOURCE_CAPTION = "source_caption"
    APPROXIMATE = "approximate"


#: Header names (compared by ``column_key``) that suggest each field, most telling first.
FIELD_WORDS: Mapping[Field, tuple[str, ...]] = {
    Field.START: (
        "start", "start date", "date", "from", "begin", "begins", "year", "when",
        "дата", "начало", "дата начала", "год", "күні", "басталуы", "жыл", "日期", "开始", "年份",
    ),
    Field.END: (
        "end", "end date", "to", "until", "ends", "конец", "окончание", "дата окончания",
        "аяқталуы", "соңы", "结束", "结束日期",
    ),
    Field.TITLE: (
        "title", "headline", "name", "event", "заголовок", "название", "событие",
        "атауы", "тақырып", "оқиға", "标题", "名称", "事件",
    ),
    Field.TEXT: (
        "text", "description", "details", "summary", "notes", "body", "описание", "текст",
        "сипаттама", "мәтін", "描述", "说明", "内容",
    ),
    Field.CATEGORY: (
        "category", "group", "tag", "type", "theme", "категория", "группа", "тема",
        "санат", "топ", "类别", "分类", "类型",
    ),
    Field.SOURCE_URL: (
        "url", "link", "source url", "source", "media", "ссылка", "источник", "сілтеме",
        "дереккөз", "链接", "来源",
    ),
    Field.SOURCE_CREDIT: ("credit", "media credit", "author", "автор", "авторы", "作者"),
    Field.SOURCE_CAPTION: ("caption", "media caption", "подпись", "жазу", "说明文字"),
    Field.APPROXIMATE: (
        "approximate", "approx", "circa", "fuzzy", "приблизительно", "шамамен", "大约",
    ),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """Which column (by its header name, exactly as in the file) holds which field.

    Each field comes from at most one column; a column not named is not read. ``START`` is the
    one field a mapping must have.
    """

    columns: tuple[tuple[str, Field], ...]

    def __post_init__(self) -> None:
        fields = [field for _, field in self.columns]
        doubled = sorted({field.value for field in fields if fields.count(field) > 1})
        if doubled:
            raise ValueError("a field comes from more than one column: " + ", ".join(doubled))

    @classmethod
    def of(cls, columns: Mapping[str, Field]) -> ColumnMapping:
        """A mapping from ``{column name: field}``."""
        return cls(tuple(columns.items()))

    def column_for(self, field: Field) -> str | None:
        """The column mapped to ``field``, None when none is."""
        return next((column for column, mapped in self.columns if mapped is field), None)


def guess_mapping(header: Sequence[str]) -> ColumnMapping:
    """The mapping the header's names suggest (each field to the first column that fits it best;
    a field no column suggests is left out, so ``START`` may be missing)."""
    keys = [column_key(name) for name in header]
    chosen: dict[str, Field] = {}
    for field, words in FIELD_WORDS.items():
        for word in words:
            match = next(
                (name for name, key in zip(header, keys, strict=True)
                 if key == word and name not in chosen),
                None,
            )  # fmt: skip
            if match is not None:
                chosen[match] = field
                break
    return ColumnMapping.of(chosen)


class PlainCsvReader(TimelineReader):
    """Reads a CSV through a ``ColumnMapping`` (see the module docstring)."""

    format_name = FORMAT_NAME

    def __init__(self, path: Path, mapping: ColumnMapping) -> None:
        super().__init__(path)
        self.mapping = mapping

    def _items(self, file: CountedFile) -> Iterator[Item]:
        with open_text(self.path, file, FORMAT_NAME) as stream:
            table = CsvRows(stream)
            position = {name: index for index, name in reversed(list(enumerate(table.header)))}
            wanted = {field: self.mapping.column_for(field) for field in Field}
            if wanted[Field.START] is None:
                raise NotATimelineError(FORMAT_NAME, "no column is mapped to the start date")
            missing = [c for c in wanted.values() if c is not None and c not in position]
            if missing:
                raise NotATimelineError(FORMAT_NAME, "no column " + ", ".join(missing))
            where = {f: position[c] for f, c in wanted.items() if c is not None}
            for number, cells in table.rows():
                item = self._row(number, {f: unprotect(cells[i]) for f, i in where.items()})
                if isinstance(item, ImportedEvent):
                    self.note_category(item.category)
                yield item

    @staticmethod
    def _row(number: int, cells: Mapping[Field, str]) -> Item:
        written_start = cells.get(Field.START, "")
        approximate = marks_approximate(written_start) or to_bool(cells.get(Field.APPROXIMATE, ""))
        fields = SlideFields(
            row=number,
            label=f"row {number}",
            headline=cells.get(Field.TITLE, ""),
            text=cells.get(Field.TEXT, ""),
            media=cells.get(Field.SOURCE_URL, ""),
            credit=cells.get(Field.SOURCE_CREDIT, ""),
            caption=cells.get(Field.SOURCE_CAPTION, ""),
            category=cells.get(Field.CATEGORY, ""),
            approximate=approximate,
            html=False,
        )
        try:
            start = date_from_text(_unmarked(written_start), what="start")
            end = date_from_text(_unmarked(cells.get(Field.END, "")), what="end")
        except DateProblemError as problem:
            return refusal(fields, problem)
        return make_event(fields, start, end)


def _unmarked(written: str) -> str:
    """A written date without an approximation mark in front ('c. 1950' → '1950')."""
    stripped = written.strip()
    folded = stripped.casefold()
    for mark in APPROXIMATE_MARKS:
        if folded.startswith(mark):
            return stripped[len(mark) :].strip()
    return stripped
