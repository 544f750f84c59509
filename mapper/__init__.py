"""Neighbourhood Mapper: an offline map of what makes a neighbourhood strong."""

__version__ = "0.1.0"
