#!/bin/sh
# Remove what install.sh installed, as listed in install-manifest.txt beside this script:
# the app folder, the menu entry, the icons, the AppStream file, the ~/.local/bin/zaddesk link
# (only if it still points here), and the folders install.sh created (only if now empty).
# The user's settings, profiles, journals and logs stay.
set -eu
app=$(cd "$(dirname "$0")" && pwd)
manifest=$app/install-manifest.txt
quiet=${1:-}
[ -f "$manifest" ] || { echo "no install manifest in $app; nothing removed" >&2; exit 1; }
case $app in
  */io.zaddesk.Zaddesk) ;;
  *) echo "unexpected app folder $app; nothing removed" >&2; exit 1 ;;
esac
entries=$(cat "$manifest")

printf '%s\n' "$entries" | while IFS= read -r line; do
  kind=${line%% *}
  path=${line#* }
  case $kind in
    file) rm -f "$path" ;;
    link) if [ -L "$path" ] && [ "$(readlink "$path")" = "$app/zaddesk" ]; then rm -f "$path"; fi ;;
  esac
done
rm -rf "$app"
# Folders install.sh created, deepest first, and only while empty.
printf '%s\n' "$entries" | sed -n 's/^dir //p' | sort -r | while IFS= read -r dir; do
  rmdir "$dir" 2>/dev/null || true
done

data=$(dirname "$app")
if [ -f "$data/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null; then
  gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
fi
[ "$quiet" = --quiet ] || echo "Removed Zaddesk from $app (your settings and data are kept)"
