"""Tests of timeline_app.ui.dialogs."""
