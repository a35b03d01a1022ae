"""Entry script for the frozen app: the same ``zaddesk`` command as the installed one."""

import sys

from zaddesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
