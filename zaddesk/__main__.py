"""``python -m zaddesk`` runs the same entry point as the ``zaddesk`` command."""

import sys

from zaddesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
