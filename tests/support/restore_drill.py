"""The restore drill (issue 18): the server's backup and restore procedure rehearsed end to end on
PostgreSQL, with a real ``polku-server serve`` process, real encrypted laptops that sync over HTTP,
a real ``pg_dump`` and ``pg_restore``, and the ``polku-server`` commands run as an operator runs
them. ``tests/sync/server/test_restore_drill.py`` runs it; an operator runs it on the server host
(it makes and drops databases of its own, with unique names, and touches no other)::

    make restore-drill                                   # or:
    .venv/bin/python -m tests.support.restore_drill --laptops 6 --admin-url postgresql+psycopg://...

The procedure (``run``): laptops edit and sync all the time; ``polku-server mark-backup`` right
before ``pg_dump --format=custom``, while they keep syncing; they go on editing and syncing after
the backup; then the server is lost, the laptops edit offline, the dump is restored with
``pg_restore`` into a NEW database, ``polku-server new-epoch`` is run on it before the server
starts, and every laptop syncs. Checked: the restored database lacked edits the laptops had synced
after the backup (so the drill tested something), and afterwards the server holds the newest value
of every edit every laptop made, its rows are exactly the union of the laptops' rows, every laptop
equals the server, every outbox entry is answered ``applied`` or ``merged``, no conflict.

``run_older`` shows what a restore from a backup older than the last ``mark-backup`` costs, and that
restoring the newest backup afterwards repairs it.
"""

from __future__ import annotations

import argparse
import logging
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

from app.sync_service import SyncProblem
from bench.load_setup import pg_admin_url, pg_reachable, postgres_database
from tests.support.busy_laptops import (
    Busy,
    Outcome,
    StepFailed,
    missing_on_server,
    new_laptops,
    newest,
    outcome,
    sync_all,
)
from tests.support.server import ServerProcess, cli_env, polku_server
from tests.support.sync import local_view

Say = Callable[[str], None]


class DrillUnavailable(Exception):
    """The drill cannot run here (no PostgreSQL, no pg_dump): a reason, not a failure."""


# -- the tools -----------------------------------------------------------------------------------


def pg_tool(name: str) -> str:
    """``pg_dump``/``pg_restore`` on PATH, or in Debian's versioned folder (newest first)."""
    found = shutil.which(name)
    if found:
        return found
    for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (folder / name).is_file():
            return str(folder / name)
    raise DrillUnavailable(f"{name} is not installed (Debian/Ubuntu: apt-get install postgresql-client)")


def unavailable(admin_url: str | None = None) -> str | None:
    """Why the drill cannot run here, or None."""
    try:
        pg_tool("pg_dump")
        pg_tool("pg_restore")
    except DrillUnavailable as exc:
        return str(exc)
    url = admin_url or pg_admin_url()
    if not pg_reachable(url):
        return f"PostgreSQL is not reachable at {make_url(url).render_as_string()}"
    return None


def _libpq(url: str) -> tuple[str, dict[str, str]]:
    """A SQLAlchemy URL as libpq's (for pg_dump/pg_restore); the password goes in the environment,
    never on a command line other users can read."""
    u = make_url(url)
    env = {**os.environ, **({"PGPASSWORD": u.password} if u.password else {})}
    return u.set(drivername="postgresql", password=None).render_as_string(hide_password=False), env


def _run(argv: list[str], env: dict[str, str], what: str) -> float:
    started = time.monotonic()
    done = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=600)
    if done.returncode != 0:
        raise StepFailed(f"{what} exited {done.returncode}: {done.stderr.strip()[-2000:]}")
    return time.monotonic() - started


def pg_dump(url: str, dump: Path) -> float:
    """The backup: one consistent snapshot in PostgreSQL's custom format (compressed, restorable
    table by table). Returns the seconds it took."""
    dsn, env = _libpq(url)
    return _run([pg_tool("pg_dump"), "--format=custom", f"--file={dump}", f"--dbname={dsn}"], env, "pg_dump")


def pg_restore(dump: Path, url: str) -> float:
    """The restore into an empty database, all or nothing (``--single-transaction``, as the server
    guide does it); ``--no-owner``: the objects belong to the role restoring (the guide's roles and
    ``deploy/postgresql/database.sql`` are not used here)."""
    dsn, env = _libpq(url)
    argv = [pg_tool("pg_restore"), "--no-owner", "--exit-on-error", "--single-transaction"]
    argv += [f"--dbname={dsn}", str(dump)]
    return _run(argv, env, "pg_restore")


# -- the server and its commands -----------------------------------------------------------------


class Drill:
    """One drill's folder, PostgreSQL server and ``polku-server`` process (one port throughout, so
    the laptops find the restored server where they found the old one)."""

    def __init__(self, folder: Path, admin_url: str, stack: ExitStack, say: Say) -> None:
        self.folder = folder
        self.admin_url = admin_url
        self.stack = stack
        self.say = say
        # Everything of the drill's servers in its folder, whatever the operator's environment says
        # (a live server's key file or database are never touched).
        self.own = {
            "POLKU_SERVER_THROTTLE_BASE_SECONDS": "0",
            "POLKU_SERVER_RESTORE_KEY_FILE": str(folder / "server-data" / "restore-detection.key"),
        }
        self.env = cli_env(folder, **self.own)
        self.env.pop("POLKU_SERVER_DATABASE_URL", None)
        self.server: ServerProcess | None = None
        self.port = 0
        self.backup_span = (0.0, 0.0)

    def new_database(self) -> str:
        return self.stack.enter_context(postgres_database(self.admin_url, prefix="polku_drill"))

    def command(self, url: str, *args: str) -> str:
        """``polku-server --database-url URL ARGS`` as the operator runs it; its answer."""
        done = polku_server(self.folder, "--database-url", url, *args, **self.own)
        if done.returncode != 0:
            raise StepFailed(f"polku-server {args[0]} exited {done.returncode}: {done.stderr.strip()}")
        return done.stdout.strip()

    def serve(self, url: str) -> ServerProcess:
        self.stop()
        server = ServerProcess(
            self.folder / "server.log", url, None, ("--log-level", "warning"), self.env, **self._port()
        )
        server.start()
        self.port = server.port
        self.server = server
        return server

    def _port(self) -> dict[str, int]:
        return {"port": self.port} if self.port else {}

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None

    def backup(self, url: str, name: str) -> Path:
        """``polku-server mark-backup`` right before ``pg_dump``, as the server guide says; the span
        from the mark to the end of the dump is kept in ``backup_span``."""
        started = time.monotonic()
        answer = self.command(url, "mark-backup")
        dump = self.folder / f"{name}.dump"
        seconds = pg_dump(url, dump)
        self.backup_span = (started, time.monotonic())
        self.say(f"  mark-backup: {answer!r}; pg_dump {dump.stat().st_size:,} bytes in {seconds:.1f} s")
        return dump

    def restore(self, dump: Path) -> str:
        """Into a new database; ``new-epoch`` before the server starts on it."""
        url = self.new_database()
        seconds = pg_restore(dump, url)
        answer = self.command(url, "new-epoch")
        self.say(f"  pg_restore into {make_url(url).database} in {seconds:.1f} s; new-epoch: {answer!r}")
        return url


# -- the drill -----------------------------------------------------------------------------------


@dataclass
class DrillResult:
    laptops: int
    edits: int
    edits_after_backup: int  # made after the dump was complete (synced to the old server, or offline)
    syncs_during_backup: int  # syncs running at some moment between mark-backup and the dump's end
    lost_by_restore: int  # newest values the restored database lacked before the laptops came back
    re_sent: int  # outbox entries the laptops sent again after the restore
    epoch_noticed: int  # laptops whose first sync after the restore saw the new epoch
    sync_failures: list[str]
    seconds: float
    end: Outcome

    def lines(self) -> list[str]:
        e = self.end
        return [
            f"laptops {self.laptops}, edits {self.edits} ({self.edits_after_backup} after the backup), "
            f"{self.syncs_during_backup} syncs ran during mark-backup and pg_dump",
            f"the restored database lacked {self.lost_by_restore} of the laptops' newest values; "
            f"the laptops re-sent {self.re_sent} changes; {self.epoch_noticed} of {self.laptops} "
            "noticed the new epoch",
            f"after the restore: {len(e.missing)} edits missing, {len(e.diverged)} laptops differ from "
            f"the server, {e.not_union} rows not in both, unanswered {sum(e.unanswered.values())}, "
            f"answers {dict(e.statuses)}, open conflicts {e.open_conflicts}",
            f"sync failures while busy: {len(self.sync_failures)}; {self.seconds:.0f} s in all",
        ]


def run(
    folder: Path,
    *,
    laptops: int = 3,
    clients: int = 4,
    syncs: int = 2,
    admin_url: str | None = None,
    say: Say = lambda _line: None,
) -> DrillResult:
    """The drill; ``syncs``: how many syncs each laptop makes before, during and after the backup."""
    reason = unavailable(admin_url)
    if reason:
        raise DrillUnavailable(reason)
    started = time.monotonic()
    with ExitStack() as stack:
        drill = Drill(folder, admin_url or pg_admin_url(), stack, say)
        stack.callback(drill.stop)
        url = drill.new_database()
        server = drill.serve(url)
        say(f"1. polku-server serve on the new database {make_url(url).database}, {server.url}")
        laps = new_laptops(folder, url, server.url, laptops, clients)
        for lap in laps:
            stack.callback(lap.ws.close)
            lap.sync()
        say(f"2. {laptops} laptops enrolled and synced, {clients} clients each")
        with Busy(laps) as busy:
            busy.wait("before", syncs)
            say("3. laptops edit and sync all the time; the backup, while they do:")
            busy.phase = "backup"
            dump = drill.backup(url, "backup")
            busy.phase = "after"
            busy.wait("after", syncs)
        say(f"4. every laptop edited and synced {syncs}+ times after the backup")
        drill.stop()
        for lap in laps:
            lap.edit(2, "offline")
        say("5. the server is lost; the laptops edit on, offline")
        restored = drill.restore(dump)
        lost = len(missing_on_server(restored, newest(laps)))
        drill.serve(restored)
        say(f"6. the server runs on the restored database; it lacks {lost} of the laptops' newest values")
        first = [lap.sync() for lap in random.sample(laps, len(laps))]
        sync_all(laps)
        end = outcome(restored, laps)
        result = DrillResult(
            laptops=laptops,
            edits=sum(len(lap.edits) for lap in laps),
            edits_after_backup=sum(
                1 for lap in laps for phase, _e in lap.edits if phase in ("after", "offline")
            ),
            syncs_during_backup=sum(
                1
                for lap in laps
                for start, end in lap.spans
                if start < drill.backup_span[1] and end > drill.backup_span[0]
            ),
            lost_by_restore=lost,
            re_sent=sum(r.pushed for r in first),
            epoch_noticed=sum(1 for r in first if r.epoch_changed),
            sync_failures=[f"{lap.user} {f}" for lap in laps for f in lap.failed],
            seconds=time.monotonic() - started,
            end=end,
        )
    for line in result.lines():
        say("   " + line)
    return result


@dataclass
class OlderResult:
    """A restore from the backup before the last mark, then from the newest backup."""

    stopped: dict[str, str]  # laptop -> the error its sync stopped with on the older restore
    lacked: int  # newest values made after the older backup that the older restore lacks
    lacked_pruned: int  # of those, changes the laptops had already forgotten (pruned) from their outbox
    held_on_laptops: bool  # every laptop still shows its own newest values
    end: Outcome  # after restoring the newest backup


def run_older(
    folder: Path,
    *,
    laptops: int = 2,
    clients: int = 3,
    admin_url: str | None = None,
    say: Say = lambda _l: None,
) -> OlderResult:
    """Backup 1; edits; backup 2 (the last mark); the laptops sync, so they forget what backup 2
    holds; more edits; then backup 1 is restored by mistake, and then backup 2."""
    reason = unavailable(admin_url)
    if reason:
        raise DrillUnavailable(reason)
    with ExitStack() as stack:
        drill = Drill(folder, admin_url or pg_admin_url(), stack, say)
        stack.callback(drill.stop)
        url = drill.new_database()
        server = drill.serve(url)
        laps = new_laptops(folder, url, server.url, laptops, clients)
        for lap in laps:
            stack.callback(lap.ws.close)
            lap.sync()
        say("1. the older backup")
        older = drill.backup(url, "older")
        for lap in laps:
            lap.edit(3, "between")
            lap.sync()
        say("2. the newer backup (the last mark); the laptops sync and forget what it holds")
        newer = drill.backup(url, "newer")
        for lap in laps:
            lap.edit(3, "last")
            lap.sync()
        drill.stop()
        say("3. the OLDER backup is restored")
        restored = drill.restore(older)
        pruned = len(missing_on_server(restored, newest(laps, {"between"})))
        drill.serve(restored)
        stopped = {}
        for lap in laps:
            try:
                lap.sync()
            except SyncProblem as exc:
                stopped[lap.user] = str(exc)
        lacked = len(missing_on_server(restored, newest(laps, {"between", "last"})))
        held = all(
            local_view(lap.ws).get(key[:2], {}).get(key[2]) == value
            for lap in laps
            for key, value in newest([lap]).items()
        )
        say(f"   {len(stopped)} of {laptops} laptops stopped; the server lacks {lacked} newest values")
        drill.stop()
        say("4. the newest backup is restored instead")
        newest_url = drill.restore(newer)
        drill.serve(newest_url)
        sync_all(laps, rounds=3)
        end = outcome(newest_url, laps)
    return OlderResult(stopped, lacked, pruned, held, end)


# -- the operator's command ----------------------------------------------------------------------


@contextmanager
def _folder(keep: Path | None) -> Iterator[Path]:
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        yield keep
        return
    with tempfile.TemporaryDirectory(prefix="polku-drill-") as tmp:
        yield Path(tmp)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="restore-drill", description=__doc__.split("\n\n")[0])
    parser.add_argument("--laptops", type=int, default=4)
    parser.add_argument("--clients", type=int, default=5, help="clients each laptop makes")
    parser.add_argument("--syncs", type=int, default=3, help="syncs per laptop before and after the backup")
    parser.add_argument("--admin-url", default=None, help="PostgreSQL to make the drill's databases in")
    parser.add_argument("--older", action="store_true", help="also restore a backup older than the last mark")
    parser.add_argument("--keep", type=Path, default=None, help="keep the laptops, dumps and logs here")
    args = parser.parse_args(argv)
    logging.getLogger("sync").setLevel(logging.ERROR)  # the laptops' "epoch changed" notes: expected here
    say: Say = lambda line: print(line, flush=True)  # noqa: E731
    try:
        with _folder(args.keep) as folder:
            result = run(
                folder / "drill", laptops=args.laptops, clients=args.clients, syncs=args.syncs,
                admin_url=args.admin_url, say=say,
            )  # fmt: skip
            ok = result.end.lost_nothing and result.lost_by_restore > 0
            if args.older:
                older = run_older(folder / "older", admin_url=args.admin_url, say=say)
                say(f"   older backup: stopped {sorted(older.stopped)}; after the newest backup: "
                    f"{'nothing lost' if older.end.lost_nothing else 'LOSS'}")  # fmt: skip
                ok = ok and older.end.lost_nothing
    except DrillUnavailable as exc:
        print(f"restore-drill: cannot run here: {exc}", file=sys.stderr)
        return 2
    except StepFailed as exc:
        print(f"restore-drill: a step failed: {exc}", file=sys.stderr)
        return 1
    print("restore drill: PASSED, nothing lost" if ok else "restore drill: FAILED, see above")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
