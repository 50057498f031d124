"""The app on the desktop: its identity, folders, resources, menu entry and log files."""
