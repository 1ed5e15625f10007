"""The fixed texts of printed documents, from ``resources/print/texts.toml`` (a translator edits it).

Every document is Finnish plus the client's language: ``Tr.pair(key)`` gives both. Whatever prints
from a code is named in the document's language too: enum labels from the file's ``enum`` tables, else
the reference vocabulary (fi/sv/en), else English; services from ``service``, else the reference data
(fi/sv/en), else English; languages from ``language``, else the reference data (fi/sv/en), else the
language's own name; providers (proper names, kept) with a ``provider`` explanation when there is one;
Liite 1 roles from ``role``, else the rules data (fi/sv/en).

``print_language_for`` is the one place that decides what a client's documents print in when nobody
chose: the dialog, the batch print and ``polku print`` all say its answer before printing.
"""

from __future__ import annotations

import enum
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from importlib.resources import files
from typing import Any

from app.errors import PolkuError, ValidationError
from models.reference import LANGS, default_reference

BASE = "fi"
FALLBACK = "en"  # the second language for a client whose language has no table in the texts file


class TextsError(PolkuError):
    """The texts file is missing, unreadable or lacks a key; names the file and the key."""

    code = "print_texts"


@lru_cache(maxsize=1)
def load_texts() -> Mapping[str, Mapping[str, Any]]:
    source = files("resources") / "print" / "texts.toml"
    try:
        data = tomllib.loads(source.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise TextsError(f"resources/print/texts.toml: {exc}") from exc
    if BASE not in data:
        raise TextsError("resources/print/texts.toml: the [fi] table is missing")
    return data


def languages() -> tuple[str, ...]:
    """Language codes with a table in the texts file (the ones a document can be printed in)."""
    return tuple(load_texts())


class Reason(StrEnum):
    """Why a client's documents print in the language ``print_language_for`` chose."""

    OWN = "own"  # the client's language has a table
    FINNISH = "finnish"  # the client's language is Finnish: Finnish only
    NO_TABLE = "no_table"  # no texts in the client's language: Finnish and English
    NOT_SET = "not_set"  # no language recorded for the client: Finnish and English


def print_language_for(client_language: str | None) -> tuple[str, Reason]:
    """The second language of a client's documents, and why (say it to the user before printing)."""
    if not client_language:
        return FALLBACK, Reason.NOT_SET
    if client_language == BASE:
        return BASE, Reason.FINNISH
    if client_language in load_texts():
        return client_language, Reason.OWN
    return FALLBACK, Reason.NO_TABLE


def language_name(code: str, lang: str) -> str:
    """The language ``code`` named in ``lang``: the texts file's ``language`` table, the reference data
    (fi/sv/en), else the language's own name (its endonym), else the code."""
    own = _lookup(load_texts().get(lang, {}), f"language.{code}")
    if isinstance(own, str):
        return own
    ref = next((x for x in default_reference().languages if x.code == code), None)
    if ref is not None and lang in LANGS:
        return ref.name(lang)
    meta = _lookup(load_texts().get(code, {}), "meta.name")
    if isinstance(meta, str):
        return meta
    return ref.endonym if ref is not None else code


def print_sentence(client_language: str | None, lang: str | None = None, document: str = "document") -> str:
    """In English, for the command line: what ``document`` prints in for a client whose language is
    ``client_language`` (``lang``: the language asked for, if any)."""
    chosen, reason = (lang, Reason.OWN) if lang else print_language_for(client_language)
    if chosen == BASE:
        return f"The {document} will print in Finnish only."
    both = f"the {document} will print in Finnish and {language_name(chosen, 'en')}."
    if reason is Reason.NO_TABLE:
        return f"No translation for {language_name(client_language or '', 'en')}: {both}"
    if reason is Reason.NOT_SET:
        return f"No language recorded for the client: {both}"
    return both[0].upper() + both[1:]


def language_names() -> dict[str, str]:
    """Each printable language's name in itself (its table's ``meta.name``), in the file's order: what a
    language choice lists."""
    return {lang: str(table["meta"]["name"]) for lang, table in load_texts().items()}


def _lookup(table: Mapping[str, Any], key: str) -> Any:
    node: Any = table
    for part in key.split("."):
        if not isinstance(node, Mapping) or part not in node:
            return None
        node = node[part]
    return node


@dataclass(frozen=True)
class Tr:
    """Texts for a document in Finnish plus ``lang`` (``lang == "fi"``: Finnish only)."""

    lang: str

    @property
    def bilingual(self) -> bool:
        return self.lang != BASE

    @property
    def rtl(self) -> bool:
        return bool(_lookup(load_texts()[self.lang], "meta.rtl"))

    def get(self, lang: str, key: str, **values: object) -> str:
        found = _lookup(load_texts()[lang], key)
        if found is None and lang != BASE:
            return ""  # the Finnish text stands alone rather than a wrong language
        if not isinstance(found, str):
            raise TextsError(f"resources/print/texts.toml: [{lang}] has no text {key!r}")
        return found.format(**values) if values else found

    def paragraphs(self, lang: str, key: str, **values: object) -> list[str]:
        found = _lookup(load_texts()[lang], key)
        if not isinstance(found, list):
            if lang == BASE:
                raise TextsError(f"resources/print/texts.toml: [{lang}] has no list {key!r}")
            return []
        return [str(p).format(**values) for p in found]

    def fi(self, key: str, **values: object) -> str:
        return self.get(BASE, key, **values)

    def pair(self, key: str, **values: object) -> tuple[str, str]:
        """(Finnish, the client's language); the second is empty for a Finnish-only document."""
        return self.fi(key, **values), self.get(self.lang, key, **values) if self.bilingual else ""

    def enum_label(self, member: enum.Enum, lang: str) -> str:
        own = _lookup(load_texts()[lang], f"enum.{type(member).__name__}.{member.value}")
        if isinstance(own, str):
            return own
        return default_reference().label(member, lang if lang in LANGS else "en")

    def enum_pair(self, member: enum.Enum) -> tuple[str, str]:
        second = self.enum_label(member, self.lang) if self.bilingual else ""
        return self.enum_label(member, BASE), second

    def language_pair(self, code: str, names: Mapping[str, str] | None) -> tuple[str, str]:
        """A language's name in Finnish (``names``: the local database's fi/sv/en names) and in the
        document's language."""
        fi = (names or {}).get(BASE) or language_name(code, BASE)
        if not self.bilingual:
            return fi, ""
        own = _lookup(load_texts()[self.lang], f"language.{code}")
        if isinstance(own, str):
            return fi, own
        return fi, (names or {}).get(self.lang) or language_name(code, self.lang)

    def provider_pair(self, code: str, name: str) -> tuple[str, str]:
        """A provider's proper name, and what it is in the document's language where the file says."""
        own = _lookup(load_texts()[self.lang], f"provider.{code}") if self.bilingual else None
        return name, own if isinstance(own, str) else ""

    def role_label(self, role: str, rules_label: Callable[[str, str], str]) -> str:
        """A Liite 1 participant role in the document's language: the file's ``role`` table, else the
        rules data (``rules_label(role, lang)``, which has fi/sv/en), else nothing."""
        own = _lookup(load_texts()[self.lang], f"role.{role}")
        if isinstance(own, str):
            return own
        return rules_label(role, self.lang) if self.lang in LANGS else ""

    def service_pair(self, code: str, names: Mapping[str, str]) -> tuple[str, str]:
        """``names``: the service's names by language (fi/sv/en) as the local database has them."""
        fi = names.get(BASE) or code
        if not self.bilingual:
            return fi, ""
        own = _lookup(load_texts()[self.lang], f"service.{code}")
        return fi, own if isinstance(own, str) else names.get(self.lang) or names.get("en") or ""


def translator(lang: str) -> Tr:
    if lang not in load_texts():
        raise ValidationError("lang", "unsupported_language", {"choices": ", ".join(languages())})
    return Tr(lang)
