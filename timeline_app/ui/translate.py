"""``translate(context, text)``: a user-visible text in the language in force.

The same function as ``QCoreApplication.translate``, by the short name ``pyside6-lupdate``
recognises: calls with literal arguments are extracted into the catalogues. Counted texts
use ``timeline_app.ui.plural.tr``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate
