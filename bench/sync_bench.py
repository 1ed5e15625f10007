"""The sync figures of ``make bench`` on their own (``bench/sync_figures.py``), over loopback HTTP.

    .venv/bin/python -m bench.sync_bench [--quick] [--server postgresql|sqlite|both]

Not a test (no pass/fail). Against PostgreSQL (when reachable, see ``bench/load.py``) and SQLite. Prints
each figure and its note; ``make bench`` writes the same figures into docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

from bench import sync_figures
from bench.harness import Results


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="caseloads of 200, 1,000, 4,000 clients")
    parser.add_argument(
        "--server", choices=[*sync_figures.BACKENDS, "both"], default="both", help="the server's database"
    )
    parser.add_argument("--json", type=Path, help="also write the figures and tables there (for bench.run)")
    args = parser.parse_args()
    results = Results()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="polku-sync-bench-") as tmp:
        backends = sync_figures.BACKENDS if args.server == "both" else (args.server,)
        for backend in backends:
            sync_figures.add_all(results, Path(tmp), quick=args.quick, backend=backend)
    print(f"\n{len(results.figures)} figures in {time.perf_counter() - started:.0f} s")
    for f in results.figures:
        if f.note:
            print(f"- {f.name}: {f.note}")
    for table in results.tables:
        print("\n" + "\n".join(table.markdown()))
    if args.json:
        args.json.write_text(json.dumps(asdict(results), ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
