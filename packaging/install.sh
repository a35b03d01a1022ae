#!/bin/sh
# Install Zaddesk for the current user; no root needed. Run it from the unpacked archive:
#   ./install.sh
# It puts
#   the app                 ${XDG_DATA_HOME:-~/.local/share}/io.zaddesk.Zaddesk/
#   the menu entry          ${XDG_DATA_HOME:-~/.local/share}/applications/io.zaddesk.Zaddesk.desktop
#   the icons               ${XDG_DATA_HOME:-~/.local/share}/icons/hicolor/*/apps/io.zaddesk.Zaddesk.*
#   the AppStream metadata  ${XDG_DATA_HOME:-~/.local/share}/metainfo/io.zaddesk.Zaddesk.metainfo.xml
#   the command             ~/.local/bin/zaddesk (a link; skipped if that name is taken)
# and records each in the app folder's install-manifest.txt, which
#   ${XDG_DATA_HOME:-~/.local/share}/io.zaddesk.Zaddesk/uninstall.sh
# reads to remove exactly that. Settings, profiles, journals and logs (~/.config/zaddesk,
# ~/.local/share/zaddesk, ~/.local/state/zaddesk) are the user's and are never touched.
# Installing again (a new version) uninstalls the old one first.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
bindir=$HOME/.local/bin
id=io.zaddesk.Zaddesk
app=$data/$id
manifest=$app/install-manifest.txt

[ -x "$here/zaddesk/zaddesk" ] || { echo "run install.sh from the unpacked archive" >&2; exit 1; }
if [ -x "$app/uninstall.sh" ]; then
  echo "Replacing the installed version"
  "$app/uninstall.sh" --quiet
fi

created=""
# mkdirs DIR: create DIR and its missing parents, remembering which ones this run created.
mkdirs() {
  missing=""
  dir=$1
  while [ ! -d "$dir" ]; do
    missing="$dir
$missing"
    dir=$(dirname "$dir")
  done
  mkdir -p "$1"
  created="$created$missing"
}

mkdirs "$data"
mkdirs "$app"
cp -R "$here/zaddesk/." "$app/"
cp "$here/uninstall.sh" "$here/LICENSE" "$here/THIRD-PARTY-NOTICES.txt" "$app/"
chmod +x "$app/uninstall.sh"

files=""
# put SOURCE TARGET: copy one file into place, remembering it.
put() {
  mkdirs "$(dirname "$2")"
  cp "$1" "$2"
  files="$files$2
"
}

# The menu entry starts the app by its full path, so it works without ~/.local/bin in PATH.
desktop=$(mktemp)
while IFS= read -r line || [ -n "$line" ]; do
  case $line in
    Exec=*) printf 'Exec="%s"\n' "$app/zaddesk" ;;
    *) printf '%s\n' "$line" ;;
  esac
done < "$here/share/applications/$id.desktop" > "$desktop"
put "$desktop" "$data/applications/$id.desktop"
rm -f "$desktop"
for icon in "$here"/share/icons/hicolor/*/apps/*; do
  put "$icon" "$data/icons/hicolor/${icon#"$here"/share/icons/hicolor/}"
done
put "$here/share/metainfo/$id.metainfo.xml" "$data/metainfo/$id.metainfo.xml"

link=""
if [ -e "$bindir/zaddesk" ] || [ -L "$bindir/zaddesk" ]; then
  echo "note: $bindir/zaddesk exists and is not ours; the command was not linked" >&2
else
  mkdirs "$bindir"
  ln -s "$app/zaddesk" "$bindir/zaddesk"
  link=$bindir/zaddesk
fi

{
  echo "# Written by install.sh; uninstall.sh removes what is listed here."
  echo "app $app"
  printf '%s' "$files" | while IFS= read -r f; do [ -n "$f" ] && echo "file $f"; done
  [ -n "$link" ] && echo "link $link"
  printf '%s' "$created" | while IFS= read -r d; do [ -n "$d" ] && echo "dir $d"; done
} > "$manifest"

# Desktops that keep an icon cache in this folder only notice a new icon when it is refreshed.
if [ -f "$data/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null; then
  gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
fi

echo "Installed Zaddesk in $app"
echo "Start it from the applications menu, or run: $app/zaddesk"
[ -n "$link" ] && case ":$PATH:" in
  *":$bindir:"*) echo "The zaddesk command is in $bindir." ;;
  *) echo "The zaddesk command is in $bindir, which is not in your PATH." ;;
esac
echo "To remove it: $app/uninstall.sh"
