"""Benchmarks: synthetic databases of any size, and the timings of the README's Performance table.

    python tests/benchmarks/bench.py make-db --events 1000000 --out /tmp/1m.sqlite3 [--seed 42]
    python tests/benchmarks/bench.py run --sizes 10000,100000,1000000 --json results.json

``make-db`` writes a database in the app's own schema (through its persistence layer; the
recipe is in synthetic_data.py), so ``timeline-app --db PATH`` opens it. ``run`` measures every
figure in a fresh subprocess per size and prints median, p95 and max. Timings are printed, never
asserted: tests check behaviour (tests/test_benchmark_harness.py runs this at a small size to
keep it working).

The window sequence is shared with tests/benchmarks/vis_timeline/run.mjs: days count from
1992-01-01; the full window is 12,054 days; zoom goes from it to 1.5 days in 13 geometric steps
around 2008-07-01 and back in 13; pan is 30 steps of 8 days at a 365-day window, then 10 steps
of 10 % at full range (clamped there, so those steps measure a full-range repaint).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

# Run as a script, Python puts only this folder on sys.path: the repository root makes the
# sibling module (and timeline_app, if not installed) importable by its full name.
ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.benchmarks.synthetic_data import FIRST_DAY, FULL_DAYS, make_db  # noqa: E402

CENTRE = date(2008, 7, 1).toordinal() + 0.5
ZOOM_STEPS = 13
NARROWEST_DAYS = 1.5
VIEW_WIDTH, VIEW_HEIGHT = 1280, 400


# ----- statistics -----


def summary(values: Sequence[float]) -> dict[str, float]:
    """Median, nearest-rank p95 and max."""
    ordered = sorted(values)
    rank = max(1, math.ceil(0.95 * len(ordered)))
    return {
        "median": round(statistics.median(ordered), 3),
        "p95": round(ordered[rank - 1], 3),
        "max": round(ordered[-1], 3),
    }


def zoom_windows() -> list[tuple[float, float]]:
    """The 26 windows (start, end) in day numbers: full range to 1.5 days and back."""
    factor = (FULL_DAYS / NARROWEST_DAYS) ** (1 / ZOOM_STEPS)
    spans = [FULL_DAYS / factor**i for i in range(1, ZOOM_STEPS + 1)]
    spans += [NARROWEST_DAYS * factor**j for j in range(1, ZOOM_STEPS + 1)]
    return [_placed(span) for span in spans]


def _placed(span: float, centre: float = CENTRE) -> tuple[float, float]:
    start = min(max(centre - span / 2, FIRST_DAY), FIRST_DAY + FULL_DAYS - span)
    return start, start + span


# ----- measurements in the child process -----


def _steps(view: Any) -> tuple[list[float], list[float]]:
    """Milliseconds per zoom step and per pan step, each a window change plus a full repaint."""

    def step(start: float, end: float) -> float:
        began = time.perf_counter()
        view.setDayWindow(start, end)
        view.repaint()
        return (time.perf_counter() - began) * 1000

    view.fitAll()
    view.repaint()
    zoom = [step(*window) for window in zoom_windows()]
    start, _ = _placed(365.0)
    step(start, start + 365.0)  # settle on the one-year window; not counted
    pan = [step(start + 8 * (i + 1), start + 8 * (i + 1) + 365.0) for i in range(30)]
    view.fitAll()
    view.repaint()
    for _ in range(10):
        began = time.perf_counter()
        view.panBy(0.1)
        view.repaint()
        pan.append((time.perf_counter() - began) * 1000)
    return zoom, pan


def _window_queries(service: Any) -> list[float]:
    """The visible-window query at 200 random windows: choose the events to lay out, then read
    their titles from SQLite (what a zoom to an unseen window costs before painting)."""
    from timeline_app.domain.label_planner import SAMPLE_BIN

    columns = service.columns()
    rng = random.Random(7)
    timings = []
    for _ in range(200):
        span = math.exp(rng.uniform(math.log(NARROWEST_DAYS), math.log(FULL_DAYS)))
        first = FIRST_DAY + rng.uniform(0, FULL_DAYS - span)
        began = time.perf_counter()
        bin_days = SAMPLE_BIN * span / VIEW_WIDTH
        picked = columns.sample(first - span / 4, first + span * 1.25, bin_days, per_bin=7)
        service.titles(columns.keys[picked].tolist())
        timings.append((time.perf_counter() - began) * 1000)
    return timings


def _note_saves(notes: Any, event_ids: list[str]) -> list[float]:
    """200 notes added through NoteService (each a committed, fsynced transaction)."""
    timings = []
    for number in range(200):
        began = time.perf_counter()
        notes.add_note(event_ids[number % len(event_ids)], f"Benchmark note {number}: ещё 中文.")
        timings.append((time.perf_counter() - began) * 1000)
    return timings


def _interactive(db: Path) -> dict[str, Any]:
    """Zoom, pan, window queries and note saves on the real window (offscreen)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from timeline_app.app import create_main_window
    from timeline_app.persistence.database import open_database
    from timeline_app.services.note_service import NoteService
    from timeline_app.services.timeline_service import TimelineService
    from timeline_app.ui.timeline.view import TimelineView

    app = QApplication.instance() or QApplication([])
    window = create_main_window(db)
    view = window.findChild(TimelineView, "timelineView")
    assert view is not None
    view.setAnimationsEnabled(False)
    view.setFixedSize(VIEW_WIDTH, VIEW_HEIGHT)
    window.resize(1700, 1100)
    window.show()
    app.processEvents()
    zoom, pan = _steps(view)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    window.close()
    database = open_database(db)
    try:
        service = TimelineService(database.session_factory, db)
        queries = _window_queries(service)
        columns = service.columns()
        sample = columns.keys[:: max(1, len(columns) // 50)].tolist()[:50]
        saves = _note_saves(
            NoteService(database.session_factory, db), list(service.ids(sample).values())
        )
    finally:
        database.dispose()
    return {
        "events": len(columns),
        "zoom": zoom,
        "pan": pan,
        "query": queries,
        "save": saves,
        "rss_mb": round(rss_mb, 1),
    }


def _first_paint(db: Path, environment: dict[str, str]) -> tuple[float, float, int]:
    """Seconds from starting ``timeline-app --db`` to its first painted window and to its
    first painted data, and how many events that showed."""
    began = time.time()
    completed = subprocess.run(
        [sys.executable, "-m", "timeline_app", "--db", str(db)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    stamps: dict[str, tuple[float, int]] = {}
    for line in completed.stdout.splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[0] in ("first-paint", "first-data-paint"):
            stamps[parts[0]] = (float(parts[1]) - began, int(parts[3]))
    if len(stamps) != 2:
        raise RuntimeError(f"no first paint reported: {completed.stderr[-2000:]}")
    return stamps["first-paint"][0], stamps["first-data-paint"][0], stamps["first-data-paint"][1]


def _child_environment(scratch: Path) -> dict[str, str]:
    environment = dict(os.environ)
    # An installed app runs from compiled bytecode (pip compiles it); so do the children.
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    environment.update(
        QT_QPA_PLATFORM="offscreen",
        TIMELINE_APP_EXIT_AFTER_FIRST_PAINT="1",
        XDG_CONFIG_HOME=str(scratch / "config"),
        XDG_DATA_HOME=str(scratch / "data"),
        XDG_CACHE_HOME=str(scratch / "cache"),
    )
    return environment


def _in_child(function: str, environment: dict[str, str], *arguments: str) -> dict[str, Any]:
    completed = subprocess.run(
        [sys.executable, __file__, function, *arguments],
        env=environment,
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    if completed.returncode != 0:
        raise RuntimeError(f"{function} failed:\n{completed.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(completed.stdout.strip().splitlines()[-1])
    return result


def run(
    sizes: Sequence[int], json_path: Path | None, work: Path, startup_runs: int, repeats: int
) -> dict[str, Any]:
    """Every measurement; returns (and optionally writes) the results.

    Each size is measured in ``repeats`` fresh processes, each starting cold; their steps are
    pooled before median, p95 and max are taken (this machine's speed wanders from minute to
    minute, and one 26-step run has a noisy p95).
    """
    work.mkdir(parents=True, exist_ok=True)
    environment = _child_environment(work)
    curated = work / "curated.sqlite3"
    _first_paint(curated, environment)  # creates and fills it: later runs are warm
    startups = [_first_paint(curated, environment) for _ in range(startup_runs)]
    results: dict[str, Any] = {
        "startup_s": summary([window for window, _, _ in startups]),
        "startup_data_s": summary([data for _, data, _ in startups]),
        "sizes": [],
    }
    saves: list[float] = []
    for size in sizes:
        db = work / f"bench-{size}.sqlite3"
        if not db.exists():
            make_db(size, db)
        first_paints = [_first_paint(db, environment)[1] for _ in range(3)]
        runs = [_in_child("_interactive", environment, str(db)) for _ in range(repeats)]
        measured: dict[str, Any] = {"events": runs[0]["events"], "runs": repeats}
        for name in ("zoom", "pan", "query"):
            measured[f"{name}_ms"] = summary([value for one in runs for value in one[name]])
        measured["zoom_steps_ms"] = [[round(v, 2) for v in one["zoom"]] for one in runs]
        measured["rss_mb"] = max(one["rss_mb"] for one in runs)
        measured["first_data_paint_s"] = round(statistics.median(first_paints), 3)
        saves += [value for one in runs for value in one["save"]]
        results["sizes"].append(measured)
        _print_size(measured)
    results["note_save_ms"] = summary(saves) if saves else {}
    zoom_p95 = [entry["zoom_ms"]["p95"] for entry in results["sizes"]]
    if len(zoom_p95) > 1:
        results["zoom_p95_scaling"] = round(zoom_p95[-1] / zoom_p95[0], 2)
    print(f"first window (curated, warm, {startup_runs} runs): {_fmt(results['startup_s'], 's')}")
    print(f"first data (curated, same runs): {_fmt(results['startup_data_s'], 's')}")
    print(f"note save (all sizes): {_fmt(results['note_save_ms'], 'ms')}")
    if "zoom_p95_scaling" in results:
        print(f"zoom p95 largest ÷ smallest size: {results['zoom_p95_scaling']}")
    if json_path is not None:
        json_path.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return results


def _fmt(values: dict[str, float], unit: str) -> str:
    return (
        f"median {values['median']} {unit}, p95 {values['p95']} {unit}, max {values['max']} {unit}"
    )


def _print_size(measured: dict[str, Any]) -> None:
    print(f"\n{measured['events']:,} events ({measured['runs']} cold runs pooled)")
    print(f"  first data paint: {measured['first_data_paint_s']} s")
    for name in ("zoom_ms", "pan_ms", "query_ms"):
        print(f"  {name[:-3]:<6} {_fmt(measured[name], 'ms')}")
    print(f"  peak RSS after zoom sequence: {measured['rss_mb']} MB", flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    """The command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("make-db", help="write a synthetic database")
    make.add_argument("--events", type=int, required=True)
    make.add_argument("--out", type=Path, required=True)
    make.add_argument("--seed", type=int, default=42)
    measure = commands.add_parser("run", help="measure every figure at these sizes")
    measure.add_argument("--sizes", default="10000,100000,1000000")
    measure.add_argument("--json", type=Path)
    measure.add_argument("--work", type=Path, help="keep the databases here (default: temporary)")
    measure.add_argument("--startup-runs", type=int, default=10)
    measure.add_argument("--repeats", type=int, default=3, help="cold runs per size, pooled")
    child = commands.add_parser("_interactive")
    child.add_argument("db", type=Path)
    arguments = parser.parse_args(argv)
    if arguments.command == "make-db":
        make_db(arguments.events, arguments.out, arguments.seed)
    elif arguments.command == "_interactive":
        print(json.dumps(_interactive(arguments.db)))
    else:
        sizes = [int(size) for size in arguments.sizes.split(",") if size.strip()]
        if arguments.work is not None:
            run(sizes, arguments.json, arguments.work, arguments.startup_runs, arguments.repeats)
        else:
            with tempfile.TemporaryDirectory(prefix="timeline-bench-") as scratch:
                run(sizes, arguments.json, Path(scratch), arguments.startup_runs, arguments.repeats)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
