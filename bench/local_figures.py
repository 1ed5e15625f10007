"""``make bench`` figures of the laptop side: encryption cost, search, opening a client, printing,
start-up, unlock and memory. Each function adds its figures (with a baseline) to ``Results``."""

from __future__ import annotations

import contextlib
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import sqlcipher3

from app.store.keyfile import KdfParams, KeyFile
from bench.harness import Figure, Results, interleaved_medians, median_seconds

PASSPHRASE = "benchmark passphrase"
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def _workload(path: Path, key: bytes | None, rows: int = 20_000) -> None:
    """The same reads and writes the app does, on one table shaped like ``client``."""
    conn = sqlcipher3.dbapi2.connect(str(path), isolation_level=None)
    if key is not None:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "temp_store = MEMORY"):
        conn.execute(f"PRAGMA {pragma}")
    conn.execute("CREATE TABLE client (id TEXT PRIMARY KEY, name TEXT, born TEXT, muni TEXT, notes TEXT)")
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO client VALUES (?, ?, ?, ?, ?)",
        ((f"{i:08d}-demo", f"name {i} järvinen", "1990-01-01", "297", "x" * 200) for i in range(rows)),
    )
    conn.execute("COMMIT")
    for i in range(0, rows, 10):
        conn.execute("SELECT * FROM client WHERE id = ?", (f"{i:08d}-demo",)).fetchone()
    for i in range(10):
        conn.execute("SELECT count(*) FROM client WHERE name LIKE ?", (f"%{i}7%",)).fetchone()
    conn.close()


def encryption_cost(results: Results) -> None:
    def run(encrypted: bool) -> Callable[[], None]:
        def once() -> None:
            with tempfile.TemporaryDirectory() as tmp:
                _workload(Path(tmp) / "db", secrets.token_bytes(32) if encrypted else None)

        return once

    plain, cipher = interleaved_medians(run(False), run(True), rounds=9)
    results.add(
        Figure(
            "SQLCipher, raw page I/O (20k inserts, 2k lookups, 10 scans in bare SQL)",
            cipher * 1000,
            "ms",
            plain * 1000,
            "plain SQLite, same SQL",
            note="the worst case: nothing but page I/O, so the per-byte AES-256-CBC + HMAC-SHA512 of "
            "every written page is all there is to see (about 17 ms per 5 MB here). Reads cost the same "
            "as plain; the cost is in writes. The goal is judged on the app's own workload below.",
        )
    )
    write, read = _app_workload_ratio()
    results.add(
        Figure(
            "SQLCipher, the app's workload (1,000 clients saved, caseload + every record read)",
            write[1] + read[1],
            "s",
            write[0] + read[0],
            "the same app code on an unencrypted SQLite file",
            "encryption costs < 10 %",
            (write[1] + read[1]) / (write[0] + read[0]) < 1.10,
            note=f"writes x{write[1] / write[0]:.2f}, reads x{read[1] / read[0]:.2f}; the same code path "
            "(SQLAlchemy, outbox, access log, rules) with only the key pragma left out",
        )
    )


@contextlib.contextmanager
def _unencrypted() -> Iterator[None]:
    """For the baseline only: the app's engine without the key pragma (an ordinary SQLite file)."""
    from app.store import engine

    original = engine._pragmas
    engine._pragmas = lambda key: [p for p in original(key) if not p.startswith("PRAGMA key")]
    try:
        yield
    finally:
        engine._pragmas = original


def _app_workload_ratio(clients: int = 1000, rounds: int = 5) -> tuple[tuple[float, float], ...]:
    """Median (plain, encrypted) seconds of writing and of reading, runs interleaved against noise."""
    from app.caseload import load_caseload
    from app.clients import get_client
    from app.demo import generate_demo_data
    from app.workspace import create_workspace

    def once(plain: bool) -> tuple[float, float]:
        with tempfile.TemporaryDirectory() as tmp, _unencrypted() if plain else contextlib.nullcontext():
            ws = create_workspace(
                Path(tmp) / "p",
                PASSPHRASE,
                user="bench",
                kdf=KdfParams.fast_for_tests(),
                recovery_public_key=None,
            )
            started = time.perf_counter()
            generate_demo_data(ws, clients=clients, seed=1)
            wrote = time.perf_counter()
            rows = load_caseload(ws)
            for row in rows:
                get_client(ws, client_id=row.id)
            read = time.perf_counter()
            ws.close()
            return wrote - started, read - wrote

    runs: dict[bool, list[tuple[float, float]]] = {True: [], False: []}
    for _ in range(rounds):
        for plain in (True, False):
            runs[plain].append(once(plain))
    med = statistics.median
    return (
        (med(r[0] for r in runs[True]), med(r[0] for r in runs[False])),
        (med(r[1] for r in runs[True]), med(r[1] for r in runs[False])),
    )


def unlock(results: Results, folder: Path) -> None:
    from app.workspace import create_workspace, open_workspace

    params = KdfParams()
    create_workspace(folder, PASSPHRASE, user="bench", recovery_public_key=None).close()
    derive = median_seconds(lambda: KeyFile.new(PASSPHRASE, params), repeat=5)
    full = median_seconds(
        lambda: open_workspace(folder, PASSPHRASE, recovery_public_key=None).close(), repeat=5
    )
    results.add(
        Figure(
            "unlock (Argon2id + open + checks)",
            full * 1000,
            "ms",
            derive * 1000,
            f"Argon2id alone: t={params.iterations}, {params.memory_kib // 1024} MiB, {params.lanes} lanes",
            note="the key derivation is deliberately slow",
        )
    )


def caseload_and_record(results: Results, ws: object) -> None:
    from PySide6.QtWidgets import QApplication

    from app.caseload import load_caseload
    from app.clients import get_client
    from app.eligibility import explain, local_rules
    from app.settings import Settings
    from ui.app import make_application
    from ui.main_window import MainWindow
    from ui.runner import ImmediateRunner, set_runner

    make_application()
    set_runner(ImmediateRunner())
    folder = ws.paths.folder  # type: ignore[attr-defined]
    window = MainWindow(
        folder, Settings(user_file=folder.parent / "u.ini", machine_file=folder.parent / "m.ini")
    )
    window.resize(1366, 768)
    window.show()
    window._on_unlocked(ws)  # type: ignore[arg-type]
    view = window.workspace_view
    assert view is not None
    keys = [r.search_key for r in load_caseload(ws)]  # type: ignore[arg-type]
    words = ["ah", "ahm", "оле", "محم", "199", "järv"]

    def keystrokes() -> None:
        for w in words:
            view.caseload.search.setText(w)
            QApplication.processEvents()
        view.caseload.search.clear()

    def bare() -> None:
        for w in words:
            [k for k in keys if w in k]

    ui = median_seconds(keystrokes, repeat=5) / (len(words) + 1)
    base = median_seconds(bare, repeat=5) / len(words)
    results.add(
        Figure(
            f"caseload search keystroke ({len(keys)} clients)",
            ui * 1000,
            "ms",
            base * 1000,
            "bare substring scan of the same keys",
            "< 50 ms",
            ui < 0.050,
        )
    )
    rows = view.caseload.model.rows
    ids = [rows[i].id for i in range(0, len(rows), max(1, len(rows) // 10))]
    it = iter(ids * 100)

    def open_one() -> None:
        view.open_client(next(it))
        QApplication.processEvents()

    def read_only() -> None:
        detail = get_client(ws, client_id=next(it))  # type: ignore[arg-type]
        explain(detail, local_rules(ws), on=date.today(), lang="fi")  # type: ignore[arg-type]

    opened = median_seconds(open_one, repeat=9)
    read = median_seconds(read_only, repeat=9)
    results.add(
        Figure(
            "opening a client (read, rules, view)",
            opened * 1000,
            "ms",
            read * 1000,
            "the same read and rules without a view",
            "< 200 ms",
            opened < 0.200,
        )
    )
    window.lock()


def printing(results: Results, ws: object, clients: int) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from sqlalchemy import select

    from app.printing.plan import plan_pdf
    from app.printing.report_pdf import annual_report
    from models import IntegrationPlan

    with ws.session() as s:  # type: ignore[attr-defined]
        ids = list(dict.fromkeys(s.scalars(select(IntegrationPlan.client_id).limit(400))))[:100]

    def minimal_pdf() -> None:
        import io

        c = canvas.Canvas(io.BytesIO(), pagesize=A4)
        for _ in range(3):
            c.drawString(100, 700, "Kotoutumissuunnitelma")
            c.showPage()
        c.save()

    one = median_seconds(lambda: plan_pdf(ws, client_id=ids[0], lang="ar"), repeat=9)  # type: ignore[arg-type]
    base = median_seconds(minimal_pdf, repeat=9)
    results.add(
        Figure(
            "one plan PDF (fi+ar)",
            one * 1000,
            "ms",
            base * 1000,
            "a bare 3-page ReportLab PDF",
            "< 200 ms",
            one < 0.200,
        )
    )
    started = time.perf_counter()
    for i, cid in enumerate(ids):
        plan_pdf(ws, client_id=cid, lang=("en", "ar", "uk", "fa", "so")[i % 5])  # type: ignore[arg-type]
    hundred = time.perf_counter() - started
    results.add(Figure(f"{len(ids)} plan PDFs", hundred, "s", goal="< 10 s", met=hundred < 10))
    today = date.today()
    report = median_seconds(
        lambda: annual_report(ws, start=today - timedelta(days=365), end=today),
        repeat=3,  # type: ignore[arg-type]
    )
    results.add(Figure(f"annual report over {clients} clients", report, "s"))


def _run_seconds(cmd: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, env=env, capture_output=True, check=True, timeout=120)
    return time.perf_counter() - started


BARE_QT = (
    "import sys\nfrom PySide6.QtCore import QTimer\nfrom PySide6.QtWidgets import QApplication, QWidget\n"
    "app = QApplication(sys.argv); w = QWidget(); w.resize(1366, 768); w.show()\n"
    "QTimer.singleShot(0, app.quit); app.exec()\n"
)


def start_up(results: Results, folder: Path) -> None:
    env = {**ENV, "POLKU_EXIT_WHEN_SHOWN": "1"}
    source = [sys.executable, "-m", "ui.main", "--profile", str(folder)]
    value = median_seconds(lambda: _run_seconds(source, env), repeat=5, warmup=1)
    bare = median_seconds(lambda: _run_seconds([sys.executable, "-c", BARE_QT], env), repeat=5, warmup=1)
    results.add(
        Figure(
            "start to unlock screen (from source)",
            value * 1000,
            "ms",
            bare * 1000,
            "an empty Qt window from the same Python",
            "< 1.5 s",
            value < 1.5,
        )
    )
    built = Path(__file__).resolve().parent.parent / "dist" / "polku" / "polku"
    if built.exists():
        value = median_seconds(lambda: _run_seconds([str(built), "--profile", str(folder)], env), repeat=5)
        results.add(
            Figure(
                "start to unlock screen (packaged build)",
                value * 1000,
                "ms",
                bare * 1000,
                "an empty Qt window from source Python",
                "< 3 s",
                value < 3.0,
            )
        )


# VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent across fork and exec, so a child
# started by a big benchmark process would report the parent's peak.
PEAK = "print(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')))\n"
MEMORY = (
    "import sys\nfrom pathlib import Path\n"
    "from app.settings import Settings\nfrom app.workspace import open_workspace\n"
    "from ui.app import make_application\nfrom ui.main_window import MainWindow\n"
    "from ui.runner import ImmediateRunner, set_runner\n"
    "make_application(); set_runner(ImmediateRunner())\n"
    "folder = Path(sys.argv[1]); ws = open_workspace(folder, sys.argv[2], recovery_public_key=None)\n"
    "settings = Settings(user_file=folder.parent / 'u.ini', machine_file=folder.parent / 'm.ini')\n"
    "w = MainWindow(folder, settings)\n"
    "w.show(); w._on_unlocked(ws); v = w.workspace_view; v.open_client(v.caseload.model.rows[0].id)\n" + PEAK
)
BARE_MEMORY = BARE_QT + PEAK


def memory(results: Results, folder: Path, passphrase: str) -> None:
    def peak(cmd: list[str]) -> float:
        out = subprocess.run(cmd, env=ENV, capture_output=True, text=True, check=True, timeout=300).stdout
        return int(out.strip().splitlines()[-1]) / 1024  # KiB -> MiB

    app = peak([sys.executable, "-c", MEMORY, str(folder), passphrase])
    bare = peak([sys.executable, "-c", BARE_MEMORY])
    results.add(Figure("peak memory, app with the profile open", app, "MiB", bare, "an empty Qt window"))
