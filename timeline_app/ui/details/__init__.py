"""The selected event's details: the pane and the HTML it shows."""
