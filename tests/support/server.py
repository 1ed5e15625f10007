"""``polku-server serve`` in its own process, the one way the tests start it (no tests here): on a free
port of 127.0.0.1, over a data folder or a database URL, ready once ``/healthz`` answers; stopped,
killed and started again on the same port at will. Also the ``polku`` and ``polku-server`` commands run
as a user runs them, in their own processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from tests.support.sync import free_port, wait_until_serving

REPO = Path(__file__).resolve().parents[2]
PASSWORD = "e2e server password"  # of the users the tests make with ``polku-server create-user``
MUNICIPALITIES = ["297", "857", "402", "204", "778", "686"]


def cli_env(tmp: Path, **extra: str) -> dict[str, str]:
    """The environment of a ``polku`` or ``polku-server`` command: logs and the server's data folder
    (its restore-detection key) in the test's folder, never the user's."""
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "POLKU_LOG_DIR": str(tmp / "logs"),
        "POLKU_SERVER_DATA_DIR": str(tmp / "server-data"),
        **extra,
    }


def polku(tmp: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ui.main", *args],
        capture_output=True,
        text=True,
        env=cli_env(tmp, **env),
        timeout=300,
    )


def polku_server(tmp: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sync.server.cli", *args],
        capture_output=True,
        text=True,
        env=cli_env(tmp, **env),
        timeout=120,
    )


@dataclass
class ServerProcess:
    """``polku-server serve`` over ``database_url`` or the database in ``data_dir`` (or where ``env``
    says), with more ``args`` (``--log-level``, TLS...); everything it prints is appended to ``log``."""

    log: Path
    database_url: str | None = None
    data_dir: Path | None = None
    args: Sequence[str] = ()
    env: Mapping[str, str] = field(default_factory=lambda: dict(os.environ))
    port: int = field(default_factory=free_port)
    proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        scheme = "https" if "--ssl-certfile" in self.args else "http"
        return f"{scheme}://127.0.0.1:{self.port}"

    def start(self, *, timeout: float = 120, verify: object = True) -> None:
        """Start it and wait until it answers (``verify``: the TLS context to check its certificate)."""
        self.log.parent.mkdir(parents=True, exist_ok=True)
        argv = [sys.executable, "-m", "sync.server.cli", "serve", "--port", str(self.port)]
        argv += ["--database-url", self.database_url] if self.database_url else []
        argv += ["--data-dir", str(self.data_dir)] if self.data_dir else []
        argv += self.args
        with self.log.open("ab") as sink:
            env = dict(self.env)
            self.proc = subprocess.Popen(argv, stdout=sink, stderr=subprocess.STDOUT, env=env, cwd=REPO)
        wait_until_serving(self.url, self.proc, log=self.log, verify=verify, timeout=timeout)

    def printed(self) -> str:
        return self.log.read_text("utf-8", errors="replace") if self.log.exists() else ""

    def kill(self) -> None:
        """SIGKILL: a crash, no shutdown code runs."""
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(60)
        self.proc = None

    def stop(self) -> None:
        if self.proc is not None:
            if self.proc.poll() is None:
                self.proc.terminate()
            self.proc.wait(60)
            self.proc = None


def start_together(servers: Sequence[ServerProcess], *, timeout: float = 120) -> None:
    """Start several servers at the same moment (as systemd starts units), each awaited; every one
    runs the migrations and start-up checks against the shared database at once."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(len(servers)) as pool:
        for started in [pool.submit(s.start, timeout=timeout) for s in servers]:
            started.result()


@contextmanager
def serving(
    log: Path,
    *args: str,
    database_url: str | None = None,
    data_dir: Path | None = None,
    env: Mapping[str, str] | None = None,
    timeout: float = 120,
) -> Iterator[ServerProcess]:
    """A started server, stopped afterwards whatever happened."""
    server = ServerProcess(log, database_url, data_dir, args, dict(os.environ) if env is None else env)
    try:
        server.start(timeout=timeout)
        yield server
    finally:
        server.stop()
