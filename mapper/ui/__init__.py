"""Every PySide6 import lives here: windows, forms, models, the map widget, background work."""
