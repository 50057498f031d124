"""Kazakhstan–China Cultural Timeline: a desktop explorer of cultural relations, 1992–2024."""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "Kazakhstan–China Cultural Timeline"
APP_ID = "kz-cn-cultural-timeline"
