"""Shared fixtures. Every test runs offline: any attempt to open a network connection fails the test."""

from __future__ import annotations

import os
import shutil
import socket

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")

import mapper.ui.scheme  # noqa: E402,F401 - registers the map's mapper:// scheme before any QApplication

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _allowed(address) -> bool:
    if isinstance(address, (str, bytes)):  # AF_UNIX
        return True
    host = address[0] if isinstance(address, tuple) else address
    return host in ("127.0.0.1", "::1", "localhost") or str(host).startswith("127.")


def _guard(real):
    def connect(self, address):
        if not _allowed(address):
            raise AssertionError(f"network access attempted: {address!r} (the app must work offline)")
        return real(self, address)
    return connect


socket.socket.connect = _guard(_real_connect)
socket.socket.connect_ex = _guard(_real_connect_ex)


@pytest.fixture(autouse=True)
def mapper_home(tmp_path_factory, monkeypatch):
    """A fresh user data folder for every test (logs, recent projects)."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("MAPPER_HOME", str(home))
    return home


@pytest.fixture
def project(tmp_path):
    """A fresh, empty project."""
    from mapper.store.project import Project

    p = Project.create(tmp_path / "fresh.gpkg", author="Test mapper")
    yield p
    p.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    from mapper.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.gpkg"
    build_demo(path).close()
    return path


@pytest.fixture
def demo_path(demo_template, tmp_path):
    """A private copy of the demo project file."""
    path = tmp_path / "demo.gpkg"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def demo(demo_path):
    from mapper.store.project import Project

    p = Project.open(demo_path)
    yield p
    p.close()


@pytest.fixture(scope="session")
def pg_cluster():
    """A real PostgreSQL + PostGIS server for the session (tests/pg.py), removed afterwards. Under CI
    (CI=true) a server that cannot start fails the tests that need it; elsewhere they skip, saying why."""
    from tests.pg import PgUnavailable, start_or_explain

    try:
        cluster = start_or_explain()
    except PgUnavailable as exc:
        if os.environ.get("CI", "").lower() in ("true", "1"):
            pytest.fail(f"the PostgreSQL/PostGIS test server could not start: {exc}")
        pytest.skip(f"no PostgreSQL/PostGIS test server: {exc}")
    try:
        from mapper.sync.targets.pg_schema import init_server

        template = cluster.new_database("template_mapper")
        init_server(cluster.dsn(template))
        cluster.template = template
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def server(pg_cluster):
    """A fresh central-map database (schema already applied); its DSN."""
    return pg_cluster.dsn(pg_cluster.new_database("central", template=pg_cluster.template))
