"""Finnish and Swedish are complete: every text of the UI is translated and compiled."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_every_text_is_translated(lang: str) -> None:
    tree = ET.parse(I18N / f"polku_{lang}.ts")
    untranslated = [
        m.findtext("source")
        for m in tree.getroot().iter("message")
        if (t := m.find("translation")) is None
        or t.get("type") in ("unfinished",)
        or not (t.text or "").strip()
    ]
    assert untranslated == [], f"untranslated in {lang}: run `make translations` and translate"


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_compiled_file_matches_the_translations(lang: str, tmp_path: Path) -> None:
    if not LRELEASE.exists():
        pytest.skip("pyside6-lrelease not installed")
    shutil.copy(I18N / f"polku_{lang}.ts", tmp_path / "x.ts")
    subprocess.run(
        [str(LRELEASE), str(tmp_path / "x.ts"), "-qm", str(tmp_path / "x.qm")],
        check=True,
        capture_output=True,
    )
    assert (tmp_path / "x.qm").read_bytes() == (I18N / f"polku_{lang}.qm").read_bytes(), (
        "run `make translations`"
    )


def test_every_tr_text_in_ui_is_in_the_translation_files() -> None:
    """lupdate finds nothing new: a text added to ui/ without `make translations` fails here."""
    sources = {m.findtext("source") for m in ET.parse(I18N / "polku_fi.ts").getroot().iter("message")}
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate not installed")
    ui = sorted(str(p) for p in (I18N.parent.parent / "ui").glob("*.py"))
    out = I18N.parent.parent / ".pytest_cache" / "lupdate_check.ts"
    out.parent.mkdir(exist_ok=True)
    out.unlink(missing_ok=True)
    subprocess.run([str(lupdate), *ui, "-ts", str(out)], check=True, capture_output=True)
    found = {m.findtext("source") for m in ET.parse(out).getroot().iter("message")}
    assert sorted(found - sources) == []
