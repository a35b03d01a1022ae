"""The Zadarma API client: signing, transport, rate limits, typed resources, command line."""

import sys

# httpx imports its own command line (click, pygments, rich) whenever they are installed,
# a tenth of a second of start-up that nothing here uses (the packaged app leaves it out).
# A None in sys.modules makes that import fail fast; httpx then goes without it.
sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
