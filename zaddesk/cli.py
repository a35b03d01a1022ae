"""Entry point of ``zaddesk``: ``zaddesk api ...`` is the raw API command line, anything else
starts the desktop console. Qt is imported only for the latter, so scripts stay light.
(``zaddesk _demo-emulator`` is internal: the console's demo emulator process, see
``zaddesk.gui.demo``.)"""

from __future__ import annotations

import sys
from collections.abc import Sequence

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "api":
        try:
            from zaddesk.api.cli import main as api_main
        except KeyboardInterrupt:
            sys.stderr.write("zaddesk api: interrupted; nothing was sent, safe to retry\n")
            return 4  # zaddesk.api.cli.EXIT_NOT_SENT, whose import was interrupted
        return api_main(args[1:])
    if args and args[0] == "_demo-emulator":
        from zaddesk.gui.demo import child_main

        return child_main()
    from zaddesk.gui.app import main as gui_main

    code: int = gui_main(args)
    return code
