"""Helpers shared by the corpus scripts of tests/py/ (imported, not run as scripts)."""
