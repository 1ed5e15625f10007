"""The fixed texts of printed documents, from ``resources/print/texts.toml`` (a translator edits it).

Every document is Finnish plus the client's language: ``Tr.pair(key)`` gives both. Enum labels come
from the file's ``enum`` tables, else from the reference vocabulary (fi/sv/en), else English. Names of
services come from the file's ``service`` table, else from the reference data (fi/sv/en), else English.
"""

from __future__ import annotations

import enum
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any

from app.errors import PolkuError, ValidationError
from models.reference import LANGS, default_reference

BASE = "fi"


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
