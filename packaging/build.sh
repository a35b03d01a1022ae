#!/usr/bin/env bash
# Build the one-folder app with PyInstaller, check the desktop metadata, and start the result
# once offscreen with --screenshot to prove it runs.
#   packaging/build.sh            -> build/dist/zaddesk/zaddesk, build/packaged-settings.png
set -euo pipefail
cd "$(dirname "$0")/.."
py=.venv/bin/python
[ -x .venv/bin/pyinstaller ] || .venv/bin/python -m pip install -q "pyinstaller>=6.6"

# Forms and translations are committed, but a build must not ship stale ones.
$py scripts/build_ui.py --check
$py scripts/i18n.py --check || echo "warning: translations are not complete" >&2

.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --distpath build/dist --workpath build/work packaging/zaddesk.spec

if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate packaging/io.zaddesk.Zaddesk.desktop
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net packaging/io.zaddesk.Zaddesk.metainfo.xml || true
fi

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
shot=build/packaged-settings.png
rm -f "$shot"
ZADDESK_HOME="$home" QT_QPA_PLATFORM=offscreen \
  build/dist/zaddesk/zaddesk --screenshot "$shot" --page settings --lang pl --size 1100x700
test -s "$shot"
echo "built build/dist/zaddesk ($(du -sh build/dist/zaddesk | cut -f1)); smoke screenshot: $shot"
