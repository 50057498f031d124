"""Tests of timeline_app.ui.notes."""
