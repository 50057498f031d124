"""The names and icon the platform and QSettings know the app by (Qt only, no database)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from timeline_app import APP_ID, APP_NAME, __version__
from timeline_app.desktop.desktop_entry import DESKTOP_ID
from timeline_app.desktop.resource_files import resource_path

ORGANIZATION = "kz-cn-timeline"
ICON_FILE = "timeline-app.svg"


def configure_application_identity() -> None:
    """Names QSettings and the platform use for this app."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APP_ID)
    QCoreApplication.setApplicationVersion(__version__)
    QApplication.setApplicationDisplayName(APP_NAME)
    QApplication.setWindowIcon(QIcon(resource_path(ICON_FILE)))
    # The launcher's name: Wayland compositors and docks group the window with its menu entry.
    QApplication.setDesktopFileName(DESKTOP_ID)
