"""Shared pieces of ``make bench``: repeated timing, figures with a baseline, results on disk.

These machines are shared and noisy, so every figure is the median of several runs and is reported
next to a baseline measured in the same run: the least work that could produce the same result on
this machine (plain SQLite for SQLCipher, a bare loop for search, an empty Qt window for start-up).
The ratio is what to compare between runs and machines.
"""

from __future__ import annotations

import json
import platform
import statistics
import subprocess
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Figure:
    name: str
    value: float  # in ``unit``
    unit: str
    baseline: float | None = None  # same unit, the least work for the same result
    baseline_what: str = ""
    goal: str = ""
    met: bool | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return None if not self.baseline else self.value / self.baseline


@dataclass
class Table:
    """A breakdown that is not one figure (the parts of a cost), printed after the figures."""

    title: str
    about: str
    header: list[str]
    rows: list[list[str]]

    def markdown(self) -> list[str]:
        lines = [f"## {self.title}", "", self.about, "", "| " + " | ".join(self.header) + " |"]
        lines.append("|" + "---|" * len(self.header))
        lines += ["| " + " | ".join(row) + " |" for row in self.rows]
        return lines


@dataclass
class Results:
    figures: list[Figure] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)

    def extend(self, data: dict[str, Any]) -> None:
        """Figures and tables measured by another process (``bench.sync_bench --json``)."""
        self.figures += [Figure(**f) for f in data["figures"]]
        self.tables += [Table(**t) for t in data["tables"]]

    def add(self, figure: Figure) -> Figure:
        self.figures.append(figure)
        ratio = f", x{figure.ratio:.2f} of baseline ({figure.baseline_what})" if figure.ratio else ""
        goal = f"; goal {figure.goal}: {'met' if figure.met else 'MISSED'}" if figure.goal else ""
        print(f"{figure.name}: {figure.value:.1f} {figure.unit}{ratio}{goal}", flush=True)
        return figure


def median_seconds(fn: Callable[[], object], *, repeat: int = 7, warmup: int = 1) -> float:
    for _ in range(warmup):
        fn()
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def interleaved_medians(*fns: Callable[[], object], rounds: int = 7) -> list[float]:
    """Median seconds of each function, run in turn round after round, so that a burst of load from
    elsewhere on the machine hits every contender alike rather than whichever ran during it."""
    runs: list[list[float]] = [[] for _ in fns]
    for fn in fns:  # warm-up
        fn()
    for _ in range(rounds):
        for i, fn in enumerate(fns):
            started = time.perf_counter()
            fn()
            runs[i].append(time.perf_counter() - started)
    return [statistics.median(r) for r in runs]


def commit() -> str:
    try:
        return subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def machine() -> str:
    import os

    cores = os.cpu_count()
    return f"{platform.machine()}, {cores} cores, {platform.platform()}, Python {platform.python_version()}"


def write(results: Results, *, json_path: Path, markdown_path: Path) -> None:
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    doc = {
        "date": stamp,
        "machine": machine(),
        "commit": commit(),
        "figures": [{**asdict(f), "ratio": f.ratio} for f in results.figures],
        "tables": [asdict(t) for t in results.tables],
    }
    json_path.parent.mkdir(parents=True, exist_ok=True)
    json_path.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    lines = [
        "# Benchmarks",
        "",
        f"Written by `make bench` on {stamp}, commit `{doc['commit']}`, on {doc['machine']}.",
        "Medians of repeated runs; the ratio compares with the baseline measured in the same run.",
        "",
        "| figure | value | baseline | ratio | goal | met |",
        "|---|---|---|---|---|---|",
    ]
    for f in results.figures:
        base = f"{f.baseline:.1f} {f.unit} ({f.baseline_what})" if f.baseline else ""
        ratio = f"{f.ratio:.2f}" if f.ratio else ""
        met = "" if f.met is None else ("yes" if f.met else "**no**")
        lines.append(f"| {f.name} | {f.value:.1f} {f.unit} | {base} | {ratio} | {f.goal} | {met} |")
    for table in results.tables:
        lines += ["", *table.markdown()]
    notes = [f for f in results.figures if f.note]
    if notes:
        lines += ["", "## Notes", ""] + [f"- **{f.name}**: {f.note}" for f in notes]
    findings = Path(__file__).resolve().parent / "FINDINGS.md"  # hand-written: misses profiled and fixed
    if findings.exists():
        lines += ["", findings.read_text(encoding="utf-8").rstrip()]
    markdown_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
