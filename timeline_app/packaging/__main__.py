"""``python -m timeline_app.packaging DIST_DIR``: build the one-folder app and its archive."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from timeline_app.packaging.build import BuildError, build


def main(argv: Sequence[str] | None = None) -> int:
    """Build into DIST_DIR; one line on failure, status 1."""
    parser = argparse.ArgumentParser(
        prog="python -m timeline_app.packaging",
        description="Build the self-contained Linux app folder and its .tar.gz archive.",
    )
    parser.add_argument("dist_dir", metavar="DIST_DIR", type=Path)
    options = parser.parse_args(argv)
    try:
        result = build(options.dist_dir)
    except BuildError as error:
        print(f"Build failed: {error}", file=sys.stderr)
        return 1
    print(f"app folder: {result.app_dir} ({result.size_bytes / 1_000_000:.0f} MB)")
    print(f"archive:    {result.archive} ({result.archive.stat().st_size / 1_000_000:.0f} MB)")
    print(f"build time: {result.seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
