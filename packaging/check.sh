#!/usr/bin/env bash
# The release as a dealer gets it, checked end to end (CI runs this after the tests):
#   1. build the archive (packaging/build.sh; it fails when a GPL/AGPL distribution would ship)
#   2. unpack it and install it into a throw-away home that already holds other apps' files
#   3. start the installed app offscreen on every page of the page registry (--screenshot),
#      through the menu entry's Exec line; fail on a non-zero exit, a missing picture or an
#      unhandled exception in the log (a missing hidden import or Qt plugin shows up there)
#   4. uninstall, and fail unless the home is exactly as it was before the install
# Prints the time of each step. Pictures are kept in build/check-shots/.
#   packaging/check.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."
t0=$SECONDS
py=.venv/bin/python
export QT_QPA_PLATFORM=offscreen

# The archive is only unpacked here, so the fast xz preset will do (a release uses the default).
# --no-build checks the archive already in build/ (when working on this script).
if [ "${1:-}" != --no-build ]; then
  XZ_LEVEL=${XZ_LEVEL:-1} packaging/build.sh --no-smoke
fi
t_build=$SECONDS
version=$($py -c 'import zaddesk; print(zaddesk.__version__)')
archive=build/zaddesk-$version-linux-x86_64.tar.xz

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
home=$tmp/home
# Someone else's menu entry and command: the install must live beside them, the uninstall
# must leave them alone. ~/.local/bin and the icon folders do not exist yet.
mkdir -p "$home/.local/share/applications" "$home/Documents"
echo "[Desktop Entry]" > "$home/.local/share/applications/other.desktop"
echo "notes" > "$home/Documents/notes.txt"
snapshot() { (cd "$home" && find . \( -type f -printf 'f %p %s\n' \) -o -printf '%y %p\n' | LC_ALL=C sort); }
snapshot > "$tmp/before.txt"

tar -C "$tmp" -xJf "$archive"
env -i HOME="$home" PATH="/usr/bin:/bin" sh "$tmp/zaddesk-$version/install.sh" >/dev/null
t_install=$SECONDS
desktop=$home/.local/share/applications/io.zaddesk.Zaddesk.desktop
for f in "$desktop" "$home/.local/share/icons/hicolor/scalable/apps/io.zaddesk.Zaddesk.svg" \
         "$home/.local/share/icons/hicolor/256x256/apps/io.zaddesk.Zaddesk.png" \
         "$home/.local/share/metainfo/io.zaddesk.Zaddesk.metainfo.xml" \
         "$home/.local/share/io.zaddesk.Zaddesk/THIRD-PARTY-NOTICES.txt" \
         "$home/.local/share/io.zaddesk.Zaddesk/_internal/THIRD-PARTY-NOTICES.txt" \
         "$home/.local/share/io.zaddesk.Zaddesk/_internal/LICENSE"; do
  [ -s "$f" ] || { echo "install did not put $f in place" >&2; exit 1; }
done
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$desktop"; fi
exe=$(sed -n 's/^Exec="\(.*\)"$/\1/p' "$desktop")
[ -x "$exe" ] || { echo "the menu entry's Exec is not the installed app: $exe" >&2; exit 1; }
# The command-line side through the ~/.local/bin link.
"$home/.local/bin/zaddesk" api --help >/dev/null

# Every Qt module the code imports anywhere (lazily too, e.g. Qt Multimedia on Play) must be
# in the bundle, with the plugins it loads.
internal=$(dirname "$exe")/_internal
for module in $(grep -rhoE '^\s*(from|import) PySide6\.Qt[A-Za-z]+' zaddesk \
                | grep -oE 'Qt[A-Za-z]+$' | sort -u); do
  [ -e "$internal/PySide6/$module.abi3.so" ] \
    || { echo "PySide6.$module is imported by the code but not in the bundle" >&2; exit 1; }
done
if grep -rqE '^\s*(from|import) PySide6\.QtMultimedia' zaddesk; then
  ls "$internal"/PySide6/Qt/plugins/multimedia/*ffmpeg* >/dev/null \
    || { echo "Qt Multimedia's FFmpeg plugin is not in the bundle" >&2; exit 1; }
fi

# Every page in the registry, two at a time (the runner has two cores). Where a page has a
# demo that reaches deeper (PDF thumbnails, sound conversion, the SIP QR code), that is shown.
# The app's own folders and caches go outside the home, so the uninstall check sees only
# the install.
pages=$($py -c 'from zaddesk.gui.pages import PAGES; print(" ".join(p.page_id for p in PAGES))')
declare -A deeper=([documents]=demo [sounds]=demo [pbx]=sip)
shots=build/check-shots
rm -rf "$shots"
mkdir -p "$shots"
run_page() {
  local page=$1 open=${2#-} state=$tmp/state/$1
  mkdir -p "$state"
  if ! timeout 180 env HOME="$home" LANG=C.UTF-8 ZADDESK_HOME="$state" XDG_CACHE_HOME="$tmp/cache" \
      XDG_RUNTIME_DIR="$tmp/runtime" PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring \
      "$exe" --screenshot "$shots/$page.png" --page "$page" ${open:+--open "$open"} \
      --lang pl --size 1100x700 >"$state/out.txt" 2>&1; then
    echo "page $page: the installed app failed or hung (3 min)" >&2; cat "$state/out.txt" >&2; return 1
  fi
  [ -s "$shots/$page.png" ] || { echo "page $page: no screenshot" >&2; return 1; }
  if grep -E "Traceback|unhandled exception|ModuleNotFoundError|ImportError|Could not load the Qt platform" \
      "$state/out.txt" "$state"/logs/*.log >&2; then
    echo "page $page: errors in the log" >&2; return 1
  fi
  echo "page $page${open:+ ($open)}: ok"
}
export -f run_page
export tmp home exe shots
mkdir -p "$tmp/runtime" && chmod 700 "$tmp/runtime"
for page in $pages; do printf '%s\n%s\n' "$page" "${deeper[$page]:--}"; done \
  | xargs -P 2 -n 2 bash -c 'run_page "$0" "$1"' 
t_pages=$SECONDS

"$home/.local/share/io.zaddesk.Zaddesk/uninstall.sh" >/dev/null
snapshot > "$tmp/after.txt"
if ! diff -u "$tmp/before.txt" "$tmp/after.txt"; then
  echo "uninstall left the home different from before the install (diff above)" >&2
  exit 1
fi
t_end=$SECONDS
echo "release check passed in $((t_end - t0)) s: build $((t_build - t0)) s," \
     "install $((t_install - t_build)) s, $(wc -w <<<"$pages") pages $((t_pages - t_install)) s," \
     "uninstall $((t_end - t_pages)) s"
