#!/usr/bin/env bash
# Turn the PyInstaller bundle dist/neighbourhood-mapper/ into dist/neighbourhood-mapper_VERSION_ARCH.deb
# and dist/neighbourhood-mapper-VERSION-linux-ARCH.tar.gz (the same bundle). Run by `make package`.
set -euo pipefail
cd "$(dirname "$0")/.."
NAME=neighbourhood-mapper
BUNDLE=dist/$NAME
[ -x "$BUNDLE/$NAME" ] || { echo "no bundle at $BUNDLE (run pyinstaller first)"; exit 1; }
VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml | head -1)
ARCH=$(dpkg --print-architecture)
STAGE=build/deb/${NAME}_${VERSION}_${ARCH}
rm -rf "$STAGE" dist/${NAME}_*.deb dist/${NAME}-*.tar.gz
install -d "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
  "$STAGE/usr/share/mime/packages" "$STAGE/usr/share/icons/hicolor/scalable/apps" \
  "$STAGE/usr/share/icons/hicolor/256x256/apps" "$STAGE/usr/share/doc/$NAME"
cp -a "$BUNDLE" "$STAGE/opt/$NAME"
# a wrapper, not a symlink: the bundle finds its files beside the real executable
printf '#!/bin/sh\nexec /opt/%s/%s "$@"\n' "$NAME" "$NAME" > "$STAGE/usr/bin/$NAME"
chmod 755 "$STAGE/usr/bin/$NAME"
install -m 644 packaging/$NAME.desktop "$STAGE/usr/share/applications/$NAME.desktop"
install -m 644 packaging/$NAME-mime.xml "$STAGE/usr/share/mime/packages/$NAME.xml"
install -m 644 packaging/$NAME.svg "$STAGE/usr/share/icons/hicolor/scalable/apps/$NAME.svg"
install -m 644 packaging/$NAME.png "$STAGE/usr/share/icons/hicolor/256x256/apps/$NAME.png"
install -m 644 resources/postcodes/codepoint_open_licence.txt "$STAGE/usr/share/doc/$NAME/"
SIZE=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
# Qt's own libraries are in the bundle; the system ones it loads are packaging/system-deps.sh's list
# (Ubuntu 24.04 renamed some with t64 at the end, e.g. libasound2t64; on amd64 they provide the old names)
DEPENDS=$(bash packaging/system-deps.sh list | tr ' ' '\n' | sed -E 's/^(libasound2|libssl3|libcups2|libreadline8|libglib2.0-0)$/\1 | \1t64/' \
  | paste -sd, - | sed 's/,/, /g')
cat > "$STAGE/DEBIAN/control" <<CONTROL
Package: $NAME
Version: $VERSION
Architecture: $ARCH
Maintainer: Citizen Mappers of South Yorkshire <mappers@neighbourhoodsofcare.invalid>
Installed-Size: $SIZE
Depends: $DEPENDS
Section: science
Priority: optional
Description: offline map of community assets, groups and care needs
 Neighbourhood Mapper lets Citizen Mappers record community assets, the groups
 that run them and care needs on a map that works without the internet, and
 export them as GeoPackage and Excel files for the central map.
CONTROL
find "$STAGE" -type d -exec chmod 755 {} +
dpkg-deb --root-owner-group --build -Zgzip "$STAGE" "dist/${NAME}_${VERSION}_${ARCH}.deb" >/dev/null
tar -C dist -czf "dist/${NAME}-${VERSION}-linux-${ARCH}.tar.gz" "$NAME"
ls -l dist/*.deb dist/*.tar.gz
du -sh "$BUNDLE"
