"""Versions, export packages, merge, conflicts and duplicates."""
