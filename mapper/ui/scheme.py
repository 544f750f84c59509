"""The ``mapper://`` URL scheme that serves the map page, its vendored libraries, data and tiles.

Chromium must know a custom scheme before the QApplication exists, so importing this module registers
it (tests/conftest.py and app start-up import it first). ``setHtml`` is not used: it breaks above 2 MB.
"""

from __future__ import annotations

import logging
from collections import deque

import PySide6.QtWebEngineWidgets  # noqa: F401 - Qt WebEngine must be loaded before the QApplication
from PySide6.QtCore import QBuffer, QByteArray, QFile, QIODevice
from PySide6.QtWebEngineCore import QWebEngineUrlRequestJob, QWebEngineUrlScheme, QWebEngineUrlSchemeHandler

SCHEME = b"mapper"
HOST = "app"
PAGE_URL = "mapper://app/page.html"
_log = logging.getLogger("mapper.map")


def register_scheme() -> None:
    """Register ``mapper://`` with Chromium (once; must run before the QApplication is made)."""
    if QWebEngineUrlScheme.schemeByName(SCHEME).name() == SCHEME:
        return
    scheme = QWebEngineUrlScheme(SCHEME)
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    flags = QWebEngineUrlScheme.Flag
    # the page's own Content-Security-Policy applies to mapper:// too (no ContentSecurityPolicyIgnored)
    scheme.setFlags(flags.SecureScheme | flags.LocalAccessAllowed | flags.CorsEnabled | flags.FetchApiAllowed)
    QWebEngineUrlScheme.registerScheme(scheme)


register_scheme()


def _qrc(path: str) -> bytes | None:
    f = QFile(path)
    if not f.open(QIODevice.OpenModeFlag.ReadOnly):
        return None
    try:
        return bytes(f.readAll().data())
    finally:
        f.close()


class SchemeHandler(QWebEngineUrlSchemeHandler):
    """Passes each request to a :class:`mapper.mapview.server.MapServer` and replies with its bytes."""

    def __init__(self, server, parent=None):
        super().__init__(parent)
        self.server = server
        self.requests: deque[str] = deque(maxlen=2000)  # the latest paths asked for (tests read them)

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:  # noqa: N802 - Qt name
        url = job.requestUrl()
        path = url.path()
        self.requests.append(path)
        if url.host() != HOST:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        if path == "/qwebchannel.js":
            body, mime = _qrc(":/qtwebchannel/qwebchannel.js"), "application/javascript"
            if body is None:
                job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
                return
        else:
            try:
                reply = self.server.handle(path)
            except Exception:  # noqa: BLE001 - a failed request must not take the window down
                _log.exception("map request failed: %s", path)
                job.fail(QWebEngineUrlRequestJob.Error.RequestFailed)
                return
            if reply.status != 200:
                job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
                return
            body, mime = reply.body, reply.mime
        buffer = QBuffer(job)  # the job owns it: it lives until Chromium has read it
        buffer.setData(QByteArray(body))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(mime.encode("ascii"), buffer)
