#!/usr/bin/env bash
# Build the release: the one-folder app (PyInstaller), then the archive a dealer installs.
#   packaging/build.sh              -> build/dist/zaddesk/ (the app)
#                                      build/zaddesk-<version>-linux-x86_64.tar.xz
#   packaging/build.sh --no-smoke   skip the one offscreen start of the built app
#                                   (packaging/check.sh starts the installed app on every page)
#   XZ_LEVEL=1 packaging/build.sh   compress faster (default 6: ~12% smaller, ~4x the CPU)
# The PyInstaller recipe leaves out what the app does not use, refuses GPL/AGPL distributions
# and writes THIRD-PARTY-NOTICES.txt (see packaging/zaddesk.spec). Prints the sizes.
set -euo pipefail
cd "$(dirname "$0")/.."
smoke=1
[ "${1:-}" = --no-smoke ] && smoke=0
py=.venv/bin/python
[ -x .venv/bin/pyinstaller ] || $py -m pip install -q "pyinstaller>=6.6"
version=$($py -c 'import zaddesk; print(zaddesk.__version__)')
id=io.zaddesk.Zaddesk
name=zaddesk-$version
archive=build/$name-linux-x86_64.tar.xz
t0=$SECONDS

# Forms and translations are committed, but a build must not ship stale ones.
$py scripts/build_ui.py --check
$py scripts/i18n.py --check || echo "warning: translations are not complete" >&2

if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate packaging/$id.desktop
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net packaging/$id.metainfo.xml || true
fi

# (The hooks name phonenumbers' geocoder data as hidden imports; the recipe leaves it out on
# purpose, so those warnings are noise.)
.venv/bin/pyinstaller --noconfirm --log-level WARN \
  --distpath build/dist --workpath build/work packaging/zaddesk.spec 2>&1 \
  | { grep --line-buffered -v -E 'WARNING: Hidden import "phonenumbers\.(geodata|carrierdata|tzdata)' || true; }
t_app=$SECONDS

# The archive: the app, its menu entry, icons and metadata, install and uninstall scripts.
stage=build/release/$name
rm -rf build/release
mkdir -p "$stage/share/applications" "$stage/share/metainfo" \
         "$stage/share/icons/hicolor/scalable/apps"
cp -al build/dist/zaddesk "$stage/zaddesk"  # hard links: no second copy of 150 MB
cp packaging/install.sh packaging/uninstall.sh LICENSE build/THIRD-PARTY-NOTICES.txt "$stage/"
cp packaging/$id.desktop "$stage/share/applications/"
cp packaging/$id.metainfo.xml "$stage/share/metainfo/"
cp resources/icons/zaddesk.svg "$stage/share/icons/hicolor/scalable/apps/$id.svg"
QT_QPA_PLATFORM=offscreen $py - "$stage/share/icons/hicolor" "$id" <<'PY'
"""PNG icons for desktops and docks that do not draw SVG icons."""
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

app = QGuiApplication([])
root, app_id = Path(sys.argv[1]), sys.argv[2]
renderer = QSvgRenderer(str(root / "scalable" / "apps" / f"{app_id}.svg"))
for size in (48, 64, 128, 256):
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    target = root / f"{size}x{size}" / "apps" / f"{app_id}.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    assert image.save(str(target)), target
PY
# The newest glibc symbol version any bundled binary asks for: the oldest Linux it runs on.
glibc=$(find "$stage/zaddesk" -type f \( -name '*.so*' -o -name zaddesk \) -print0 \
        | xargs -0 objdump -p 2>/dev/null | grep -o 'GLIBC_[0-9][0-9.]*' | sort -uV | tail -n1)
glibc=${glibc#GLIBC_}
cat > "$stage/README.txt" <<TXT
Zaddesk $version for Linux x86-64, on glibc $glibc or newer.

  ./install.sh     installs it for you (no root needed) and adds it to the applications menu
  ~/.local/share/$id/uninstall.sh   removes exactly what install.sh put there

Zaddesk is under the MIT licence (LICENSE); the software it bundles is listed, with
licences, in THIRD-PARTY-NOTICES.txt, also shown under Help > About > Licences.
TXT
tar -C build/release --owner=0 --group=0 -cf - "$name" | xz -T0 "-${XZ_LEVEL:-6}" > "$archive.part"
mv "$archive.part" "$archive"
t_archive=$SECONDS

mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1e6 }'; }
echo "built $archive in $((t_archive - t0)) s (app $((t_app - t0)) s, archive $((t_archive - t_app)) s)"
echo "  archive  $(mb "$(stat -c %s "$archive")")"
echo "  unpacked $(mb "$(du -sb "$stage" | cut -f1)") (app $(mb "$(du -sb "$stage/zaddesk" | cut -f1)"))"
echo "  runs on glibc $glibc or newer"

if [ "$smoke" = 1 ]; then
  home=$(mktemp -d)
  trap 'rm -rf "$home"' EXIT
  shot=build/packaged-settings.png
  rm -f "$shot"
  ZADDESK_HOME="$home" QT_QPA_PLATFORM=offscreen \
    build/dist/zaddesk/zaddesk --screenshot "$shot" --page settings --lang pl --size 1100x700
  test -s "$shot"
  echo "smoke screenshot: $shot"
fi
