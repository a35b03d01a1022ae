"""The Qt console. Map of the shell (pages plug into it):

* ``app.main(argv)``: entry point; start-up order, excepthook, ``--screenshot``.
* ``context.AppContext``: passed to every page instead of globals: profile, ``Zadarma``
  client, ``TaskRunner``, settings, demo emulator, signals (``profile_changed``,
  ``balance_changed``, ``rate_changed``, ``language_changed``, ``notice``); ``money_moved()``.
* ``tasks.TaskRunner.run(...)``: the one way to run API work (progress, cancel, errors);
  ``dialogs.ask`` for confirmations inside a task.
* ``pages``: the registry (``PAGES``) and ``pages.base.Page`` / ``FieldErrors`` / ``Banner``.
* ``mainwindow``, ``statusbar``, ``taskpanel``, ``outbox``: the window around the pages.
* ``i18n``, ``icons``, ``logsetup``, ``messages``: languages, tinted icons, secret-free
  logging, one wording for every error.
* ``forms``: generated from ``ui/*.ui`` by ``scripts/build_ui.py``; never edit.
"""
