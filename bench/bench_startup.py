"""Cold start of the console to a shown main window, against a bare PySide6 window.

Both are started the same way: a fresh ``python`` process, offscreen, timed from spawn to the
line the process prints once its window is shown (``zaddesk --quit-after-show``; the bare one
builds a ``QMainWindow`` of the same size). zaddesk paints its frame (sidebar, menus, status
bar) first and builds the first page right after; "first page" is that second moment. "ready" is the
issue's: window, first page, the embedded demo emulator serving and the dealer balance shown
(``--quit-when-ready`` prints ``balance``; at start-up the pages begin their own reading once
it is on screen); "all loaded" waits until every start-up task is done, the whole client list
too (its ``ready`` line).
Every zaddesk run gets an empty ``ZADDESK_HOME`` (a first start). Medians of N runs.
In demo mode the emulator is a child process started before Qt: "ready" counts on the second
core; on a loaded machine it competes with everything else, so compare ratios of one run.

Run: ``.venv/bin/python bench/bench_startup.py [N]``; targets: shown/bare <= 2.0, first
page/bare <= 1.8, ready/bare <= 2.5. ``--instructions`` counts instead the instructions each
process executes to each point under valgrind's callgrind (a minute or two): the work itself,
the same whatever else the machine is doing.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE = """
import sys, time
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication([sys.argv[0]])
window = QMainWindow()
window.setCentralWidget(QLabel("bare"))
window.statusBar().showMessage("bare")
window.resize(1100, 720)
window.show()
app.processEvents()
print(f"shown {time.perf_counter() - t0:.4f}", flush=True)
"""

ZADDESK = "import sys; from zaddesk.gui.app import main; sys.exit(main(sys.argv[1:]))"


def timed(code: str, *args: str, marks: tuple[str, ...] = ("shown",)) -> dict[str, float]:
    """Seconds from spawn to each marker line the process prints."""
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ZADDESK_HOME": home}
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, text=True, env=env)
        assert proc.stdout is not None
        seen: dict[str, float] = {}
        for line in proc.stdout:
            word = line.split(" ", 1)[0]
            if word in marks:
                seen[word] = time.perf_counter() - start
        proc.wait(timeout=60)
        if set(seen) != set(marks):
            raise RuntimeError(f"missing marker lines from {args or 'bare'}: {seen}")
        return seen


# The console under valgrind, stopped at a marker line: the pages' head start is stretched
# (under valgrind 0.25 s runs out long before the balance comes, which would count the pages'
# reading too), and the process ends as soon as it prints the marker.
STOPPED = """
import builtins, importlib.abc, importlib.util, os, sys
stop = os.environ["ZADDESK_BENCH_STOP"]
show = builtins.print
def marked(*args, **kwargs):
    show(*args, **kwargs)
    if " ".join(map(str, args)).startswith(stop):
        sys.stdout.flush()
        os._exit(0)
builtins.print = marked
class Stretch(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name != "zaddesk.gui.context":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        run = spec.loader.exec_module
        def exec_module(module):
            run(module)
            module.BALANCE_HEAD_START = 600.0
        spec.loader.exec_module = exec_module
        return spec
sys.meta_path.insert(0, Stretch())
from zaddesk.gui.app import main
main(sys.argv[1:])
"""


def instructions(code: str, *args: str, stop: str = "") -> int:
    """Instructions the process executed (callgrind's count, its threads included, not its
    children: the demo emulator runs natively), to the end or to the ``stop`` marker."""
    import re

    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ZADDESK_HOME": home,
               "ZADDESK_BENCH_STOP": stop}
        done = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={home}/callgrind.out",
             sys.executable, "-c", code, *args],
            capture_output=True, text=True, env=env, timeout=900)
        found = re.search(r"Collected : (\d+)", done.stderr)
        if found is None or (stop and not done.stdout.startswith("shown")):
            raise RuntimeError(f"no count from callgrind: {done.stderr[-500:]}")
        return int(found.group(1))


def count_instructions() -> None:
    bare = instructions(BARE)
    print(f"bare PySide6 window shown:      {bare / 1e6:7.0f} M instructions")
    for stop, what, target in (("shown", "main window shown:", "<= 2.0"),
                               ("page", "first page built:", "<= 1.8"),
                               ("balance", "ready (balance):", "<= 2.5")):
        count = instructions(STOPPED, "--quit-when-ready", stop=stop)
        print(f"zaddesk {what:<24}{count / 1e6:7.0f} M   ratio {count / bare:.2f}  "
              f"(target {target}; the same whatever the machine's load)")


def main() -> None:
    # An installed copy has its bytecode compiled; in a checkout edited under
    # PYTHONDONTWRITEBYTECODE every changed module would be compiled again on each start.
    import compileall

    import zaddesk

    compileall.compile_dir(os.path.dirname(zaddesk.__file__), quiet=1)
    if "--instructions" in sys.argv[1:]:
        count_instructions()
        return
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    timed(BARE)  # warm the file cache for both
    timed(ZADDESK, "--quit-after-show", marks=("shown", "page"))
    bare, shown, page, ready, idle = [], [], [], [], []
    for _ in range(runs):
        bare.append(timed(BARE)["shown"])
        marks = timed(ZADDESK, "--quit-after-show", marks=("shown", "page"))
        shown.append(marks["shown"])
        page.append(marks["page"])
        marks = timed(ZADDESK, "--quit-when-ready", marks=("balance", "ready"))
        ready.append(marks["balance"])
        idle.append(marks["ready"])
    b, s, p, r, i = (statistics.median(x) for x in (bare, shown, page, ready, idle))
    print(f"bare PySide6 window shown:        {b * 1000:7.0f} ms (median of {runs})")
    print(f"zaddesk main window shown:        {s * 1000:7.0f} ms   ratio {s / b:.2f}  "
          f"(target <= 2.0; sidebar, status bar, menus painted)")
    print(f"zaddesk first page built:         {p * 1000:7.0f} ms   ratio {p / b:.2f}  "
          f"(target <= 1.8; the last page, Clients on a first start)")
    print(f"zaddesk ready on demo emulator:   {r * 1000:7.0f} ms   ratio {r / b:.2f}  "
          f"(target <= 2.5; plus emulator serving and the balance shown)")
    print(f"zaddesk all loaded (client list): {i * 1000:7.0f} ms   ratio {i / b:.2f}  "
          f"(no target; every start-up task done, both pages of the client list)")
    print(f"load average during the run:      {os.getloadavg()[0]:7.2f}")


if __name__ == "__main__":
    main()
