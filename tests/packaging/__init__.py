"""Tests of the packaged build and its install scripts."""
