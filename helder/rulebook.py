"""Rules as data: load, validate and list the YAML rule families.

Each file in a rules folder holds one family (Vale-style). An organisation's
files are validated against `schema/rules.schema.json` on load; a broken file
stops with a `RuleError` that names the file, the rule and what is wrong. The
built-in files are validated by the test suite instead: with 6,000 lexicon
entries, validating them at every start took about half a second.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import jsonschema

from helder.errors import RuleError
from helder.resources import data_dir
from helder.yamlfile import load_mapping

RULES_ENV = "HELDER_RULES"
_SCHEMA_PATH = Path(__file__).parent / "schema" / "rules.schema.json"


@dataclass(frozen=True)
class Rule:
    """One rule. Type-specific keys (terms, entries, thresholds, ...) stay in `spec`."""

    id: str
    family: str
    dimension: str
    type: str
    severity: str
    scope: str
    message: str
    explanation: str
    suggestions: tuple[str, ...]
    examples: dict[str, tuple[str, ...]]
    source: str
    path: Path
    penalty: float | None = None
    builtin: bool = False  # shipped with helder, not an organisation's own file
    spec: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def option(self, key: str, default: Any = None) -> Any:
        """A detector option or metric threshold as written in the rule file."""
        for bucket in ("options", "thresholds"):
            values = self.spec.get(bucket) or {}
            if key in values:
                return values[key]
        return default

    def text(self, key: str) -> str:
        """A named message variant (`messages:`), falling back to `message`."""
        return (self.spec.get("messages") or {}).get(key, self.message)

    def describe(self) -> dict[str, Any]:
        """The rule as listed by `helder rules` and `GET /api/rules`."""
        described: dict[str, Any] = {
            "id": self.id,
            "family": self.family,
            "dimension": self.dimension,
            "type": self.type,
            "severity": self.severity,
            "scope": self.scope,
            "message": self.message,
            "explanation": self.explanation,
            "suggestions": list(self.suggestions),
            "examples": {kind: list(texts) for kind, texts in self.examples.items()},
            "source": self.source,
        }
        if "criterion" in self.spec:
            described["criterion"] = self.spec["criterion"]
        if self.type == "substitution":
            described["entries"] = len(self.spec["entries"])
        if "tier" in self.spec:
            described["tier"] = self.spec["tier"]
        return described


@lru_cache(maxsize=1)
def _validator() -> jsonschema.protocols.Validator:
    schema = json.loads(_SCHEMA_PATH.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def _rule_label(document: Any, error: jsonschema.ValidationError) -> str:
    path = list(error.absolute_path)
    if len(path) >= 2 and path[0] == "rules" and isinstance(path[1], int):
        rule = document["rules"][path[1]]
        rule_id = rule.get("id") if isinstance(rule, dict) else None
        where = "/".join(str(part) for part in path[2:])
        label = f"regel '{rule_id}'" if rule_id else f"regel nr. {path[1] + 1}"
        return f"{label}{' (' + where + ')' if where else ''}"
    return "/".join(str(part) for part in path) or "bestand"


def schema_error(document: Any) -> jsonschema.ValidationError | None:
    """The most telling way a rule file breaks the schema, or None."""
    return jsonschema.exceptions.best_match(_validator().iter_errors(document))


def load_family(path: Path, builtin: bool = False) -> list[Rule]:
    """Read one rule file, validated unless it is a built-in one (see the module docstring)."""
    document = load_mapping(path, "Regelbestand", RuleError, "'family', 'dimension', 'source' en 'rules'")
    error = None if builtin else schema_error(document)
    if error is not None:
        raise RuleError(f"Regelbestand {path}, {_rule_label(document, error)}: {error.message}")
    if document["family"] != path.stem:
        raise RuleError(f"Regelbestand {path}: 'family' is '{document['family']}', verwacht '{path.stem}'.")
    rules = []
    for raw in document["rules"]:
        dimension = document["dimension"]
        if not raw["id"].startswith(dimension + "."):
            raise RuleError(f"Regelbestand {path}, regel '{raw['id']}': de id moet beginnen met '{dimension}.'.")
        spec = {key: value for key, value in raw.items() if key not in _COMMON_KEYS}
        if "entries" in spec:
            preferences = {term: entry["first_before"] for term, entry in spec["entries"].items()
                           if isinstance(entry, dict) and entry.get("first_before")}
            spec["entries"], spec["entry_examples"], spec["entry_exceptions"] = _split_entries(spec["entries"])
            for term, preferred in preferences.items():
                unknown = sorted(set(preferred) - set(spec["entries"][term]))
                if unknown:
                    raise RuleError(f"Regelbestand {path}, regel '{raw['id']}', term '{term}': 'first_before' noemt "
                                    f"'{unknown[0]}', dat geen van de alternatieven is.")
            spec["entry_preferences"] = preferences
        rules.append(
            Rule(
                id=raw["id"],
                family=document["family"],
                dimension=dimension,
                type=raw["type"],
                severity=raw["severity"],
                scope=raw.get("scope", "body"),
                message=raw["message"],
                explanation=raw["explanation"],
                suggestions=tuple(raw["suggestions"]),
                examples={kind: tuple(texts) for kind, texts in raw["examples"].items()},
                source=document["source"],
                path=path,
                penalty=raw.get("penalty"),
                builtin=builtin,
                spec=spec,
            )
        )
    return rules


def _split_entries(entries: dict[str, Any]) -> tuple[dict[str, list[str]], dict[str, dict[str, str]],
                                                     dict[str, list[str]]]:
    """Lexicon entries as {term: alternatives}, the entries' own bad/good examples by term, and the
    plain phrases in which a term is no jargon ("wat … betreft")."""
    alternatives: dict[str, list[str]] = {}
    examples: dict[str, dict[str, str]] = {}
    exceptions: dict[str, list[str]] = {}
    for term, entry in entries.items():
        if isinstance(entry, dict):
            alternatives[term] = list(entry["alternatives"])
            examples[term] = {"bad": entry["bad"], "good": entry["good"]}
            if entry.get("not_in"):
                exceptions[term] = list(entry["not_in"])
        else:
            alternatives[term] = list(entry)
    return alternatives, examples, exceptions


_COMMON_KEYS = {"id", "type", "severity", "scope", "message", "explanation", "suggestions", "examples", "penalty"}


def rule_dirs(extra: Iterable[str | os.PathLike[str]] = ()) -> list[Path]:
    """The built-in rules, then `HELDER_RULES` folders, then folders given by the caller."""
    env = [part for part in os.environ.get(RULES_ENV, "").split(os.pathsep) if part]
    return [data_dir("rules"), *(Path(entry) for entry in [*env, *extra])]


def load_rules(extra: Iterable[str | os.PathLike[str]] = ()) -> list[Rule]:
    """Load every rule family; duplicate ids across files are an error."""
    rules: list[Rule] = []
    seen: dict[str, Path] = {}
    builtin, *own = rule_dirs(extra)
    for folder in [builtin, *own]:
        if not folder.is_dir():
            raise RuleError(f"Regelmap {folder} bestaat niet.")
        for path in sorted(folder.glob("*.yaml")):
            for rule in load_family(path, builtin=folder == builtin):
                if rule.id in seen:
                    raise RuleError(
                        f"Regelbestand {path}, regel '{rule.id}': deze id bestaat al in {seen[rule.id]}."
                    )
                seen[rule.id] = path
                rules.append(rule)
    return rules


def is_disabled(rule_id: str, disabled: Sequence[str]) -> bool:
    """A rule is off when its id, or a prefix ending in '.', is listed ('jargon.' turns off all jargon)."""
    for entry in disabled:
        entry = entry.strip()
        if entry and (rule_id == entry or (entry.endswith(".") and rule_id.startswith(entry))
                      or rule_id.startswith(entry + ".")):
            return True
    return False


def slug(term: str) -> str:
    """A stable id fragment for a lexicon entry: 'in het kader van' -> 'in-het-kader-van'."""
    return re.sub(r"[^a-z0-9à-ÿ]+", "-", term.lower()).strip("-")


def catalogue(dimension: str | None = None, extra: Iterable[str | os.PathLike[str]] = ()) -> list[dict[str, Any]]:
    """Every rule described for people: the CLI's `helder rules` and the API's `/api/rules`."""
    return [rule.describe() for rule in load_rules(extra) if dimension in (None, rule.dimension)]
