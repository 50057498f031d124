"""CSL-JSON, BibTeX and RIS of sources, read back by strict readers of each format."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
import rispy
from bibtexparser.entrypoint import parse_string
from bibtexparser.middlewares import LatexDecodingMiddleware
from bibtexparser.model import Entry
from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle
from citeproc import formatter as citeproc_formatter
from citeproc.source.json import CiteProcJSON
from hypothesis import given
from hypothesis import strategies as st

from timeline_app.data.loader import load_dataset
from timeline_app.data.location import bundled_data_dir
from timeline_app.domain.models import Source
from timeline_app.interchange.citations import (
    CITATION_FORMATS,
    bibtex,
    bibtex_keys,
    csl_json,
    format_of_suffix,
    latex_escape,
    ris,
)

SEED = Source(
    id="seed-000-kazinform-2024",
    title="Above 3,000 Kazakh students study in China",
    publisher="Kazinform",
    url="https://en.inform.kz/news/above-3000-kazakh-students-study-in-china-9b7b3b/",
    seed_document="000_de220e67d0c1d72b.txt",
    published=date(2024, 6, 20),
    language="en",
    accessed=date(2026, 11, 22),
)
WEB = Source(
    id="tass-2022-astana-rename",
    title="[Report on renaming the capital back to Astana]",
    publisher="TASS",
    url="https://tass.com/world/1509513/amp?a=1&b=50%25#top",
    published_text="September 2022",
    language="en",
    accessed=date(2026, 11, 29),
)
YEAR_ONLY = Source(
    id="kaznu-2017",
    title="A page",
    publisher="KazNU",
    url="https://kaznu.kz/x",
    published_text="2017",
)
DOCUMENT = Source(
    id="law-text",
    title="Law on culture: 50% & more_{x} #1 ~ ^ \\ $",
    publisher="Ministry of Culture & Sport",
    seed_document="",
    published_text="spring, undated",
)
OWN = Source(id="my-event#source", title="My page", publisher="", url="https://example.org/p")
SOURCES = [SEED, WEB, YEAR_ONLY, DOCUMENT, OWN]


def csl_items(text: str) -> list[dict[str, object]]:
    items: list[dict[str, object]] = json.loads(text)
    CiteProcJSON(items)  # warns (an error here) on any field or type CSL does not know
    return items


def bib_entries(text: str, *, decode: bool = True) -> dict[str, Entry]:
    """Entries by key; ``decode``: TeX escapes read as characters (not for the verbatim URL
    fields, where a decoder takes ``%`` for a comment)."""
    middleware = [LatexDecodingMiddleware()] if decode else []
    library = parse_string(text, append_middleware=middleware)
    assert library.failed_blocks == []
    assert not library.comments  # nothing the parser could not make an entry of
    return {entry.key: entry for entry in library.entries}


def ris_records(text: str) -> list[dict[str, object]]:
    records: list[dict[str, object]] = rispy.loads(text, skip_unknown_tags=False)
    assert all("unknown_tag" not in record for record in records)
    return records


def test_formats_are_found_by_suffix() -> None:
    assert [(f.suffix, f.name) for f in CITATION_FORMATS.values()] == [
        (".json", "CSL-JSON"),
        (".bib", "BibTeX"),
        (".ris", "RIS"),
    ]
    assert format_of_suffix(".BIB") is CITATION_FORMATS[".bib"]
    assert format_of_suffix(".txt") is None


def test_csl_json_round_trips_every_field() -> None:
    items = {item["id"]: item for item in csl_items(csl_json(SOURCES))}
    assert list(items) == [s.id for s in SOURCES]
    seed = items[SEED.id]
    assert seed == {
        "id": SEED.id,
        "type": "article-newspaper",
        "title": SEED.title,
        "container-title": "Kazinform",
        "issued": {"date-parts": [[2024, 6, 20]]},
        "URL": SEED.url,
        "accessed": {"date-parts": [[2026, 11, 22]]},
        "language": "en",
    }
    web = items[WEB.id]
    assert web["type"] == "webpage" and web["title"] == WEB.title  # brackets kept
    assert web["container-title"] == "TASS" and "publisher" not in web
    assert web["issued"] == {"date-parts": [[2022, 9]]} and web["URL"] == WEB.url
    assert web["accessed"] == {"date-parts": [[2026, 11, 29]]}
    assert items[YEAR_ONLY.id]["issued"] == {"date-parts": [[2017]]}
    document = items[DOCUMENT.id]
    assert document["type"] == "document" and document["title"] == DOCUMENT.title
    assert document["publisher"] == DOCUMENT.publisher and "container-title" not in document
    assert document["issued"] == {"literal": "spring, undated"} and "URL" not in document
    assert "accessed" not in document
    assert items[OWN.id]["type"] == "webpage" and "publisher" not in items[OWN.id]


def test_a_seed_article_renders_in_a_standard_style() -> None:
    source = CiteProcJSON(csl_items(csl_json([SEED])))
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)
    bibliography = CitationStylesBibliography(style, source, citeproc_formatter.plain)
    bibliography.register(Citation([CitationItem(SEED.id)]))
    (entry,) = [str(item) for item in bibliography.bibliography()]
    for part in ("Kazinform", SEED.title, "2024", SEED.url):
        assert part in entry, entry
    assert "2026" in entry  # the access date


def test_bibtex_round_trips_every_field() -> None:
    text = bibtex(SOURCES)
    entries = bib_entries(text)
    keys = bibtex_keys(SOURCES)
    assert keys[SEED.id] == "seed000kazinform2024"
    assert set(entries) == set(keys.values())
    assert all(re.fullmatch(r"[a-z][a-z0-9]*", key) for key in entries)
    seed = entries["seed000kazinform2024"]
    assert seed.entry_type == "article"
    assert {name: field.value for name, field in seed.fields_dict.items()} == {
        "title": SEED.title,
        "journal": "Kazinform",
        "year": "2024",
        "month": "jun",
        "date": "2024-06-20",
        "url": SEED.url,
        "urldate": "2026-11-22",
        "language": "en",
    }
    web = entries[keys[WEB.id]]
    assert web.entry_type == "misc" and web["title"] == WEB.title
    assert bib_entries(text, decode=False)[keys[WEB.id]]["url"] == WEB.url
    assert web["urldate"] == "2026-11-29"
    assert web["date"] == "2022-09" and web["publisher"] == "TASS"
    assert "\\url{https://tass.com/world/1509513/amp?a=1&b=50\\%25\\#top}" in text
    document = entries[keys[DOCUMENT.id]]
    assert document.entry_type == "misc" and "url" not in document.fields_dict
    raw_document = bib_entries(text, decode=False)[keys[DOCUMENT.id]]
    assert _latex_unescape(raw_document["title"]) == DOCUMENT.title
    assert document["publisher"] == DOCUMENT.publisher
    assert document["note"] == "spring, undated"


def test_bibtex_escapes_what_tex_reads_as_commands() -> None:
    text = bibtex([DOCUMENT])
    assert (
        r"title = {Law on culture: 50\% \& more\_\textbraceleft{}x\textbraceright{} \#1 \textasciitilde{} "
        r"\textasciicircum{} \textbackslash{} \$}" in text
    )
    assert "publisher = {Ministry of Culture \\& Sport}" in text


def _latex_unescape(text: str) -> str:
    names = {
        "textbackslash": "\\",
        "textasciitilde": "~",
        "textasciicircum": "^",
        "textbraceleft": "{",
        "textbraceright": "}",
    }
    return re.sub(
        r"\\(text[a-z]+)\{\}|\\([&%$#_])",
        lambda m: names[m.group(1)] if m.group(1) else m.group(2),
        text,
    )


@given(st.text(st.characters(exclude_categories=("Cs", "Cc")), min_size=1, max_size=40))
def test_any_title_survives_bibtex(title: str) -> None:
    source = Source(id="x", title=title, publisher="P", url="https://e.org/")
    library = parse_string(bibtex([source]))
    assert library.failed_blocks == []
    (entry,) = library.entries
    assert _latex_unescape(entry["title"]) == title
    assert latex_escape(title).count("{") == latex_escape(title).count("}")


def test_bibtex_keys_are_unique_and_do_not_depend_on_the_others() -> None:
    twins = [
        Source(id="a-1", title="A", publisher="P", url="https://e.org/a"),
        Source(id="a1", title="B", publisher="P", url="https://e.org/b"),
        Source(id="Қазақ-2020", title="C", publisher="P", url="https://e.org/c"),
        Source(id="2020-report", title="D", publisher="P", url="https://e.org/d"),
    ]
    keys = bibtex_keys(twins)
    assert len(set(keys.values())) == 4
    assert keys["a-1"].startswith("a1") and keys["a1"].startswith("a1")
    assert bibtex_keys(twins[:2]) == {k: keys[k] for k in ("a-1", "a1")}
    assert keys["2020-report"] == "source2020report"
    assert all(key.isascii() and key.isalnum() for key in keys.values())
    assert len(bib_entries(bibtex(twins))) == 4


def test_ris_round_trips_every_field() -> None:
    text = ris(SOURCES)
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
    records = {record["id"]: record for record in ris_records(text)}
    assert list(records) == [s.id for s in SOURCES]
    seed = records[SEED.id]
    assert seed == {
        "type_of_reference": "NEWS",
        "id": SEED.id,
        "title": SEED.title,
        "secondary_title": "Kazinform",
        "journal_name": "Kazinform",
        "year": "2024",
        "date": "2024/06/20",
        "urls": [SEED.url],
        "access_date": "2026/11/22",
        "language": "en",
    }
    web = records[WEB.id]
    assert web["type_of_reference"] == "ELEC" and web["title"] == WEB.title
    assert web["publisher"] == "TASS" and web["date"] == "2022/09" and web["year"] == "2022"
    assert web["urls"] == [WEB.url] and web["access_date"] == "2026/11/29"
    document = records[DOCUMENT.id]
    assert document["type_of_reference"] == "GEN" and "urls" not in document
    assert document["notes"] == ["spring, undated"]


def test_a_line_break_in_a_value_never_breaks_a_ris_record() -> None:
    source = Source(id="nl", title="Two\nlines\r\nTY  - JOUR", publisher="P", url="https://e.org/")
    (record,) = ris_records(ris([source]))
    assert record["title"] == "Two lines TY - JOUR"


@pytest.mark.parametrize("suffix", list(CITATION_FORMATS))
def test_the_bundled_sources_all_read_back(suffix: str) -> None:
    sources = list(load_dataset(bundled_data_dir()).sources)
    text = CITATION_FORMATS[suffix].write(sources)
    if suffix == ".json":
        items = csl_items(text)
        assert len(items) == len(sources)
        assert all("accessed" in item for item in items)
    elif suffix == ".bib":
        entries = bib_entries(text)
        assert len(entries) == len(sources)
        assert sum(entry.entry_type == "article" for entry in entries.values()) == 2
        assert all("urldate" in entry.fields_dict for entry in entries.values())
    else:
        records = ris_records(text)
        assert [r["id"] for r in records] == [s.id for s in sources]
        assert all("access_date" in record for record in records)
