"""The Clients page with 5,000 cached clients: time to show them, time per search keystroke.

Each figure is printed beside a bare-Qt baseline measured in the same run on the same rows:

- show: ``ClientsPage`` built on the profile's cache (SQLite read, model reset, first paint of
  the window) vs. a plain ``QStandardItemModel`` filled with the same cells in a plain
  ``QTableView`` (first paint). Target: at most 300 ms.
- keystroke: one character typed into the search box (``QTest.keyClick``: filter, layout
  change, repaint of the table) vs. a plain ``QSortFilterProxyModel.setFilterFixedString`` on
  the standard model, all columns, with the same repaint (rows as high as ours, so as many
  on screen). Target: at most 16 ms.

Run offscreen: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_clients_page.py [N]``.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from fakes import fake_users  # bench/ is on sys.path when a bench runs

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TYPED = ("k", "o", "w", "a", "l")  # "kowal", one key at a time
PHONE = ("6", "0", "1", " ", "2")  # digits typed with a space, as reps do


def ms(seconds: float) -> float:
    return seconds * 1000


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    home = tempfile.mkdtemp(prefix="zaddesk-bench-")
    os.environ["ZADDESK_HOME"] = home

    from PySide6.QtCore import QSettings, QSortFilterProxyModel, Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QHeaderView, QTableView

    from zaddesk.core.clients import ClientsCache, profile_cache_path
    from zaddesk.core.profiles import Profile
    from zaddesk.gui.clients.page import ClientsPage
    from zaddesk.gui.context import AppContext

    app = QApplication.instance() or QApplication([])
    cache = ClientsCache(profile_cache_path("Bench"), profile="Bench")
    users = fake_users(n)
    for k in range(0, n, 50):
        cache.upsert(users[k:k + 50])
    rows = cache.load_all()
    cache.close()

    # ---------------------------------------------------------------- baseline: show
    def baseline_show() -> tuple[float, QTableView, QStandardItemModel]:
        start = time.perf_counter()
        model = QStandardItemModel(len(rows), 8)
        for r, row in enumerate(rows):
            for c, value in enumerate((row.id, row.name, row.email, row.organization, row.phone,
                                       row.balance, row.currency, row.is_active)):
                model.setItem(r, c, QStandardItem(str(value)))
        view = QTableView()
        view.verticalHeader().hide()
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.setModel(model)
        view.resize(1200, 760)
        view.show()
        view.repaint()
        app.processEvents()
        return time.perf_counter() - start, view, model

    base_times = []
    for _ in range(3):
        elapsed, view, model = baseline_show()
        base_times.append(elapsed)
        view.close()
        view.deleteLater()
    app.processEvents()

    # ---------------------------------------------------------------- ours: show
    settings = QSettings(str(Path(home) / "bench.ini"), QSettings.Format.IniFormat)
    ours_times = []
    page: ClientsPage | None = None
    for _ in range(3):
        ctx = AppContext(settings)
        ctx.profile = Profile("Bench", "custom", "http://127.0.0.1:9")  # no API: no refresh
        start = time.perf_counter()
        page = ClientsPage(ctx)
        page.retranslate()
        page.resize(1200, 760)
        page.show()
        page.repaint()
        app.processEvents()
        ours_times.append(time.perf_counter() - start)
        assert page.model.rowCount() == n
        if _ < 2:
            page.close()
            page.deleteLater()
            app.processEvents()
    assert page is not None

    ours, base = min(ours_times), min(base_times)
    print(f"clients page, {n} cached clients (best of 3 / of 15 keystrokes, ms)")
    print(f"  show (cache read + model + first paint)  {ms(ours):7.1f}   "
          f"baseline QStandardItemModel+QTableView {ms(base):7.1f}   ratio {ours / base:5.2f}"
          f"   target 300: {'ok' if ms(ours) <= 300 else 'MISSED'}")

    # ---------------------------------------------------------------- keystrokes
    search = page.ui.search
    table = page.ui.clients_table

    def type_ours(keys: tuple[str, ...], paint: bool) -> list[float]:
        search.clear()
        table.viewport().repaint()
        app.processEvents()
        times = []
        for key in keys:
            start = time.perf_counter()
            QTest.keyClicks(search, key)
            if paint:
                table.viewport().repaint()
            times.append(time.perf_counter() - start)
            if not paint:
                table.viewport().repaint()
        return times

    _, view, model = baseline_show()
    # The same rows on screen as ours (its row height): a repaint paints as many cells.
    view.verticalHeader().setDefaultSectionSize(table.verticalHeader().defaultSectionSize())
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view.setModel(proxy)
    app.processEvents()

    def type_base(keys: tuple[str, ...], paint: bool) -> list[float]:
        proxy.setFilterFixedString("")
        view.viewport().repaint()
        app.processEvents()
        times = []
        text = ""
        for key in keys:
            text += key
            start = time.perf_counter()
            proxy.setFilterFixedString(text)
            if paint:
                view.viewport().repaint()
            times.append(time.perf_counter() - start)
            if not paint:
                view.viewport().repaint()
        return times

    for label, keys in (("name 'kowal'", TYPED), ("phone '601 2'", PHONE)):
        for paint in (False, True):
            ours_k: list[float] = []
            base_k: list[float] = []
            for _ in range(3):
                ours_k += type_ours(keys, paint)
                base_k += type_base(keys, paint)
            worst, median = max(ours_k), statistics.median(ours_k)
            b_worst, b_median = max(base_k), statistics.median(base_k)
            what = "filter+repaint" if paint else "filter        "
            verdict = "ok" if ms(worst) <= 16 else (
                "ok (median)" if ms(median) <= 16 else "MISSED")
            print(f"  keystroke {label:13} {what} median {ms(median):6.2f} worst "
                  f"{ms(worst):6.2f}   baseline proxy median {ms(b_median):6.2f} worst "
                  f"{ms(b_worst):6.2f}   ratio {median / b_median:5.2f}   target 16: {verdict}")
    print(f"  rows shown after '601 2': {page.proxy.rowCount()}")


if __name__ == "__main__":
    main()
