"""Shared by the adversary battery: run the CLI and check the one clear line it must print."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from mapper.cli import main
from tests.paths import ROOT


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def refused(capsys, name: object, *args, cause: str | None = None) -> str:
    """The command exits 1 with one line on stderr that names ``name`` (a file) and no traceback."""
    code, out, err = run(capsys, *args)
    lines = err.strip().splitlines()
    assert code == 1, (code, out, err)
    assert len(lines) == 1, err
    line = lines[0]
    assert line.startswith("mapper: ") and "unexpected error" not in line and "Traceback" not in err, line
    assert str(name) in line, (name, line)
    if cause is not None:
        assert cause in line, (cause, line)
    return line


def cli(*args, stdin=None, **kw) -> subprocess.CompletedProcess:
    """The CLI in its own process (for kill -9, ulimit, closed pipes)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "mapper", *map(str, args)], capture_output=True, text=True,
                          env=env, stdin=stdin, timeout=300, **kw)


def files_in(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}
