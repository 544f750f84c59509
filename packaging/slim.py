"""Three libraries the Linux bundle replaces by small stand-ins or links, after PyInstaller has collected it.

* Qt's ICU data (``libicudata.so.NN``, 32 MB): Qt WebEngine already ships the same ICU version's data
  for Chromium (``resources/icudtl.dat``, the same ``icudtNNl`` package). The bundle's ``libicudata`` becomes
  ICU's own "stub data" form (an empty package), which makes ICU load its data from ``icudtNNl.dat`` in
  ``ICU_DATA`` (ICU's documented archive packaging); ``icudtNNl.dat`` is a link to Chromium's file and
  ``rthook_icu.py`` puts that folder on ``ICU_DATA``. The app calls none of Qt's ICU-backed APIs
  (QCollator, QTimeZone names, QStringConverter's legacy codecs); Chromium's set still has the root
  collation and the ones for the app's languages and the web's encodings.
* PROJ's libcurl (pyproj's wheel, 6 MB with nghttp2): PROJ uses it only to download grids when its
  network access is switched on, which the app (offline always) never does. The stand-in has the same
  name and the functions PROJ calls; ``curl_easy_init`` fails, so a download would fail with PROJ's error.
* PROJ's SQLite (pyproj's wheel, 1.6 MB): a second copy of the library the bundle already has for Python's
  ``sqlite3`` (``libsqlite3.so.0``, kept as the version the project file was tested on). It becomes a link
  to that one when it defines every ``sqlite3_*`` function PROJ calls (SQLite keeps its C interface
  backwards compatible; PROJ needs 3.11 or newer), so one SQLite serves both.

Each is done only when the bundle has exactly what is expected (names, versions, symbols); otherwise the
original library stays. Run by ``mapper.spec``; ``python packaging/slim.py dist/neighbourhood-mapper``
redoes it on a built bundle.
"""

from __future__ import annotations

import re
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

CURL_STUB = """\
#include <stddef.h>
/* PROJ's network access, for an app that never goes online: every call fails (CURLE_FAILED_INIT). */
void *curl_easy_init(void) { return NULL; }
int curl_easy_setopt(void *handle, int option, ...) { (void)handle; (void)option; return 2; }
int curl_easy_perform(void *handle) { (void)handle; return 2; }
int curl_easy_getinfo(void *handle, int info, ...) { (void)handle; (void)info; return 2; }
void curl_easy_cleanup(void *handle) { (void)handle; }
"""
CURL_FUNCTIONS = {"curl_easy_init", "curl_easy_setopt", "curl_easy_perform", "curl_easy_getinfo",
                  "curl_easy_cleanup"}


def _run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def soname(lib: Path) -> str | None:
    found = re.search(r"\(SONAME\).*\[(.+)\]", _run("readelf", "-d", str(lib)))
    return found.group(1) if found else None


def needed(lib: Path) -> list[str]:
    return re.findall(r"\(NEEDED\).*\[(.+)\]", _run("readelf", "-d", str(lib)))


def _compile(source: str, name: str, out: Path, work: Path) -> None:
    src = work / f"{out.name}.c"
    src.write_text(source, encoding="ascii")
    tmp = out.with_name(out.name + ".new")
    _run("gcc", "-shared", "-fPIC", "-O2", f"-Wl,-soname,{name}",
         "-Wl,-z,noexecstack", "-o", str(tmp), str(src))
    tmp.replace(out)


def icu_package(data: bytes) -> tuple[bytes, str] | None:
    """(the common-data header, the package name ``icudtNNl``) of an ICU ``.dat``, or None."""
    header_size = struct.unpack_from("<H", data, 0)[0]
    if data[2:4] != b"\xda\x27" or data[12:16] != b"CmnD":
        return None
    count, name_offset = struct.unpack_from("<II", data, header_size)
    if not count:
        return None
    first = data[header_size + name_offset:data.index(b"\0", header_size + name_offset)].decode()
    return data[:header_size], first.split("/", 1)[0]


def share_icu_data(bundle: Path, work: Path) -> bool:
    qt = bundle / "_internal" / "PySide6" / "Qt"
    libs = sorted((qt / "lib").glob("libicudata.so.*"))
    chromium = qt / "resources" / "icudtl.dat"
    if len(libs) != 1 or not chromium.is_file():
        return False
    lib = libs[0]
    symbols = re.findall(r"^([0-9a-f]+) R (icudt\d+_dat)$", _run("nm", "-D", str(lib)), re.M)
    if len(symbols) != 1 or lib.stat().st_size < 1_000_000:  # not the full data (or already a stub)
        return False
    symbol = symbols[0][1]
    blob = lib.read_bytes()
    rodata = re.search(r"\.rodata\s+PROGBITS\s+([0-9a-f]+)\s+([0-9a-f]+)", _run("readelf", "-SW", str(lib)))
    start = int(rodata.group(2), 16) + int(symbols[0][0], 16) - int(rodata.group(1), 16)
    ours, theirs = icu_package(blob[start:start + (1 << 20)]), icu_package(chromium.read_bytes()[:1 << 20])
    if not ours or not theirs or ours[1] != theirs[1] or ours[1] != f"icudt{symbol[5:-4]}l":
        return False
    # ICU's stub data: the same header with an empty table of contents (lookups fall through to the file)
    empty = ours[0] + b"\0" * 8
    words = ", ".join(str(b) for b in empty)
    source = (f"const unsigned char {symbol}[{len(empty)}] __attribute__((aligned(16), visibility(\"default\")))"
              f" = {{{words}}};\n")
    _compile(source, soname(lib), lib, work)
    link = qt / "resources" / f"{ours[1]}.dat"
    link.unlink(missing_ok=True)
    link.symlink_to(chromium.name)
    return True


def stub_curl(bundle: Path, work: Path) -> bool:
    internal = bundle / "_internal"
    curls = [p for p in internal.glob("*.libs/libcurl-*.so*") if not p.is_symlink()]
    if len(curls) != 1:
        return False
    curl = curls[0]
    name = soname(curl)
    elves = [p for p in internal.rglob("*.so*") if p.is_file() and not p.is_symlink() and p != curl]
    users = [p for p in elves if name in needed(p)]
    wanted = set()
    for user in users:
        wanted |= set(re.findall(r"^\s+U (curl_\w+)", _run("nm", "-D", "--undefined-only", str(user)), re.M))
    if not users or not wanted <= CURL_FUNCTIONS or any("libproj" not in u.name for u in users):
        return False
    only_for_curl = [n for n in needed(curl) if (curl.parent / n).exists()
                     and not any(n in needed(p) for p in elves if p.name != n)]
    _compile(CURL_STUB, name, curl, work)
    for n in only_for_curl:
        for path in internal.rglob(n):
            path.unlink()
    return True


def share_sqlite(bundle: Path) -> bool:
    internal = bundle / "_internal"
    ours = internal / "libsqlite3.so.0"
    copies = [p for p in internal.glob("*.libs/libsqlite3-*.so*") if not p.is_symlink()]
    if len(copies) != 1 or not ours.is_file() or ours.is_symlink() or soname(ours) != "libsqlite3.so.0":
        return False
    copy = copies[0]
    name = soname(copy)
    elves = [p for p in internal.rglob("*.so*") if p.is_file() and not p.is_symlink() and p != copy]
    users = [p for p in elves if name in needed(p)]
    wanted = set()
    for user in users:
        wanted |= set(re.findall(r"^\s+U (sqlite3_\w+)", _run("nm", "-D", "--undefined-only", str(user)), re.M))
    defined = set(re.findall(r"^\w+ T (sqlite3_\w+)$", _run("nm", "-D", "--defined-only", str(ours)), re.M))
    if not users or not wanted or not wanted <= defined:
        return False
    copy.unlink()
    copy.symlink_to(Path("..") / ours.name)  # the users find it by its name beside them ($ORIGIN)
    return True


def slim(bundle: Path, work: Path | None = None) -> dict[str, bool]:
    if sys.platform != "linux":
        return {}
    with tempfile.TemporaryDirectory() as tmp:
        where = Path(work or tmp)
        where.mkdir(parents=True, exist_ok=True)
        return {"icu": share_icu_data(bundle, where), "curl": stub_curl(bundle, where),
                "sqlite": share_sqlite(bundle)}


if __name__ == "__main__":
    print(slim(Path(sys.argv[1])))
