"""Telling a server store's URL from a file path, refusing other URLs, masking passwords."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.domain.store_location import (
    LocationError,
    is_url,
    masked,
    parse_location,
    shown,
    without_password,
)


@pytest.mark.parametrize(
    "text",
    ["postgresql://a@h/db", "postgresql+psycopg://a@h:1/db", "mysql://x", "http://e.org"],
)
def test_a_scheme_prefix_makes_a_url(text: str) -> None:
    assert is_url(text)


@pytest.mark.parametrize(
    "text",
    ["C:\\Users\\a\\timeline.sqlite3", "C:/data/t.sqlite3", "C://data/t.sqlite3", "t.sqlite3",
     "/tmp/postgresql:/x", "~/notes://odd.sqlite3"],
)  # fmt: skip
def test_a_drive_letter_or_a_plain_name_is_a_path(text: str) -> None:
    assert not is_url(text)
    assert isinstance(parse_location(text), Path)


def test_a_postgresql_url_is_kept_as_text() -> None:
    assert parse_location("postgresql://alice@db.example:5432/team") == (
        "postgresql://alice@db.example:5432/team"
    )


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("mysql://u:pw-1@h/db", "mysql:// stores are not supported"),
        ("sqlite:///x.db", "sqlite:// stores are not supported"),
        ("postgresql://u:pw-1@h:notaport/db", "is not a valid URL"),
        ("postgresql://u:pw-1@[::1/db", "is not a valid URL"),
        ("postgresql:///db", "names no server host"),
        ("postgresql://u:pw-1@h", "names no database"),
    ],
)
def test_other_or_malformed_urls_are_refused_masked(text: str, why: str) -> None:
    with pytest.raises(LocationError) as raised:
        parse_location(text)
    assert why in str(raised.value)
    assert "pw-1" not in str(raised.value)
    assert str(raised.value).endswith("use a file path or postgresql://user@host:port/dbname.")


def test_passwords_are_masked_for_showing_and_dropped_for_keeping() -> None:
    url = "postgresql://alice:s3cr%40t@h:5432/team?sslmode=require"
    assert masked(url) == "postgresql://alice:***@h:5432/team?sslmode=require"
    assert without_password(url) == "postgresql://alice@h:5432/team?sslmode=require"
    assert masked("postgresql://alice@h/team") == "postgresql://alice@h/team"
    assert shown(Path("/tmp/t.sqlite3")) == "/tmp/t.sqlite3"
