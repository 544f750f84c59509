"""``mapper --smoke-test OUTDIR``: a scripted run of the real window, for checking a built package.

It opens the demo (built on first start, as for a new volunteer), waits until the map has drawn every
asset, records an asset as a person would (a click on the map's spot, the name typed, Tab), exports the
project through File > Export's own path, reads the export back, and quits. Every request the map page
makes passes through the map's own guard (``MapWidget.guard``, the product's ``OfflineGuard``: anything that
is not the app's own ``mapper://app``, ``data:`` or ``blob:`` content is blocked and counted) and every Python
socket connection to a non-loopback address is refused and counted. ``OUTDIR/smoke.json`` holds the result; the exit code is 0 only if every step passed
with zero network requests.
"""

from __future__ import annotations

import json
import socket
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from mapper.domain.resources import RESOURCES
from mapper.ui.i18n import Tr, fill

Smoke = Tr("Smoke")

SMOKE_ASSET = "Smoke Test Community Cafe"
SMOKE_PLACE = (-1.4701, 53.3811)  # lon, lat: Sheffield city centre, inside the demo's neighbourhoods


class SocketGuard:
    """Refuses and records Python socket connections to anything but loopback (while installed)."""

    def __init__(self):
        self.attempts: list[str] = []
        self._real = (socket.socket.connect, socket.socket.connect_ex)

    @staticmethod
    def loopback(address) -> bool:
        if isinstance(address, (str, bytes)):  # AF_UNIX
            return True
        host = str(address[0] if isinstance(address, tuple) else address)
        return host in ("localhost", "::1") or host.startswith("127.")

    def install(self) -> None:
        guard = self

        def wrap(real):
            def connect(sock, address):
                if not guard.loopback(address):
                    guard.attempts.append(repr(address))
                    raise OSError(f"network access refused in the smoke test: {address!r}")
                return real(sock, address)
            return connect

        socket.socket.connect, socket.socket.connect_ex = (wrap(f) for f in self._real)

    def remove(self) -> None:
        socket.socket.connect, socket.socket.connect_ex = self._real


def wait_until(condition, timeout_s: float, step_ms: int = 50) -> bool:
    """Run the event loop until ``condition()`` is true (False after ``timeout_s``)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if condition():
            return True
        QTest.qWait(step_ms)  # runs the event loop meanwhile
    return bool(condition())


def error_dialog_text() -> str | None:
    """The text of an error box the window put up (the smoke run closes it and fails). An information box
    (what an export wrote, an import summary) is not an error."""
    errors = (QMessageBox.Icon.Critical, QMessageBox.Icon.Warning)
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible() and widget.icon() in errors:
            text = f"{widget.text()} {widget.informativeText()}".strip()
            widget.close()
            return text
    return None


class SmokeRun:
    def __init__(self, window, outdir: Path):
        self.window, self.outdir = window, outdir
        self.result: dict[str, Any] = {"steps": {}, "ok": False}
        self.guard = window.map.guard  # the product's own: nothing is installed for the smoke run

    def step(self, name: str, ok: bool, **detail) -> bool:
        self.result["steps"][name] = {"ok": bool(ok), **detail}
        return bool(ok)

    def wait(self, condition, timeout_s: float) -> bool:
        found = [None]

        def done():
            found[0] = found[0] or error_dialog_text()
            return found[0] is not None or condition()

        passed = wait_until(done, timeout_s) and found[0] is None
        if found[0]:
            self.result["error_dialog"] = found[0]
        return passed

    def open_demo(self) -> bool:
        from mapper.ui.app import resolve_project

        w = self.window
        ready: list[int] = []
        w.map.mapReady.connect(ready.append)
        started = time.monotonic()
        demo = resolve_project(None)  # a clean home: the demo is built from the bundled sample data
        w.open_project(demo)
        w.show()
        opened = self.wait(lambda: w.project is not None, 120)
        if not self.step("open_demo", opened, project=str(demo),
                         assets=w.project.count("assets") if opened else None):
            return False
        drawn = self.wait(lambda: bool(ready), 120)
        return self.step("map_ready", drawn and ready[0] > 0, assets_on_map=ready[0] if ready else None,
                         seconds=round(time.monotonic() - started, 1),
                         page_requests=len(w.map.handler.requests))

    def record_asset(self) -> str | None:
        w = self.window
        before = w.project.count("assets")
        w.act_add_on_map.setChecked(True)  # Add on map, then the click the page's script reports
        w.map.bridge.onMapClicked(*SMOKE_PLACE)
        form = w.asset_form
        name = form.widgets["name"]
        if not self.wait(lambda: form.draft and name.isVisible(), 10):
            self.step("record_asset", False, reason="no new-asset form after the map click")
            return None
        name.setFocus()
        QTest.keyClicks(name, SMOKE_ASSET)
        QTest.keyClick(name, Qt.Key.Key_Tab)
        saved = self.wait(lambda: not form.draft and w.project.count("assets") == before + 1, 10)
        uuid = form.record.uuid if saved else None
        stored = w.project.find("assets", uuid) if uuid else None
        ok = stored is not None and stored.name == SMOKE_ASSET and stored.location is not None
        self.step("record_asset", ok, uuid=uuid, neighbourhood=getattr(stored, "neighbourhood", None))
        return uuid if ok else None

    def export(self, uuid: str) -> bool:
        from mapper.store.project import Project

        w = self.window
        out = self.outdir / "smoke-export.gpkg"
        out.unlink(missing_ok=True)
        op = w.export_to(out, public=False)
        finished = op is not None and self.wait(lambda: op.done, 120)
        found = None
        if finished and out.exists():
            exported = Project.open(out)
            try:
                found = exported.find("assets", uuid)
            finally:
                exported.close()
        return self.step("export", found is not None and found.name == SMOKE_ASSET, file=str(out),
                         bytes=out.stat().st_size if out.exists() else None)

    def run(self) -> dict[str, Any]:
        uuid = None
        if self.open_demo():
            uuid = self.record_asset()
        if uuid:
            self.export(uuid)
        self.result["network_requests"] = list(self.guard.blocked)
        self.result["page_requests_seen"] = self.guard.allowed + self.guard.blocked_count
        return self.result


def run_smoke(outdir: Path) -> int:
    """Drive the window through the smoke steps; write ``OUTDIR/smoke.json``; 0 when all passed."""
    from mapper.ui import settings
    from mapper.ui.app import application, dispose

    outdir.mkdir(parents=True, exist_ok=True)
    sockets = SocketGuard()
    sockets.install()
    started = time.monotonic()
    application()
    from mapper.ui.main_window import MainWindow

    if settings.mapper_name() is None:
        settings.set_mapper_name("Smoke test")
    window = MainWindow()
    try:
        result = SmokeRun(window, outdir).run()
    finally:
        sockets.remove()
    result["socket_attempts"] = sockets.attempts
    result["frozen"] = bool(getattr(sys, "frozen", False))
    result["resources"] = str(RESOURCES)
    result["seconds"] = round(time.monotonic() - started, 1)
    result["ok"] = (all(s["ok"] for s in result["steps"].values()) and len(result["steps"]) == 4
                    and not result["network_requests"] and not sockets.attempts)
    dispose(window)
    (outdir / "smoke.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(fill(Smoke.tr("smoke test passed: %1") if result["ok"] else Smoke.tr("smoke test FAILED: %1"),
               outdir / "smoke.json"))
    return 0 if result["ok"] else 1
