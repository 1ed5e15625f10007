"""Printing benchmark: ``.venv/bin/python -m bench.print_bench [--clients 20000]``.

Builds a throw-away encrypted profile of demo clients, then measures one plan (median of repeated
renders; goal < 200 ms), 100 different clients' plans in a row (goal < 10 s), and the annual report
over all demo clients. Each render includes reading the database and writing its access-log row.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from app.demo import generate_demo_data
from app.printing.plan import plan_pdf
from app.printing.report_pdf import annual_report
from app.store.keyfile import KdfParams
from app.workspace import create_workspace
from models import IntegrationPlan


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=20_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ws = create_workspace(
            Path(tmp) / "profile", "benchmark passphrase", user="bench", kdf=KdfParams.fast_for_tests()
        )
        try:
            started = time.perf_counter()
            generate_demo_data(ws, clients=args.clients, seed=11)
            print(f"demo data: {args.clients} clients in {time.perf_counter() - started:.1f} s")
            with ws.session() as s:
                clients = list(dict.fromkeys(s.scalars(select(IntegrationPlan.client_id).limit(400))))[:100]
            plan_pdf(ws, client_id=clients[0], lang="ar")  # fonts registered, caches warm
            runs = []
            for _ in range(20):
                t = time.perf_counter()
                plan_pdf(ws, client_id=clients[0], lang="ar")
                runs.append(time.perf_counter() - t)
            print(f"one plan (fi+ar): median {statistics.median(runs) * 1000:.0f} ms (goal < 200 ms)")
            t = time.perf_counter()
            for i, client in enumerate(clients):
                plan_pdf(ws, client_id=client, lang=("en", "ar", "uk", "fa", "so")[i % 5])
            print(f"{len(clients)} plans: {time.perf_counter() - t:.2f} s (goal < 10 s)")
            today = date.today()
            t = time.perf_counter()
            report = annual_report(ws, start=today - timedelta(days=365), end=today)
            elapsed = time.perf_counter() - t
            print(
                f"annual report over {args.clients} clients: {elapsed:.2f} s "
                f"({report.figures.clients_served} clients served, {len(report.pdf) // 1024} KiB PDF)"
            )
        finally:
            ws.close()


if __name__ == "__main__":
    main()
