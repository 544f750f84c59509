"""Where test data lives."""

from pathlib import Path

HERE = Path(__file__).parent
DATA = HERE / "data"
FOREIGN = DATA  # copies of ../shared/data/foreign-files used by tests
ROOT = HERE.parent


def screenshot_path(name: str, tmp_dir: Path) -> Path:
    """docs/screenshots/NAME when the run is meant to refresh them (`make screenshots` sets
    MAPPER_SCREENSHOTS=1); otherwise a temp file, so `make test` leaves the tree clean."""
    import os

    if os.environ.get("MAPPER_SCREENSHOTS") == "1":
        out = ROOT / "docs" / "screenshots" / name
        out.parent.mkdir(parents=True, exist_ok=True)
        return out
    return tmp_dir / name
