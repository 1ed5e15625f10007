"""Print languages and their fonts: every language of resources/print/texts.toml prints a plan with its
own texts, every character of every text has a glyph in the font the renderer picks (read from the font
file's cmap with fontTools, independently of ReportLab), every table has the keys [en] has, and the
glyph substitutes for Thai and Kurdish Sorani are drawn without overprinting and read back as text."""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator
from functools import cache
from importlib.resources import as_file, files
from typing import Any

import pytest
from fontTools.ttLib import TTFont

import models.enums
from app.printing import fonts, glyph_forms
from app.printing.bidi import has_rtl, shape
from app.printing.plan import plan_pdf
from app.printing.texts import BASE, language_names, languages, load_texts, translator
from app.workspace import Workspace
from models.reference import LANGS, default_reference
from tests.support.printing import make_client, make_plan, norm, pages_text

# Issue 15: the seed's service languages and the caseload's largest groups (codes of the reference data).
REQUIRED = ("fi", "sv", "en", "ar", "fa", "prs", "ckb", "so", "ru", "uk", "et", "vi", "zh", "es", "th", "ti")
# A client name in each script, so that names print through the same fonts as the texts.
NAMES = {
    "et": ("Triin", "Kõiv"),
    "vi": ("Thị Hương", "Nguyễn"),
    "es": ("José", "Muñoz"),
    "zh": ("秀英", "王"),
    "th": ("สมชาย", "ใจดี"),
    "ti": ("ሰላም", "ተስፋይ"),
    "prs": ("احمد", "رحیمی"),
    "ckb": ("هێمن", "ڕەشید"),
}


def _flat(table: Any, prefix: str = "") -> dict[str, Any]:
    if not isinstance(table, dict):
        return {prefix: table}
    out: dict[str, Any] = {}
    for key, value in table.items():
        out.update(_flat(value, f"{prefix}.{key}" if prefix else key))
    return out


def _document_keys(lang: str) -> dict[str, Any]:
    """The keys of the client's documents: the annual report is printed in fi/sv/en only."""
    return {k: v for k, v in _flat(load_texts()[lang]).items() if not k.startswith("report.")}


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def test_required_languages_have_texts_with_reference_codes() -> None:
    assert set(REQUIRED) <= set(languages())
    names = language_names()
    assert list(names) == list(languages())
    assert names["zh"] == "中文" and names["ckb"] == "کوردیی ناوەندی" and names["prs"] == "دری"
    reference = {lang.code: lang for lang in default_reference().languages}
    for lang in languages():
        assert lang in reference, f"{lang}: not a language code of resources/reference/reference.toml"
        assert translator(lang).rtl == reference[lang].rtl, lang


@pytest.mark.parametrize("lang", languages())
def test_every_table_has_the_english_keys(lang: str) -> None:
    english = {k: v for k, v in _document_keys("en").items() if not k.startswith(("enum.", "service."))}
    if lang == BASE:  # a provider prints under its Finnish proper name: Finnish needs no provider.* text
        english = {k: v for k, v in english.items() if not k.startswith("provider.")}
    own = _document_keys(lang)
    missing = sorted(set(english) - set(own))
    assert not missing, (lang, missing)
    for key, value in english.items():
        if isinstance(value, str):
            placeholders = set(re.findall(r"{\w+}", value))
            assert placeholders == set(re.findall(r"{\w+}", own[key])), (lang, key)
    assert len(own["rights.paragraphs"]) == len(english["rights.paragraphs"]), lang


@pytest.mark.parametrize("lang", [lang for lang in languages() if lang not in LANGS])
def test_languages_without_vocabulary_label_every_choice_and_service(lang: str) -> None:
    """Without its own label a choice would print in English under the Finnish one. The choices are
    those [ar] labels (codes such as CEFR levels and permit letters print as they are)."""
    table = load_texts()[lang]
    assert set(table["service"]) == {s.code for s in default_reference().services}, lang
    labelled = {(name, value) for name, labels in table["enum"].items() for value in labels}
    assert labelled == {(n, v) for n, labels in load_texts()["ar"]["enum"].items() for v in labels}, lang
    for name, value in labelled:
        kind = getattr(models.enums, name)
        assert issubclass(kind, enum.Enum) and value in {m.value for m in kind}, (lang, name, value)


@cache
def _cmap(family: str, bold: bool) -> frozenset[int]:
    with as_file(files("resources") / "fonts" / fonts.font_file(family, bold)) as path:
        return frozenset(TTFont(path, lazy=True).getBestCmap())


def _drawn(text: str) -> str:
    """The text as the renderer hands it to the fonts: right-to-left words shaped."""
    return " ".join(shape(word) for word in text.split(" ")) if has_rtl(text) else text


@pytest.mark.parametrize("lang", languages())
def test_every_character_has_a_glyph_in_the_font_picked(lang: str) -> None:
    missing: set[str] = set()
    for key, value in _flat(load_texts()[lang]).items():
        for text in _strings(value):
            drawn = _drawn(text)
            missing |= {
                f"{key}: {ch!r} U+{ord(ch):04X} in no bundled font" for ch in drawn if not fonts.covered(ch)
            }
            for family, run in fonts.family_runs(drawn):
                for bold in (False, True):
                    cmap = _cmap(family, bold)
                    missing |= {
                        f"{key}: {ch!r} U+{ord(ch):04X} not in {fonts.font_file(family, bold)}"
                        for ch in run
                        if ord(ch) not in cmap and ch not in "\u200c\u200d" and ch != fonts.REPLACEMENT
                    }
    assert not missing, (lang, sorted(missing)[:10])


@pytest.mark.parametrize("lang", list(NAMES))
def test_plan_prints_in_finnish_and_the_new_language(workspace: Workspace, lang: str) -> None:
    first, last = NAMES[lang]
    client = make_client(workspace, first=first, last=last, lang=lang)
    make_plan(workspace, client)
    pdf = plan_pdf(workspace, client_id=client)  # no language asked: the client's preferred one
    text = norm(" ".join(pages_text(pdf)))
    tr = translator(lang)
    for key in ("plan.title_multi", "plan.goals", "rights.heading", "sign.client", "client.heading"):
        fi, other = tr.pair(key)
        assert norm(fi) in text, key
        assert norm(other) in text, (lang, key, other)
    assert norm(tr.enum_pair(models.enums.GoalArea.LANGUAGE)[1]) in text, lang
    for part in (first, last):
        assert norm(part) in text, (lang, part)
    assert "\ufffd" not in text and "\ue000" not in text


def test_thai_tone_marks_clear_the_vowel_and_read_back(workspace: Workspace) -> None:
    """In ที่ the tone mark stands above the vowel instead of on it; on ป (ป้า) it moves left of the
    ascender instead of into it. The PDF's text layer still gives the original letters."""
    drawn = glyph_forms.thai_forms("ที่")
    tall = glyph_forms.thai_forms("ป้า")
    for bold in (False, True):
        with as_file(files("resources") / "fonts" / fonts.font_file(fonts.THAI, bold)) as path:
            font = TTFont(path)
        cmap, glyf = font.getBestCmap(), font["glyf"]
        vowel, plain_tone = glyf[cmap[0x0E35]], glyf[cmap[0x0E48]]
        assert plain_tone.yMin < vowel.yMax  # as typed, the mark would overprint the vowel
        assert glyf[cmap[ord(drawn[2])]].yMin >= vowel.yMax
        pa = cmap[0x0E1B]
        ascender = min(x for x, y in glyf[pa].getCoordinates(glyf)[0] if y > 600)  # its left edge
        advance = font["hmtx"][pa][0]  # marks have no advance: they are drawn left of the pen
        assert advance + glyf[cmap[0x0E49]].xMax > ascender
        assert advance + glyf[cmap[ord(tall[1])]].xMax <= ascender
        for code, (name, _) in glyph_forms.THAI_GLYPHS.items():
            assert cmap[code] == name
    for plain in ("สำคัญ", "ญ", "\u0e48", "ก"):  # nothing to move: the text is drawn as it is
        assert glyph_forms.thai_forms(plain) == plain
    words = "ที่อยู่ ป้า น้ำ ปรึกษา ญุ"
    client = make_client(workspace, first="สมชาย", last=words, lang="th")
    make_plan(workspace, client)
    assert norm(words) in norm(" ".join(pages_text(plan_pdf(workspace, client_id=client))))


def test_sorani_letters_join_and_read_back(workspace: Workspace) -> None:
    # بەڵگە: beh joins ae (final); lam with v starts the next group, joins gaf, which joins ae.
    assert [hex(ord(c)) for c in shape("بەڵگە")] == ["0xfe91", "0xfb5d", "0xfb55", "0xfb95", "0xfb5d"]
    for bold in (False, True):
        with as_file(files("resources") / "fonts" / fonts.font_file("NotoSansArabic", bold)) as path:
            cmap = TTFont(path).getBestCmap()
        for code, glyph in glyph_forms.KURDISH_GLYPHS.items():
            assert cmap[code] == glyph  # the font's own contextual form of the letter
    words = "ڕێکخستن بەڵگە تێکەڵبوون"
    client = make_client(workspace, first="هێمن", last=words, lang="ckb")
    make_plan(workspace, client)
    assert norm(words) in norm(" ".join(pages_text(plan_pdf(workspace, client_id=client))))
