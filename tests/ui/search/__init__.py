"""Tests of timeline_app.ui.search."""
