"""Readers and writers: GeoPackage, Excel, CSV, GeoJSON, HTML."""
