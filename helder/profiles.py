"""Profiles: thresholds, weights, escalation bodies and channels, as data.

A profile lives in `rules/profiles/<id>.yaml` (or in a `profiles/` folder of
an organisation's own rules folder) and may `extends:` another profile,
overriding only what differs.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from helder.errors import ProfileNotFound, RuleError
from helder.report import DIMENSION_IDS
from helder.rulebook import rule_dirs
from helder.yamlfile import YAML_LOADER

DEFAULT_PROFILE = "vlaamse-overheid"
DEFAULT_MAX_CHARS = 50_000
DEFAULT_TERM_DAYS = 45  # the Flemish complaints decree: answer within 45 days


@dataclass(frozen=True)
class Profile:
    id: str
    name: str
    description: str
    weights: dict[str, float]
    grades: dict[str, float]
    status: dict[str, float]
    thresholds: dict[str, dict[str, Any]]
    disable: tuple[str, ...]
    accept: frozenset[str]
    escalation: dict[str, Any]
    max_chars: int = DEFAULT_MAX_CHARS
    local_service: str = ""
    term_days: int = DEFAULT_TERM_DAYS
    raw: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def escalation_template(self) -> str:
        """The profile's "wat nu?" paragraph, with the local ombudsdienst filled in."""
        template = str(self.escalation.get("template", "")).strip()
        return template.replace("{ombudsdienst}", self.local_service) if self.local_service else template

    def threshold(self, rule_id: str, key: str, default: Any) -> Any:
        return self.thresholds.get(rule_id, {}).get(key, default)

    def describe(self) -> dict[str, Any]:
        """The profile as listed by `helder profiles` and `GET /api/profiles`."""
        return {
            "id": self.id,
            "name": self.name,
            "description": self.description,
            "weights": self.weights,
            "grades": self.grades,
            "escalation_template": self.escalation_template,
        }


def _profile_files(extra: Iterable[str | os.PathLike[str]] = ()) -> dict[str, Path]:
    files: dict[str, Path] = {}
    for folder in rule_dirs(extra):
        for path in sorted((folder / "profiles").glob("*.yaml")):
            files[path.stem] = path
    return files


def _merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _read(profile_id: str, files: dict[str, Path], chain: tuple[str, ...] = ()) -> dict[str, Any]:
    if profile_id not in files:
        known = ", ".join(sorted(files)) or "geen"
        raise ProfileNotFound(f"Profiel '{profile_id}' bestaat niet. Beschikbaar: {known}.")
    if profile_id in chain:
        raise RuleError(f"Profiel {files[profile_id]}: 'extends' maakt een kring ({' -> '.join(chain)}).")
    path = files[profile_id]
    try:
        document = yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER)
    except (OSError, yaml.YAMLError) as error:
        raise RuleError(f"Profiel {path} kan niet gelezen worden: {error}") from error
    if not isinstance(document, dict):
        raise RuleError(f"Profiel {path}: verwacht een object.")
    parent = document.get("extends")
    if parent:
        document = _merge(_read(parent, files, (*chain, profile_id)), document)
    document["__path__"] = str(path)
    return document


def load(profile_id: str = DEFAULT_PROFILE, extra: Iterable[str | os.PathLike[str]] = ()) -> Profile:
    """Load a profile by id; raises `ProfileNotFound` or `RuleError` with a Dutch message."""
    document = _read(profile_id, _profile_files(extra))
    where = document["__path__"]
    weights = {key: float(value) for key, value in (document.get("weights") or {}).items()}
    missing = [dimension for dimension in DIMENSION_IDS if dimension not in weights]
    if missing:
        raise RuleError(f"Profiel {where}: 'weights' mist {', '.join(missing)}.")
    if sum(weights.values()) <= 0:
        raise RuleError(f"Profiel {where}: de gewichten tellen op tot 0.")
    try:
        return Profile(
            id=profile_id,
            name=str(document.get("name", profile_id)),
            description=str(document.get("description", "")),
            weights=weights,
            grades={key: float(value) for key, value in (document.get("grades") or {"helder": 75, "bijna": 55}).items()},
            status={key: float(value) for key, value in (document.get("status") or {"ok": 75, "warn": 50}).items()},
            thresholds={key: dict(value) for key, value in (document.get("thresholds") or {}).items()},
            disable=tuple(document.get("disable") or ()),
            accept=frozenset(word.lower() for word in document.get("accept") or ()),
            escalation=dict(document.get("escalation") or {}),
            max_chars=int(document.get("max_chars", DEFAULT_MAX_CHARS)),
            local_service=str(document.get("local_service") or ""),
            term_days=int(document.get("termijn_dagen", DEFAULT_TERM_DAYS)),
            raw=document,
        )
    except (TypeError, ValueError, AttributeError) as error:
        raise RuleError(f"Profiel {where} heeft een ongeldige waarde: {error}") from error


def available(extra: Iterable[str | os.PathLike[str]] = ()) -> list[Profile]:
    """Every profile that can be loaded, default first."""
    ids = sorted(_profile_files(extra), key=lambda name: (name != DEFAULT_PROFILE, name))
    return [load(profile_id, extra) for profile_id in ids]
