"""The timeline: the zoomable view, its geometry, painting, accessibility and the overview band."""
