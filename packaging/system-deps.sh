#!/usr/bin/env bash
# Install the Debian libraries that Qt (offscreen and xcb) and Qt WebEngine load, when missing.
# `system-deps.sh list` prints them. `system-deps.sh test` adds what the tests use as real clients. Safe to run again: it installs only what
# dpkg does not have. Needs root (CI and dev machines are); otherwise it prints what to install.
set -u
pkgs=(libnss3 libxkbcommon0 libxkbcommon-x11-0 libxkbfile1 libgbm1 libasound2 libxcomposite1 libxdamage1
      libxrandr2 libxtst6 libxshmfence1 libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3
      libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
      libxcb-render-util0 libxcb-image0 fonts-dejavu-core
      fonts-noto-core  # Noto Nastaliq Urdu and Noto Naskh Arabic: the window in Urdu and Arabic
      # what the bundle leaves to the system besides (packaging/syslibs.py): Wayland, OpenSSL, CUPS,
      # libstdc++ and the libraries Python's own modules link
      libwayland-client0 libwayland-cursor0 libwayland-egl1 libssl3 libcups2 libstdc++6 libatomic1 libxi6
      libbz2-1.0 libuuid1 libreadline8 libncursesw6
      libpq5)  # PostgreSQL's client library: the bundle's psycopg (C implementation) links it
if [ "${1:-run}" = list ]; then  # the run-time list (packaging/build-deb.sh makes the .deb's Depends of it)
  echo "${pkgs[*]}"; exit 0
fi
if [ "${1:-run}" = test ]; then
  pkgs+=(python3-gdal)  # GDAL's own validate_gpkg.py checks every GeoPackage we write
  pkgs+=(gcc binutils)  # make package: strips the bundle and compiles packaging/slim.py's two stand-ins
  pkgs+=(g++ libpq-dev)  # make package: NumPy and psycopg-c built from source for the bundle (bundle-site.sh)
  # a real PostgreSQL/PostGIS server for the sync tests (tests/pg.py starts a throwaway cluster; GDAL's
  # PostgreSQL driver in gdal-bin/python3-gdal reads its layers as QGIS would, ogr2ogr is the bench baseline)
  pkgs+=(postgresql postgresql-15-postgis-3 gdal-bin)
  # the accessibility-tree walk: a virtual X server, a D-Bus session, AT-SPI and its Python client
  pkgs+=(xvfb dbus-x11 at-spi2-core python3-pyatspi)
  # headless Chromium opens the exported HTML map (MAPPER_NO_CHROMIUM=1 leaves it out; that test then skips)
  [ "${MAPPER_NO_CHROMIUM:-0}" = 1 ] || pkgs+=(chromium)
  command -v npm >/dev/null 2>&1 || pkgs+=(npm)  # installs axe-core (tests only) from the npm registry
  # LibreOffice Calc re-reads an exported workbook as a mapper's spreadsheet would (MAPPER_NO_LIBREOFFICE=1
  # leaves the ~200 MB out; that one test then says it was skipped)
  [ "${MAPPER_NO_LIBREOFFICE:-0}" = 1 ] || pkgs+=(libreoffice-calc-nogui)
fi
missing=()
for p in "${pkgs[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "Please install these Debian packages (needs root): ${missing[*]}"; exit 0
fi
echo "Installing system libraries for Qt: ${missing[*]}"
apt-get update -qq >/dev/null 2>&1 || true
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=600 --no-install-recommends "${missing[@]}" >/dev/null \
  || echo "warning: could not install ${missing[*]}"
