"""The scriptable commands of ``polku`` (IT, tests and benchmarks use them). No Qt here: the GUI
and the Qt part of the self-test are added by ``ui.main``, which owns the entry point.

Exit codes: 0 success, 1 a check failed, 2 an error a person can act on (message on stderr),
3 an unexpected error (details in the log file, never on screen).
"""

from __future__ import annotations

import argparse
import getpass
import importlib
import logging
import os
import sys
import time
from collections.abc import Callable
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from platformdirs import user_data_dir

from app.errors import PolkuError, ProfileNotFound
from app.selftest import Check, run_checks

log = logging.getLogger(__name__)

EXIT_OK, EXIT_CHECK_FAILED, EXIT_ERROR, EXIT_UNEXPECTED = 0, 1, 2, 3


def polku_version() -> str:
    try:
        return version("polku")
    except PackageNotFoundError:  # running from a source tree without installing
        return "0+source"


def default_profile() -> Path:
    return Path(user_data_dir("Polku", appauthor=False)) / "profile"


def read_secret(env: str, prompt: str) -> str:
    """A secret from the environment variable, else the first line of stdin (a prompt on a tty)."""
    value = os.environ.get(env)
    if value is not None:
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    if not line:
        raise PolkuError(f"No passphrase given: set {env} or write it on standard input.")
    return line.rstrip("\r\n")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="polku", description="Polku: integration counselling.")
    parser.add_argument("--version", action="version", version=f"polku {polku_version()}")
    parser.add_argument("--profile", type=Path, default=None, help="profile folder")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("run", help="open the desktop app (the default)")
    selftest = sub.add_parser("self-test", help="check that this installation works")
    selftest.add_argument("--profile", type=Path, default=None, help="the profile whose file modes to check")
    selftest.add_argument("--report", type=Path, default=None, help="also write the results to this file")

    demo = sub.add_parser("demo-data", help="create or extend a profile with synthetic clients")
    demo.add_argument("--profile", type=Path, default=None)
    demo.add_argument("--clients", type=int, required=True)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--user", default="demo.ohjaaja", help="counsellor name for a new profile")

    listing = sub.add_parser("list-clients", help="one line per client: id, municipality, name")
    listing.add_argument("--profile", type=Path, default=None)
    listing.add_argument("--municipality", default=None)
    listing.add_argument("--search", default=None)

    diag = sub.add_parser(
        "diagnostics", help="write a support zip (versions, config, log tail; no personal data)"
    )
    diag.add_argument("--out", type=Path, required=True)
    diag.add_argument("--profile", type=Path, default=None)

    keygen = sub.add_parser("recovery-keygen", help="administrator: make the organisation recovery key pair")
    keygen.add_argument("--private-out", type=Path, required=True, help="keep offline (password from stdin)")
    keygen.add_argument("--public-out", type=Path, required=True, help="give to IT for every laptop")
    recover = sub.add_parser("recover", help="set a new passphrase with the organisation recovery key")
    recover.add_argument("--profile", type=Path, default=None)
    recover.add_argument("--recovery-key", type=Path, required=True, help="the private key file (PEM)")

    shots = sub.add_parser("screenshots", help="render the main views with demo data to PNG files")
    shots.add_argument("--out", type=Path, required=True)
    shots.add_argument("--lang", default="fi", choices=["fi", "sv", "en"])

    change = sub.add_parser("change-passphrase", help="new passphrase (POLKU_NEW_PASSPHRASE or stdin)")
    change.add_argument("--profile", type=Path, default=None)

    enroll = sub.add_parser("enroll", help="enroll with a sync server (POLKU_PASSWORD or stdin)")
    enroll.add_argument("--profile", type=Path, default=None)
    enroll.add_argument("--server", required=True, help="server URL, e.g. https://polku.example.fi")
    enroll.add_argument("--username", required=True)
    enroll.add_argument(
        "--device-name", default=None, help="how IT tells this laptop apart (default: the computer's name)"
    )
    sync = sub.add_parser("sync", help="push local changes and pull the caseload")
    sync.add_argument("--profile", type=Path, default=None)
    from app.print_commands import add_print_parsers  # print and report

    add_print_parsers(sub)
    return parser


def _profile(args: argparse.Namespace) -> Path:
    return Path(args.profile) if args.profile else default_profile()


def cmd_self_test(args: argparse.Namespace, extra: tuple[Check, ...]) -> int:
    results = run_checks(extra, profile=_profile(args))
    lines = [f"[{'ok' if r.ok else 'FAIL'}] {r.name}: {r.detail}" for r in results]
    ok = all(r.ok for r in results)
    lines.append(f"self-test {'passed' if ok else 'FAILED'} (polku {polku_version()})")
    if args.report is not None:
        # For the Windows installer, which shows this file when the check fails: written in UTF-8
        # by the program itself (a redirected console would use the ANSI code page).
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for line in lines:
        print(line)
    return EXIT_OK if ok else EXIT_CHECK_FAILED


def cmd_diagnostics(args: argparse.Namespace, extra: tuple[Check, ...]) -> int:
    from app.diagnostics import write_diagnostics

    out = write_diagnostics(args.out, version=polku_version(), profile=_profile(args), extra_checks=extra)
    print(f"Diagnostics written to {out}")
    return EXIT_OK


def cmd_demo_data(args: argparse.Namespace) -> int:
    from app.demo import generate_demo_data
    from app.workspace import create_workspace, open_workspace

    if args.clients < 0:
        raise PolkuError("--clients must be zero or more.")
    folder = _profile(args)
    passphrase = read_secret("POLKU_PASSPHRASE", "Passphrase: ")
    started = time.perf_counter()
    try:
        ws = open_workspace(folder, passphrase)
    except ProfileNotFound:
        ws = create_workspace(folder, passphrase, user=args.user)
    try:
        rows = generate_demo_data(ws, clients=args.clients, seed=args.seed)
    finally:
        ws.close()
    elapsed = time.perf_counter() - started
    print(f"{args.clients} demo clients, {rows} rows written in {elapsed:.1f} s: {folder}")
    log.info("demo-data: %d clients, %d rows, %.1f s", args.clients, rows, elapsed)
    return EXIT_OK


def cmd_list_clients(args: argparse.Namespace) -> int:
    from app.clients import list_clients
    from app.workspace import open_workspace

    ws = open_workspace(_profile(args), read_secret("POLKU_PASSPHRASE", "Passphrase: "))
    try:
        rows = list_clients(ws, municipality=args.municipality, search=args.search, view="cli")
    finally:
        ws.close()
    out = sys.stdout
    for r in rows:
        out.write(f"{r.id}\t{r.home_municipality}\t{r.first_names} {r.last_name}\n")
    log.info("list-clients: %d rows", len(rows))
    return EXIT_OK


def cmd_recovery_keygen(args: argparse.Namespace) -> int:
    from app.store.files import write_atomically
    from app.store.recovery import fingerprint, generate_keypair

    for path in (args.private_out, args.public_out):
        if path.exists():
            raise PolkuError(f"{path} exists already; nothing was overwritten.")
    private_pem, public_pem = generate_keypair(
        read_secret("POLKU_RECOVERY_PASSWORD", "Recovery key password: ")
    )
    write_atomically(args.private_out, private_pem)
    write_atomically(args.public_out, public_pem)
    mark = fingerprint(public_pem)
    print(f"Recovery key {mark}: keep {args.private_out} offline; give {args.public_out} to IT.")
    return EXIT_OK


def cmd_recover(args: argparse.Namespace) -> int:
    from app.store.recovery import recover_profile

    try:
        private_pem = args.recovery_key.read_bytes()
    except OSError as exc:
        raise PolkuError(f"Cannot read {args.recovery_key}: {exc.strerror or exc}") from exc
    password = read_secret("POLKU_RECOVERY_PASSWORD", "Recovery key password: ")
    new = read_secret("POLKU_NEW_PASSPHRASE", "New passphrase: ")
    recover_profile(_profile(args), private_pem=private_pem, password=password, new_passphrase=new)
    print("A new passphrase is set; the data and unsynced changes are as they were.")
    return EXIT_OK


def cmd_change_passphrase(args: argparse.Namespace) -> int:
    from app.store.profile import change_passphrase

    old = read_secret("POLKU_PASSPHRASE", "Current passphrase: ")
    new = read_secret("POLKU_NEW_PASSPHRASE", "New passphrase: ")
    change_passphrase(_profile(args), old, new)
    print("Passphrase changed.")
    return EXIT_OK


def _lazy(module: str, name: str) -> Callable[[argparse.Namespace], int]:
    """A command from a module imported only when it runs: those modules import this one, and the
    printing and sync libraries need not load for the other commands."""
    function: Callable[[argparse.Namespace], int] = getattr(importlib.import_module(module), name)
    return function


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo-data": cmd_demo_data,
    "list-clients": cmd_list_clients,
    "change-passphrase": cmd_change_passphrase,
    "recovery-keygen": cmd_recovery_keygen,
    "recover": cmd_recover,
    "enroll": lambda args: _lazy("app.sync_commands", "cmd_enroll")(args),
    "sync": lambda args: _lazy("app.sync_commands", "cmd_sync")(args),
    "print": lambda args: _lazy("app.print_commands", "cmd_print")(args),
    "report": lambda args: _lazy("app.print_commands", "cmd_report")(args),
}


def run_command(args: argparse.Namespace, *, qt_checks: tuple[Check, ...] = ()) -> int:
    """Run one non-GUI command, turning every error into a message and an exit code."""
    from app.logs import safe_traceback, setup_logging

    log_path = setup_logging()
    try:
        if args.command == "self-test":
            return cmd_self_test(args, qt_checks)
        if args.command == "diagnostics":
            return cmd_diagnostics(args, qt_checks)
        return COMMANDS[args.command](args)
    except PolkuError as exc:
        log.warning("%s failed: %s", args.command, type(exc).__name__)
        print(f"polku: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("polku: interrupted", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:
        log.error("unexpected error in %s\n%s", args.command, safe_traceback(exc))
        print(f"polku: unexpected error; details are in {log_path}", file=sys.stderr)
        return EXIT_UNEXPECTED
