"""The Debian system libraries the Linux bundle leaves out, because the .deb's Depends brings them.

Used by ``mapper.spec`` (what to leave out of ``dist/neighbourhood-mapper/``) and by
``tests/test_package.py`` (every library the bundle needs and does not hold comes with a package the
.deb depends on). A library counts as brought by the Depends only when its owning package is in the
*guaranteed* closure: the Depends themselves and, recursively, every dependency of theirs that has no
alternative (``a | b`` guarantees neither). The list of Depends is ``system-deps.sh list``.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Kept in the bundle although a Debian package has them: the interpreter itself, and SQLite, whose
# version decides the project file's features (FTS5, R-tree, VACUUM INTO): the one the tests ran on.
KEEP = re.compile(r"^lib(python3|sqlite3)")


def depends() -> list[str]:
    """The run-time Debian packages (the .deb's Depends, with Debian's names)."""
    out = subprocess.run(["bash", str(HERE / "system-deps.sh"), "list"], capture_output=True, text=True,
                         check=True).stdout
    return out.split()


def _installed() -> dict[str, list[str]]:
    """package -> the dependencies it has without alternatives (installed packages only)."""
    out = subprocess.run(["dpkg-query", "-W", "-f", "${Package}\t${Depends}, ${Pre-Depends}\n"],
                         capture_output=True, text=True, check=True).stdout
    deps: dict[str, list[str]] = {}
    for line in out.splitlines():
        name, _, rest = line.partition("\t")
        single = [c.strip() for c in rest.split(",") if c.strip() and "|" not in c]
        deps.setdefault(name, []).extend(re.split(r"[\s:(]", c, maxsplit=1)[0] for c in single)
    return deps


def guaranteed(roots: list[str]) -> set[str]:
    """Every package installing ``roots`` is sure to bring."""
    deps, seen, todo = _installed(), set(), list(roots)
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo.extend(deps.get(name, []))
    return seen


def owners(paths: list[str]) -> dict[str, str]:
    """path -> the Debian package that installed it (paths no package owns are left out)."""
    candidates: dict[str, str] = {}
    for path in paths:
        real = os.path.realpath(path)
        for c in {path, real}:
            for variant in (c, c[4:] if c.startswith("/usr/") else "/usr" + c):
                candidates[variant] = path
    result = subprocess.run(["dpkg-query", "-S", *candidates], capture_output=True, text=True).stdout
    found: dict[str, str] = {}
    for line in result.splitlines():
        pkgs, _, where = line.partition(": ")
        if where in candidates and "diversion" not in pkgs:
            found.setdefault(candidates[where], pkgs.split(",")[0].split(":")[0].strip())
    return found


def left_out(sources: dict[str, str]) -> dict[str, str]:
    """Of ``{name in the bundle: the system file it was copied from}``, those the Depends bring:
    ``{name: owning package}``."""
    system = {name: src for name, src in sources.items() if src.startswith(("/usr/lib/", "/lib"))
              and not KEEP.match(name)}
    own = owners(list(system.values()))
    sure = guaranteed(depends())
    return {name: own[src] for name, src in system.items() if own.get(src) in sure}
