"""Encodings and delimiters are detected: UTF-8 with or without a BOM, UTF-16 with a BOM (and
without one), ',', ';' or a tab."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from tests.interchange.util import FIXTURES, day, read, write
from timeline_app.interchange import NotATimelineError, TimelineFormat, detect_format
from timeline_app.interchange.text_stream import detect_delimiter, detect_encoding

VARIANTS = (
    "utf8_bom.csv",
    "utf8_semicolon.csv",
    "utf16le_bom_semicolon.csv",
    "utf16be_bom.csv",
    "utf16le_no_bom_tab.csv",
)


@pytest.mark.parametrize("name", VARIANTS)
def test_every_encoding_and_delimiter_reads_the_same(name: str) -> None:
    path = FIXTURES / name
    assert detect_format(path) is TimelineFormat.TIMELINEJS_CSV
    timeline = read(path)
    assert timeline == read(FIXTURES / "utf8.csv")
    assert timeline.title == "Қазақстан – Қытай"
    assert [(e.title, e.text, e.start, e.category) for e in timeline.events] == [
        ("Дипломатиялық қатынастар", "Пекинде; 北京", day(1992, 1, 3), "Саясат"),
        ("EXPO-2017", "Астана, 世博会", day(2017, 6, 10), "Мәдениет"),
    ]


@pytest.mark.parametrize(
    ("sample", "encoding"),
    [
        (codecs.BOM_UTF8 + b"Year", "utf-8-sig"),
        (codecs.BOM_UTF16_LE + "Year".encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + "Year".encode("utf-16-be"), "utf-16"),
        ("Year,Month".encode("utf-16-le"), "utf-16-le"),
        ("Year,Month".encode("utf-16-be"), "utf-16-be"),
        ("Year,Қазақ".encode(), "utf-8"),
        ("Қазақ".encode()[:-1], "utf-8"),  # a sample may end inside a character
        (b"", "utf-8"),
    ],
)
def test_encoding_detection(sample: bytes, encoding: str) -> None:
    assert detect_encoding(sample, "CSV") == encoding


def test_a_file_in_another_encoding_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "latin.csv", "Date,Title\n1992,Café déjà vu\n", encoding="latin-1")
    with pytest.raises(NotATimelineError, match="not text in UTF-8 or UTF-16"):
        read(path)


def test_a_bad_byte_far_into_the_file_is_refused_too(tmp_path: Path) -> None:
    good = "Date,Title\n" + "1992,Fine\n" * 20_000
    path = tmp_path / "late.csv"
    path.write_bytes(good.encode() + "1993,Café\n".encode("latin-1"))
    with pytest.raises(NotATimelineError, match="not text in UTF-8 or UTF-16"):
        read(path)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_json_in_utf16_or_with_a_bom(tmp_path: Path, encoding: str) -> None:
    document = {"events": [{"start_date": {"year": 1992}, "text": {"headline": "Алматы"}}]}
    path = write(tmp_path, "t.json", json.dumps(document, ensure_ascii=False), encoding)
    assert [event.title for event in read(path).events] == ["Алматы"]


@pytest.mark.parametrize(
    ("line", "delimiter"),
    [
        ("Year,Month,Day\r\n", ","),
        ("Year;Month;Day\n", ";"),
        ("Year\tMonth\tDay\n", "\t"),
        ('"Year; with semicolon",Month,Day\n', ","),
        ("Title\n", ","),
    ],
)
def test_delimiter_detection(line: str, delimiter: str) -> None:
    assert detect_delimiter(line) == delimiter
