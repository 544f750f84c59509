"""Builds the Folium page and its GeoJSON layers (no Qt)."""
