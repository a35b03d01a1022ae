#!/usr/bin/env bash
# Prepare a fresh checkout: Debian packages Qt needs (when missing), the virtual environment in .venv,
# and the project installed into it. Safe to run again; it only does what is missing.
#   scripts/bootstrap.sh            runtime (console, emulator, CLI)
#   scripts/bootstrap.sh test       plus what the tests need
set -euo pipefail
cd "$(dirname "$0")/.."
want=${1:-run}

# Shared libraries the PySide6 wheels load (xcb for a real display, EGL/fontconfig for offscreen),
# PulseAudio's client library for Qt Multimedia, fonts so text renders offscreen, Xvfb for screenshots.
debs=(libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4
      libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0
      libdbus-1-3 libglib2.0-0 libpulse0 fonts-dejavu-core)
[ "$want" = test ] && debs+=(xvfb desktop-file-utils)  # the release check validates the menu entry
if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for pkg in "${debs[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing Debian packages: ${missing[*]}"
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq || true
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

python=${PYTHON:-python3}
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
  || { echo "zaddesk needs Python 3.11 or newer ($python is older)" >&2; exit 1; }
[ -x .venv/bin/python ] || "$python" -m venv .venv

# Reinstall only when pyproject.toml changed since the last install of this kind.
stamp=".venv/.zaddesk-$want-$(sha256sum pyproject.toml | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  extra=""; [ "$want" = test ] && extra="[test]"
  echo "Installing zaddesk$extra into .venv (log: .venv/install.log)"
  if ! { .venv/bin/python -m pip install -q --upgrade pip \
         && .venv/bin/python -m pip install -q -e ".$extra"; } >.venv/install.log 2>&1; then
    tail -n 30 .venv/install.log >&2
    echo "Installing into .venv failed; the whole log is in .venv/install.log" >&2
    exit 1
  fi
  touch "$stamp"
fi
# An installed wheel carries its bytecode; this editable install would otherwise compile every
# module at each start where PYTHONDONTWRITEBYTECODE is set (a third of a second of start-up).
.venv/bin/python -m compileall -q zaddesk >/dev/null || true
