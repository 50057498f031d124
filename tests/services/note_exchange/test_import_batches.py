"""An import is written in short batches; one that fails part-way says what it wrote."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import OperationalError

from tests.services.note_exchange.helpers import Env, entry, notes_file
from timeline_app.domain.errors import StorageError
from timeline_app.persistence.note_repository import NoteRepository
from timeline_app.services.note_exchange import service as exchange_module
from timeline_app.services.note_exchange.service import ImportInterruptedError


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(exchange_module, "IMPORT_BATCH", 2)
    monkeypatch.setattr(exchange_module, "IMPORT_PAUSE_S", 0.0)


def _fail_on_call(monkeypatch: pytest.MonkeyPatch, failing_call: int) -> None:
    add_copies = NoteRepository.add_copies
    calls: list[int] = []

    def add_copies_until_the_disk_fills(self: NoteRepository, copies: object) -> object:
        calls.append(1)
        if len(calls) == failing_call:
            raise OperationalError("INSERT", {}, Exception("database or disk is full"))
        return add_copies(self, copies)  # type: ignore[arg-type]

    monkeypatch.setattr(NoteRepository, "add_copies", add_copies_until_the_disk_fills)


@pytest.mark.usefixtures("small_batches")
def test_a_large_import_is_written_in_several_transactions(
    env: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    commits: list[int] = []
    factory = env.database.session_factory
    monkeypatch.setattr(
        env.exchange, "_session_factory", _CountingFactory(factory, commits), raising=True
    )
    report = env.exchange.import_json(notes_file(env.folder, *(entry() for _ in range(5))))
    assert report.added == 5 and len(env.facts()) == 5
    assert len(commits) == 3  # 2 + 2 + 1


@pytest.mark.usefixtures("small_batches")
def test_an_import_failing_part_way_reports_what_was_written_and_can_be_completed(
    env: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = notes_file(env.folder, *(entry(text=f"note {n}") for n in range(5)))
    with monkeypatch.context() as patch:
        _fail_on_call(patch, 2)
        with pytest.raises(ImportInterruptedError) as failure:
            env.exchange.import_json(source)
    assert failure.value.report.added == 2
    assert "The first 2 of 5 notes in the file were imported" in str(failure.value)
    assert "database or disk is full" in str(failure.value)
    assert sorted(text for _uid, _event, text, _c, _u in env.facts()) == ["note 0", "note 1"]
    report = env.exchange.import_json(source)  # again: the rest, and nothing twice
    assert (report.added, report.unchanged) == (3, 2)
    assert len(env.facts()) == 5 and env.index_is_current()


@pytest.mark.usefixtures("small_batches")
def test_an_import_failing_in_its_first_batch_writes_nothing(
    env: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fail_on_call(monkeypatch, 1)
    with pytest.raises(StorageError) as failure:
        env.exchange.import_json(notes_file(env.folder, *(entry() for _ in range(5))))
    assert not isinstance(failure.value, ImportInterruptedError)
    assert env.facts() == []


class _CountingFactory:
    """A session factory that counts the write transactions begun through it."""

    def __init__(self, factory: object, commits: list[int]) -> None:
        self._factory = factory
        self._commits = commits

    def __call__(self) -> object:
        return self._factory()  # type: ignore[operator]

    def begin(self) -> object:
        self._commits.append(1)
        return self._factory.begin()  # type: ignore[attr-defined]


@pytest.mark.usefixtures("small_batches")
def test_a_batched_import_is_undone_and_redone_whole(env: Env) -> None:
    before = env.facts()
    report = env.exchange.import_json(
        notes_file(env.folder, *(entry(text=f"note {n}") for n in range(5)))
    )
    imported = env.facts()
    assert report.added == 5 and len(report.added_notes) == 5
    env.exchange.undo_import(report)
    assert env.facts() == before
    env.exchange.redo_import(report)
    assert env.facts() == imported


@pytest.mark.usefixtures("small_batches")
def test_what_an_interrupted_import_wrote_can_be_undone(
    env: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = env.facts()
    source = notes_file(env.folder, *(entry(text=f"note {n}") for n in range(5)))
    with monkeypatch.context() as patch:
        _fail_on_call(patch, 3)
        with pytest.raises(ImportInterruptedError) as failure:
            env.exchange.import_json(source)
    assert len(env.facts()) == 4
    env.exchange.undo_import(failure.value.report)
    assert env.facts() == before
