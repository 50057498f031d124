"""The timeline as a figure: PNG, SVG, multi-page PDF, and the pages File ▸ Print uses."""
