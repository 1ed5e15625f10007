"""``polku print`` and ``polku report``, the temporary files the UI prints through, and the texts file."""

from __future__ import annotations

import json
import os
import re
import time
from pathlib import Path

import pytest

from app.cli import build_parser, run_command
from app.printing.tempfiles import PREFIX, remove_stale_documents, temporary_document
from app.printing.texts import BASE, languages, load_texts
from app.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.support.printing import make_client, make_plan, pages_text

REQUIRED = ("fi", "en", "sv", "ar", "fa", "ru", "uk", "so")


def _run(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setenv("POLKU_PASSPHRASE", PASSPHRASE)
    return run_command(build_parser().parse_args(argv))


def test_print_and_report_commands(
    workspace: Workspace, profile_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = make_client(workspace)
    make_plan(workspace, client)
    base = ["--profile", str(profile_dir), "--client", client]
    plan = tmp_path / "plan.pdf"
    assert _run(["print", *base, "--document", "plan", "--lang", "uk", "--out", str(plan)], monkeypatch) == 0
    assert "План інтеграції" in " ".join(pages_text(plan.read_bytes()))
    extract = tmp_path / "extract.json"
    assert _run(["print", *base, "--document", "extract", "--out", str(extract)], monkeypatch) == 0
    assert json.loads(extract.read_text(encoding="utf-8"))["client"]["id"] == client
    bad = ["print", *base, "--document", "extract", "--out", str(tmp_path / "x.txt")]
    assert _run(bad, monkeypatch) == 2
    missing = ["print", *base, "--document", "assessment", "--out", str(tmp_path / "a.pdf")]
    assert _run(missing, monkeypatch) == 2  # the client has no assessment: a message, not a crash
    report = tmp_path / "vuosi.pdf"
    argv = [
        "report",
        "--profile",
        str(profile_dir),
        "--from",
        "2025-01-01",
        "--to",
        "2025-12-31",
        "--out",
        str(report),
    ]
    assert _run(argv, monkeypatch) == 0
    assert report.read_bytes().startswith(b"%PDF") and (tmp_path / "vuosi.csv").exists()
    logs = "".join(p.read_text(encoding="utf-8") for p in Path(os.environ["POLKU_LOG_DIR"]).glob("*.log*"))
    assert "Haddad" not in logs and "Amina" not in logs


def test_temporary_document_is_removed(tmp_path: Path) -> None:
    with temporary_document(b"%PDF-1.4 test", name="plan") as path:
        assert path.read_bytes() == b"%PDF-1.4 test"
    assert not path.exists() and not path.parent.exists()
    with pytest.raises(RuntimeError), temporary_document(b"x") as path:
        raise RuntimeError("print failed")
    assert not path.exists()
    old = tmp_path / f"{PREFIX}old"
    old.mkdir()
    (old / "plan.pdf").write_bytes(b"x")
    os.utime(old, (time.time() - 3 * 86400,) * 2)
    (tmp_path / f"{PREFIX}new").mkdir()
    assert remove_stale_documents(root=tmp_path) == 1 and not old.exists()


def _keys(table: object, prefix: str = "") -> dict[str, object]:
    if not isinstance(table, dict):
        return {prefix: table}
    out: dict[str, object] = {}
    for key, value in table.items():
        out.update(_keys(value, f"{prefix}.{key}" if prefix else key))
    return out


def test_every_language_has_every_text() -> None:
    texts = load_texts()
    assert set(REQUIRED) <= set(languages())
    base = {k: v for k, v in _keys(texts[BASE]).items() if not k.startswith("report.")}
    for lang in [x for x in languages() if x != BASE]:  # every table in the file, not only the required
        own = _keys(texts[lang])
        missing = sorted(k for k in base if k not in own)
        assert not missing, (lang, missing)
        for key, value in base.items():  # the same {placeholders} and number of rights paragraphs
            if isinstance(value, str):
                assert set(re.findall(r"{\w+}", value)) == set(re.findall(r"{\w+}", str(own[key]))), (
                    lang,
                    key,
                )
        assert len(own["rights.paragraphs"]) == len(base["rights.paragraphs"])  # type: ignore[arg-type]
