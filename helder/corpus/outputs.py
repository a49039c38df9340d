"""The tables of the corpus report (brieven, regels) and their CSV and JSON files.

CSV files are written for Excel in Belgium: UTF-8 with BOM, `;` as separator,
a decimal comma, `ja`/`nee` for yes/no and ISO dates (jjjj-mm-dd). Text cells
that Excel would take for a formula get a leading apostrophe.
"""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path
from typing import IO, Any

from helder.corpus.meta import MetaRow, Timeliness
from helder.corpus.rows import LetterRow
from helder.report import DIMENSION_IDS

LETTERS_FILE, RULES_FILE, FRAGMENTS_FILE, SUMMARY_FILE = "brieven.csv", "regels.csv", "fragmenten.csv", "samenvatting.json"

# (column, kind): kind decides the CSV form and the Excel number format.
_BEFORE = [("bestand", "text"), ("woorden", "int"), ("zinnen", "int"), ("score", "int"), ("beoordeling", "text")]
_AFTER = [
    ("gem_zinslengte", "float"), ("aandeel_lijdend", "share"), ("jargon", "int"), ("u_dichtheid", "share"),
    ("watnu_aanwezig", "bool"), ("watnu_volledig", "bool"), ("oplossing_actie", "bool"), ("oplossing_contact", "bool"),
    ("dienst", "text"), ("behandelaar", "text"), ("uitkomst", "text"),
    ("ontvangen", "date"), ("verzonden", "date"), ("dagen", "int"), ("tijdig", "bool"), ("datum_geschat", "bool"),
    ("fout", "text"),
]
_METRIC_COLUMNS = {
    "gem_zinslengte": "avg_sentence_words", "aandeel_lijdend": "passive_share", "jargon": "jargon_count",
    "u_dichtheid": "you_density", "watnu_aanwezig": "escalation_present", "watnu_volledig": "escalation_complete",
    "oplossing_actie": "solution_action", "oplossing_contact": "solution_contact",
}
RULE_COLUMNS = [("regel", "text"), ("onderdeel", "text"), ("opmerkingen", "int"), ("brieven", "int"),
                ("aandeel_brieven", "share")]
FRAGMENT_COLUMNS = [("bestand", "text"), ("regel", "text"), ("fragment", "text")]


def letter_columns(dimensions: tuple[str, ...] = DIMENSION_IDS) -> list[tuple[str, str]]:
    """The columns of brieven.csv: a score and a status column for every dimension helder has."""
    per_dimension = [column for key in dimensions for column in ((f"{key}_score", "int"), (f"{key}_status", "text"))]
    return [*_BEFORE, *per_dimension, *_AFTER]


def letter_record(row: LetterRow, meta: MetaRow | None, timing: Timeliness | None,
                  anonymous: bool = False, term_days: int | None = None) -> dict[str, Any]:
    """A row of brieven.csv as typed values (None where unknown)."""
    record: dict[str, Any] = {"bestand": row.shown, "fout": row.error}
    if row.ok:
        record.update(woorden=row.words, zinnen=row.sentences, score=row.score, beoordeling=row.grade)
        for key, (_, score, status) in row.dimensions.items():
            record[f"{key}_score"], record[f"{key}_status"] = score, status
        record.update({column: row.metrics.get(metric) for column, metric in _METRIC_COLUMNS.items()})
    if meta:
        record.update(dienst=meta.dienst, uitkomst=meta.uitkomst, behandelaar="" if anonymous else meta.behandelaar)
    if timing and row.ok:
        record.update(ontvangen=timing.received, verzonden=timing.sent, dagen=timing.days())
        if timing.days() is not None:
            record["datum_geschat"] = timing.estimated
            record["tijdig"] = timing.on_time(term_days) if term_days is not None else None
    return record


def cell(value: Any, kind: str) -> str:
    """A value as Belgian Excel reads it from a `;`-separated file."""
    if value is None or value == "":
        return ""
    if kind == "bool":
        return "ja" if value else "nee"
    if kind in ("float", "share"):
        return f"{float(value):.{3 if kind == 'share' else 1}f}".replace(".", ",")
    if kind == "date":
        return value.isoformat() if isinstance(value, date) else str(value)
    if kind == "text" and str(value)[:1] in ("=", "+", "-", "@"):
        return "'" + str(value)
    return str(value)


class CsvTable:
    """A CSV file written row by row."""

    def __init__(self, path: Path, columns: list[tuple[str, str]]) -> None:
        self.columns = columns
        self._handle: IO[str] = path.open("w", encoding="utf-8-sig", newline="")
        self._writer = csv.writer(self._handle, delimiter=";", lineterminator="\r\n")
        self._writer.writerow([name for name, _ in columns])

    def write(self, record: dict[str, Any]) -> None:
        self._writer.writerow([cell(record.get(name), kind) for name, kind in self.columns])

    def close(self) -> None:
        self._handle.close()


def rule_records(rules: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"regel": rule["rule"], "onderdeel": rule["dimension"], "opmerkingen": rule["findings"],
             "brieven": rule["letters"], "aandeel_brieven": rule["share"]} for rule in rules]


def write_json(path: Path, summary: dict[str, Any]) -> None:
    def default(value: Any) -> Any:
        if isinstance(value, date):
            return value.isoformat()
        raise TypeError(type(value).__name__)

    path.write_text(json.dumps(summary, ensure_ascii=False, indent=2, default=default) + "\n", encoding="utf-8")
