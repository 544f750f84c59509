"""A throwaway PostgreSQL + PostGIS cluster for tests and benchmarks (real server, never a mock).

``PgCluster.start()`` runs ``initdb`` in a temporary directory and serves it on a Unix socket only (no TCP).
PostgreSQL refuses to run as root, so as root (CI, containers) the server runs as the ``postgres`` user
through ``runuser``. ``stop()`` removes everything. Debian's packages: postgresql, postgresql-15-postgis-3
(``packaging/system-deps.sh test``).
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path


class PgUnavailable(RuntimeError):
    pass


def _bindir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if not found:
        raise PgUnavailable("PostgreSQL is not installed (apt-get install postgresql postgresql-15-postgis-3)")
    return Path(found[-1]).parent


class PgCluster:
    def __init__(self) -> None:
        self.bindir = _bindir()
        if not glob.glob(f"/usr/share/postgresql/{self.bindir.parent.name}/extension/postgis.control"):
            raise PgUnavailable(f"PostGIS is not installed (apt-get install postgresql-{self.bindir.parent.name}"
                                "-postgis-3)")
        self.root = Path(tempfile.mkdtemp(prefix="nm-pg-"))
        self.data = self.root / "data"
        self.sock = self.root / "sock"
        self.log = self.root / "server.log"
        self.port = 5432
        self.as_postgres = os.geteuid() == 0
        self.started = False
        self._counter = 0
        self.template: str | None = None

    def _run(self, *args: str) -> subprocess.CompletedProcess:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self.as_postgres:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=120)

    def start(self) -> "PgCluster":
        self.sock.mkdir()
        os.chmod(self.root, 0o755)
        if self.as_postgres:
            shutil.chown(self.root, "postgres")
            shutil.chown(self.sock, "postgres")
        r = self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                      "--locale=C", "--no-sync")
        if r.returncode:
            raise PgUnavailable(f"initdb failed: {r.stderr.strip()[-500:]}")
        opts = (f"-k {self.sock} -c listen_addresses='' -p {self.port} -c fsync=off -c full_page_writes=off "
                "-c synchronous_commit=off -c max_connections=120 -c shared_buffers=128MB")
        r = self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", opts, "-w", "-t", "60", "start")
        if r.returncode:
            log = self.log.read_text(errors="replace")[-800:] if self.log.exists() else ""
            raise PgUnavailable(f"PostgreSQL did not start: {r.stderr.strip()[-300:]} {log}")
        self.started = True
        return self

    def dsn(self, db: str = "postgres", user: str = "postgres") -> str:
        return f"postgresql://{user}@/{db}?host={self.sock}&port={self.port}"

    def admin(self, db: str = "postgres"):
        import psycopg

        return psycopg.connect(self.dsn(db), autocommit=True)

    def new_database(self, prefix: str = "t", template: str | None = None) -> str:
        self._counter += 1
        name = f"{prefix}_{os.getpid()}_{self._counter}_{int(time.time() * 1000) % 100000}"
        with self.admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return name

    def stop(self) -> None:
        if self.started:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
            self.started = False
        shutil.rmtree(self.root, ignore_errors=True)


def start_or_explain() -> PgCluster:
    """Start a cluster; raises PgUnavailable with the reason."""
    cluster = PgCluster()
    try:
        return cluster.start()
    except BaseException:
        cluster.stop()
        raise
