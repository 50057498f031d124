"""The bundled dataset: reading and validating the TOML files in ``data/`` (no Qt, no SQL).

``python -m timeline_app.data check [FOLDER]`` validates a data folder and prints counts.
"""
