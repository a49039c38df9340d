"""Passive voice: it hides who acts, which matters most in a complaint reply,
where the service should own what it did. Each passive clause from the NLP
core's detector is a finding; when an agent ("door de dienst") is present,
the suggestion names it as the subject of an active sentence.
Score: the share of body sentences with a passive (Yoast's Dutch analysis:
green up to 10%, red above 15%).
"""

from __future__ import annotations

from helder.dimensions import Context, ratio_score
from helder.report import DimensionResult

ID = "passive_voice"
LABEL = "Lijdende vorm"


def assess(context: Context) -> DimensionResult:
    body = context.analysis.body
    findings = []
    rules = context.rules_of("detector", "passive")
    for rule in rules:
        messages = rule.spec.get("messages") or {}
        for sentence in body:
            for clause in sentence.passives:
                agent = clause.agent_text
                suggestions = list(rule.suggestions)
                if agent:
                    suggestions.insert(0, messages.get("agent_suggestion", "Maak '{agent}' het onderwerp van de zin."))
                findings.append(
                    context.finding(
                        rule,
                        *sentence.offsets(clause.clause),
                        message=messages.get("agent") if agent else None,
                        suggestions=suggestions,
                        agent=agent,
                    )
                )
    passive_sentences = sum(1 for sentence in body if sentence.passives)
    share = passive_sentences / len(body) if body else 0.0
    rule = rules[0] if rules else None
    ok = float(context.setting(rule, "ok_share", 0.10)) if rule else 0.10
    fail = float(context.setting(rule, "fail_share", 0.15)) if rule else 0.15
    score = ratio_score(share, ok, fail, 0.5)
    metrics = {
        "passive_clauses": sum(len(sentence.passives) for sentence in body),
        "passive_sentence_share": round(share, 3),
        "passive_sentences": passive_sentences,
    }
    if not passive_sentences:
        summary = "U schrijft actief: geen zinnen in de lijdende vorm."
    else:
        summary = (
            f"{passive_sentences} van de {len(body)} zinnen ({round(share * 100)}%) {'staat' if passive_sentences == 1 else 'staan'} in de lijdende vorm; "
            "zeg wie wat doet."
        )
    return context.result(ID, LABEL, score, summary, findings, metrics)
