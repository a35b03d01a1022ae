#!/usr/bin/env bash
# Set up what is missing and open the console. With no profile configured it runs on the
# embedded emulator with demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh run
exec .venv/bin/zaddesk "$@"
