"""The project file: a GeoPackage with our record tables, change tracking and migrations."""
