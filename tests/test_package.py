"""The installable app (issue 16): resources found when frozen, user folders from QStandardPaths, the
scripted smoke run (``mapper --smoke-test``), the desktop files, and (marker ``package``, ``make
package-test``) the built bundle, .deb and .tar.gz started offscreen on a clean HOME with no network."""

from __future__ import annotations

import configparser
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tarfile
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.paths import ROOT

PACKAGING = ROOT / "packaging"
NAME = "neighbourhood-mapper"
BUNDLE = ROOT / "dist" / NAME
MAX_BUNDLE_MB = 400


def clean_env(home: Path) -> dict[str, str]:
    """What a fresh user's desktop session gives the app: no MAPPER_HOME, no PYTHONPATH, no venv."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
           "QTWEBENGINE_CHROMIUM_FLAGS": "--disable-gpu"}
    return env


# ---- resources and user folders ------------------------------------------------------------------
def test_resources_come_from_the_bundle_when_frozen(monkeypatch, tmp_path):
    from mapper.domain import resources

    assert (resources.app_root() / "resources" / "web").is_dir()  # a checkout: its own root
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.app_root() == tmp_path


def test_user_folder_is_the_platform_data_location(monkeypatch, tmp_path):
    from mapper.domain import userdirs

    monkeypatch.delenv("MAPPER_HOME")
    monkeypatch.setattr(userdirs, "_platform_data_location", lambda: tmp_path / "platform")
    assert userdirs.data_dir() == tmp_path / "platform" / "neighbourhood-mapper"
    assert userdirs.default_demo_path().parent == tmp_path / "platform" / "neighbourhood-mapper"
    monkeypatch.setenv("MAPPER_HOME", str(tmp_path / "override"))
    assert userdirs.data_dir() == tmp_path / "override"


@pytest.mark.skipif(sys.platform != "linux", reason="XDG_DATA_HOME is the Linux convention")
def test_qt_standard_paths_give_the_linux_folder_users_already_have(monkeypatch, tmp_path):
    """QStandardPaths' generic data location is $XDG_DATA_HOME: on Linux the folder did not move."""
    from mapper.ui import userpaths

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert userpaths.generic_data_location() == tmp_path / "xdg"


@pytest.mark.skipif(sys.platform != "linux", reason="XDG user-dirs are the Linux convention")
def test_file_dialogs_start_in_the_documents_folder_the_platform_names(monkeypatch, tmp_path):
    """Not a guessed ``~/Documents``: a German desktop's ``Dokumente`` (Windows: a OneDrive folder)."""
    from mapper.ui import settings

    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "user-dirs.dirs").write_text('XDG_DOCUMENTS_DIR="$HOME/Dokumente"\n', encoding="utf-8")
    for folder in ("Dokumente", "Documents"):
        (tmp_path / folder).mkdir()
    assert settings.last_folder() == tmp_path / "Dokumente"


# Absolute paths of one platform's file system, home-relative "~/" paths, drive letters and UNC shares,
# and the folders a platform names (Windows: AppData; macOS: Application Support; Linux: ~/.local...):
# the code finds its own files through mapper/domain/resources.py and the user's through QStandardPaths.
PLATFORM_ROOT = re.compile(r"^(/(tmp|usr|etc|var|opt|home|root|Users|Library|Applications|Volumes|mnt|media|"
                           r"proc|dev|srv|run|private)(/|$)|~[/\\]|[A-Za-z]:[\\/]|\\\\)")
PLATFORM_FOLDER = re.compile(r"(^|[/\\])(Documents|Desktop|Downloads|AppData|Application Support|\.local|"
                             r"\.config|\.cache)([/\\]|$)")
# where a platform path is right: each with its reason
ALLOWED_PATHS = {
    ("mapper/store/opening.py", "/etc/machine-id"): "systemd's machine id; elsewhere platform.node()",
    ("mapper/store/opening.py", "/var/lib/dbus/machine-id"): "older Linux's machine id; the same fallback",
}


def platform_paths_in(source: str) -> list[tuple[int, str]]:
    """String constants (not docstrings) that spell a platform's path, and calls that guess one."""
    import ast

    tree = ast.parse(source)
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr)
                  and isinstance(node.body[0].value, ast.Constant)}
    found = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
                and (PLATFORM_ROOT.search(node.value) or PLATFORM_FOLDER.search(node.value))):
            found.append((node.lineno, node.value))
        elif isinstance(node, ast.Attribute) and node.attr in ("expanduser", "expandvars", "gettempdir"):
            found.append((node.lineno, node.attr))
    return found


def test_the_scan_finds_platform_paths():
    code = ('"""Reads /etc/x (a docstring)."""\nimport os, tempfile\nfrom pathlib import Path\n'
            'a = "/tmp/scratch"\nb = os.path.expanduser("~")\nc = Path.home() / "Documents"\n'
            'd = "C:\\\\Users\\\\me"\ne = tempfile.gettempdir()\nf = Path.home() / ".local/share"\n'
            'g = "/data/indicator/x.json"  # a mapper:// route, not a file\n')
    assert sorted(line for line, _ in platform_paths_in(code)) == [4, 5, 6, 7, 8, 9]


def test_the_code_has_no_platform_specific_paths():
    """The same code runs on Windows and macOS: no /tmp, ~/.…, /usr, C:\\, expanduser or ~/Documents."""
    found = []
    for path in sorted((ROOT / "mapper").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        found += [f"{rel}:{line}: {text!r}" for line, text in platform_paths_in(path.read_text(encoding="utf-8"))
                  if (rel, text) not in ALLOWED_PATHS]
    assert not found


# ---- the smoke run's guards -------------------------------------------------------------------------
def test_socket_guard_refuses_and_counts_non_loopback_connections():
    from mapper.ui.smoke import SocketGuard

    guard = SocketGuard()
    guard.install()
    try:
        with socket.socket() as s, pytest.raises(OSError, match="refused in the smoke test"):
            s.connect(("example.invalid", 80))
    finally:
        guard.remove()
    assert guard.attempts == ["('example.invalid', 80)"]
    assert SocketGuard.loopback(("127.0.0.1", 9)) and not SocketGuard.loopback(("10.0.0.1", 80))


def test_network_guard_blocks_and_counts_what_a_page_fetches(qtbot):
    """The smoke run reads the map's own guard (MapWidget installs it; nothing is added here)."""
    from PySide6.QtCore import QUrl

    from mapper.ui.map_widget import MapWidget

    w = MapWidget()
    qtbot.addWidget(w)
    guard = w.guard
    with qtbot.waitSignal(w.page().loadFinished, timeout=20000):
        w.page().setHtml('<img src="https://tile.example.invalid/1/2/3.png">', QUrl("mapper://app/x.html"))
    qtbot.waitUntil(lambda: guard.blocked_count > 0, timeout=10000)
    assert list(guard.blocked) == ["https://tile.example.invalid/1/2/3.png"] and guard.blocked_count == 1
    w.close()
    w.deleteLater()
    qtbot.wait(50)


def test_smoke_run_from_source_on_a_clean_home(tmp_path):
    """The same scripted run the package test starts in the bundle, here from the checkout."""
    home, out = tmp_path / "home", tmp_path / "out"
    home.mkdir()
    env = dict(clean_env(home), PYTHONPATH=str(ROOT), QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox --disable-gpu")
    proc = subprocess.run([sys.executable, "-m", "mapper", "--smoke-test", str(out)], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=300)
    result = json.loads((out / "smoke.json").read_text())
    assert proc.returncode == 0, (result, proc.stderr[-2000:])
    assert_smoke_passed(result, home)
    assert not result["frozen"]


def test_smoke_test_flag_needs_a_folder(capsys):
    from mapper.cli import main

    assert main(["--smoke-test"]) == 2
    assert "--smoke-test needs one folder" in capsys.readouterr().err


def assert_smoke_passed(result: dict, home: Path) -> None:
    steps = result["steps"]
    assert list(steps) == ["open_demo", "map_ready", "record_asset", "export"]
    assert all(step["ok"] for step in steps.values()), steps
    assert result["ok"] and result["network_requests"] == [] and result["socket_attempts"] == []
    assert Path(steps["open_demo"]["project"]).is_relative_to(home)  # built on first start in the clean HOME
    assert steps["map_ready"]["assets_on_map"] > 300
    assert steps["record_asset"]["neighbourhood"]  # placed by point-in-polygon in the demo's boundaries


@pytest.mark.parametrize("uid, disabled", [(0, True), (1000, False)])
def test_the_bundle_turns_the_sandbox_off_only_for_root(monkeypatch, uid, disabled):
    """Qt's documented switch, and only where Chromium cannot start its sandbox (root)."""
    monkeypatch.delenv("QTWEBENGINE_DISABLE_SANDBOX", raising=False)
    monkeypatch.setattr(os, "geteuid", lambda: uid, raising=False)
    exec(compile((PACKAGING / "rthook_sandbox.py").read_text(), "rthook_sandbox.py", "exec"), {})
    assert (os.environ.get("QTWEBENGINE_DISABLE_SANDBOX") == "1") is disabled


# ---- desktop integration files ------------------------------------------------------------------------
def test_desktop_entry_opens_projects_and_key_files():
    from mapper.privacy.keys import HEADER

    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(PACKAGING / f"{NAME}.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == f"{NAME} %f" and desktop["Icon"] == NAME and desktop["Terminal"] == "false"
    types = [t for t in desktop["MimeType"].split(";") if t]
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ET.parse(PACKAGING / f"{NAME}-mime.xml").getroot()
    defined = {t.get("type"): t for t in mime.findall("m:mime-type", ns)}
    assert types == list(defined)
    globs = {t: [g.get("pattern") for g in el.findall("m:glob", ns)] for t, el in defined.items()}
    assert globs == {"application/geopackage+sqlite3": ["*.gpkg"],
                     "application/x-neighbourhood-mapper-key": ["*.nmkey"]}
    magic = defined["application/x-neighbourhood-mapper-key"].find("m:magic/m:match", ns).get("value")
    assert HEADER.startswith(magic)  # the key files the app writes are recognised by their content too
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(PACKAGING / f"{NAME}.desktop")],
                               capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr
    assert (PACKAGING / f"{NAME}.svg").exists() and (PACKAGING / f"{NAME}.png").read_bytes()[:4] == b"\x89PNG"


# ---- what the Linux bundle leaves out or replaces (packaging/syslibs.py, slim.py) ----------------------
def packaging_module(name: str):
    import importlib.util

    spec = importlib.util.spec_from_file_location(f"packaging_{name}", PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_only_dependencies_without_alternatives_count_as_brought_by_the_depends(monkeypatch):
    syslibs = packaging_module("syslibs")
    status = "app-dep\tliba (>= 1), libx | liby, , \nliba\tlibc6:any, , \nlibx\t, \nlibc6\t, \n"
    monkeypatch.setattr(syslibs.subprocess, "run", lambda *a, **k: subprocess.CompletedProcess(a, 0, status, ""))
    assert syslibs._installed()["app-dep"] == ["liba"]  # "libx | liby" guarantees neither
    assert syslibs.guaranteed(["app-dep"]) == {"app-dep", "liba", "libc6"}


@pytest.mark.skipif(sys.platform != "linux", reason="the Linux bundle's ICU stand-in")
def test_qt_and_qt_webengine_ship_the_same_icu_data_package():
    """slim.py can give Qt's ICU Chromium's data only while both are the same ICU version (else the bundle
    keeps Qt's 32 MB and the size test fails): this says so as soon as a PySide6 upgrade changes it."""
    import PySide6

    slim = packaging_module("slim")
    qt = Path(PySide6.__file__).parent / "Qt"
    (lib,) = (qt / "lib").glob("libicudata.so.*")
    chromium = slim.icu_package((qt / "resources" / "icudtl.dat").read_bytes()[:1 << 20])
    assert chromium and chromium[1] == f"icudt{lib.name.rsplit('.', 1)[1]}l"


# ---- the built bundle (make package-test) ---------------------------------------------------------------
package = pytest.mark.skipif(os.environ.get("MAPPER_PACKAGE_TEST") != "1",
                             reason="runs the built bundle: make package-test (MAPPER_PACKAGE_TEST=1)")


def built(pattern: str) -> Path:
    found = sorted((ROOT / "dist").glob(pattern))
    assert found, f"no dist/{pattern}: run make package"
    return found[-1]


def run_bundle(executable: Path, tmp_path: Path) -> tuple[dict, Path]:
    """Start the bundle offscreen on a clean HOME, away from the checkout, without a network (in a
    namespace holding only loopback when the machine allows one)."""
    home, out = tmp_path / "home", tmp_path / "out"
    home.mkdir()
    command = [str(executable), "--smoke-test", str(out)]
    if shutil.which("unshare") and subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0:
        command = ["unshare", "-n", *command]
    proc = subprocess.run(command, env=clean_env(home), cwd=tmp_path, capture_output=True, text=True,
                          timeout=300)
    assert (out / "smoke.json").exists(), proc.stderr[-3000:]
    result = json.loads((out / "smoke.json").read_text())
    assert proc.returncode == 0, (result, proc.stderr[-3000:])
    assert_smoke_passed(result, home)
    assert result["frozen"]
    return result, home


@pytest.mark.package
@package
def test_bundle_runs_the_demo_offline_on_a_clean_home(tmp_path):
    result, _home = run_bundle(BUNDLE / NAME, tmp_path)
    assert Path(result["resources"]).is_relative_to(BUNDLE)  # its own copy, not the checkout's


@pytest.mark.package
@package
@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0 or not shutil.which("setpriv"),
                    reason="needs root to start the bundle as an ordinary user")
def test_bundle_runs_with_chromiums_sandbox_as_an_ordinary_user():
    """As a volunteer's own account (here: nobody) the sandbox stays on and the app still works."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="mapper-user-") as where:  # pytest's own folder is root-only
        home, out = Path(where) / "home", Path(where) / "out"
        home.mkdir()
        for folder in (Path(where), home):
            folder.chmod(0o777)
        nobody = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        proc = subprocess.run([*nobody, str(BUNDLE / NAME), "--smoke-test", str(out)], env=clean_env(home),
                              cwd=where, capture_output=True, text=True, timeout=300)
        assert (out / "smoke.json").exists(), proc.stderr[-3000:]
        result = json.loads((out / "smoke.json").read_text())
        assert proc.returncode == 0, (result, proc.stderr[-3000:])
        assert_smoke_passed(result, home)


def sync_with_server(command: list[str], server: str, tmp_path: Path, **env: str) -> None:
    """The demo project synced both ways with a real PostgreSQL/PostGIS server by ``command`` (the
    bundle, or the checkout): every asset goes up; an edit made on the server comes down."""
    import sqlite3

    import psycopg

    home = tmp_path / "home"
    home.mkdir()
    if shutil.which("unshare") and subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0:
        command = ["unshare", "-n", *command]  # loopback only: the server is reached by its Unix socket

    def run(*args: str) -> str:
        proc = subprocess.run([*command, *args], env=dict(clean_env(home), **env), cwd=tmp_path,
                              capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stderr[-3000:]
        return proc.stdout

    project = tmp_path / "demo.gpkg"
    run("demo", str(project))
    with sqlite3.connect(project) as conn:
        assets = conn.execute("SELECT count(*) FROM assets").fetchone()[0]
    first = json.loads(run("sync", str(project), server, "--json"))
    assert first["sent"] >= assets > 300
    with psycopg.connect(server, autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM mapper.assets").fetchone()[0] == assets
        (uuid,) = conn.execute("UPDATE mapper.assets SET description = 'checked on site' WHERE id = "
                               "(SELECT min(id) FROM mapper.assets) RETURNING uuid").fetchone()
    second = json.loads(run("sync", str(project), "--json"))  # the remembered target
    assert second["received"] >= 1
    with sqlite3.connect(project) as conn:
        assert conn.execute("SELECT description FROM assets WHERE uuid = ?", (str(uuid),)).fetchone() == (
            "checked on site",)


def test_the_checkout_syncs_the_demo_with_a_postgresql_server(server, tmp_path):
    """The same two-way sync the package test runs in the bundle, here from the checkout."""
    sync_with_server([sys.executable, "-m", "mapper"], server, tmp_path, PYTHONPATH=str(ROOT))


@pytest.mark.package
@package
def test_bundle_syncs_with_a_postgresql_server(server, tmp_path):
    """The bundle's psycopg (the C implementation over the system's libpq, packaging/bundle-site.sh)
    connects, sends with COPY and receives."""
    sync_with_server([str(BUNDLE / NAME)], server, tmp_path, PSYCOPG_IMPL="c")  # that one, or an error


NUMPY_FIGURES = """
import json
import numpy as np
n = 48
a = np.sin(np.arange(n * n) * 0.7).reshape(n, n) + np.eye(n) * 3
b = np.cos(np.arange(n * 5) * 0.3).reshape(n, 5)
s = a @ a.T + n * np.eye(n)
c = a + 1j * a.T
figures = {
    "matmul": a @ b, "matmul32": a.astype(np.float32) @ b.astype(np.float32), "dot": np.dot(a[0], a[1]),
    "complex": (c @ c)[:4].real, "gram": a.T @ a, "solve": np.linalg.solve(a, b), "inv": np.linalg.inv(a),
    "det": np.linalg.det(a / 2), "eigvalsh": np.linalg.eigvalsh(s), "svd": np.linalg.svd(a, compute_uv=False),
    "lstsq": np.linalg.lstsq(a[:, :9], b, rcond=None)[0], "cholesky": np.linalg.cholesky(s),
    "qr": np.abs(np.diag(np.linalg.qr(a)[1])), "eigvals": np.sort_complex(np.linalg.eigvals(a)).real,
}
blas = np.show_config(mode="dicts")["Build Dependencies"]["blas"]
print(json.dumps({"version": np.__version__, "blas": blas.get("name"),
                  "figures": {k: np.asarray(v, dtype=float).tolist() for k, v in figures.items()}}))
"""


@pytest.mark.package
@package
def test_the_bundles_numpy_without_blas_computes_what_the_wheels_numpy_computes():
    """The bundle's NumPy is the venv's version built without OpenBLAS (packaging/bundle-site.sh): its own
    loops and lapack_lite give the answers the wheel's OpenBLAS gives, and the bundle holds no BLAS."""
    import numpy as np

    def figures(**env):
        out = subprocess.run([sys.executable, "-c", NUMPY_FIGURES], env=dict(os.environ, **env),
                             capture_output=True, text=True, check=True).stdout
        return json.loads(out)

    bundled, wheel = figures(PYTHONPATH=str(ROOT / "build" / "bundle-site")), figures(PYTHONPATH="")
    assert bundled["version"] == wheel["version"] == np.__version__
    assert bundled["blas"] == "none" and wheel["blas"] != "none"
    for name, value in wheel["figures"].items():
        tolerance = 1e-5 if name.endswith("32") else 1e-9  # float32: sums in another order differ in the 7th digit
        assert np.allclose(bundled["figures"][name], value, rtol=tolerance, atol=tolerance), name
    internal = BUNDLE / "_internal"
    assert (internal / "numpy" / "linalg").is_dir()
    assert not [f for f in internal.rglob("*") if "blas" in f.name.lower() or "gfortran" in f.name]


@pytest.mark.package
@package
def test_bundle_holds_qt_webengine_our_resources_and_the_demo_data():
    internal = BUNDLE / "_internal"
    qt = internal / "PySide6" / "Qt"
    for part in ("libexec/QtWebEngineProcess", "resources/qtwebengine_resources.pak", "resources/icudtl.dat",
                 "translations/qtwebengine_locales/en-GB.pak", "translations/qtwebengine_locales/en-US.pak"):
        assert (qt / part).is_file(), part
    for mine in ("resources/web/leaflet/leaflet.js", "resources/web/mapper/mapper.js",
                 "resources/postcodes/postcodes_S_area_codepoint_2014.csv",
                 "resources/boundaries/sheffield_neighbourhoods_147.geojson",
                 "sample_data/assets/sheffield_libraries.geojson", "mapper/domain/taxonomy.json"):
        assert (internal / mine).is_file(), mine
    assert not (qt / "qml").exists()  # pruned: the app uses no QML
    # psycopg's C implementation over the system's libpq (packaging/bundle-site.sh), not psycopg-binary's
    assert list(internal.glob("psycopg_c/pq.*.so")) and not list(internal.glob("psycopg_binary*"))


def is_elf(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(4) == b"\x7fELF"


def bundle_bytes() -> int:
    return sum(f.stat().st_size for f in BUNDLE.rglob("*") if f.is_file() and not f.is_symlink())


@pytest.mark.package
@package
def test_packages_to_download_are_under_400_mb():
    for pattern in (f"{NAME}_*.deb", f"{NAME}-*-linux-*.tar.gz"):
        size = built(pattern).stat().st_size
        print(f"\n{built(pattern).name}: {size / 1e6:.0f} MB")
        assert size < MAX_BUNDLE_MB * 1e6


@pytest.mark.package
@package
def test_unpacked_bundle_is_under_400_mb():
    size = bundle_bytes()
    print(f"\nunpacked bundle: {size / 1e6:.0f} MB ({BUNDLE})")
    assert size < MAX_BUNDLE_MB * 1e6


@pytest.mark.package
@package
def test_every_system_library_the_bundle_leaves_out_comes_with_the_debs_depends():
    """What the bundle needs and does not hold is installed by a package the .deb depends on (directly or
    through dependencies without alternatives), and the bundle's README-linux.txt names the same list."""
    syslibs = packaging_module("syslibs")
    fields = subprocess.run(["dpkg-deb", "-f", str(built(f"{NAME}_*.deb")), "Depends"], capture_output=True,
                            text=True, check=True).stdout
    depends = [clause.split("|")[0].split("(")[0].strip() for clause in fields.split(",")]
    assert depends == syslibs.depends()
    assert "sudo apt install " + " ".join(depends) in (BUNDLE / "README-linux.txt").read_text()
    present = {f.name for f in BUNDLE.rglob("*")}
    outside = set()
    for f in BUNDLE.rglob("*"):
        if f.is_file() and not f.is_symlink() and is_elf(f):
            dyn = subprocess.run(["readelf", "-d", str(f)], capture_output=True, text=True).stdout
            outside |= {line.split("[", 1)[1].rstrip("]") for line in dyn.splitlines() if "(NEEDED)" in line}
    outside -= present
    cache = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    arch = {"x86_64": ",x86-64)", "aarch64": ",AArch64)"}[os.uname().machine]
    where = {}
    for line in cache.splitlines():
        if "=>" in line and arch in line:
            where.setdefault(line.split()[0], line.split("=>")[1].strip())
    assert "libX11.so.6" in outside and "libnss3.so" in outside  # the standard set is left to the system
    assert not outside - set(where), "not on this machine"
    owners = syslibs.owners([where[lib] for lib in outside])
    sure = syslibs.guaranteed(depends)
    assert not {lib for lib in outside if owners.get(where[lib]) not in sure}


@pytest.mark.package
@package
def test_qt_icu_in_the_bundle_reads_chromiums_copy_of_its_data(monkeypatch):
    """The bundle's libicudata is ICU's stub; with the runtime hook's ICU_DATA Qt's ICU opens the
    collations of the app's languages and the web's encodings from Qt WebEngine's icudtl.dat."""
    qt_lib = BUNDLE / "_internal" / "PySide6" / "Qt" / "lib"
    (data,) = qt_lib.glob("libicudata.so.*")
    version = data.name.rsplit(".", 1)[1]
    assert data.stat().st_size < 100_000
    monkeypatch.delenv("ICU_DATA", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(BUNDLE / "_internal"), raising=False)
    exec(compile((PACKAGING / "rthook_icu.py").read_text(), "rthook_icu.py", "exec"), {})
    env = dict(os.environ)  # as the frozen app starts: ICU_DATA set by the hook
    code = f"""
import ctypes
uc = ctypes.CDLL("{qt_lib}/libicuuc.so.{version}"); i18n = ctypes.CDLL("{qt_lib}/libicui18n.so.{version}")
err = ctypes.c_int(0)
for loc in (b"pl", b"ar", b"ur", b"en"):
    err.value = 0; c = getattr(i18n, "ucol_open_{version}")(ctypes.c_char_p(loc), ctypes.byref(err))
    print(loc.decode(), err.value, bool(c))
for name in (b"windows-1252", b"ISO-8859-2", b"Shift_JIS"):
    err.value = 0; c = getattr(uc, "ucnv_open_{version}")(ctypes.c_char_p(name), ctypes.byref(err))
    print(name.decode(), err.value, bool(c))
"""
    for icu_data, ok in ((env["ICU_DATA"], True), ("/nonexistent", False)):
        out = subprocess.run([sys.executable, "-c", code], env=dict(env, ICU_DATA=icu_data), capture_output=True,
                             text=True, check=True).stdout.split("\n")
        results = {line.split()[0]: (int(line.split()[1]), line.split()[2] == "True") for line in out if line}
        assert len(results) == 7
        # ICU: an error code above 0 is a failure; below 0 a warning ("en" has no collation of its own and
        # gets the root one, -127, as with Qt's full data)
        assert all((code <= 0 and opened) is ok for code, opened in results.values()), results
        assert ok is (results["pl"][0] == 0 and results["ar"][0] == 0)  # their own tailorings


@pytest.mark.package
@package
def test_proj_in_the_bundle_works_without_its_libcurl():
    """PROJ's libcurl is a stand-in (the app is offline) and its SQLite the bundle's own: the bundle's
    libproj still loads and builds a transformation from its database."""
    internal = BUNDLE / "_internal"
    (curl,) = internal.glob("pyproj.libs/libcurl-*")
    assert curl.stat().st_size < 100_000
    (proj,) = internal.glob("pyproj.libs/libproj-*")
    (sqlite,) = internal.glob("pyproj.libs/libsqlite3-*")  # one SQLite for Python and PROJ (slim.py)
    assert sqlite.is_symlink() and sqlite.resolve() == (internal / "libsqlite3.so.0").resolve()
    code = f"""
import ctypes
lib = ctypes.CDLL("{proj}")
lib.proj_context_create.restype = ctypes.c_void_p
lib.proj_create_crs_to_crs.restype = ctypes.c_void_p
lib.proj_create_crs_to_crs.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_void_p]
ctx = lib.proj_context_create()
print(bool(lib.proj_create_crs_to_crs(ctx, b"EPSG:4326", b"EPSG:2157", None)))
"""
    env = dict(os.environ, PROJ_DATA=str(internal / "pyproj" / "proj_dir" / "share" / "proj"), PROJ_NETWORK="ON",
               LD_LIBRARY_PATH=str(proj.parent))
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True", out.stderr


@pytest.mark.package
@package
def test_pruning_kept_every_qt_library_something_links():
    present = {f.name for f in BUNDLE.rglob("*")}
    missing = set()
    for f in BUNDLE.rglob("*"):
        if f.is_file() and not f.is_symlink() and is_elf(f):
            dyn = subprocess.run(["readelf", "-d", str(f)], capture_output=True, text=True).stdout
            for line in dyn.splitlines():
                if "(NEEDED)" in line:
                    lib = line.split("[", 1)[1].rstrip("]")
                    if lib.startswith("libQt6") and lib not in present:
                        missing.add(f"{f.name} needs {lib}")
    assert not missing
    assert not [f for f in BUNDLE.rglob("*") if f.is_symlink() and not f.exists()]  # no dangling links


@pytest.mark.package
@package
def test_deb_installs_a_launcher_desktop_entry_icon_and_file_types(tmp_path):
    deb = built(f"{NAME}_*.deb")
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    for path in (f"./usr/bin/{NAME}", f"./usr/share/applications/{NAME}.desktop",
                 f"./usr/share/mime/packages/{NAME}.xml", f"./usr/share/icons/hicolor/scalable/apps/{NAME}.svg",
                 f"./usr/share/icons/hicolor/256x256/apps/{NAME}.png", f"./opt/{NAME}/{NAME}",
                 f"./opt/{NAME}/_internal/PySide6/Qt/libexec/QtWebEngineProcess"):
        assert f" {path}\n" in listing + "\n", path
    fields = subprocess.run(["dpkg-deb", "-f", str(deb), "Package", "Depends"], capture_output=True, text=True,
                            check=True).stdout
    assert f"Package: {NAME}" in fields and "libnss3" in fields
    # the payload works where it lands: unpacked, its /opt copy runs the smoke test too
    subprocess.run(["dpkg-deb", "-x", str(deb), str(tmp_path / "root")], check=True)
    launcher = (tmp_path / "root" / "usr" / "bin" / NAME).read_text()
    assert f"exec /opt/{NAME}/{NAME} " in launcher
    run_bundle(tmp_path / "root" / "opt" / NAME / NAME, tmp_path)


@pytest.mark.package
@package
def test_tarball_is_the_same_bundle():
    with tarfile.open(built(f"{NAME}-*-linux-*.tar.gz")) as tar:
        names = {m.name for m in tar.getmembers() if m.isfile() or m.issym()}
    on_disk = {f"{NAME}/{f.relative_to(BUNDLE)}" for f in BUNDLE.rglob("*") if f.is_symlink() or f.is_file()}
    assert names == on_disk


# ---- double-clicking a coordinator key ------------------------------------------------------------------
def test_opening_a_key_file_shows_its_fingerprint_and_how_to_use_it(qtbot, tmp_path, capsys):
    from mapper.privacy import keys, setup
    from mapper.store.project import Project
    from mapper.ui.keyfile import key_message, show_key_file

    p = Project.create(tmp_path / "coordinator.gpkg", author="Coordinator")
    setup.set_passphrase(p, "coordinator passphrase")
    keys.generate_coordinator_keys(p)
    key_file = keys.save_public_key(p, tmp_path / "coordinator <b>key.nmkey")
    fp = keys.fingerprint(keys.project_public_key(p))
    p.close()
    text = key_message(key_file)
    assert f"Fingerprint: {fp}" in text and "File > Export" in text
    assert show_key_file(key_file, quit_after_ms=300) == 0
    assert fp in capsys.readouterr().out


def test_opening_a_damaged_key_file_is_one_line_and_no_window(tmp_path, capsys):
    from mapper.cli import main

    bad = tmp_path / "coordinator.nmkey"
    bad.write_text("not a key\n", encoding="utf-8")
    assert main([str(bad)]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "coordinator.nmkey" in err and "public key file" in err
