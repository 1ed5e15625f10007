"""Benchmarks of what a counsellor feels in the desktop client (issue: desktop client).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.ui_bench [--clients 20000]

Reports medians of repeated runs; not a test (no pass/fail), figures go to the closing notes and
docs/benchmarks.md. Measures, on a demo profile of N clients:
- search: one keystroke in the caseload search box to the table model updated (filter + reset);
- open client: reading the record (access-logged) and the rules' explanation, and building the view;
- start: process start to the unlock screen shown (fresh interpreter each run).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from app.demo import generate_demo_data
from app.store.keyfile import KdfParams
from app.workspace import create_workspace

PASSPHRASE = "benchmark passphrase"


def _median_ms(samples: list[float]) -> str:
    median, worst = statistics.median(samples) * 1000, max(samples) * 1000
    return f"median {median:.1f} ms, max {worst:.1f} ms (n={len(samples)})"


def bench_search_and_open(folder: Path, clients: int) -> dict[str, list[float]]:
    from PySide6.QtWidgets import QApplication

    from app.settings import Settings
    from ui.app import make_application
    from ui.main_window import MainWindow
    from ui.runner import ImmediateRunner, set_runner

    make_application()
    set_runner(ImmediateRunner())
    ws = create_workspace(folder, PASSPHRASE, user="bench", kdf=KdfParams.fast_for_tests())
    started = time.perf_counter()
    generate_demo_data(ws, clients=clients, seed=1)
    print(f"demo data: {clients} clients in {time.perf_counter() - started:.1f} s")
    settings = Settings(user_file=folder.parent / "u.ini", machine_file=folder.parent / "m.ini")
    window = MainWindow(folder, settings)
    window.resize(1366, 768)
    window.show()
    t0 = time.perf_counter()
    window._on_unlocked(ws)
    print(f"caseload load (query + access log + model): {(time.perf_counter() - t0) * 1000:.0f} ms")
    view = window.workspace_view
    assert view is not None
    search = view.caseload.search
    results: dict[str, list[float]] = {"search_keystroke": [], "open_client": []}
    for word in ("a", "ah", "ahm", "ahme", "ahmed", "о", "ол", "оле", "م", "مح", "محم", "1", "19", "199"):
        search.clear()
        QApplication.processEvents()
        t = time.perf_counter()
        search.setText(word)  # textChanged -> filter -> model reset, all on the GUI thread
        QApplication.processEvents()
        results["search_keystroke"].append(time.perf_counter() - t)
    search.clear()
    rows = view.caseload.model.rows
    for i in range(0, len(rows), max(1, len(rows) // 15)):
        t = time.perf_counter()
        view.open_client(rows[i].id)
        QApplication.processEvents()
        results["open_client"].append(time.perf_counter() - t)
    window.lock()
    return results


def bench_start(folder: Path, runs: int = 5) -> list[float]:
    samples = []
    code = (
        "import os, sys, time\n"
        "from PySide6.QtCore import QTimer\n"
        "from ui.main import main\n"
        "from PySide6.QtWidgets import QApplication\n"
        "def shown():\n"
        "    print(time.time() - float(os.environ['BENCH_T0']), flush=True)\n"
        "    os._exit(0)\n"
        "QTimer.singleShot(0, shown)\n"
        "sys.exit(main(['--profile', sys.argv[1]]))\n"
    )
    for _ in range(runs):
        env = {**os.environ, "BENCH_T0": repr(time.time()), "QT_QPA_PLATFORM": "offscreen"}
        out = subprocess.run(
            [sys.executable, "-c", code, str(folder)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
            timeout=120,
        )
        samples.append(float(out.stdout.strip().splitlines()[-1]))
    return samples


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=20000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "profile"
        results = bench_search_and_open(folder, args.clients)
        results["start_to_unlock_screen"] = bench_start(folder)
    for name, samples in results.items():
        print(f"{name}: {_median_ms(samples)}")


if __name__ == "__main__":
    main()
