"""Entry point for ``python -m timeline_app``."""

from __future__ import annotations

import sys

from timeline_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
