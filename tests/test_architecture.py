"""The structure rules the import-linter contracts cannot state: no import circles, and no
module over 400 lines (a module that grows past that is doing two jobs)."""

from __future__ import annotations

from pathlib import Path

import grimp

import timeline_app

PACKAGE = Path(timeline_app.__file__).parent
MAX_LINES = 400


def test_no_module_imports_itself_through_others() -> None:
    graph = grimp.build_graph("timeline_app")
    circles = set()
    for module in graph.modules:
        for imported in graph.find_modules_directly_imported_by(module):
            if graph.find_shortest_chain(importer=imported, imported=module):
                circles.add(tuple(sorted((module, imported))))
    assert not circles


def test_no_module_is_over_400_lines() -> None:
    long = {
        str(path.relative_to(PACKAGE)): count
        for path in PACKAGE.rglob("*.py")
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not long


def test_an_event_date_is_formatted_in_one_place() -> None:
    # Everything that shows an event's date goes through domain.dates.event_date_text, so a
    # change of style (or, later, of language) happens once.
    callers = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if path.name != "dates.py" and "format_event_date(" in path.read_text(encoding="utf-8")
    ]
    assert not callers
