"""Build the self-contained desktop app (PyInstaller) and its installable archive.

Build-time only: nothing in the app imports this package, and the build leaves it out.
"""
