"""Empathy: thank the reader, acknowledge what they went through, apologise
where the service erred, and do not argue back. All of it is declarative
(rules/empathy.yaml): expectations for thanks and acknowledgement, a
conditional apology, defensive wording, and a cap on "helaas".
"""

from __future__ import annotations

from helder.dimensions import Context
from helder.report import DimensionResult

ID = "empathy"
LABEL = "Empathie"


def assess(context: Context) -> DimensionResult:
    findings = context.generic_findings()
    missing = {finding.rule for finding in findings if finding.scope == "document"}
    metrics = {
        "thanks": bool(context.matches.get("empathy.dank")),
        "acknowledgement": bool(context.matches.get("empathy.erkenning")),
        "apology": any(match.key == "then" for match in context.matches.get("empathy.excuses", [])),
        "defensive": len(context.matches.get("empathy.defensief", [])),
        "helaas": len(context.matches.get("empathy.helaas", [])),
    }
    score = 100.0 - context.penalty(findings)
    if not findings:
        summary = "De brief toont begrip voor de lezer."
    elif missing:
        summary = "Toon meer begrip: " + ", ".join(
            finding.message.rstrip(".").lower() for finding in findings if finding.rule in missing
        ) + "."
    else:
        summary = f"{len(findings)} {'formulering klinkt' if len(findings) == 1 else 'formuleringen klinken'} afstandelijk of defensief."
    return context.result(ID, LABEL, score, summary, findings, metrics)
