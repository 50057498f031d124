"""No user-visible text is written into the interface without going through the translator.

A literal (or f-string) handed straight to a Qt text setter or widget constructor would stay
English in every language; this test names each such place by file and line.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import timeline_app

PACKAGE = Path(timeline_app.__file__).parent
#: Methods and constructors whose string arguments a user reads.
TEXT_SINKS = {
    "setText",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setWindowTitle",
    "setPlaceholderText",
    "setAccessibleName",
    "setAccessibleDescription",
    "setTitle",
    "addMenu",
    "addAction",
    "showMessage",
    "setLabelText",
    "setHeaderLabels",
    "setHtml",
    "setPlainText",
    "setTabText",
    "addTab",
    "addItem",
    "addRow",
    "setSuffix",
    "setPrefix",
    "setSpecialValueText",
    "QAction",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QMenu",
    "QToolButton",
    "information",
    "warning",
    "critical",
    "question",
    "getSaveFileName",
    "getOpenFileName",
    "getExistingDirectory",
    "setInformativeText",
    "setDetailedText",
}
#: Texts that are the same in every language.
UNTRANSLATED = {"English", "Қазақша", "Русский", "中文", "PDF", "CSV", "JSON", "Markdown"}
WORD = re.compile(r"[A-Za-z]{2,}")
#: Modules whose texts a user never reads in a window (command line, logs, build tooling).
NOT_INTERFACE = (
    "cli.py",
    "headless.py",
    "packaging/",
    "domain/",
    "data/",
    "persistence/",
    "services/",
    "desktop/logging_setup.py",
    "desktop/single_instance.py",
)


def _literal_text(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            part.value
            for part in node.values
            if isinstance(part, ast.Constant) and isinstance(part.value, str)
        )
    return None


LOGGERS = {"log", "logger", "logging", "_log"}


def _sink_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Attribute):
        owner = call.func.value
        if isinstance(owner, ast.Name) and owner.id in LOGGERS:
            return None  # a log line, read by developers
        return call.func.attr
    if isinstance(call.func, ast.Name):
        return call.func.id
    return None


def _untranslated_texts(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or _sink_name(node) not in TEXT_SINKS:
            continue
        for argument in [*node.args, *(keyword.value for keyword in node.keywords)]:
            text = _literal_text(argument)
            if text is None or text in UNTRANSLATED or not WORD.search(text):
                continue
            if isinstance(argument, ast.Constant) and re.fullmatch(
                r"[\w.\-/*() ;]*\*\.[\w*.() ;]*", text
            ):
                continue  # a bare file pattern such as "*.json"
            relative = path.relative_to(PACKAGE)
            found.append(f"{relative}:{argument.lineno}: {text!r}")
    return found


def test_every_text_a_user_reads_goes_through_the_translator() -> None:
    modules = [
        path
        for path in sorted(PACKAGE.rglob("*.py"))
        if not any(part in str(path.relative_to(PACKAGE)) for part in NOT_INTERFACE)
    ]
    assert len(modules) > 40
    found = [line for path in modules for line in _untranslated_texts(path)]
    assert not found, "untranslatable texts:\n" + "\n".join(found)
