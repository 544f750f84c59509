"""The published website (``mapper publish SOURCE OUTDIR``): static pages built with escaping, data as
JSON in small script files loaded as needed, the vendored map libraries. Reads a published source only."""
