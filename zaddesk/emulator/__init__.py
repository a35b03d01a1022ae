"""A local Zadarma API: a real HTTP server on loopback with state in SQLite.

The console's default for users without an account, the backbone of integration tests and the
``zaddesk-emulator`` command. See ``GET /_emulator/`` on a running server for the rules it
follows (registration outcomes, outbox, faults, uploads).

Registration outcome (``POST /v1/reseller/users/registration/new/``), from the e-mail address:
``name+link@...`` waits for the client's e-mail link (``POST /_emulator/click_link?email=...``),
``name+code@...`` waits for the dealer to confirm with the code from the e-mail, anything else
is active at once. E-mails, SMS and voice callbacks go to the outbox (``GET /_emulator/outbox``,
kinds ``email``, ``sms`` and ``call``); phone codes have 6 digits and expire after 10 minutes.
Faults for tests are described in ``zaddesk.emulator.faults``; simulated incoming calls that
post signed events to a client's call-info URL in ``zaddesk.emulator.calls``.
"""

from zaddesk.emulator.core import Clock
from zaddesk.emulator.server import EmulatorServer

__all__ = ["Clock", "EmulatorServer"]
