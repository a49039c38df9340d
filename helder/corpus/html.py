"""rapport.html: one self-contained Dutch page for the annual complaint report.

No external CSS, fonts, scripts or images: the style sits in the page and the
charts are inline SVG. Everything from the letters (file names, fragments) is
escaped by Jinja2's autoescaping.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from helder.corpus import charts

GRADE_LABELS = {"helder": "Helder", "bijna": "Bijna helder", "onhelder": "Onhelder"}
STATUS_LABELS = {"ok": "goed", "warn": "matig", "fail": "zwak"}


def number(value: Any, decimals: int = 0) -> str:
    """1234.5 → "1.234,5": the Flemish way."""
    if value is None:
        return "–"
    text = f"{float(value):,.{decimals}f}"
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def percent(share: Any, decimals: int = 0) -> str:
    return "–" if share is None else number(100 * float(share), decimals) + "%"


def day(value: Any) -> str:
    """A date (or ISO date string) as dd/mm/jjjj."""
    if isinstance(value, str) and value:
        value = date.fromisoformat(value)
    return value.strftime("%d/%m/%Y") if isinstance(value, date) else "–"


def _environment() -> Environment:
    environment = Environment(loader=PackageLoader("helder.corpus", "templates"),
                              autoescape=select_autoescape(default=True, default_for_string=True),
                              trim_blocks=True, lstrip_blocks=True)
    environment.filters.update(number=number, percent=percent, day=day)
    return environment


def explain_rules(top: list[dict[str, Any]], catalogue: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Top rules with the explanation of the rule they belong to (a lexicon entry belongs to its list)."""
    explained = []
    for item in top:
        rule_id, described = item["rule"], None
        while rule_id and described is None:
            described = catalogue.get(rule_id)
            rule_id = rule_id.rpartition(".")[0]
        explained.append({**item, "base": described["id"] if described else item["rule"],
                          "explanation": described["explanation"] if described else "",
                          "suggestion": (described["suggestions"] or [""])[0] if described else ""})
    return explained


def render(summary: dict[str, Any], days_histogram: dict[int, int], catalogue: dict[str, dict[str, Any]],
           fragments: dict[str, list[str]], rule_url: str | None = None) -> str:
    """The report page. `rule_url` (e.g. "/regels#{rule}") links each rule to its page when served."""
    grades = {key: value["letters"] for key, value in summary["grades"].items()}
    dimensions = [(value["label"], value) for value in summary["dimensions"].values()]
    letters = summary["counts"]["letters"]
    svg = {
        "grades": charts.grades(grades, GRADE_LABELS) if letters else "",
        "histogram": charts.histogram(summary["score"]["histogram"]) if letters else "",
        "dimensions": charts.dimensions(dimensions, STATUS_LABELS) if letters else "",
        "days": charts.days(days_histogram, summary["timeliness"]["term_days"]) if days_histogram else "",
    }
    return _environment().get_template("rapport.html.j2").render(
        s=summary, svg=svg, rules=explain_rules(summary["top_rules"], catalogue), fragments=fragments,
        rule_url=rule_url, grade_labels=GRADE_LABELS, status_labels=STATUS_LABELS,
    )
