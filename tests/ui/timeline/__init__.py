"""Tests of timeline_app.ui.timeline."""
