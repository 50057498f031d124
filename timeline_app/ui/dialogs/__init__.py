"""Dialogs: About, Go to Date, Sources, and what to do with a damaged database."""
