"""The user's notes: the panel, its undoable commands, unsaved text, and note files in and out."""
