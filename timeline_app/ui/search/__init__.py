"""Finding events: the search box, the results list and the filter panel."""
