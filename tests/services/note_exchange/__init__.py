"""Tests of timeline_app.services.note_exchange."""
