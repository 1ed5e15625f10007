"""``polku print`` and ``polku report``: printed documents from the command line.

The passphrase comes from ``POLKU_PASSPHRASE`` or stdin like every other command (``app.cli``).
Log lines name the document kind and sizes only, never a client.
"""

from __future__ import annotations

import argparse
import logging
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import PolkuError

if TYPE_CHECKING:
    from app.printing.documents import Format
    from app.workspace import Workspace

log = logging.getLogger(__name__)
DOCUMENTS = ("plan", "assessment", "extract")  # app.printing.documents.KINDS, without loading ReportLab


def add_print_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    printing = sub.add_parser("print", help="print a client's plan, assessment or data extract to a file")
    printing.add_argument("--profile", type=Path, default=None)
    printing.add_argument("--client", required=True, help="client id")
    printing.add_argument("--document", required=True, choices=DOCUMENTS)
    printing.add_argument(
        "--lang",
        default=None,
        help="the second language after Finnish (default: the client's own, or English when there are no "
        "texts in it; the command says which)",
    )
    printing.add_argument("--plan", default=None, help="plan version id (default: the newest)")
    printing.add_argument(
        "--copy",
        choices=("client", "office"),
        default="client",
        help="plan: the client's copy, or the office copy that lists the rule findings and reasons",
    )
    printing.add_argument("--assessment", default=None, help="assessment id (default: the newest)")
    printing.add_argument("--out", type=Path, required=True, help="PDF file (extract: .pdf or .json)")

    report = sub.add_parser("report", help="the annual report for the welfare group (PDF and CSV)")
    report.add_argument("--profile", type=Path, default=None)
    report.add_argument("--from", dest="start", type=date.fromisoformat, required=True, help="YYYY-MM-DD")
    report.add_argument("--to", dest="end", type=date.fromisoformat, required=True, help="YYYY-MM-DD")
    report.add_argument("--out", type=Path, required=True, help="PDF file; the CSV goes beside it")
    report.add_argument(
        "--municipality",
        default=None,
        help="one home municipality's code (e.g. 857), for its follow-up meeting",
    )
    report.add_argument("--lang", default="fi", choices=("fi", "sv", "en"), help="language of the report")


def _write(path: Path, data: bytes) -> None:
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise PolkuError(
            f"Cannot write {path}: {exc.strerror or exc}", code="cannot_write", params={"path": path}
        ) from exc


def _languages_line(ws: Workspace, client_id: str, lang: str | None, document: str) -> str:
    """What a plan or assessment prints in, in the words the print dialog uses (English); empty for
    the extract (it keeps its own choice) or a client who is not there (the print says so)."""
    from app.printing.common import preferred_languages
    from app.printing.texts import print_sentence, translator

    if document not in ("plan", "assessment"):
        return ""
    if lang is not None:
        translator(lang)  # an unknown --lang is an error before anything is said or printed
    known = preferred_languages(ws, [client_id])
    return print_sentence(known[client_id], lang, document) if client_id in known else ""


def cmd_print(args: argparse.Namespace) -> int:
    from app.cli import EXIT_OK, _profile, read_secret
    from app.printing.documents import make_document
    from app.workspace import open_workspace

    suffix = args.out.suffix.lower()
    if args.document == "extract" and suffix not in (".pdf", ".json"):
        raise PolkuError("--out must end in .pdf or .json for an extract.")
    fmt: Format = "json" if args.document == "extract" and suffix == ".json" else "pdf"
    ws = open_workspace(_profile(args), read_secret("POLKU_PASSPHRASE", "Passphrase: "))
    try:
        line = _languages_line(ws, args.client, args.lang, args.document)
        if line:  # said before printing, never a silent fallback
            print(line, file=sys.stderr)
        data = make_document(
            ws,
            args.client,
            args.document,
            lang=args.lang,
            plan_id=args.plan,
            copy=args.copy,
            assessment_id=args.assessment,
            fmt=fmt,
        )
    finally:
        ws.close()
    _write(args.out, data)
    print(f"{args.document}: {len(data)} bytes written to {args.out}")
    log.info("print %s: %d bytes", args.document, len(data))
    return int(EXIT_OK)


def cmd_report(args: argparse.Namespace) -> int:
    from app.cli import EXIT_OK, _profile, read_secret
    from app.printing.report_pdf import annual_report
    from app.workspace import open_workspace

    csv_path = args.out.with_suffix(".csv")
    ws = open_workspace(_profile(args), read_secret("POLKU_PASSPHRASE", "Passphrase: "))
    try:
        report = annual_report(
            ws,
            start=args.start,
            end=args.end,
            csv_name=csv_path.name,
            municipality=args.municipality,
            lang=args.lang,
        )
    finally:
        ws.close()
    _write(args.out, report.pdf)
    _write(csv_path, report.csv)
    print(f"report {args.start}..{args.end}: {args.out} and {csv_path}", file=sys.stdout)
    log.info("report: %d clients served, %d bytes", report.figures.clients_served, len(report.pdf))
    return int(EXIT_OK)
