"""The shipped reference data loads and is complete; broken files are refused with file and entry named."""

from __future__ import annotations

import enum
import tomllib
from datetime import date
from importlib.resources import files
from pathlib import Path

import pytest

from models import enums
from models.enums import GoalArea, LanguageLevel, PermitType, ResidenceBasis
from models.reference import (
    REFERENCE_FILE,
    VOCABULARY_FILE,
    ReferenceData,
    ReferenceDataError,
    default_reference,
    load_reference,
    load_reference_text,
)

SHIPPED = files("resources") / "reference"
REFERENCE_TEXT = (SHIPPED / REFERENCE_FILE).read_text(encoding="utf-8")
VOCABULARY_TEXT = (SHIPPED / VOCABULARY_FILE).read_text(encoding="utf-8")
ENUM_CLASSES = [
    c
    for c in vars(enums).values()
    if isinstance(c, type) and issubclass(c, enum.Enum) and c.__module__ == enums.__name__
]


@pytest.fixture(scope="module")
def ref() -> ReferenceData:
    return default_reference()


# --- the shipped data -------------------------------------------------------------------------------


def test_shipped_data_loads(ref: ReferenceData) -> None:
    assert ref.version >= 1 and ref.vocabulary_version >= 1
    assert isinstance(ref.updated, date)
    assert ref.municipalities and ref.services and ref.providers and ref.languages


def test_explicit_directory_file_and_text_give_the_same_data(ref: ReferenceData, tmp_path: Path) -> None:
    directory = _write(tmp_path)
    for loaded in (
        load_reference(directory),
        load_reference(directory / REFERENCE_FILE),
        load_reference(str(directory)),
        load_reference_text(REFERENCE_TEXT, VOCABULARY_TEXT),
    ):
        assert (loaded.version, loaded.municipalities, loaded.services) == (
            ref.version,
            ref.municipalities,
            ref.services,
        )
        assert loaded.providers == ref.providers and loaded.languages == ref.languages
        assert loaded.labels == ref.labels


@pytest.mark.parametrize("cls", ENUM_CLASSES, ids=lambda c: c.__name__)
def test_every_enum_member_has_labels(ref: ReferenceData, cls: type[enum.Enum]) -> None:
    for member in cls:
        for lang in ("fi", "sv", "en"):
            text = ref.labels[cls.__name__][str(member.value)][lang]
            assert text.strip()
            assert ref.label(member, lang) == text


def test_finnish_labels_use_the_real_terms(ref: ReferenceData) -> None:
    assert ref.label(ResidenceBasis.QUOTA_REFUGEE, "fi") == "Kiintiöpakolainen"
    assert ref.label(ResidenceBasis.TEMPORARY_PROTECTION, "fi") == "Tilapäinen suojelu"
    assert ref.label(enums.LabourMarketStatus.OUTSIDE_LABOUR_FORCE, "fi") == "Työvoiman ulkopuolella"
    assert "Työnhakija" in ref.label(enums.LabourMarketStatus.JOBSEEKER, "fi")
    assert ref.label(enums.PlanKind.BASIC, "fi") == "Kotoutumissuunnitelma"
    assert ref.label(enums.AssessmentKind.MULTIDISCIPLINARY, "fi").startswith("Monialainen")
    assert ref.label(LanguageLevel.B1_1, "sv") == "B1.1"
    assert "P-EU" in ref.label(PermitType.P_EU, "en")


def test_label_fallbacks(ref: ReferenceData) -> None:
    assert ref.label(ResidenceBasis.QUOTA_REFUGEE, "de") == "Kiintiöpakolainen"  # unknown language -> fi

    class Unlabelled(enum.StrEnum):
        X = "raw_value"

    assert ref.label(Unlabelled.X, "fi") == "raw_value"
    only_en = ReferenceData(
        ref.version, ref.updated, 1, (), (), (), (), {"Unlabelled": {"raw_value": {"en": "English only"}}}
    )
    assert only_en.label(Unlabelled.X, "sv") == "English only"


def test_partner_municipalities(ref: ReferenceData) -> None:
    partners = {m.code: m.name_fi for m in ref.partner_municipalities}
    assert partners == {"297": "Kuopio", "857": "Tuusniemi", "402": "Lapinlahti", "204": "Kaavi"}
    for code in partners:
        m = ref.municipality(code)
        assert m.name_sv == m.name_fi == m.name_en == m.name("sv")
    assert ref.municipality("778").name_fi == "Suonenjoki" and not ref.municipality("778").partner
    assert ref.municipality("686").name_fi == "Rautalampi" and not ref.municipality("686").partner


def test_services_catalogue(ref: ReferenceData) -> None:
    required = {
        "civic_orientation",
        "integration_training",
        "literacy_abc",
        "basic_education_adults",
        "preparatory_basic_education",
        "tuva",
        "tuva_s2",
        "finnish_course",
        "guidance_advice",
        "settlement",
        "leisure_ngo",
        "employment_services",
        "entrepreneurship_advice",
        "health_wellbeing",
        "family_centre",
        "housing_advice",
        "early_childhood_education",
        "mother_tongue_teaching",
    }
    assert required <= {s.code for s in ref.services}
    assert all(isinstance(s.area, GoalArea) for s in ref.services)
    assert "25" in (ref.service("civic_orientation").law_section or "")
    assert "70" in ref.service("civic_orientation").description_fi
    assert "26" in (ref.service("integration_training").law_section or "")
    assert ref.service("leisure_ngo").law_section is None
    assert ref.service("guidance_advice").area is GoalArea.GUIDANCE
    assert set(ref.service("mother_tongue_teaching").languages) == {"ar", "es", "zh", "uk", "ru"}
    assert ref.service("tuva").name("en").endswith("(TUVA)")


def test_providers_refer_to_existing_services(ref: ReferenceData) -> None:
    codes = {s.code for s in ref.services}
    for provider in ref.providers:
        assert provider.services and set(provider.services) <= codes, provider.code
        assert provider.kind in {"education", "ngo", "public", "employment"}
    names = {p.name for p in ref.providers_for("finnish_course")}
    assert names >= {
        "Itä-Suomen yliopiston Kielikeskus",
        "Savonia-ammattikorkeakoulu",
        "Kuopion aikuislukio",
        "Kuopion kansalaisopisto",
        "Kuopion kesäyliopisto",
        "Setlementti Puijola / Kansainvälinen kohtaamispaikka Kompassi",
        "Savon ammatti- ja aikuisopisto (Sakky)",
        "Pohjois-Savon opisto",
    }
    assert {p.name for p in ref.providers} >= {
        "TyöNavigaattori / International House Kuopio",
        "Kuopion työllisyysalue",
        "Pohjois-Savon hyvinvointialue",
        "Kuopion kaupunki, työllisyyspalvelu",
    }


def test_languages(ref: ReferenceData) -> None:
    codes = {lang.code for lang in ref.languages}
    assert len(codes) >= 40
    assert {
        "fi",
        "sv",
        "en",
        "ru",
        "uk",
        "et",
        "ar",
        "fa",
        "prs",
        "so",
        "ckb",
        "kmr",
        "ps",
        "ti",
        "am",
        "tr",
        "vi",
        "th",
        "zh",
        "es",
        "fr",
        "de",
        "pl",
        "lt",
        "lv",
        "ro",
        "bg",
        "hu",
        "sq",
        "sr",
        "bs",
        "hr",
        "ur",
        "hi",
        "bn",
        "ne",
        "ta",
        "my",
        "km",
        "tl",
        "sw",
        "pt",
        "it",
        "ku",
    } <= codes
    rtl = {lang.code for lang in ref.languages if lang.rtl}
    assert {"ar", "fa", "prs", "ckb", "ps", "ur", "he"} <= rtl
    assert not {"fi", "sv", "en", "ru", "kmr", "so"} & rtl
    assert ref.language("ar").endonym == "العربية"
    assert ref.language("fa").name("fi").startswith("persia")
    assert all(lang.endonym.strip() for lang in ref.languages)


def test_unknown_codes_raise_key_error(ref: ReferenceData) -> None:
    for lookup in (ref.municipality, ref.service, ref.provider, ref.language):
        with pytest.raises(KeyError):
            lookup("nonexistent")


# --- broken files -----------------------------------------------------------------------------------


def _write(tmp_path: Path, reference: str = REFERENCE_TEXT, vocabulary: str = VOCABULARY_TEXT) -> Path:
    (tmp_path / REFERENCE_FILE).write_text(reference, encoding="utf-8")
    (tmp_path / VOCABULARY_FILE).write_text(vocabulary, encoding="utf-8")
    return tmp_path


def _replace(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


def _shipped_version(text: str) -> int:
    return int(tomllib.loads(text)["version"])


EXTRA_KUOPIO = (
    '\n[[municipality]]\ncode = "297"\nname_fi = "K"\nname_sv = "K"\nname_en = "K"\npartner = false\n'
)
QUOTA_LINE = 'quota_refugee = { fi = "Kiintiöpakolainen", sv = "Kvotflykting", en = "Quota refugee" }\n'

BROKEN_REFERENCE = [
    # (change to reference.toml, expected entry, words in the problem)
    (lambda t: t + EXTRA_KUOPIO, "municipality '297'", "duplicate"),
    (
        lambda t: _replace(t, 'services = ["finnish_course"]', 'services = ["finnish_coarse"]'),
        "provider 'uef_language_centre'",
        "finnish_coarse",
    ),
    (lambda t: _replace(t, 'name_sv = "Tuusniemi"\n', ""), "municipality '857'", "name_sv"),
    (lambda t: _replace(t, 'name_en = "Arabic"', 'name_en = "  "'), "language 'ar'", "name_en"),
    (
        lambda t: _replace(t, 'name_fi = "Kotoutumiskoulutus"', "name_fi = 3"),
        "service 'integration_training'",
        "name_fi",
    ),
    (lambda t: _replace(t, 'area = "wellbeing"', 'area = "fun"'), "service 'civic_orientation'", "area"),
    (lambda t: _replace(t, 'kind = "ngo"', 'kind = "charity"'), "provider 'puijola_kompassi'", "kind"),
    (
        lambda t: _replace(t, 'languages = ["en", "ar", "ru", "uk"]', 'languages = ["en", "xx"]'),
        "service 'civic_orientation'",
        "xx",
    ),
    (lambda t: _replace(t, 'code = "297"', 'code = "Kuopio"'), "municipality 'Kuopio'", "code"),
    (lambda t: _replace(t, "\npartner = true", '\npartner = "yes"'), "municipality '297'", "partner"),
    (
        lambda t: _replace(t, 'endonym = "suomi"', 'endonym = "suomi"\nendonyme = "x"'),
        "language 'fi'",
        "endonyme",
    ),
    (lambda t: _replace(t, "version = 1\n", ""), "version", "whole number"),
    (lambda t: _replace(t, "updated = 2025-01-15", 'updated = "yesterday"'), "updated", "date"),
    (lambda t: _replace(t, "[[municipality]]", "[[municipalities]]"), "municipalities", "unknown section"),
    (lambda t: _replace(t, 'code = "297"', 'code = "297'), "syntax", "not valid TOML"),
]


@pytest.mark.parametrize(("change", "entry", "problem"), BROKEN_REFERENCE)
def test_broken_reference_file(tmp_path: Path, change: object, entry: str, problem: str) -> None:
    assert callable(change)
    directory = _write(tmp_path, reference=change(REFERENCE_TEXT))
    with pytest.raises(ReferenceDataError) as info:
        load_reference(directory)
    err = info.value
    assert err.file == str(directory / REFERENCE_FILE) and str(directory / REFERENCE_FILE) in str(err)
    assert err.entry == entry and entry in str(err)
    assert problem in err.problem


BROKEN_VOCABULARY = [
    (lambda t: _replace(t, QUOTA_LINE, ""), "ResidenceBasis.quota_refugee", "label missing"),
    (lambda t: _replace(t, 'sv = "Kvotflykting", ', ""), "ResidenceBasis.quota_refugee", "'sv'"),
    (lambda t: _replace(t, 'fi = "Kiintiöpakolainen"', 'fi = ""'), "ResidenceBasis.quota_refugee", "'fi'"),
    (lambda t: _replace(t, '"P-EU" = {', "P_EU = {"), "PermitType.P-EU", "label missing"),
    (lambda t: _replace(t, "[GoalArea]", "[GoalAreas]"), "GoalAreas", "unknown section"),
    # The shipped version goes up with every change of the file: whichever it is now becomes 0.
    (lambda t: _replace(t, f"version = {_shipped_version(t)}\n", "version = 0\n"), "version", "whole number"),
]


@pytest.mark.parametrize(("change", "entry", "problem"), BROKEN_VOCABULARY)
def test_broken_vocabulary_file(tmp_path: Path, change: object, entry: str, problem: str) -> None:
    assert callable(change)
    directory = _write(tmp_path, vocabulary=change(VOCABULARY_TEXT))
    with pytest.raises(ReferenceDataError) as info:
        load_reference(directory / REFERENCE_FILE)
    err = info.value
    assert err.file == str(directory / VOCABULARY_FILE) and err.file in str(err)
    assert err.entry == entry and problem in err.problem


def test_missing_file_is_named(tmp_path: Path) -> None:
    directory = _write(tmp_path)
    (directory / VOCABULARY_FILE).unlink()
    with pytest.raises(ReferenceDataError) as info:
        load_reference(directory)
    assert info.value.file == str(directory / VOCABULARY_FILE)


def test_extra_labels_for_values_this_version_does_not_know_are_ignored() -> None:
    future = 'future_basis = { fi = "a", sv = "b", en = "c" }\n'
    newer = _replace(VOCABULARY_TEXT, QUOTA_LINE, QUOTA_LINE + future)
    assert "future_basis" not in load_reference_text(REFERENCE_TEXT, newer).labels["ResidenceBasis"]


def test_text_loader_names_the_given_files() -> None:
    with pytest.raises(ReferenceDataError) as info:
        load_reference_text(
            REFERENCE_TEXT + EXTRA_KUOPIO, VOCABULARY_TEXT, reference_file="server:reference v7"
        )
    assert str(info.value).startswith("server:reference v7: municipality '297': ")
