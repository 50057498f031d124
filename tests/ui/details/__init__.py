"""Tests of timeline_app.ui.details."""
