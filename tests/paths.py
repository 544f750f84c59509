"""Where test data lives."""

from pathlib import Path

HERE = Path(__file__).parent
DATA = HERE / "data"
FOREIGN = DATA  # copies of ../shared/data/foreign-files used by tests
ROOT = HERE.parent
