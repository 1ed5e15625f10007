"""Reference data (municipalities, services, providers, languages, enum labels) from editable TOML.

The bundled files are ``resources/reference/reference.toml`` and ``vocabulary.toml``. Use
``default_reference()`` for them, ``load_reference(path)`` for another directory or ``reference.toml``
(the vocabulary is read from the same directory), or ``load_reference_text`` for documents synced from
the server. Any problem raises ``ReferenceDataError`` naming the file and the entry. Pure: stdlib only.
"""

from __future__ import annotations

import enum
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property, lru_cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal, cast

from models import enums
from models.enums import GoalArea

__all__ = [
    "LANGS",
    "PROVIDER_KINDS",
    "REFERENCE_FILE",
    "VOCABULARY_FILE",
    "Language",
    "Municipality",
    "Provider",
    "ReferenceData",
    "ReferenceDataError",
    "Service",
    "default_reference",
    "load_reference",
    "load_reference_text",
]

REFERENCE_FILE = "reference.toml"
VOCABULARY_FILE = "vocabulary.toml"
LANGS: tuple[str, ...] = ("fi", "sv", "en")
ProviderKind = Literal["education", "ngo", "public", "employment"]
PROVIDER_KINDS: tuple[ProviderKind, ...] = ("education", "ngo", "public", "employment")
_SLUG = re.compile(r"[a-z][a-z0-9_]*")
# Municipality: Statistics Finland code. Language: ISO 639-1, or 639-3 where there is no 639-1 code.
_CODE_PATTERNS = {
    "municipality": re.compile(r"\d{3}"),
    "service": _SLUG,
    "provider": _SLUG,
    "language": re.compile(r"[a-z]{2,3}"),
}


class ReferenceDataError(Exception):
    """A reference data file is unreadable or invalid; ``file`` and ``entry`` say where."""

    def __init__(self, file: str, entry: str, problem: str) -> None:
        super().__init__(f"{file}: {entry}: {problem}")
        self.file, self.entry, self.problem = file, entry, problem


@dataclass(frozen=True, kw_only=True)
class _Record:
    code: str


@dataclass(frozen=True, kw_only=True)
class _Named(_Record):
    name_fi: str
    name_sv: str
    name_en: str

    def name(self, lang: str) -> str:
        return {"fi": self.name_fi, "sv": self.name_sv, "en": self.name_en}.get(lang, self.name_fi)


@dataclass(frozen=True, kw_only=True)
class Municipality(_Named):
    partner: bool


@dataclass(frozen=True, kw_only=True)
class Service(_Named):
    area: GoalArea
    law_section: str | None
    description_fi: str
    description_en: str
    languages: tuple[str, ...]  # languages the service is offered in, where known


@dataclass(frozen=True, kw_only=True)
class Provider(_Record):
    name: str  # proper name, Finnish
    kind: ProviderKind
    services: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class Language(_Named):
    endonym: str
    rtl: bool
    interpreting: bool


@dataclass(frozen=True, eq=False)
class ReferenceData:
    version: int
    updated: date
    vocabulary_version: int
    municipalities: tuple[Municipality, ...]
    services: tuple[Service, ...]
    providers: tuple[Provider, ...]
    languages: tuple[Language, ...]
    labels: Mapping[str, Mapping[str, Mapping[str, str]]]  # enum class name -> value -> lang -> text

    @cached_property
    def _index(self) -> dict[tuple[str, str], _Item]:
        groups: dict[str, tuple[_Item, ...]] = {
            "municipality": self.municipalities,
            "service": self.services,
            "provider": self.providers,
            "language": self.languages,
        }
        return {(kind, item.code): item for kind, items in groups.items() for item in items}

    def municipality(self, code: str) -> Municipality:
        return cast(Municipality, self._index[("municipality", code)])

    def service(self, code: str) -> Service:
        return cast(Service, self._index[("service", code)])

    def provider(self, code: str) -> Provider:
        return cast(Provider, self._index[("provider", code)])

    def language(self, code: str) -> Language:
        return cast(Language, self._index[("language", code)])

    @property
    def partner_municipalities(self) -> tuple[Municipality, ...]:
        return tuple(m for m in self.municipalities if m.partner)

    def providers_for(self, service_code: str) -> tuple[Provider, ...]:
        return tuple(p for p in self.providers if service_code in p.services)

    def label(self, member: enum.Enum, lang: str) -> str:
        """Human label of an enum member in ``lang``, falling back to fi, en, then the raw value."""
        value = str(member.value)
        texts = self.labels.get(type(member).__name__, {}).get(value, {})
        return texts.get(lang) or texts.get("fi") or texts.get("en") or value


_Item = Municipality | Service | Provider | Language
_NAMES: dict[str, type] = {"name_fi": str, "name_sv": str, "name_en": str}
# kind -> (record class, field -> TOML type, optional fields)
_SPECS: dict[str, tuple[type[_Item], dict[str, type], set[str]]] = {
    "language": (Language, {**_NAMES, "endonym": str, "rtl": bool, "interpreting": bool}, set()),
    "municipality": (Municipality, {**_NAMES, "partner": bool}, set()),
    "service": (
        Service,
        {
            **_NAMES,
            "area": str,
            "law_section": str,
            "description_fi": str,
            "description_en": str,
            "languages": list,
        },
        {"law_section", "languages"},
    ),
    "provider": (Provider, {"name": str, "kind": str, "services": list}, set()),
}
_CHOICES: dict[tuple[str, str], tuple[str, ...]] = {
    ("service", "area"): tuple(GoalArea),
    ("provider", "kind"): PROVIDER_KINDS,
}
_REFERS = {("service", "languages"): "language", ("provider", "services"): "service"}


class _Parser:
    def __init__(self, file: str, doc: dict[str, object]) -> None:
        self.file, self.doc = file, doc
        self.codes: dict[str, set[str]] = {}

    def fail(self, entry: str, problem: str) -> ReferenceDataError:
        return ReferenceDataError(self.file, entry, problem)

    def header(self, allowed: set[str]) -> tuple[int, date]:
        version, updated = self.doc.get("version"), self.doc.get("updated")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise self.fail("version", "must be a whole number of at least 1")
        if isinstance(updated, datetime) or not isinstance(updated, date):
            raise self.fail("updated", "must be a date written as YYYY-MM-DD")
        unknown = sorted(set(self.doc) - allowed - {"version", "updated"})
        if unknown:
            raise self.fail(", ".join(unknown), "unknown section")
        return version, updated

    def entries(self, kind: str) -> tuple[_Item, ...]:
        """Validate every ``[[kind]]`` entry and build its record; referred kinds must be parsed first."""
        cls, fields, optional = _SPECS[kind]
        raw = self.doc.get(kind, [])
        if not isinstance(raw, list):
            raise self.fail(kind, f"use [[{kind}]] entries")
        out: list[_Item] = []
        seen = self.codes.setdefault(kind, set())
        for i, item in enumerate(raw, 1):
            code = item.get("code") if isinstance(item, dict) else None
            where = f"{kind} {code!r}" if isinstance(code, str) else f"{kind} #{i}"
            if not isinstance(item, dict):
                raise self.fail(where, "expected a table")
            if not isinstance(code, str) or not _CODE_PATTERNS[kind].fullmatch(code):
                raise self.fail(where, f"missing or malformed code (pattern {_CODE_PATTERNS[kind].pattern})")
            if code in seen:
                raise self.fail(where, "duplicate code")
            seen.add(code)
            unknown = sorted(set(item) - set(fields) - {"code"})
            if unknown:
                raise self.fail(where, f"unknown key(s): {', '.join(unknown)}")
            values: dict[str, Any] = {"code": code}  # types checked by value()
            for key, typ in fields.items():
                values[key] = self.value(kind, where, key, typ, item.get(key), key in optional)
            if kind == "service":
                values["area"] = GoalArea(str(values["area"]))
            out.append(cls(**values))
        return tuple(out)

    def value(self, kind: str, where: str, key: str, typ: type, value: object, optional: bool) -> object:
        if value is None and optional:
            return () if typ is list else None
        if typ is str and (not isinstance(value, str) or not value.strip()):
            raise self.fail(where, f"{key!r} is required and must be non-empty text")
        if typ is bool and not isinstance(value, bool):
            raise self.fail(where, f"{key!r} must be true or false")
        if typ is list:
            if not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
                raise self.fail(where, f"{key!r} must be a list of codes in quotes")
            target = _REFERS[(kind, key)]
            unknown = [v for v in value if v not in self.codes.get(target, set())]
            if unknown:
                raise self.fail(where, f"{key!r}: unknown {target} code(s): {', '.join(unknown)}")
            return tuple(value)
        choices = _CHOICES.get((kind, key))
        if choices is not None and value not in choices:
            raise self.fail(where, f"{key!r} must be one of: {', '.join(choices)}")
        return value


def _parse_vocabulary(p: _Parser) -> tuple[int, Mapping[str, Mapping[str, Mapping[str, str]]]]:
    classes = [
        c
        for c in vars(enums).values()
        if isinstance(c, type) and issubclass(c, enum.Enum) and c.__module__ == enums.__name__
    ]
    version, _ = p.header({c.__name__ for c in classes})  # labels for unknown values are ignored
    labels: dict[str, Mapping[str, Mapping[str, str]]] = {}
    for cls in classes:
        table = p.doc.get(cls.__name__, {})
        if not isinstance(table, dict):
            raise p.fail(f"[{cls.__name__}]", "expected a section of labels")
        values: dict[str, Mapping[str, str]] = {}
        for member in cls:
            value = str(member.value)
            texts = table.get(value)
            where = f"{cls.__name__}.{value}"
            if not isinstance(texts, dict):
                raise p.fail(where, 'label missing (write: key = { fi = "…", sv = "…", en = "…" })')
            for lang in LANGS:
                text = texts.get(lang)
                if not isinstance(text, str) or not text.strip():
                    raise p.fail(where, f"label missing in {lang!r}")
            values[value] = MappingProxyType({lang: str(texts[lang]) for lang in LANGS})
        labels[cls.__name__] = MappingProxyType(values)
    return version, MappingProxyType(labels)


def _toml(text: str, file: str) -> dict[str, object]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ReferenceDataError(file, "syntax", f"not valid TOML: {exc}") from exc


def load_reference_text(
    reference: str,
    vocabulary: str,
    *,
    reference_file: str = REFERENCE_FILE,
    vocabulary_file: str = VOCABULARY_FILE,
) -> ReferenceData:
    """Parse and validate both documents; the file names are used only in error messages."""
    p = _Parser(reference_file, _toml(reference, reference_file))
    version, updated = p.header(set(_SPECS))
    items = {kind: p.entries(kind) for kind in _SPECS}  # _SPECS order: referred kinds come first
    vocab_version, labels = _parse_vocabulary(_Parser(vocabulary_file, _toml(vocabulary, vocabulary_file)))
    return ReferenceData(
        version=version,
        updated=updated,
        vocabulary_version=vocab_version,
        municipalities=cast("tuple[Municipality, ...]", items["municipality"]),
        services=cast("tuple[Service, ...]", items["service"]),
        providers=cast("tuple[Provider, ...]", items["provider"]),
        languages=cast("tuple[Language, ...]", items["language"]),
        labels=labels,
    )


def load_reference(path: str | Path | None = None) -> ReferenceData:
    """Load from a directory (or its ``reference.toml``); the bundled files when ``path`` is None."""
    texts: list[str] = []
    sources: list[Traversable]
    if path is None:
        sources = [files("resources") / "reference" / n for n in (REFERENCE_FILE, VOCABULARY_FILE)]
        names = [f"resources/reference/{n}" for n in (REFERENCE_FILE, VOCABULARY_FILE)]
    else:
        ref = Path(path) / REFERENCE_FILE if Path(path).is_dir() else Path(path)
        sources = [ref, ref.parent / VOCABULARY_FILE]
        names = [str(s) for s in sources]
    for source, name in zip(sources, names, strict=True):
        try:
            texts.append(source.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise ReferenceDataError(name, "file", f"cannot read: {exc}") from exc
    return load_reference_text(texts[0], texts[1], reference_file=names[0], vocabulary_file=names[1])


@lru_cache(maxsize=1)
def default_reference() -> ReferenceData:
    """The bundled reference data, loaded once per process (immutable, so sharing is safe)."""
    return load_reference()
