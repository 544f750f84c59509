#!/usr/bin/env bash
# Linux, `make package`: two packages the bundle takes built here from their sources, instead of the
# venv's PyPI wheels, installed into a folder PyInstaller reads first (PYTHONPATH). Same versions as the
# venv (what the tests ran on); the venv itself is not touched. packaging/README.md "Sizes" says why:
# - NumPy without a BLAS/LAPACK library (NumPy's supported -Dblas=none -Dlapack=none build: its own loops
#   and its bundled lapack_lite): the wheel's OpenBLAS, gfortran and quadmath (28 MB) stay out. The app
#   does no linear algebra (NumPy is there for Shapely's and pyproj's arrays).
# - psycopg's C implementation (psycopg-c) over the system's libpq5 (in the .deb's Depends) instead of
#   psycopg-binary, which carries its own libpq with its own OpenSSL, Kerberos, LDAP and SASL (10 MB).
# Needs gcc, g++ and libpq-dev (system-deps.sh test). The wheels are kept in build/wheels-bundle: built
# once per version. Usage: bundle-site.sh PYTHON SITE
set -euo pipefail
cd "$(dirname "$0")/.."
PY=$1
SITE=$2
WHEELS=build/wheels-bundle
version() { "$PY" -c "import importlib.metadata as m; print(m.version('$1'))"; }
NUMPY=$(version numpy)
PSYCOPG=$(version psycopg)
mkdir -p "$WHEELS"
numpy_wheel() { ls "$WHEELS"/numpy-"$NUMPY"-*.whl 2>/dev/null | head -1; }
psycopg_wheel() { ls "$WHEELS"/psycopg_c-"$PSYCOPG"-*.whl 2>/dev/null | head -1; }
if [ -z "$(numpy_wheel)" ]; then
  echo "building NumPy $NUMPY without BLAS/LAPACK for the bundle (once; slow on a small machine)"
  # -w: the compilers' warnings (megabytes of them for the AVX-512 sorts) would only slow the build down
  CFLAGS=-w CXXFLAGS=-w nice -n 10 "$PY" -m pip wheel --quiet --no-deps --no-binary numpy -w "$WHEELS" "numpy==$NUMPY" \
    -Csetup-args=-Dblas=none -Csetup-args=-Dlapack=none -Csetup-args=-Dallow-noblas=true
fi
if [ -z "$(psycopg_wheel)" ]; then
  echo "building psycopg-c $PSYCOPG over the system's libpq for the bundle (once)"
  nice -n 10 "$PY" -m pip wheel --quiet --no-deps --no-binary psycopg-c -w "$WHEELS" "psycopg-c==$PSYCOPG"
fi
rm -rf "$SITE"
"$PY" -m pip install --quiet --no-deps --no-compile --target "$SITE" "$(numpy_wheel)" "$(psycopg_wheel)"
