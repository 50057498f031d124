"""Notes in and out: export to Markdown, JSON and CSV, and import from JSON."""
