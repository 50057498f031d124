"""Durability tests: crashes, concurrent processes and hostile input against the note storage."""
