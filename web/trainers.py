"""The trainers' pages: every rule explained (/regels), two versions side by side
(/vergelijken) and exercises with checkable goals (/oefenen).

All pages work without JavaScript; scripts only filter and update live. The
judgement lives in the library (helder.compare, helder.exercises); this module
only gathers and renders.
"""

from __future__ import annotations

import gzip
import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from flask import Blueprint, Response, abort, current_app, jsonify, render_template, request

import helder
from helder.compare import compare
from helder.exercises import Exercise, evaluate, load_exercises
from helder.report import DIMENSION_IDS
from helder.rulebook import load_rules, slug
from helder.yamlfile import YAML_LOADER

from . import labels
from .errors import ApiError, from_library
from .uploads import file_text

trainers = Blueprint("trainers", __name__)

_CRITERIA_PATH = Path(helder.__file__).resolve().parent / "data" / "criteria.yaml"
# Past this many characters a search term finds too much to be useful; ignore the rest.
_MAX_QUERY = 100


@cache
def _default_criteria() -> dict[str, str]:
    return yaml.load(_CRITERIA_PATH.read_text(encoding="utf-8"), Loader=YAML_LOADER)


@cache
def _rule_catalogue() -> tuple[dict[str, Any], ...]:
    """Every rule as the page shows it, lexicon entries included (read once per process)."""
    criteria = _default_criteria()
    described = []
    for rule in load_rules():
        item = rule.describe()
        item["criterion"] = item.get("criterion") or criteria.get(rule.dimension, "")
        # Message templates name what the finding fills in ('{match}', {threshold}): show a gap.
        item["message"] = re.sub(r"'?\{[a-z_]+\}'?", "…", item["message"])
        if rule.type == "substitution":
            examples = rule.spec.get("entry_examples", {})
            item["lexicon"] = [
                {"id": f"{rule.id}.{slug(term)}", "term": term, "alternatives": alternatives,
                 "example": examples.get(term)}
                for term, alternatives in sorted(rule.spec["entries"].items(), key=lambda pair: pair[0].casefold())
            ]
        item["haystack"] = " ".join(
            [rule.id, item["message"], item["explanation"], item["criterion"], *item["suggestions"],
             *item["examples"]["bad"], *item["examples"]["good"]]
        ).casefold()
        described.append(item)
    return tuple(described)


def _entry_matches(entry: dict[str, Any], query: str) -> bool:
    return query in entry["term"].casefold() or any(query in word.casefold() for word in entry["alternatives"])


def _filtered(query: str) -> list[dict[str, Any]]:
    """The rules that match `query`; a rule matched only through its entries shows just those entries."""
    shown = []
    for rule in _rule_catalogue():
        if not query or query in rule["haystack"]:
            shown.append({**rule, "matched_entries": None})
            continue
        entries = [entry for entry in rule.get("lexicon", ()) if _entry_matches(entry, query)]
        if entries:
            shown.append({**rule, "matched_entries": entries})
    return shown


def _render_rules(query: str) -> str:
    shown = _filtered(query.casefold())
    sections = [(dimension, labels.dimension_label(dimension), _default_criteria().get(dimension, ""),
                 [rule for rule in shown if rule["dimension"] == dimension]) for dimension in DIMENSION_IDS]
    return render_template("regels.html", query=query, sections=sections, count=len(shown),
                           total=len(_rule_catalogue()), labels=labels)


@trainers.get("/regels")
def rules_page() -> Response | str:
    """Every rule; the full page (with ~2,500 lexicon entries) is rendered and compressed once per app."""
    query = request.args.get("q", "")[:_MAX_QUERY].strip()
    if query:
        return _render_rules(query)
    if "helder_rules_page" not in current_app.extensions:
        html = _render_rules("").encode("utf-8")
        current_app.extensions["helder_rules_page"] = (html, gzip.compress(html, compresslevel=6, mtime=0))
    html, packed = current_app.extensions["helder_rules_page"]
    response = Response(html, mimetype="text/html")
    if "gzip" in request.accept_encodings:
        response.set_data(packed)
        response.headers["Content-Encoding"] = "gzip"
    response.headers["Vary"] = "Accept-Encoding"
    return response


def _checker(profile: str | None):
    service = current_app.extensions["helder"]
    return helder.shared_checker(profile or service.default_profile, service.max_chars)


def _compare_page(status: int = 200, **context: Any) -> tuple[str, int]:
    service = current_app.extensions["helder"]
    context["profile"] = context.get("profile") or service.default_profile
    return render_template("vergelijken.html", profiles=service.profiles(), labels=labels, **context), status


@trainers.get("/vergelijken")
def compare_page() -> tuple[str, int]:
    return _compare_page(before="", after="")


@trainers.post("/vergelijken")
def compare_versions() -> tuple[str, int]:
    """Check both versions (pasted or uploaded) and render what changed."""
    service = current_app.extensions["helder"]
    texts = {name: request.form.get(name, "") for name in ("voor", "na")}
    profile = request.form.get("profile") or None
    try:
        for name in texts:
            upload = request.files.get(f"bestand_{name}")
            if upload is not None and upload.filename:
                texts[name] = file_text(upload, service.max_chars)
        if not texts["voor"].strip() or not texts["na"].strip():
            raise ApiError(400, "missing_text", "Geef beide versies: plak de tekst of kies een bestand.")
        checker = _checker(profile)
        result = compare(checker.check(texts["voor"]), checker.check(texts["na"]))
    except helder.HelderError as exc:
        return _compare_page(from_library(exc).status, before=texts["voor"], after=texts["na"], profile=profile,
                             error=from_library(exc))
    except ApiError as exc:
        return _compare_page(exc.status, before=texts["voor"], after=texts["na"], profile=profile, error=exc)
    return _compare_page(before=texts["voor"], after=texts["na"], profile=profile or service.default_profile,
                         result=result)


def _exercises() -> dict[str, Exercise]:
    """The exercise set of this app (HELDER_EXERCISES setting, else the environment), read once."""
    if "helder_exercises" not in current_app.extensions:
        found = load_exercises(current_app.config.get("HELDER_EXERCISES"))
        current_app.extensions["helder_exercises"] = {exercise.id: exercise for exercise in found}
    return current_app.extensions["helder_exercises"]


def _exercise(exercise_id: str) -> Exercise:
    exercise = _exercises().get(exercise_id)
    if exercise is None:
        abort(404)
    return exercise


@trainers.get("/oefenen")
def exercises_page() -> str:
    return render_template("oefenen.html", exercises=list(_exercises().values()), labels=labels)


def _exercise_page(exercise: Exercise, text: str, checked: bool) -> tuple[str, int]:
    try:
        report = current_app.extensions["helder"].check(text)
    except helder.HelderError as exc:
        error = from_library(exc)
        return render_template("oefening.html", exercise=exercise, text=text, report=None, goals=[],
                               checked=checked, error=error, labels=labels), error.status
    return render_template("oefening.html", exercise=exercise, text=text, report=report,
                           goals=evaluate(exercise.goals, report), checked=checked, labels=labels), 200


@trainers.get("/oefenen/<exercise_id>")
def exercise_page(exercise_id: str) -> tuple[str, int]:
    exercise = _exercise(exercise_id)
    return _exercise_page(exercise, exercise.text, checked=False)


@trainers.post("/oefenen/<exercise_id>")
def exercise_check(exercise_id: str) -> tuple[str, int]:
    """The no-JavaScript path: check the participant's rewrite against the goals."""
    return _exercise_page(_exercise(exercise_id), request.form.get("text", ""), checked=True)


@trainers.post("/api/exercises/<exercise_id>/goals")
def exercise_goals(exercise_id: str) -> Response:
    """The live path: the goals, score and findings for a draft (the exercise page's script)."""
    exercise = _exercises().get(exercise_id)
    if exercise is None:
        raise ApiError(404, "exercise_not_found", f"Er is geen oefening '{exercise_id}'.")
    body = request.get_json(silent=True) if request.is_json else None
    if not isinstance(body, dict) or not isinstance(body.get("text"), str):
        raise ApiError(400, "invalid_text", "Stuur JSON met de tekst in het veld 'text'.")
    report = current_app.extensions["helder"].check(body["text"])
    return jsonify({
        "score": report["score"],
        "grade": report["grade"],
        "goals": [goal.to_dict() for goal in evaluate(exercise.goals, report)],
        "findings": [{key: finding[key] for key in ("rule", "dimension", "severity", "message", "text", "scope")}
                     for finding in report["findings"]],
    })
