"""The crash harness's model of what may be in the file after a kill: lenient only where it must be."""

from __future__ import annotations

from tests.durability.helpers import Reported


def _reported(*lines: str) -> Reported:
    reported = Reported()
    for line in lines:
        reported.record(line.encode("ascii") + b"\n")
    return reported


def test_a_note_committed_but_not_reported_is_adopted_and_may_then_be_edited() -> None:
    # The writer was killed after add_note committed note 2 and before it printed "saved 2".
    reported = _reported("adding aa", "saved 1 aa", "adding bb")
    assert reported.reconcile({1: "aa", 2: "bb"}) == []
    assert reported.hashes == {1: "aa", 2: "bb"} and reported.adopted == 1
    # The next writer lists note 2 from the file and edits it: no "edit of an unknown note".
    reported.record(b"editing 2 cc\n")
    reported.record(b"edited 2 cc\n")
    assert reported.reconcile({1: "aa", 2: "cc"}) == []


def test_an_announced_note_that_never_committed_may_be_absent() -> None:
    reported = _reported("adding aa", "saved 1 aa", "adding bb")
    assert reported.reconcile({1: "aa"}) == []
    assert reported.hashes == {1: "aa"}


def test_an_edit_committed_but_not_reported_is_accepted_either_way() -> None:
    committed = _reported("adding aa", "saved 1 aa", "editing 1 bb")
    assert committed.reconcile({1: "bb"}) == [] and committed.hashes == {1: "bb"}
    not_committed = _reported("adding aa", "saved 1 aa", "editing 1 bb")
    assert not_committed.reconcile({1: "aa"}) == [] and not_committed.hashes == {1: "aa"}


def test_real_losses_are_still_caught() -> None:
    reported = _reported("adding aa", "saved 1 aa", "adding bb", "saved 2 bb", "adding cc")
    assert reported.reconcile({2: "xx", 3: "dd"}) == [
        "note 1 is missing",
        "note 2 has other text than last reported",
        "note 3 is in the file but no writer announced it",
    ]


def test_an_announcement_excuses_one_note_only() -> None:
    reported = _reported("adding aa", "saved 1 aa", "adding bb")
    assert reported.reconcile({1: "aa", 2: "bb", 3: "bb"}) == [
        "note 3 is in the file but no writer announced it"
    ]
    # After the check the announcement is spent: it excuses nothing at the next kill.
    reported = _reported("adding aa", "saved 1 aa", "editing 1 bb")
    assert reported.reconcile({1: "aa"}) == []
    assert reported.reconcile({1: "bb"}) == ["note 1 has other text than last reported"]
