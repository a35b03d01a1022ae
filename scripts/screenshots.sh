#!/usr/bin/env bash
# Screenshots of every page, as a rep first sees it on the demo: both languages, 1024x640 and
# 1280x800, the demo outbox open, a client chosen. Written to docs/screenshots/pages/.
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/screenshots/pages
mkdir -p "$out"
pages=$(.venv/bin/python -c 'from zaddesk.gui.pages import PAGES; print(" ".join(p.page_id for p in PAGES))')
for page in $pages; do
  for lang in en pl; do
    for size in 1024x640 1280x800; do
      QT_QPA_PLATFORM=offscreen .venv/bin/zaddesk --screenshot "$out/$page-$lang-$size.png" \
        --page "$page" --lang "$lang" --size "$size" --client 210001 --outbox >/dev/null
    done
  done
done
echo "written to $out"
