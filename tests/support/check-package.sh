#!/usr/bin/env bash
# The .deb as a user gets it: validates the desktop file and AppStream metainfo, builds the package
# with `cpack -G DEB`, checks its run-time dependencies, unpacks it into a scratch root and runs
# keyway-cli --version from there. Usage: check-package.sh BUILD_DIR SOURCE_DIR VERSION
set -euo pipefail
build=$1 source=$2 version=$3
id=dev.keyway.Keyway
work=$(mktemp -d -t keyway-package-XXXXXX)
trap 'rm -rf "$work"' EXIT

desktop-file-validate "$source/packaging/$id.desktop"
appstreamcli validate --no-net --pedantic "$source/packaging/$id.metainfo.xml" >/dev/null

(cd "$build" && cpack -G DEB -B "$work/out" >/dev/null)
deb=$(ls "$work"/out/keyway_"$version"_*.deb)
depends=$(dpkg-deb -f "$deb" Depends)
for needed in libsecret-1-0 libssl3 qt6-qpa-plugins libqt6sql6-sqlite libqt6keychain1 libqt6widgets6; do
    case "$depends" in
    *"$needed"*) ;;
    *) echo "the package does not depend on $needed: $depends" >&2; exit 1 ;;
    esac
done

dpkg-deb -x "$deb" "$work/root"
root=$work/root
for file in usr/bin/keyway usr/bin/keyway-cli usr/share/applications/$id.desktop \
    usr/share/metainfo/$id.metainfo.xml usr/share/icons/hicolor/scalable/apps/$id.svg \
    usr/share/icons/hicolor/48x48/apps/$id.png usr/share/icons/hicolor/256x256/apps/$id.png; do
    [ -e "$root/$file" ] || { echo "missing from the package: /$file" >&2; exit 1; }
done
desktop-file-validate "$root/usr/share/applications/$id.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/$id.metainfo.xml" >/dev/null
grep -q "^Icon=$id\$" "$root/usr/share/applications/$id.desktop"
printed=$("$root/usr/bin/keyway-cli" --version)
[ "$printed" = "keyway-cli $version" ] || { echo "installed keyway-cli says '$printed'" >&2; exit 1; }
echo "$(basename "$deb"): valid desktop file and metainfo, dependencies declared, $printed runs from the package"
