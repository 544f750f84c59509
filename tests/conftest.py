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
