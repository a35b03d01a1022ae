"""The number shop: from an answer to the first rows shown on screen.

Three paths of ``NumberShopPage``, each printed beside a bare-Qt baseline from the same run:

- fresh: the JSON of ``/v1/direct_numbers/available/<id>/`` as the emulator sent it (50
  numbers) → decoded → shop rows → numbers model → table painted;
- second look: the same city from the SQLite catalogue cache (no request) → painted;
- streamed: one more city's answer of a whole-country search added under 12,000 rows shown.

Baseline: ``json.loads`` of the same bytes into a ``QStandardItemModel`` shown in a plain
``QTableView`` (first paint). Target: at most 100 ms from answer to rows.

Run offscreen: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_numbers_first_rows.py``.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

import msgspec

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WARSAW = 1001


def ms(seconds: float) -> float:
    return seconds * 1000


async def fetch(base_url: str, key: str, secret: str) -> bytes:
    from zaddesk.api.transport import Transport

    transport = Transport(base_url, key, secret)
    answer = await transport.request("GET", f"/v1/direct_numbers/available/{WARSAW}/")
    await transport.aclose()
    return msgspec.json.encode(answer)


def main() -> None:
    home = tempfile.mkdtemp(prefix="zaddesk-bench-")
    os.environ["ZADDESK_HOME"] = home

    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    from zaddesk.api.resources._base import decode
    from zaddesk.api.resources.numbers import AvailableNumber, Direction
    from zaddesk.core.catalog import CatalogCache
    from zaddesk.core.numbers import ShopNumber, shop_numbers
    from zaddesk.emulator.server import EmulatorServer
    from zaddesk.gui.context import AppContext
    from zaddesk.gui.numbers.page import NumberShopPage

    server = EmulatorServer()
    server.start()
    try:
        raw = asyncio.run(fetch(server.base_url, server.key, server.secret))
    finally:
        server.stop()
    warsaw = Direction(id=str(WARSAW), country_code="48", area_code="22", name="Warszawa",
                       connect_fee=0, monthly_fee=6, currency="PLN")  # type: ignore[arg-type]

    app = QApplication.instance() or QApplication([])
    settings = QSettings(str(Path(home) / "bench.ini"), QSettings.Format.IniFormat)
    page = NumberShopPage(AppContext(settings))
    page.retranslate()
    page.resize(1280, 800)
    page.show()
    app.processEvents()
    view = page.numbers_view
    cache = CatalogCache(Path(home) / "catalog.sqlite3")
    cache.put("available", f"{WARSAW}:", msgspec.json.encode(
        decode(json.loads(raw)["numbers"], list[AvailableNumber])))

    def shown() -> None:
        page._show_count()
        view.viewport().repaint()
        app.processEvents()

    def fresh() -> float:
        page.number_model.set_rows([])
        app.processEvents()
        start = time.perf_counter()
        data = msgspec.json.decode(raw)
        numbers = decode(data.get("numbers") or [], list[AvailableNumber])
        page.number_model.set_rows(shop_numbers(numbers, warsaw))
        shown()
        return time.perf_counter() - start

    def second_look() -> float:
        page.number_model.set_rows([])
        app.processEvents()
        start = time.perf_counter()
        found = cache.get("available", f"{WARSAW}:", 300)
        assert found is not None
        numbers = msgspec.json.decode(found[0], type=list[AvailableNumber])
        page.number_model.set_rows(shop_numbers(numbers, warsaw))
        shown()
        return time.perf_counter() - start

    rng = random.Random(3)
    big = [ShopNumber(f"1212{rng.randrange(10**7):07d}", str(k), 2000, 1, 4, "New York")
           for k in range(12_000)]

    def streamed() -> float:
        page.number_model.set_rows(big, show_city=True)
        view.viewport().repaint()
        app.processEvents()
        start = time.perf_counter()
        numbers = decode(msgspec.json.decode(raw).get("numbers") or [], list[AvailableNumber])
        page.number_model.add_rows(shop_numbers(numbers, warsaw))
        shown()
        return time.perf_counter() - start

    def baseline() -> float:
        start = time.perf_counter()
        data = json.loads(raw)["numbers"]
        model = QStandardItemModel(len(data), 2)
        for r, item in enumerate(data):
            model.setItem(r, 0, QStandardItem("+" + item["number"]))
            model.setItem(r, 1, QStandardItem("Warszawa"))
        table = QTableView()
        table.verticalHeader().hide()
        table.setModel(model)
        table.resize(1000, 560)
        table.show()
        table.repaint()
        app.processEvents()
        elapsed = time.perf_counter() - start
        table.close()
        table.deleteLater()
        app.processEvents()
        return elapsed

    base = statistics.median(baseline() for _ in range(7))
    print("number shop: answer to first rows shown (median of 7, ms)")
    for label, run in (("fresh answer (50 numbers)", fresh),
                       ("second look, from cache", second_look),
                       ("streamed under 12,000 rows", streamed)):
        value = statistics.median(run() for _ in range(7))
        print(f"  {label:28} {ms(value):7.2f}   baseline QStandardItemModel+QTableView "
              f"{ms(base):7.2f}   ratio {value / base:5.2f}   target 100: "
              f"{'ok' if ms(value) <= 100 else 'MISSED'}")


if __name__ == "__main__":
    main()
